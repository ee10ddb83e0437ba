import { hasMfaMethod } from "../tables/authMethods";
import { findSignInError } from "../tables/signInErrors";
import { Collector, P } from "./collector";
import type { RuleContext } from "./context";

/** The token probe: nested app auth against Microsoft Entra ID. */
export function tokenRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) return;
  const { status, errorCode } = ctx.facts.probes.token;
  switch (status) {
    case "ok":
      out.find("token-ok", "ok");
      return;
    case "not_configured":
      out.find("token-not-configured", "info");
      return;
    case "unsupported":
      out.find("token-unsupported", "info");
      return;
    case "timeout":
      out.find("token-timeout", "warning");
      out.find("network-timeout", "warning");
      out.act("check-network", P.networkSlow);
      return;
    case "interaction_required":
    case "failed": {
      const known = findSignInError(errorCode);
      if (known) {
        out.find(`signin-${known.group}`, known.severity);
        if (known.action) out.act(known.action, priorityFor(known.action));
        out.note(`${known.code} (${known.name}): ${known.admin}`);
      } else if (status === "interaction_required") {
        out.find("signin-interaction-required", "info");
      } else {
        out.find("token-failed", "warning", { code: errorCode ?? "no error code" });
        if (errorCode)
          out.note(
            `Sign-in failed with ${errorCode}; look it up at https://login.microsoftonline.com/error?code=${errorCode.replace(/\D/g, "")}`
          );
      }
      return;
    }
    default:
      return;
  }
}

function priorityFor(action: string): number {
  switch (action) {
    case "contact-admin":
      return P.blockedByAdmin;
    case "reset-password":
      return P.passwordExpired;
    case "register-mfa":
      return P.registerMfa;
    case "check-network":
      return P.network;
    default:
      return P.clearCache;
  }
}

/** GET /me/mailFolders/inbox over Graph: does the mailbox answer over modern auth? */
export function mailboxRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) return;
  const { status, httpStatus } = ctx.facts.probes.mailbox;
  if (status === "ok") {
    out.find("mailbox-ok", "ok");
  } else if (status === "timeout") {
    out.find("mailbox-timeout", "warning");
    out.find("network-timeout", "warning");
    out.act("check-network", P.networkSlow);
  } else if (status === "skipped") {
    const tokenStatus = ctx.facts.probes.token.status;
    if (tokenStatus === "interaction_required" || tokenStatus === "failed")
      out.find("mailbox-skipped", "info");
  } else if (status === "failed") {
    mailboxFailure(httpStatus, ctx, out);
  }
}

function mailboxFailure(httpStatus: number | null, ctx: RuleContext, out: Collector): void {
  if (httpStatus === null || httpStatus === 0) {
    out.find("mailbox-unreachable", "warning");
    out.act("check-network", P.networkSlow);
  } else if (httpStatus === 401) {
    out.find("mailbox-unauthorized", "warning");
    out.act("clear-cached-credentials", P.clearCache);
  } else if (httpStatus === 403) {
    out.find("mailbox-forbidden", "error");
    out.act("contact-admin", P.blockedByAdmin);
    out.note(
      "Graph returned 403 for /me/mailFolders/inbox: check consent for Mail.ReadBasic and any mailbox access policy."
    );
  } else if (httpStatus === 404) {
    out.find("mailbox-not-found", ctx.facts.host.accountType === "enterprise" ? "info" : "warning");
    out.act("contact-admin", P.askAdmin);
    out.note(
      "Graph returned 404 (MailboxNotEnabledForRESTAPI): the mailbox is on-premises, inactive or unlicensed."
    );
  } else if (httpStatus === 429) {
    out.find("mailbox-throttled", "info");
  } else if (httpStatus >= 500) {
    out.find("mailbox-service-error", "warning");
  } else {
    out.find("mailbox-failed", "warning", { status: httpStatus });
  }
}

/** GET /me/authentication/methods: is there a method that can answer an MFA prompt? */
export function authMethodRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) return;
  const { status, methods } = ctx.facts.probes.authMethods;
  if (status === "ok") {
    if (hasMfaMethod(methods)) {
      out.find("mfa-methods-ok", "ok", {
        methods: methods.filter((m) => m !== "password").join(", "),
      });
    } else {
      out.find("mfa-method-missing", "error");
      out.act("register-mfa", P.registerMfa);
    }
  } else if (status === "failed" || status === "timeout") {
    out.find("mfa-methods-unknown", "info");
  }
}
