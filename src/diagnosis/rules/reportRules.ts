import { Collector } from "./collector";
import type { RuleContext } from "./context";

/**
 * The report itself: a collectedAt the parser found implausible (before 2024, or after the day it was read) was set
 * aside, so the report is judged as of today; the diagnosis says so rather than letting deadlines shift silently.
 */
export function reportRules(ctx: RuleContext, out: Collector): void {
  const rejected = ctx.facts.collectedAtRejected;
  if (rejected) out.addFinding("report-date-implausible", "info", { date: rejected });
}
