// Every sentence the pane can show, for every app and every action, in every language: no placeholder left
// unfilled, and no sentence built from a generic app's name ("Open Something else's account settings").
import {
  ACTIONS,
  classifyClient,
  diagnose,
  PROBLEM_APPS,
  type ProblemApp,
} from "../../../src/diagnosis";
import { smtpSituation } from "../../../src/diagnosis/dated";
import { SUMMARY_MESSAGES_EN, type SummaryKey } from "../../../src/diagnosis/messages.en";
import { summaryParts } from "../../../src/diagnosis/summary";
import { CLIENTS } from "../../../src/diagnosis/tables/clients";
import { loadMessages, LOCALES, translator, type Translate } from "../../../src/i18n";
import { facts } from "../../support/facts";

const DAYS = ["2026-11-25", "2027-02-01", "2027-05-01"].map((d) => new Date(`${d}T12:00:00Z`));
const VERSIONS: Partial<Record<ProblemApp, (string | null)[]>> = {
  "outlook-windows-classic": [
    null,
    "14.0.7268.5000",
    "15.0.5589.1000",
    "16.0.5513.1000",
    "16.0.8000.1000",
    "16.0.19328.20266",
    "16.0.20430.20088",
  ],
  "outlook-mac": [null, "14.7.7", "16.78", "16.79", "16.102.25101829", "16.110"],
};
const GENERIC = PROBLEM_APPS.filter((a) => CLIENTS[a].generic);
const PROBES = [
  {},
  { token: { status: "failed", errorCode: "AADSTS53003" } },
  { token: { status: "failed", errorCode: "AADSTS50055" } },
  { token: { status: "failed", errorCode: "AADSTS50057" } },
  { token: { status: "interaction_required", errorCode: "AADSTS50076" } },
  { token: { status: "timeout" } },
  { mailbox: { status: "failed", httpStatus: 401 } },
  { mailbox: { status: "failed", httpStatus: 403 } },
  { mailbox: { status: "failed", httpStatus: 404 } },
  { online: false },
  { authMethods: { status: "ok", methods: ["password"] } },
];
const ACCOUNTS = ["office365", "enterprise", "outlookCom", "gmail"];
const ORGS = [
  { mfaMode: "perUserMfa", appPasswordsAllowed: true },
  { mfaMode: "conditionalAccess", appPasswordsAllowed: false },
  { mfaMode: "unknown", appPasswordsAllowed: null },
];

/**
 * Every text one app can produce: for every diagnosis over a grid of versions, days, probe results, account types
 * and organisations, its answer, its findings and every step of every action it recommends; and the answer each
 * of those actions would give first, guessed or not.
 */
function textsFor(app: ProblemApp, t: Translate): string[] {
  const out: string[] = [];
  for (const version of VERSIONS[app] ?? [null])
    for (const now of DAYS)
      for (const probes of PROBES)
        for (const accountType of ACCOUNTS)
          for (const org of ORGS) {
            const d = diagnose(
              facts({ host: { accountType }, problemClient: { app, version }, probes, org }),
              { now }
            );
            for (const part of d.summary.parts) out.push(t(`summary.${part.key}`, part.params));
            for (const f of d.findings) out.push(t(`finding.${f.id}`, f.params));
            for (const step of d.plan.flatMap((p) => p.steps))
              out.push(t(step.key, { email: "a@b.c", summary: "", ...step.params }));
            for (const action of d.actions)
              for (const causes of [[], ["mailbox-unauthorized" as const]])
                for (const part of summaryParts([action], d.assessment, smtpSituation(now), {
                  causesOf: () => causes,
                  reason: "policy",
                  findings: [],
                }))
                  out.push(t(`summary.${part.key}`, part.params));
          }
  return [...new Set(out)];
}

describe.each(LOCALES)("%s", (locale) => {
  let t: Translate;
  beforeAll(async () => {
    t = translator(await loadMessages(locale));
  });

  test.each(PROBLEM_APPS)(
    "%s: every summary, step and finding has all its placeholders filled",
    (app) => {
      for (const text of textsFor(app, t))
        expect([app, text, /[{}]/.test(text)]).toEqual([app, text, false]);
    }
  );

  test.each(GENERIC)("%s: no sentence is built from the generic name", (app) => {
    const name = t(`app.${app}`);
    for (const text of textsFor(app, t))
      expect([app, text, text.includes(name)]).toEqual([app, text, false]);
  });
});

test.each(GENERIC)(
  "%s: the engine's own English (diagnosis JSON, CLI) builds no sentence from the generic name either",
  (app) => {
    const name = CLIENTS[app].label;
    for (const now of DAYS)
      for (const probes of PROBES)
        for (const org of ORGS) {
          const d = diagnose(facts({ problemClient: { app, version: null }, probes, org }), {
            now,
          });
          for (const text of [d.summary.message, ...d.findings.map((f) => f.message)])
            expect([app, text, text.includes(name)]).toEqual([app, text, false]);
        }
  }
);

test("every summary key is reachable by some app (so the checks above cover them all)", () => {
  const reached = new Set<SummaryKey>();
  for (const app of PROBLEM_APPS)
    for (const version of VERSIONS[app] ?? [null])
      for (const now of DAYS) {
        const client = classifyClient(facts({ problemClient: { app, version } }), app, now);
        for (const first of ACTIONS)
          for (const causes of [[], ["mailbox-unauthorized" as const]])
            for (const part of summaryParts([first, "update-client"], client, smtpSituation(now), {
              causesOf: () => causes,
              reason: "policy",
              findings: [],
            }))
              reached.add(part.key);
      }
  expect(Object.keys(SUMMARY_MESSAGES_EN).filter((k) => !reached.has(k as SummaryKey))).toEqual([]);
});
