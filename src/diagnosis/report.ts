// The report a help-desk engineer pastes into a ticket: the CLI's --text and the pane's Copy report and Send to IT
// all use it, so every side reads the same words. What the user did and said comes first after the answer (the
// steps they ticked, what the prompt looks like, their note), the facts JSON last so it can be replayed.
//
// A report may come from anyone (an e-mailed "report" is untrusted input), so every value taken from it is printed
// quoted (JSON string syntax) and every line starts with a label of ours: a value can't pose as a line of the
// summary or carry a terminal escape, even if a future parser change let one through (docs/decisions/003, F1).

import type { Diagnosis } from "./diagnose";
import type { Facts } from "./facts";
import { isKnownMethod, METHOD_NAMES_EN } from "./tables/authMethods";
import type { PromptLook } from "./vocabulary";

/** The line before the facts JSON: `diagnose` finds the facts after it in a pasted report or an e-mail. */
export const FACTS_MARKER = "Facts report (JSON):";

const MARK: Record<string, string> = { ok: "OK  ", info: "INFO", warning: "WARN", error: "FAIL" };

const OWNER: Record<Diagnosis["summary"]["owner"], string> = {
  none: "nothing to do",
  user: "the user can fix it",
  it: "only IT can fix it",
};

const PROMPT: Record<PromptLook, string> = {
  "windows-security": "a small Windows Security box (password only)",
  "microsoft-window": "the Microsoft sign-in window",
  "mac-keychain": "a Mac keychain dialog",
  other: "something else",
};

/** Every character outside printable ASCII (a newline aside): controls, and anything that could reorder text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_PRINTABLE_ASCII = /[\u0000-\u0009\u000b-\u001f\u007f-\uffff]/g;

/** Escapes every character outside printable ASCII, so nothing reorders text or reaches the terminal. */
const asciiOnly = (text: string) =>
  text.replace(NOT_PRINTABLE_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** A value from the report: quoted and escaped, or "unknown". */
function q(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "unknown";
  if (typeof value !== "string") return String(value);
  return asciiOnly(JSON.stringify(value));
}

/** Engine text (messages, notes) is ours, but may embed report values: keep it on one line, controls escaped. */
function line(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => q(c).slice(1, -1));
}

/** The mail subject and the report's first line: what, which app, which fix ("Password prompts – … – …"). */
export function reportSubject(d: Diagnosis): string {
  return line(`Password prompts – ${d.problemClient.label} – ${d.actions[0] ?? "none"}`);
}

/** Which steps the user ticked, per guide: required steps by number, advanced ones by name. */
function tickedLines(d: Diagnosis, facts: Facts): string[] {
  const ticked = facts.userReport?.ticked ?? {};
  return d.plan.map((p) => {
    const done = new Set(ticked[p.action] ?? []);
    const required = p.steps.filter((s) => !s.kind);
    const numbers = required.flatMap((s, i) => (done.has(s.key) ? [String(i + 1)] : []));
    const extra = p.steps.filter((s) => s.kind === "advanced" && done.has(s.key)).map((s) => s.key);
    const main = required.length
      ? `${numbers.length ? numbers.join(", ") : "none"} of ${required.length}`
      : "no steps to tick";
    return `  ${p.action}: ${main}${extra.length ? `; advanced: ${extra.join(", ")}` : ""}`;
  });
}

function methodNames(methods: readonly string[]): string {
  return methods.map((m) => (isKnownMethod(m) ? METHOD_NAMES_EN[m] : q(m))).join(", ");
}

/** The facts as JSON, every non-ASCII character escaped (still JSON, replayable with `diagnose`). */
export function factsJson(facts: Facts): string {
  return asciiOnly(JSON.stringify(facts, null, 2));
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2, ok: 3 };

/**
 * The report for a mail link, which has room for little besides the facts JSON it carries first: the answer, the
 * actions, the findings most severe first, then the notes for IT, one line each, so a cut between lines loses the
 * least. The facts JSON and the user's note are not in it (the mail link adds them).
 */
export function formatShortSummary(d: Diagnosis): string {
  const findings = [...d.findings].sort(
    (a, b) => (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9)
  );
  // No subject line: the mail has it as its subject.
  return [
    `Summary for IT: ${line(d.summary.forIt)}`,
    `Actions, in order: ${d.actions.map((a, i) => `${i + 1}. ${a}`).join(" ")}`,
    "Findings:",
    ...findings.map((f) => `  [${MARK[f.severity]}] ${line(f.message)}`),
    ...(d.adminNotes.length ? ["Notes for IT:", ...d.adminNotes.map((n) => `  - ${line(n)}`)] : []),
  ].join("\n");
}

/**
 * Whose sign-in the live check tried: always the assistant's own app, never the user's mail app. IT filters the
 * sign-in logs by it; Entra's correlation ID and time, where the error carried them, find the exact attempt.
 */
function whoseSignIn(d: Diagnosis, facts: Facts): string {
  const t = facts.probes.token;
  if (t.status === null || t.status === "not_configured")
    return `Whose sign-in: no live check ran; only what the pane saw of ${line(d.problemClient.label)} was judged`;
  const app = t.clientId
    ? `the assistant's own app (application ID ${q(t.clientId)})`
    : "the assistant's own app";
  const trace = [
    t.correlationId ? `Entra correlation ID ${q(t.correlationId)}` : null,
    t.timestamp ? `timestamp ${q(t.timestamp)}` : null,
  ].filter(Boolean);
  const result =
    t.status === "ok"
      ? "it worked"
      : `it ended ${q(t.status)}${t.errorCode ? ` with ${q(t.errorCode)}` : ""}`;
  return `Whose sign-in: the live check signed in as ${app}, not as ${line(d.problemClient.label)}; ${result}${trace.length ? `; ${trace.join(", ")}` : ""}`;
}

export function formatTextSummary(d: Diagnosis, facts: Facts): string {
  const h = facts.host;
  const p = facts.probes;
  const user = facts.userReport;
  const mailboxDetail = [
    p.mailbox.httpStatus !== null ? `HTTP ${q(p.mailbox.httpStatus)}` : null,
    p.mailbox.errorCode ? q(p.mailbox.errorCode) : null,
  ].filter(Boolean);
  const lines = [
    // An example is never a person's report: said before anything else, so nobody triages it as one.
    ...(facts.example
      ? ["EXAMPLE – not a user's report: a bundled example situation of the Sign-in Assistant"]
      : []),
    reportSubject(d),
    `Sign-in Assistant diagnosis (judged as of ${d.judgedAt.slice(0, 10)}; knowledge as of ${d.knowledgeAsOf})`,
    `Summary for IT: ${line(d.summary.forIt)}`,
    `The user was told: ${line(d.summary.message)}`,
    `Who has to act: ${OWNER[d.summary.owner]}`,
    `Problem app: ${line(d.problemClient.label)}; ${facts.problemClient.version === null && d.assessment.versionKnown && d.assessment.versionRead === "number" ? "version: from the app the pane ran in" : `version as given: ${q(facts.problemClient.version)}`}; modern auth: ${d.problemClient.modernAuth}; supported: ${d.problemClient.supported ?? "unknown"}${facts.problemClient.app !== null ? "" : facts.context?.mode === "browser" ? " (not chosen by the user yet)" : " (not chosen by the user: the app the pane ran in)"}`,
    `The prompt looks like: ${user?.prompt ? PROMPT[user.prompt] : "not said"}`,
    `In the user's words: ${user?.note ? q(user.note) : "nothing added"}`,
    "Steps ticked:",
    ...tickedLines(d, facts),
    facts.context?.mode === "browser"
      ? `Pane ran in: a web browser outside Outlook, on ${q(facts.context.devicePlatform)} (nothing read from Outlook)`
      : `Pane ran in: ${q(h.hostName)} ${q(h.hostVersion)} on ${q(h.platform)}; Office ${q(h.officeVersion)}; account: ${q(h.accountType)}; Mailbox API ${q(h.mailboxRequirementSet)}; NAA: ${q(h.nestedAppAuth)}`,
    `Probes: online=${q(p.online)} token=${q(p.token.status)}${p.token.errorCode ? ` (${q(p.token.errorCode)})` : ""} mailbox=${q(p.mailbox.status)}${mailboxDetail.length ? ` (${mailboxDetail.join(" ")})` : ""} methods=${q(p.authMethods.status)}${p.authMethods.methods.length ? ` [${methodNames(p.authMethods.methods)}]` : ""}`,
    whoseSignIn(d, facts),
    `Org: MFA mode ${q(facts.org.mfaMode)}; app passwords allowed: ${q(facts.org.appPasswordsAllowed)}`,
    "",
    "Actions, in order:",
    ...d.actions.map((a, i) => `  ${i + 1}. ${a}`),
    "",
    "Findings:",
    ...d.findings.map((f) => `  [${MARK[f.severity]}] ${line(f.message)}`),
  ];
  if (d.adminNotes.length)
    lines.push("", "Notes for IT:", ...d.adminNotes.map((n) => `  - ${line(n)}`));
  if (d.links.length) lines.push("", "Links:", ...d.links.map((l) => `  ${line(l)}`));
  if (facts.inputNotes?.length)
    // Notes quote what the report held: escaped like every other report value.
    lines.push(
      "",
      "About the report itself:",
      ...facts.inputNotes.map((n) => `  - ${asciiOnly(line(n))}`)
    );
  if (facts.errors?.length)
    lines.push(
      "",
      "Failures the pane recorded:",
      ...facts.errors.map(
        (e) =>
          `  - ${q(e.at)} ${q(e.area)} ${q(e.code)}${e.count > 1 ? ` (x${e.count})` : ""}${e.detail ? ` ${q(e.detail)}` : ""}`
      )
    );
  lines.push("", FACTS_MARKER, factsJson(facts));
  return lines.join("\n");
}
