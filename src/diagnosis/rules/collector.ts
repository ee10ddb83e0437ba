import { formatMessage } from "../format";
import { FINDING_MESSAGES_EN, type FindingId } from "../messages.en";
import type { ActionId, Severity } from "../vocabulary";

export interface Finding {
  id: FindingId;
  severity: Severity;
  message: string;
  params: Record<string, string | number>;
}

/**
 * Where rules put what they conclude. An action's priority orders the final list (lower first), so each rule
 * states how urgent its action is without knowing which other rules fire.
 */
export class Collector {
  readonly findings: Finding[] = [];
  readonly adminNotes: string[] = [];
  private readonly priorities = new Map<ActionId, number>();

  find(id: FindingId, severity: Severity, params: Record<string, string | number> = {}): void {
    if (this.findings.some((f) => f.id === id)) return;
    this.findings.push({
      id,
      severity,
      message: formatMessage(FINDING_MESSAGES_EN[id], params),
      params,
    });
  }

  act(action: ActionId, priority: number): void {
    const current = this.priorities.get(action);
    if (current === undefined || priority < current) this.priorities.set(action, priority);
  }

  note(text: string): void {
    if (!this.adminNotes.includes(text)) this.adminNotes.push(text);
  }

  has(action: ActionId): boolean {
    return this.priorities.has(action);
  }

  orderedActions(): ActionId[] {
    return [...this.priorities.entries()].sort((a, b) => a[1] - b[1]).map(([action]) => action);
  }
}

/** Priorities, lowest first. Named so the ordering policy reads in one place. */
export const P = {
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
