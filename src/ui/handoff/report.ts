// The report the help desk receives. The technical part stays in English whatever the pane's language, so every
// engineer reads the same words (and `diagnose --text` prints the same for the same facts); it carries the facts
// JSON (never a token or tenant ID) with the user's ticks, what the prompt looks like and their note.

import type { UserReport } from "../../diagnosis";
import { formatShortSummary, formatTextSummary, reportSubject } from "../../diagnosis/report";
import type { Translate } from "../../i18n";
import { escapeHtml, reportFacts } from "./plainReport";
import { summaryText } from "../labels";
import type { NewMessage } from "../services";
import type { ViewModel } from "../types";

export function reportText(model: ViewModel, user: UserReport): string {
  return formatTextSummary(model.diagnosis, reportFacts(model, user));
}

export function buildHandoff(model: ViewModel, user: UserReport, t: Translate): NewMessage {
  const facts = reportFacts(model, user);
  const text = formatTextSummary(model.diagnosis, facts);
  const summary = summaryText(model.diagnosis, t);
  // The user's own words, readable in their language in the mail (the text report quotes them escaped).
  const note = user.note
    ? `<p>${escapeHtml(t("handoff.userNote"))} ${escapeHtml(user.note)}</p>`
    : "";
  const htmlBody = [
    `<p>${escapeHtml(t("handoff.intro"))}</p>`,
    `<p><strong>${escapeHtml(summary)}</strong></p>`,
    note,
    `<pre style="font-family:Consolas,monospace;font-size:12px;white-space:pre-wrap">${escapeHtml(text)}</pre>`,
  ].join("");
  return {
    to: model.helpDesk?.email ? [model.helpDesk.email] : [],
    subject: reportSubject(model.diagnosis).slice(0, 250),
    htmlBody,
    // A mail link's body is short: the facts JSON goes first (compact, in factsJson), then the short report (the
    // answer, actions and findings, most severe first), and the note last (noteText), where cutting costs least.
    textBody: `${t("handoff.intro")}\n\n${formatShortSummary(model.diagnosis)}`,
    factsJson: JSON.stringify(
      facts.userReport ? { ...facts, userReport: { ...facts.userReport, note: null } } : facts
    ),
    noteText: user.note ? `${t("handoff.userNote")} ${user.note}` : null,
  };
}

export { escapeHtml, reportFacts };
