import {
  ACTIONS,
  classifyClient,
  diagnose,
  PROBLEM_APPS,
  type ProblemApp,
} from "../../src/diagnosis";
import { ewsSituation, smtpSituation } from "../../src/diagnosis/dated";
import { guideFor } from "../../src/diagnosis/tables/steps";
import { facts } from "./facts";

/** Versions that reach every update route: each Windows and Mac family, channel builds old and new. */
const VERSIONS: Partial<Record<ProblemApp, (string | null)[]>> = {
  "outlook-windows-classic": [
    null,
    "14.0.7268.5000",
    "15.0.4970.1000",
    "15.0.5589.1000",
    "16.0.4500.1000",
    "16.0.5513.1000",
    "16.0.10337.20039",
    "16.0.14332.21017",
    "16.0.17932.20328",
    "16.0.8000.1000",
    "16.0.19328.20266",
    "16.0.20430.20088",
  ],
  "outlook-mac": [null, "14.7.7", "15.41", "16.16", "16.78", "16.102.25101829"],
};

/** Days on both sides of the SMTP AUTH and EWS changes, and one while Outlook 2013 was still supported. */
const DAYS = ["2023-04-01", "2026-06-01", "2026-11-25", "2027-02-01", "2027-05-01"].map(
  (d) => new Date(`${d}T12:00:00Z`)
);

/** Every step key any guide can show, for any app, version, account type and day. */
export function reachableStepKeys(): Set<string> {
  const keys = new Set<string>();
  for (const app of PROBLEM_APPS) {
    for (const version of VERSIONS[app] ?? [null]) {
      for (const now of DAYS) {
        const client = classifyClient(facts({ problemClient: { app, version } }), app, now);
        for (const accountType of ["office365", "outlookCom", null] as const) {
          const ctx = { client, accountType, smtp: smtpSituation(now), ews: ewsSituation(now) };
          for (const action of ACTIONS)
            for (const step of guideFor(action, ctx).steps) keys.add(step.key);
        }
      }
    }
  }
  // The notes the first guide carries for the findings (where to do it, no app password).
  for (const app of PROBLEM_APPS)
    for (const step of diagnose(facts({ problemClient: { app, version: null } }), {
      now: DAYS[2] as Date,
    }).plan[0]?.steps ?? [])
      keys.add(step.key);
  return keys;
}
