// Plain-text report a help-desk engineer pastes into a ticket: the CLI's --text and the pane's Copy report
// both use it, so both sides read the same words.

import type { Diagnosis } from "./diagnose";
import type { Facts } from "./facts";

const MARK: Record<string, string> = { ok: "OK  ", info: "INFO", warning: "WARN", error: "FAIL" };

export function formatTextSummary(d: Diagnosis, facts: Facts): string {
  const h = facts.host;
  const lines = [
    `Sign-in Assistant diagnosis (judged as of ${d.judgedAt.slice(0, 10)})`,
    `Summary: ${d.summary.message}`,
    `Problem app: ${d.problemClient.label}${facts.problemClient.version ? ` [${facts.problemClient.version}]` : ""}; modern auth: ${d.problemClient.modernAuth}; supported: ${d.problemClient.supported ?? "unknown"}`,
    `Pane ran in: ${h.hostName ?? "unknown"} ${h.hostVersion ?? ""} on ${h.platform ?? "unknown"}; account: ${h.accountType ?? "unknown"}; Mailbox API ${h.mailboxRequirementSet ?? "?"}; NAA: ${h.nestedAppAuth ?? "unknown"}`,
    `Probes: online=${facts.probes.online ?? "unknown"} token=${facts.probes.token.status ?? "unknown"}${facts.probes.token.errorCode ? ` (${facts.probes.token.errorCode})` : ""} mailbox=${facts.probes.mailbox.status ?? "unknown"}${facts.probes.mailbox.httpStatus ? ` (HTTP ${facts.probes.mailbox.httpStatus})` : ""} methods=${facts.probes.authMethods.status ?? "unknown"}${facts.probes.authMethods.methods.length ? ` [${facts.probes.authMethods.methods.join(", ")}]` : ""}`,
    `Org: MFA mode ${facts.org.mfaMode}; app passwords allowed: ${facts.org.appPasswordsAllowed ?? "unknown"}`,
    "",
    "Actions, in order:",
    ...d.actions.map((a, i) => `  ${i + 1}. ${a}`),
    "",
    "Findings:",
    ...d.findings.map((f) => `  [${MARK[f.severity]}] ${f.message}`),
  ];
  if (d.adminNotes.length) lines.push("", "Notes for IT:", ...d.adminNotes.map((n) => `  - ${n}`));
  if (d.links.length) lines.push("", "Links:", ...d.links.map((l) => `  ${l}`));
  return lines.join("\n");
}
