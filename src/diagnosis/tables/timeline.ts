// Dated changes in Exchange Online that the guidance depends on. Judged against the report's collectedAt
// (docs/contract.md §2). Rows are in order; each holds from its date until the next row's. A null date means "announced
// as coming, date not yet published": such a row is never reached until someone fills the date in.

import type { SourceRef } from "./sources";

export interface Phase<S extends string> {
  state: S;
  /** First day (UTC, inclusive) of this phase; null: not announced yet. The first row holds from the start. */
  from: string | null;
  source: SourceRef;
}

export type SmtpAuthState = "basic-available" | "disabled-by-default" | "removed";

const SMTP_BLOG: SourceRef = "ms-smtp-blog";

/** SMTP AUTH client submission with basic auth (and so app passwords) in Exchange Online. */
export const SMTP_AUTH_TIMELINE: readonly Phase<SmtpAuthState>[] = [
  // No change through Dec 2026 (earlier plans, Sep 2025 and Mar-Apr 2026 (MC786329), were superseded).
  { state: "basic-available", from: null, source: SMTP_BLOG },
  // End of Dec 2026: disabled by default for existing tenants; admins can re-enable it.
  { state: "disabled-by-default", from: "2027-01-01", source: SMTP_BLOG },
  // Final removal: Microsoft announces the date in the second half of 2027.
  { state: "removed", from: null, source: SMTP_BLOG },
];

/** When Microsoft says it will announce the final SMTP AUTH removal date. */
export const SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT = {
  half: 2,
  year: 2027,
  source: SMTP_BLOG,
} as const;

export type EwsState = "available" | "off-by-default" | "removed";

const EWS_SOURCE: SourceRef = "ews-retirement";

/** Exchange Web Services in Exchange Online, which Apple Mail, Calendar and Contacts on macOS use. */
export const EWS_TIMELINE: readonly Phase<EwsState>[] = [
  { state: "available", from: null, source: EWS_SOURCE },
  // Phased disablement; tenants that allow-listed apps by end of Aug 2026 keep EWS for them.
  { state: "off-by-default", from: "2026-10-01", source: EWS_SOURCE },
  // Permanently off, no exceptions.
  { state: "removed", from: "2027-04-01", source: EWS_SOURCE },
];

/** The phase in force on a day: the last row whose date has come. */
export function phaseOn<S extends string>(timeline: readonly Phase<S>[], on: Date): Phase<S> {
  let current = timeline[0] as Phase<S>;
  for (const phase of timeline.slice(1)) {
    if (phase.from !== null && on.getTime() >= Date.parse(`${phase.from}T00:00:00Z`))
      current = phase;
  }
  return current;
}

/** The first day of the next phase with a known date after `on`, if any. */
export function nextPhaseDate<S extends string>(
  timeline: readonly Phase<S>[],
  on: Date
): { state: S; from: string } | null {
  for (const phase of timeline) {
    if (phase.from !== null && Date.parse(`${phase.from}T00:00:00Z`) > on.getTime())
      return { state: phase.state, from: phase.from };
  }
  return null;
}

/** The first day of a phase, when it has one. */
export function phaseStart<S extends string>(
  timeline: readonly Phase<S>[],
  state: S
): string | null {
  return timeline.find((p) => p.state === state)?.from ?? null;
}
