import { addMonthsToDay, onOrAfter } from "../calendar";
import {
  SMTP_ALTERNATIVES,
  SMTP_AUTH_CONTROLS,
  SMTP_ERRORS,
  SMTP_OFF_BY_DEFAULT_REPLY_VERIFIED,
  SMTP_SUPERSEDED_PLAN,
  type SmtpErrorMeaning,
} from "../tables/exchangeOnline";
import { LINKS } from "../tables/links";
import { SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT } from "../tables/timeline";
import { clientParams } from "../classifyClient";
import { Collector, PRIORITY } from "./collector";
import type { RuleContext } from "./context";

const date = (iso: string) => ({ date: iso });

/**
 * App passwords: the one place they still help is SMTP AUTH client submission for users enforced for per-user
 * MFA whose admin allows them (docs/knowledge-sources.md "What follows for the guidance"). Everywhere else they are a myth
 * to debunk, never an action.
 */
export function appPasswordRules(ctx: RuleContext, out: Collector): void {
  const { client, facts } = ctx;
  const org = facts.org;
  if (client.protocol !== "smtp") {
    // Said to every mail app against Exchange Online, whatever the tenant's MFA mode: the advice to create one is
    // what users find on the web. (The web apps take no password at all; an unknown app may be an SMTP device.)
    const mailApp = client.protocol !== "unknown" && client.protocol !== "web";
    // The app's short name ("Outlook for Windows (classic)"), not its version label: the point is the kind of app.
    if (ctx.exchangeOnline && mailApp)
      out.addFinding("app-password-not-for-outlook", "info", {
        ...clientParams(client),
        client: { term: `app.${client.app}` },
      });
    return;
  }

  switch (facts.host.accountType) {
    case "enterprise":
      out.addFinding("smtp-on-premises", "info");
      out.recommend("contact-admin", PRIORITY.blockedByAdmin, "smtp-on-premises");
      return;
    case "outlookCom":
      out.addFinding("smtp-consumer-basic-ended", "warning");
      out.recommend("switch-to-modern-auth", PRIORITY.switchAuth);
      return;
    case "gmail":
      out.recommend("switch-to-modern-auth", PRIORITY.switchAuth);
      return;
    default:
      break;
  }

  smtpNotesForIt(ctx, out);
  const smtp = ctx.smtp;
  const allowed = org.mfaMode === "perUserMfa" && org.appPasswordsAllowed === true;
  if (smtp.state === "removed") {
    out.addFinding(
      "smtp-basic-auth-removed",
      "error",
      smtp.removedOn ? { removedOn: date(smtp.removedOn) } : {}
    );
    out.recommend("contact-admin", PRIORITY.blockedByAdmin, "smtp-basic-auth-removed");
    return;
  }
  if (smtp.state === "disabled-by-default") {
    out.addFinding(
      "smtp-basic-auth-disabled",
      "error",
      smtp.offSince ? { offSince: date(smtp.offSince) } : {}
    );
    out.recommend("contact-admin", PRIORITY.blockedByAdmin, "smtp-basic-auth-disabled");
    if (allowed) {
      out.addFinding("app-password-after-deadline", "warning");
      out.recommend("use-app-password", PRIORITY.planUpdate);
    }
    return;
  }
  if (allowed) {
    out.addFinding("app-password-stopgap", "warning", {
      ...(smtp.lastDay ? { deadline: date(smtp.lastDay) } : {}),
      ...(smtp.daysLeft !== null ? { days: smtp.daysLeft } : {}),
    });
    out.recommend("use-app-password", PRIORITY.stopgap);
    out.recommend("contact-admin", PRIORITY.askAdmin, "app-password-stopgap");
    return;
  }
  let cause: "app-passwords-unavailable" | "app-passwords-disabled" | "smtp-ask-admin";
  if (org.mfaMode === "conditionalAccess" || org.mfaMode === "securityDefaults") {
    cause = "app-passwords-unavailable";
    out.addFinding(cause, "warning");
  } else if (org.mfaMode === "perUserMfa" && org.appPasswordsAllowed === false) {
    cause = "app-passwords-disabled";
    out.addFinding(cause, "warning");
  } else {
    cause = "smtp-ask-admin";
    out.addFinding(cause, "info");
  }
  out.recommend("contact-admin", PRIORITY.blockedByAdmin, cause);
}

/** What the help desk needs and the user can't see: the timeline, the settings, the errors, the alternatives. */
function smtpNotesForIt(ctx: RuleContext, out: Collector): void {
  const { smtp } = ctx;
  const a = SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT;
  const promised = `H${a.half} ${a.year}`;
  const final = smtp.removedOn
    ? `it stops for good on ${smtp.removedOn}`
    : {
        upcoming: `Microsoft announces the final removal date in ${promised}`,
        due: `Microsoft is due to announce the final removal date in ${promised}: check the timeline`,
        overdue: `Microsoft was to announce the final removal date in ${promised} and the assistant's timeline has none yet: check the timeline and add the date to SMTP_AUTH_TIMELINE (src/diagnosis/tables/timeline.ts)`,
      }[smtp.announcement];
  const phase =
    smtp.state === "basic-available"
      ? `on by default through ${smtp.lastDay ?? "a date to be announced"}, then disabled by default for existing tenants (admins can turn it back on); tenants created after that don't have it by default`
      : `disabled by default for existing tenants since ${smtp.offSince ?? "the announced date"} (admins can turn it back on); tenants created since then don't have it by default`;
  out.noteForIt(
    `SMTP AUTH basic auth: ${phase}; ${final}. Lasting fixes: OAuth-capable device firmware, or another submission method. Timeline: ${LINKS.smtpAuthTimeline.url} (vendor pages that name ${SMTP_SUPERSEDED_PLAN.rejectionFrom} and ${SMTP_SUPERSEDED_PLAN.doneBy}, or say app passwords were discontinued, repeat a superseded plan).`
  );
  const c = SMTP_AUTH_CONTROLS;
  out.noteForIt(
    `SMTP AUTH with basic auth works only where every one of these allows it: ${c.settings.map((x) => `${x.scope}: ${x.how}`).join("; ")}. Microsoft hasn't published which of them turns basic auth back on after the default change, so check them all.`
  );
  out.noteForIt(
    `SMTP AUTH must also be allowed for the mailbox the device sends from: Exchange Online turns it off by default, and the per-mailbox setting overrides the tenant's. Run Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false, or Microsoft 365 admin center › Users › Active users › (user) › Mail › Manage email apps › Authenticated SMTP. Use a dedicated mailbox for the device rather than a person's. ${LINKS.smtpAuthMailbox.url}`
  );
  const reply = (m: SmtpErrorMeaning) => SMTP_ERRORS.find((e) => e.meaning === m)?.reply ?? "?";
  out.noteForIt(
    `What the device's error means: "${reply("smtp-auth-disabled-setting")}" is SMTP AUTH turned off for the mailbox or the tenant (a setting, not the retirement); "${reply("basic-auth-removed")}" is Microsoft's rejection after the final removal. ${SMTP_OFF_BY_DEFAULT_REPLY_VERIFIED ? "" : "The error a device gets while basic auth is off by default is not documented."}`.trim()
  );
  const h = SMTP_ALTERNATIVES.highVolumeEmail;
  const hveUntil = onOrAfter(ctx.now, `${addMonthsToDay(`${h.basicAuthUntil}-01`, 1)}`)
    ? `accepted basic auth until ${h.basicAuthUntil}`
    : `accepts basic auth until ${h.basicAuthUntil}`;
  out.noteForIt(
    `Devices that can't do OAuth can send another way: High Volume Email (${hveUntil}; internal recipients only; up to ${h.maxAccounts} HVE accounts), ${SMTP_ALTERNATIVES.others.join(", ")}. Direct Send can be blocked with ${SMTP_ALTERNATIVES.directSendBlock}.`
  );
}
