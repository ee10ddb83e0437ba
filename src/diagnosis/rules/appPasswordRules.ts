import { daysUntil, SMTP_AUTH_DEFAULT_OFF_DEADLINE, smtpAuthPhase } from "../tables/timeline";
import { Collector, P } from "./collector";
import type { RuleContext } from "./context";

/**
 * App passwords: the one place they still help is SMTP AUTH client submission for users enforced for per-user
 * MFA whose admin allows them (domain-facts "What follows for the guidance"). Everywhere else they are a myth
 * to debunk, never an action.
 */
export function appPasswordRules(ctx: RuleContext, out: Collector): void {
  const { client, facts } = ctx;
  const org = facts.org;
  if (client.protocol !== "smtp") {
    const mightTry = org.mfaMode === "perUserMfa" || org.appPasswordsAllowed === true;
    if (ctx.exchangeOnline && mightTry && client.protocol !== "unknown") {
      out.find("app-password-not-for-outlook", "info", { client: client.label });
    }
    return;
  }

  switch (facts.host.accountType) {
    case "enterprise":
      out.find("smtp-on-premises", "info");
      out.act("contact-admin", P.blockedByAdmin);
      return;
    case "outlookCom":
      out.find("smtp-consumer-basic-ended", "warning");
      out.act("switch-to-modern-auth", P.switchAuth);
      return;
    case "gmail":
      out.act("switch-to-modern-auth", P.switchAuth);
      return;
    default:
      break;
  }

  const phase = smtpAuthPhase(ctx.now);
  const allowed = org.mfaMode === "perUserMfa" && org.appPasswordsAllowed === true;
  out.note(
    `SMTP AUTH basic auth: on through ${SMTP_AUTH_DEFAULT_OFF_DEADLINE}, then disabled by default for existing tenants (admins can re-enable); final removal date to be announced in H2 2027. Lasting fixes: OAuth-capable device firmware, or another submission method.`
  );
  if (phase.state === "disabled-by-default") {
    out.find("smtp-basic-auth-disabled", "error", { deadline: SMTP_AUTH_DEFAULT_OFF_DEADLINE });
    out.act("contact-admin", P.blockedByAdmin);
    if (allowed) {
      out.find("app-password-after-deadline", "warning");
      out.act("use-app-password", P.planUpdate);
    }
    return;
  }
  if (allowed) {
    out.find("app-password-stopgap", "warning", {
      deadline: SMTP_AUTH_DEFAULT_OFF_DEADLINE,
      days: daysUntil(SMTP_AUTH_DEFAULT_OFF_DEADLINE, ctx.now),
    });
    out.act("use-app-password", P.stopgap);
    out.act("contact-admin", P.askAdmin);
    return;
  }
  if (org.mfaMode === "conditionalAccess" || org.mfaMode === "securityDefaults") {
    out.find("app-passwords-unavailable", "warning");
  } else if (org.mfaMode === "perUserMfa" && org.appPasswordsAllowed === false) {
    out.find("app-passwords-disabled", "warning");
  } else {
    out.find("smtp-ask-admin", "info");
  }
  out.act("contact-admin", P.blockedByAdmin);
}
