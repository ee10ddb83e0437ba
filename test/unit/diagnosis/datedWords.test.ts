// No dated sentence contradicts the day it is judged on. Every finding, answer, step, check row and help-desk note
// is rendered in English for reports judged on each boundary day (and every week) between 2026-12-01 and
// 2027-06-30, and each sentence that names a date is checked against that day: "since" and past verbs only for a
// date that has come, "from", "until", "will" and "planned" only for one that hasn't.
import { diagnose, type Diagnosis } from "../../../src/diagnosis";
import { checkRows } from "../../../src/diagnosis/checks";
import type { Facts } from "../../../src/diagnosis/facts";
import { enUS, translator, type MessageKey } from "../../../src/i18n";
import { facts } from "../../support/facts";

const t = translator(enUS);

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date a sentence names: a day, or a whole month (its first and last day). */
interface Mentioned {
  first: string;
  last: string;
  /** The words just before it ("since", "from", "until"…). */
  before: string;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function datesIn(sentence: string): Mentioned[] {
  const found: Mentioned[] = [];
  const taken: [number, number][] = [];
  const add = (index: number, length: number, first: string, last: string) => {
    if (taken.some(([a, b]) => index < b && index + length > a)) return;
    taken.push([index, index + length]);
    const before = sentence.slice(Math.max(0, index - 40), index).toLowerCase();
    found.push({ first, last, before, text: sentence.slice(index, index + length) });
  };
  const month = MONTHS.join("|");
  for (const m of sentence.matchAll(new RegExp(`\\b(${month}) (\\d{1,2}), (\\d{4})`, "g"))) {
    const iso = `${m[3]}-${pad(MONTHS.indexOf(m[1] as string) + 1)}-${pad(Number(m[2]))}`;
    add(m.index ?? 0, m[0].length, iso, iso);
  }
  for (const m of sentence.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    add(m.index ?? 0, m[0].length, m[0], m[0]);
  for (const m of sentence.matchAll(new RegExp(`\\b(${month}) (\\d{4})\\b`, "g"))) {
    const y = Number(m[2]);
    const mo = MONTHS.indexOf(m[1] as string) + 1;
    add(m.index ?? 0, m[0].length, `${y}-${pad(mo)}-01`, `${y}-${pad(mo)}-${lastDayOf(y, mo)}`);
  }
  for (const m of sentence.matchAll(/\b(20\d{2})-(\d{2})\b(?!-)/g)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    add(m.index ?? 0, m[0].length, `${y}-${pad(mo)}-01`, `${y}-${pad(mo)}-${lastDayOf(y, mo)}`);
  }
  return found;
}

const PAST_VERBS =
  /\b(has been|have been|have had|has had|was|were|ended|retired|stopped|came out|shipped|planned|has turned|have turned)\b/i;
const FUTURE_WORDS = /\b(will|is to|is due|plans to|starts|becomes|ends after|lose)\b/i;

/** What is wrong with a sentence judged on `day` (ISO), or null. */
export function tenseProblem(sentence: string, day: string): string | null {
  const dates = datesIn(sentence);
  if (dates.length === 0) return null;
  for (const d of dates) {
    const tail = d.before.trimEnd();
    // "since X": X must have come (for a month: the month has begun).
    if (/\bsince$/.test(tail) && d.first > day) return `"since ${d.text}" before it`;
    // "from X", "until X", "through X", "after X" (a deadline still ahead): X must not be over.
    if (/\b(from|until|through)$/.test(tail) && d.last < day)
      return `"${tail.split(" ").pop()} ${d.text}" after it`;
    if (
      /\bfrom$/.test(tail) &&
      d.first <= day &&
      d.last >= day &&
      /-01$/.test(d.first) &&
      d.first !== d.last
    )
      return `"from ${d.text}" in that very month`;
    if (/\bfrom$/.test(tail) && d.first === d.last && d.first <= day)
      return `"from ${d.text}" on or after it`;
    if (/(^|[^d] )after$/.test(tail) && !/\bended after$/.test(tail) && d.last < day)
      return `"after ${d.text}" once it is past`;
  }
  const allPast = dates.every((d) => d.last < day);
  const allFuture = dates.every((d) => d.first > day);
  if (/\bplanned\b/i.test(sentence) && dates.some((d) => d.first <= day))
    return `"planned" about ${dates.map((d) => d.text).join(", ")}, which has come`;
  if (allPast && FUTURE_WORDS.test(sentence)) return "future words about past dates only";
  if (allFuture && PAST_VERBS.test(sentence)) return "past words about future dates only";
  return null;
}

const sentences = (text: string) => text.split(/(?<=[.;!?])\s+|(?<=:)\s+(?=[A-Z])/);

/** Every English text a report shows or carries, with where it came from. */
function textsOf(d: Diagnosis, f: Facts): [string, string][] {
  const out: [string, string][] = [];
  for (const x of d.findings)
    out.push([`finding ${x.id}`, t(`finding.${x.id}` as MessageKey, x.params)]);
  for (const p of d.summary.parts)
    out.push([`summary ${p.key}`, t(`summary.${p.key}` as MessageKey, p.params)]);
  for (const p of d.plan)
    for (const s of p.steps)
      out.push([
        `step ${s.key}`,
        t(s.key, { email: "user@example.org", summary: "", ...s.params }),
      ]);
  for (const row of checkRows(f, d))
    for (const x of row.detail) out.push([`check ${row.id}`, t(x.key as MessageKey, x.params)]);
  for (const n of d.adminNotes) out.push(["note", n]);
  return out;
}

const profile = (over: Record<string, unknown>) => over;
const PROFILES: Record<string, Record<string, unknown>> = {
  "Apple Mail on Mac": profile({ problemClient: { app: "apple-mail-macos", version: null } }),
  "Apple Mail on iPhone": profile({ problemClient: { app: "apple-mail-ios", version: null } }),
  "Mail app on Android": profile({ problemClient: { app: "android-mail", version: null } }),
  "printer, per-user MFA, app passwords allowed": profile({
    problemClient: { app: "device-smtp", version: null },
    org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
  }),
  "printer, Conditional Access": profile({
    problemClient: { app: "device-smtp", version: null },
    org: { mfaMode: "conditionalAccess", appPasswordsAllowed: null },
  }),
  "new Outlook": profile({ problemClient: { app: "outlook-windows-new", version: null } }),
  "classic Outlook 2609": profile({
    problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20092" },
  }),
  "classic Outlook 2608": profile({
    problemClient: { app: "outlook-windows-classic", version: "16.0.20326.20100" },
  }),
  "classic Outlook newer than the table": profile({
    problemClient: { app: "outlook-windows-classic", version: "16.0.20600.20000" },
  }),
  "Outlook LTSC 2021": profile({
    problemClient: { app: "outlook-windows-classic", version: "16.0.14332.20500" },
  }),
  "Outlook for Mac 16.113.4": profile({
    problemClient: { app: "outlook-mac", version: "16.113.4" },
  }),
  "Outlook for Mac 16.102": profile({
    problemClient: { app: "outlook-mac", version: "16.102.25101829" },
  }),
  "Outlook for Mac 16.82": profile({ problemClient: { app: "outlook-mac", version: "16.82" } }),
  "blocked by Conditional Access": profile({
    problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20092" },
    probes: { token: { status: "failed", errorCode: "AADSTS53003" } },
  }),
  "MFA not completed": profile({
    problemClient: { app: "outlook-ios", version: null },
    probes: { token: { status: "failed", errorCode: "AADSTS50074" } },
  }),
};

const BOUNDARIES = [
  "2026-12-01",
  "2026-12-07",
  "2026-12-08",
  "2026-12-30",
  "2026-12-31",
  "2027-01-01",
  "2027-01-02",
  "2027-02-28",
  "2027-03-01",
  "2027-03-02",
  "2027-03-31",
  "2027-04-01",
  "2027-04-02",
  "2027-06-07",
  "2027-06-08",
  "2027-06-30",
];

function days(): string[] {
  const all = new Set(BOUNDARIES);
  for (
    let ms = Date.parse("2026-12-01T00:00:00Z");
    ms <= Date.parse("2027-06-30T00:00:00Z");
    ms += 7 * 86_400_000
  )
    all.add(new Date(ms).toISOString().slice(0, 10));
  return [...all].sort();
}

describe("the checker itself finds the contradictions it is for", () => {
  test.each([
    // The wording this change replaced, judged after the day it names.
    [
      "which Microsoft planned to turn off for good from April 2027; use Outlook for Mac.",
      "2027-04-02",
    ],
    ["Since April 1, 2027, EWS is off.", "2027-03-31"],
    ["They still work only until December 31, 2026.", "2027-01-01"],
    ["After December 31, 2026 (3 days left), it turns off.", "2027-01-01"],
    ["From 2027-03 new Outlook becomes the default.", "2027-03-15"],
    ["Microsoft will switch it off on October 1, 2026.", "2026-12-01"],
    ["EWS has been off since 2027-04-01.", "2027-03-31"],
  ])("flags %j judged %s", (sentence, day) => {
    expect(tenseProblem(sentence, day)).not.toBeNull();
  });

  test.each([
    ["Since April 1, 2027, EWS is off.", "2027-04-01"],
    ["They still work only until December 31, 2026.", "2026-12-31"],
    ["Your IT team can still allow it until April 1, 2027.", "2027-03-31"],
    ["Since 2027-03 new Outlook has been the default.", "2027-03-01"],
    ["16.102 came out in October 2025.", "2026-12-01"],
  ])("accepts %j judged %s", (sentence, day) => {
    expect(tenseProblem(sentence, day)).toBeNull();
  });
});

describe("every dated sentence reads right on the day it is judged (2026-12-01 to 2027-06-30)", () => {
  test.each(Object.keys(PROFILES))("%s", (name) => {
    const problems: string[] = [];
    let dated = 0;
    for (const day of days()) {
      const f = facts({ ...PROFILES[name], collectedAt: `${day}T12:00:00.000Z` });
      const d = diagnose(f, { now: new Date("2030-01-01") });
      for (const [where, text] of textsOf(d, f))
        for (const sentence of sentences(text)) {
          if (datesIn(sentence).length) dated++;
          const problem = tenseProblem(sentence, day);
          if (problem) problems.push(`${day} ${where}: ${problem}: ${sentence}`);
        }
    }
    expect(problems).toEqual([]);
    // Not vacuous: each profile has dated sentences to check (at least the knowledge note from 2027-06-08).
    expect(dated).toBeGreaterThan(0);
  });
});
