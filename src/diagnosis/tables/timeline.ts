// Dates the guidance depends on. Judged against the report's collectedAt (contract §2).

export interface SmtpAuthPhase {
  /** First day (UTC, inclusive) of this phase. */
  from: string;
  state: "basic-available" | "disabled-by-default";
}

/**
 * SMTP AUTH client submission with basic auth in Exchange Online.
 * Source (both rows): techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835
 * (Jan 27 2026, v3.0 Jan 29 2026) [MS]. Earlier plans (Sep 2025, then Mar-Apr 2026, MC786329) were superseded.
 */
export const SMTP_AUTH_TIMELINE: readonly SmtpAuthPhase[] = [
  // No change through Dec 2026.
  { from: "2000-01-01", state: "basic-available" },
  // End of Dec 2026: disabled by default for existing tenants; admins can re-enable. Final date announced in H2 2027.
  { from: "2027-01-01", state: "disabled-by-default" },
];

/** The date users see as the deadline: the last day basic SMTP AUTH is on by default. */
export const SMTP_AUTH_DEFAULT_OFF_DEADLINE = "2026-12-31";

export function smtpAuthPhase(now: Date): SmtpAuthPhase {
  let current = SMTP_AUTH_TIMELINE[0] as SmtpAuthPhase;
  for (const phase of SMTP_AUTH_TIMELINE) {
    if (now.getTime() >= Date.parse(`${phase.from}T00:00:00Z`)) current = phase;
  }
  return current;
}

export function daysUntil(isoDate: string, now: Date): number {
  const end = Date.parse(`${isoDate}T23:59:59Z`);
  return Math.ceil((end - now.getTime()) / 86_400_000);
}
