// The report the help desk receives. The technical part stays in English whatever the pane's language, so every
// engineer reads the same words; it carries the facts JSON (never a token, address or tenant ID).

import { formatTextSummary, type Facts } from "../diagnosis";
import { errorTrail } from "../util/errorLog";
import type { NewMessage } from "./services";
import type { Translate } from "../i18n";
import { summaryText } from "./labels";
import type { ViewModel } from "./types";

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string
  );
}

/** The facts as reported: what the pane read, plus the failures it recorded about itself (for IT). */
export function reportFacts(model: ViewModel): Facts {
  const errors = errorTrail();
  return errors.length ? { ...model.facts, errors } : model.facts;
}

export function reportText(model: ViewModel): string {
  const facts = reportFacts(model);
  return `${formatTextSummary(model.diagnosis, facts)}\n\nFacts report (JSON):\n${JSON.stringify(facts, null, 2)}`;
}

export function buildHandoff(model: ViewModel, t: Translate): NewMessage {
  const summary = summaryText(model.diagnosis, t);
  const subject = t("handoff.subject", { summary }).slice(0, 250);
  const text = reportText(model);
  const htmlBody = [
    `<p>${escapeHtml(t("handoff.intro"))}</p>`,
    `<p><strong>${escapeHtml(summary)}</strong></p>`,
    `<pre style="font-family:Consolas,monospace;font-size:12px;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
  ].join("");
  return {
    to: model.helpDesk?.email ? [model.helpDesk.email] : [],
    subject,
    htmlBody,
    textBody: `${t("handoff.intro")}\n\n${text}`,
    factsJson: JSON.stringify(reportFacts(model)),
  };
}
