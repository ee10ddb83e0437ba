import { onOrBefore } from "../calendar";
import { AUTHENTICATOR_ROOTED_BLOCK, hasMfaMethod, methodTerms } from "../tables/authMethods";
import { LINKS } from "../tables/links";
import { APPROVED_CLIENT_APP_GRANT, NAA_MINIMUMS, NAA_UNSUPPORTED_ACCOUNTS } from "../tables/naa";
import { findSignInError, type SignInError, type SignInErrorGroup } from "../tables/signInErrors";
import { Collector, PRIORITY, PRIORITY_OF } from "./collector";
import type { RuleContext } from "./context";

/** Where the reason is "no NAA here", IT also learns which Outlook builds have it. */
const NAA_NOTE_GROUPS: ReadonlySet<SignInErrorGroup> = new Set([
  "bridge-unavailable",
  "no-sign-in-here",
]);

/**
 * Sign-in errors that are the cause of the prompts, so removing saved sign-ins would not help: a policy, the
 * device, the account itself, or an expired password.
 */
const CAUSE_GROUPS: ReadonlySet<SignInErrorGroup> = new Set([
  "blocked-by-policy",
  "device-not-compliant",
  "account-locked",
  "account-disabled",
  "account-not-in-tenant",
  "password-expired",
]);

/**
 * Errors about this assistant's own set-up (consent, app registration, assignment): IT has to act, but that is not
 * why the user's app prompts, so it comes after the fix for the app.
 */
const ASSISTANT_SETUP: ReadonlySet<SignInErrorGroup> = new Set([
  "consent-required",
  "app-misconfigured",
  "user-not-assigned",
  "dialog-failed",
]);

/** Entra's error lookup page only knows AADSTS codes; MSAL codes have no page to point to. */
const AADSTS = /^AADSTS(\d+)$/i;

/** Policy refusals: IT needs to know whose sign-in the policy refused, and to find that very sign-in. */
const POLICY_GROUPS: ReadonlySet<SignInErrorGroup> = new Set([
  "blocked-by-policy",
  "device-not-compliant",
]);

/** The second step failed or is missing: a phone Authenticator refuses may be why. */
const MFA_GROUPS: ReadonlySet<SignInErrorGroup> = new Set([
  "mfa-required",
  "mfa-not-completed",
  "mfa-registration-required",
]);

/**
 * What IT needs beyond the row's own note: which sign-in to look for when a policy refused it (the refused app is
 * this assistant, not the user's mail app), the retired approved-client-app grant, and Authenticator's refusal on
 * jailbroken or rooted phones.
 */
function signInContextForIt(ctx: RuleContext, known: SignInError, out: Collector): void {
  if (POLICY_GROUPS.has(known.group)) {
    // The live check signs in as the assistant itself, not as the user's mail app: the refusal names the assistant's
    // app in the sign-in logs, with Entra's correlation ID and time where the error carried them.
    const { clientId, correlationId, timestamp } = ctx.facts.probes.token;
    const app = clientId
      ? `the Sign-in Assistant's app (application ID ${clientId})`
      : "the Sign-in Assistant's own app (the clientId in the deployed config.json)";
    const when =
      timestamp ??
      `around ${ctx.facts.collectedAt ?? ctx.now.toISOString()} (when the report was collected)`;
    out.noteForIt(
      `${known.code} refused the sign-in of ${app}${correlationId ? ` (correlation ID ${correlationId})` : ""}, not ${ctx.client.label}'s own sign-in. In the Entra admin center › Sign-in logs, filter by ${clientId ? "that application ID" : "the assistant's application ID"}${correlationId ? " or the correlation ID" : ""} ${timestamp ? `at ${when}` : when} and open the Conditional Access tab to see which policy applied. The same policy may also refuse ${ctx.client.label}; check its sign-ins separately.`
    );
    const g = APPROVED_CLIENT_APP_GRANT;
    out.noteForIt(
      onOrBefore(ctx.now, g.retiresOn)
        ? `If that policy uses the deprecated "Require approved client app" grant: it blocks nested app authentication even with an exception, and it retires on ${g.retiresOn}. Use the app protection policy grant instead.`
        : `The deprecated "Require approved client app" grant retired on ${g.retiresOn} and has been treated as not selected since, so it no longer explains this block: check the policy's other grants and conditions.`
    );
  }
  if (MFA_GROUPS.has(known.group)) {
    out.noteForIt(
      `Microsoft Authenticator blocks (then wipes) work accounts on jailbroken or rooted phones (MC1179154, rollout ${AUTHENTICATOR_ROOTED_BLOCK.rolloutFrom} to ${AUTHENTICATOR_ROOTED_BLOCK.rolloutUntil}): a user with such a phone can't approve with it. They need another method or device, registered at Security info (${LINKS.securityInfo.url}); an admin may need to help them in.`
    );
  }
}

/** A sign-in error the table knows: its finding, its action and the note for IT. */
function knownSignInError(ctx: RuleContext, known: SignInError, out: Collector): void {
  const finding = `signin-${known.group}` as const;
  out.addFinding(finding, known.severity);
  if (known.action) {
    const priority = ASSISTANT_SETUP.has(known.group)
      ? PRIORITY.askAdmin
      : PRIORITY_OF[known.action];
    out.recommend(known.action, priority, finding);
  }
  if (CAUSE_GROUPS.has(known.group)) out.ruleOut("clear-cached-credentials");
  out.noteForIt(`${known.code} (${known.name}): ${known.admin}`);
  signInContextForIt(ctx, known, out);
}

/** The token probe: nested app auth against Microsoft Entra ID. */
export function tokenRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) return;
  const { status, errorCode } = ctx.facts.probes.token;
  switch (status) {
    case "ok":
      out.addFinding("token-ok", "ok");
      return;
    case "not_configured":
      out.addFinding("token-not-configured", "info");
      return;
    case "unsupported": {
      // Why NAA can't be used here, once the add-in knows (no bridge, a broken host window, blocked cookies).
      const known = findSignInError(errorCode);
      if (known) knownSignInError(ctx, known, out);
      else out.addFinding("token-unsupported", "info");
      if (!known || NAA_NOTE_GROUPS.has(known.group)) naaNoteForIt(ctx, out);
      return;
    }
    case "timeout":
      // The check couldn't run (info); the slow network is the warning.
      out.addFinding("token-timeout", "info");
      out.addFinding("network-timeout", "warning");
      out.recommend("check-network", PRIORITY.networkSlow);
      return;
    case "interaction_required":
    case "failed": {
      const known = findSignInError(errorCode);
      if (known) {
        knownSignInError(ctx, known, out);
      } else if (status === "interaction_required") {
        out.addFinding("signin-interaction-required", "info");
      } else {
        out.addFinding("token-failed", "warning", { code: errorCode ?? "no error code" });
        const aadsts = errorCode ? AADSTS.exec(errorCode) : null;
        if (aadsts)
          out.noteForIt(
            `Sign-in failed with ${errorCode}; look it up at https://login.microsoftonline.com/error?code=${aadsts[1]}`
          );
        else if (errorCode)
          out.noteForIt(
            `Sign-in failed with ${errorCode}, a code of the sign-in library (MSAL), not of Microsoft Entra ID.`
          );
      }
      return;
    }
    default:
      return;
  }
}

/** Why the live checks couldn't sign in here, for IT: NAA needs a recent Outlook and a work mailbox. */
function naaNoteForIt(ctx: RuleContext, out: Collector): void {
  const accountType = ctx.facts.host.accountType;
  if (accountType && NAA_UNSUPPORTED_ACCOUNTS.accountTypes.includes(accountType)) {
    out.noteForIt(
      `Nested app authentication isn't supported for ${accountType} mailboxes, so the live checks can't run there.`
    );
    return;
  }
  const m = NAA_MINIMUMS;
  out.noteForIt(
    `The live checks need nested app authentication (NestedAppAuth 1.1): ${m.windowsSubscription.host} ${m.windowsSubscription.minimum}, ${m.windowsRetail.host} ${m.windowsRetail.minimum}, ${m.windowsLtsc2024.host} ${m.windowsLtsc2024.minimum}, ${m.mac.host} ${m.mac.minimum}, ${m.mobile.host} ${m.mobile.minimum}, or Outlook on the web. Older builds use the sign-in window fallback where the add-in offers it.`
  );
}

/** GET /me/mailFolders/inbox over Graph: does the mailbox answer over modern auth? */
export function mailboxRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) return;
  const { status, httpStatus } = ctx.facts.probes.mailbox;
  if (status === "ok") {
    out.addFinding("mailbox-ok", "ok");
  } else if (status === "timeout") {
    out.addFinding("mailbox-timeout", "info");
    out.addFinding("network-timeout", "warning");
    out.recommend("check-network", PRIORITY.networkSlow);
  } else if (status === "skipped") {
    const tokenStatus = ctx.facts.probes.token.status;
    if (tokenStatus === "interaction_required" || tokenStatus === "failed")
      out.addFinding("mailbox-skipped", "info");
  } else if (status === "failed") {
    mailboxFailure(httpStatus, ctx, out);
  }
}

function mailboxFailure(httpStatus: number | null, ctx: RuleContext, out: Collector): void {
  if (httpStatus === null || httpStatus === 0) {
    out.addFinding("mailbox-unreachable", "warning");
    out.recommend("check-network", PRIORITY.networkSlow);
  } else if (httpStatus === 401) {
    out.addFinding("mailbox-unauthorized", "warning");
    out.recommend("clear-cached-credentials", PRIORITY.clearCache, "mailbox-unauthorized");
  } else if (httpStatus === 403) {
    out.addFinding("mailbox-forbidden", "error");
    out.recommend("contact-admin", PRIORITY.blockedByAdmin, "mailbox-forbidden");
    out.ruleOut("clear-cached-credentials");
    out.noteForIt(
      "Graph returned 403 for /me/mailFolders/inbox: check consent for Mail.ReadBasic and any mailbox access policy."
    );
  } else if (httpStatus === 404) {
    out.addFinding(
      "mailbox-not-found",
      ctx.facts.host.accountType === "enterprise" ? "info" : "warning"
    );
    out.recommend("contact-admin", PRIORITY.askAdmin, "mailbox-not-found");
    out.noteForIt(
      "Graph returned 404 (MailboxNotEnabledForRESTAPI): the mailbox is on-premises, inactive or unlicensed."
    );
  } else if (httpStatus === 429) {
    out.addFinding("mailbox-throttled", "info");
  } else if (httpStatus >= 500) {
    out.addFinding("mailbox-service-error", "warning");
  } else {
    out.addFinding("mailbox-failed", "warning", { status: String(httpStatus) });
  }
}

/** GET /me/authentication/methods: is there a method that can answer an MFA prompt? */
export function authMethodRules(ctx: RuleContext, out: Collector): void {
  if (ctx.offline) return;
  const { status, methods } = ctx.facts.probes.authMethods;
  if (status === "ok") {
    if (hasMfaMethod(methods)) {
      out.addFinding("mfa-methods-ok", "ok", { methods: { list: methodTerms(methods) } });
    } else {
      out.addFinding("mfa-method-missing", "error");
      out.recommend("register-mfa", PRIORITY.registerMfa);
    }
  } else if (status === "failed" || status === "timeout") {
    out.addFinding("mfa-methods-unknown", "info");
  }
}
