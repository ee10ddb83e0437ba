import * as React from "react";
import { hostApp, type Facts } from "../../diagnosis";
import type { Translate } from "../../i18n";
import { appName } from "../answer/appChoices";
import { Notice } from "../common/Notice";

/** The line above a shared report: whose report this is, collected when and in which app. */
export function ReportHeader({ facts, t }: { facts: Facts; t: Translate }) {
  const app = hostApp(facts);
  const where =
    facts.context?.mode === "browser"
      ? t("report.inBrowser")
      : app
        ? t(appName(app))
        : t("report.unknownApp");
  const day = facts.collectedAt?.slice(0, 10) ?? null;
  return (
    <Notice intent="info" testId="report-header">
      {day ? t("report.header", { where, date: { date: day } }) : t("report.headerNoDate", { where })}
    </Notice>
  );
}

/**
 * The line a plain browser tab opens with: the page runs outside Outlook, what it does, and (where an organisation
 * deployed it) that it can be opened from Outlook's ribbon too.
 */
export function BrowserIntro({ t, orgName }: { t: Translate; orgName: string | null }) {
  return (
    <Notice intent="info" testId="browser-intro">
      {t("browser.intro")}
      {orgName ? ` ${t("browser.ribbon", { org: orgName })}` : null}
    </Notice>
  );
}

/** office.js didn't load, or Outlook didn't answer, in a page that isn't inside Outlook: said, not hidden. */
export function OfficeNotice({
  t,
  why,
}: {
  t: Translate;
  why: "office-js-missing" | "onready-timeout";
}) {
  return (
    <Notice intent="warning" testId="office-notice">
      {t(why === "office-js-missing" ? "browser.officeMissing" : "browser.onReadyTimeout")}
    </Notice>
  );
}

/** A #facts= link whose report couldn't be read: named, and the page asks instead of guessing. */
export function LinkError({ t, reason }: { t: Translate; reason: string }) {
  return (
    <Notice intent="error" testId="fragment-error">
      {t("report.badLink", { reason })}
    </Notice>
  );
}
