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
  /** Why an action was recommended: the findings behind it, most urgent first (contact-admin's user-level reason). */
  private readonly causes = new Map<ActionId, { finding: FindingId; priority: number }[]>();
  /** Actions a found cause makes pointless (no clear-cache card when the cause is policy or an expired password). */
  private readonly ruledOut = new Set<ActionId>();

  addFinding(id: FindingId, severity: Severity, params: Params = {}): void {
    if (this.findings.some((f) => f.id === id)) return;
    this.findings.push({
      id,
      severity,
      message: englishMessage(FINDING_MESSAGES_EN[id], params),
      params,
    });
  }

  recommend(action: ActionId, priority: number = PRIORITY_OF[action], because?: FindingId): void {
    const current = this.priorities.get(action);
    if (current === undefined || priority < current) this.priorities.set(action, priority);
    if (because) {
      const list = this.causes.get(action) ?? [];
      list.push({ finding: because, priority });
      list.sort((a, b) => a.priority - b.priority);
      this.causes.set(action, list);
    }
  }

  /** A cause was found that makes `action` pointless: it is left out whoever recommended it. */
  ruleOut(action: ActionId): void {
    this.ruledOut.add(action);
  }

  isRuledOut(action: ActionId): boolean {
    return this.ruledOut.has(action);
  }

  /** The findings an action was recommended for, most urgent first. */
  causesOf(action: ActionId): FindingId[] {
    return (this.causes.get(action) ?? []).map((c) => c.finding);
  }

  removeFinding(id: FindingId): void {
    const i = this.findings.findIndex((f) => f.id === id);
    if (i >= 0) this.findings.splice(i, 1);
  }

  noteForIt(text: string): void {
    if (!this.adminNotes.includes(text)) this.adminNotes.push(text);
  }

  has(action: ActionId): boolean {
    return this.priorities.has(action) && !this.ruledOut.has(action);
  }

  orderedActions(): ActionId[] {
    return [...this.priorities.entries()]
      .filter(([action]) => !this.ruledOut.has(action))
      .sort((a, b) => a[1] - b[1])
      .map(([action]) => action);
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
