// The answer's lead as the help desk needs it: what is wrong and who must do what, written for IT ("The user must
// register an MFA method"), not the sentence the user read ("needs you to finish setting up…"). English only:
// it goes into the report and the CLI, never into the pane.

import type { ClientAssessment } from "./classifyClient";
import type { ReasonKey } from "./messages.en";
import type { ActionId } from "./vocabulary";

const REASON_FOR_IT: Readonly<Record<ReasonKey, string>> = {
  policy:
    "Conditional Access refused the sign-in (see the notes for whose sign-in it was and Entra's correlation ID)",
  device: "a device-compliance (Conditional Access) policy refused the sign-in from this device",
  locked: "the account is locked (smart lockout)",
  disabled: "the account is disabled",
  "not-in-tenant": "the account is not found in the tenant",
  "on-premises": "the mailbox is on Exchange on-premises: check hybrid modern authentication",
  "mailbox-forbidden": "Microsoft Graph refused access to the mailbox (403)",
  "mailbox-not-found":
    "Microsoft Graph found no Exchange Online mailbox (404: on-premises, inactive or unlicensed)",
  "smtp-removed":
    "SMTP AUTH basic authentication is gone for this device: it needs OAuth or another way to send",
  "smtp-off":
    "SMTP AUTH basic authentication is off by default now: re-enable it for the tenant or mailbox, or move the device to OAuth or another way to send",
  "smtp-no-app-passwords":
    "the tenant's MFA mode has no app passwords, so the device needs OAuth or another way to send",
  "smtp-app-passwords-off":
    "app passwords are turned off for the tenant, so the device needs OAuth or another way to send",
  "smtp-ask":
    "decide how this device should send mail (SMTP AUTH with an app password, OAuth, or a relay)",
  "smtp-lasting": "plan a lasting way for this device to send before the SMTP AUTH change",
  "assistant-setup":
    "the assistant's own app registration needs admin action (consent or assignment); the user's app is not affected",
  other: "an admin-side setting blocks the sign-in",
};

/** One sentence for IT about the first action, naming the client by its label. */
export function summaryForIt(
  actions: readonly ActionId[],
  client: ClientAssessment,
  likely: boolean,
  reason: ReasonKey | null
): string {
  const c = client.label;
  switch (actions[0]) {
    case "check-network":
      return `The device is offline or can't reach Microsoft 365; nothing about the account can be judged until it is back online.`;
    case "register-mfa":
      return `The user must register an MFA method (Security info) before ${c} can sign in.`;
    case "reset-password":
      return `The user's password has expired: they must reset it before ${c} can sign in.`;
    case "clear-cached-credentials":
      return likely
        ? `Probably stale saved credentials in ${c} from before MFA (not confirmed by a live check); the user was sent through sign-out and sign-in, then clearing saved credentials.`
        : `${c} keeps offering stale saved credentials that Microsoft 365 refuses; the user was sent through sign-out and sign-in, then clearing saved credentials.`;
    case "enable-modern-auth-registry":
      return `${c} needs the EnableADAL and Version registry keys for modern authentication; replacing it is the lasting fix.`;
    case "update-client":
      return `${c} must be updated or replaced (support dates and minimum builds in the findings).`;
    case "switch-to-modern-auth":
      return `${c} must be set up again with modern authentication (OAuth2); a plain password no longer works against Exchange Online.`;
    case "use-app-password":
      return `The device sends with SMTP AUTH basic authentication; an app password is a stopgap until the SMTP AUTH change (see the notes).`;
    case "contact-admin":
      return `IT action needed: ${REASON_FOR_IT[reason ?? "other"]}.`;
    default:
      return "No problem found in what the pane could check; ask the user which app keeps prompting.";
  }
}
