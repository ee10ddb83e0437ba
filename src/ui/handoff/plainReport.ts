// The report for IT when the report formatter's chunk didn't load (a redeploy mid-load, a dropped connection): the
// answer, the actions and the facts JSON, which `diagnose` replays into the full report. Small on purpose: it ships
// in the pane's first script, so Copy report and Send to IT work whatever fails to load later.

import type { Facts, UserReport } from "../../diagnosis";
import type { Translate } from "../../i18n";
import { errorTrail } from "../../util/errorLog";
import type { NewMessage } from "../services";
import type { ViewModel } from "../types";

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string
  );
}

/** The facts as reported: what the pane read, the failures it recorded about itself, and what the user said. */
export function reportFacts(model: ViewModel, user: UserReport): Facts {
  const errors = errorTrail();
  const said = Object.keys(user.ticked).length > 0 || user.prompt !== null || user.note !== null;
  return {
    ...model.facts,
    ...(errors.length ? { errors } : {}),
    ...(said ? { userReport: user } : {}),
  };
}

/** JSON with every character outside printable ASCII escaped: nothing in it can reorder text or reach a terminal. */
const asciiJson = (value: unknown, indent?: number) =>
  JSON.stringify(value, null, indent).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );

export function plainReportText(model: ViewModel, user: UserReport): string {
  const d = model.diagnosis;
  return [
    `Password prompts - ${d.actions[0] ?? "none"}`,
    "Sign-in Assistant diagnosis (short form: part of the assistant didn't load; run the facts below through diagnose for the full report)",
    `Actions, in order: ${d.actions.map((a, i) => `${i + 1}. ${a}`).join(" ")}`,
    `Findings: ${d.findings.map((f) => `${f.id} (${f.severity})`).join(", ")}`,
    "",
    "Facts report (JSON):",
    asciiJson(reportFacts(model, user), 2),
  ].join("\n");
}

export function plainHandoff(model: ViewModel, user: UserReport, t: Translate): NewMessage {
  const facts = reportFacts(model, user);
  const text = plainReportText(model, user);
  return {
    to: model.helpDesk?.email ? [model.helpDesk.email] : [],
    subject: `Password prompts - ${model.diagnosis.actions[0] ?? "none"}`,
    htmlBody: `<p>${escapeHtml(t("handoff.intro"))}</p><pre>${escapeHtml(text)}</pre>`,
    textBody: t("handoff.intro"),
    factsJson: asciiJson(
      facts.userReport ? { ...facts, userReport: { ...facts.userReport, note: null } } : facts
    ),
    noteText: user.note ? `${t("handoff.userNote")} ${user.note}` : null,
  };
}
