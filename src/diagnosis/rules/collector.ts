import type { Params } from "../format";
import { englishMessage, FINDING_MESSAGES_EN, type FindingId } from "../messages.en";
import type { ActionId, Severity } from "../vocabulary";

export interface Finding {
  id: FindingId;
  severity: Severity;
  /** English, for the report and the CLI; the pane words the same id and params in the user's language. */
  message: string;
  params: Params;
}

/**
 * Where rules put what they conclude. An action's priority orders the final list (lower first), so each rule
 * states how urgent its action is without knowing which other rules fire.
 */
export class Collector {
  readonly findings: Finding[] = [];
  readonly adminNotes: string[] = [];
  private readonly priorities = new Map<ActionId, number>();

  addFinding(id: FindingId, severity: Severity, params: Params = {}): void {
    if (this.findings.some((f) => f.id === id)) return;
    this.findings.push({
      id,
      severity,
      message: englishMessage(FINDING_MESSAGES_EN[id], params),
      params,
    });
  }

  recommend(action: ActionId, priority: number = PRIORITY_OF[action]): void {
    const current = this.priorities.get(action);
    if (current === undefined || priority < current) this.priorities.set(action, priority);
  }

  noteForIt(text: string): void {
    if (!this.adminNotes.includes(text)) this.adminNotes.push(text);
  }

  has(action: ActionId): boolean {
    return this.priorities.has(action);
  }

  orderedActions(): ActionId[] {
    return [...this.priorities.entries()].sort((a, b) => a[1] - b[1]).map(([action]) => action);
  }
}

/** The ordering policy, lowest first: why an action is urgent, named once. */
export const PRIORITY = {
  network: 0,
  blockedByAdmin: 10,
  passwordExpired: 15,
  cannotConnect: 20,
  registerMfa: 25,
  registry: 30,
  stopgap: 32,
  switchAuth: 35,
  clearCache: 40,
  networkSlow: 45,
  planUpdate: 60,
  askAdmin: 70,
} as const;

/** The priority an action gets when a rule has no more specific reason (the sign-in error table, say). */
export const PRIORITY_OF: Readonly<Record<ActionId, number>> = {
  "check-network": PRIORITY.network,
  "contact-admin": PRIORITY.blockedByAdmin,
  "reset-password": PRIORITY.passwordExpired,
  "update-client": PRIORITY.cannotConnect,
  "register-mfa": PRIORITY.registerMfa,
  "enable-modern-auth-registry": PRIORITY.registry,
  "use-app-password": PRIORITY.stopgap,
  "switch-to-modern-auth": PRIORITY.switchAuth,
  "clear-cached-credentials": PRIORITY.clearCache,
  none: PRIORITY.askAdmin,
};
