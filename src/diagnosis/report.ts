// Plain-text report a help-desk engineer pastes into a ticket: the CLI's --text and the pane's Copy report
// both use it, so both sides read the same words.
//
// A report may come from anyone (an e-mailed "report" is untrusted input), so every value taken from it is printed
// quoted (JSON string syntax) and every line starts with a label of ours: a value can't pose as a line of the
// summary or carry a terminal escape, even if a future parser change let one through (security review F1).

import type { Diagnosis } from "./diagnose";
import type { Facts } from "./facts";

const MARK: Record<string, string> = { ok: "OK  ", info: "INFO", warning: "WARN", error: "FAIL" };

/** A value from the report: quoted and escaped, or "unknown". Non-ASCII is escaped too, so nothing reorders text. */
function q(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "unknown";
  if (typeof value !== "string") return String(value);
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/** Engine text (messages, notes) is ours, but may embed report values: keep it on one line, controls escaped. */
function line(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => q(c).slice(1, -1));
}

export function formatTextSummary(d: Diagnosis, facts: Facts): string {
  const h = facts.host;
  const p = facts.probes;
  const mailboxDetail = [
    p.mailbox.httpStatus !== null ? `HTTP ${q(p.mailbox.httpStatus)}` : null,
    p.mailbox.errorCode ? q(p.mailbox.errorCode) : null,
  ].filter(Boolean);
  const lines = [
    `Sign-in Assistant diagnosis (judged as of ${d.judgedAt.slice(0, 10)})`,
    `Summary: ${line(d.summary.message)}`,
    `Problem app: ${line(d.problemClient.label)}; version as given: ${q(facts.problemClient.version)}; modern auth: ${d.problemClient.modernAuth}; supported: ${d.problemClient.supported ?? "unknown"}`,
    `Pane ran in: ${q(h.hostName)} ${q(h.hostVersion)} on ${q(h.platform)}; Office ${q(h.officeVersion)}; account: ${q(h.accountType)}; Mailbox API ${q(h.mailboxRequirementSet)}; NAA: ${q(h.nestedAppAuth)}`,
    `Probes: online=${q(p.online)} token=${q(p.token.status)}${p.token.errorCode ? ` (${q(p.token.errorCode)})` : ""} mailbox=${q(p.mailbox.status)}${mailboxDetail.length ? ` (${mailboxDetail.join(" ")})` : ""} methods=${q(p.authMethods.status)}${p.authMethods.methods.length ? ` [${p.authMethods.methods.map(q).join(", ")}]` : ""}`,
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
    lines.push("", "About the report itself:", ...facts.inputNotes.map((n) => `  - ${line(n)}`));
  if (facts.errors?.length)
    lines.push(
      "",
      "Failures the pane recorded:",
      ...facts.errors.map(
        (e) =>
          `  - ${q(e.at)} ${q(e.area)} ${q(e.code)}${e.count > 1 ? ` (x${e.count})` : ""}${e.detail ? ` ${q(e.detail)}` : ""}`
      )
    );
  return lines.join("\n");
}
