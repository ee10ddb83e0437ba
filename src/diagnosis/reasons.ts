// Why only IT can carry out "contact-admin", in the user's words: every finding that leads a rule to hand the
// problem to IT names its reason here. The answer's first sentence and the "Ask your IT team" card say it.

import type { FindingId, ReasonKey } from "./messages.en";

export const REASON_OF: Readonly<Partial<Record<FindingId, ReasonKey>>> = {
  "signin-blocked-by-policy": "policy",
  "signin-device-not-compliant": "device",
  "signin-account-locked": "locked",
  "signin-account-disabled": "disabled",
  "signin-account-not-in-tenant": "not-in-tenant",
  "signin-consent-required": "assistant-setup",
  "signin-app-misconfigured": "assistant-setup",
  "signin-user-not-assigned": "assistant-setup",
  "signin-dialog-failed": "assistant-setup",
  "account-on-premises": "on-premises",
  "smtp-on-premises": "on-premises",
  "mailbox-forbidden": "mailbox-forbidden",
  "mailbox-not-found": "mailbox-not-found",
  "smtp-basic-auth-removed": "smtp-removed",
  "smtp-basic-auth-disabled": "smtp-off",
  "app-passwords-unavailable": "smtp-no-app-passwords",
  "app-passwords-disabled": "smtp-app-passwords-off",
  "smtp-ask-admin": "smtp-ask",
  "app-password-stopgap": "smtp-lasting",
};

/** The reason of the most urgent cause that has one; "other" only if a rule forgot to name its cause. */
export function reasonFor(causes: readonly FindingId[]): ReasonKey {
  for (const c of causes) {
    const r = REASON_OF[c];
    if (r) return r;
  }
  return "other";
}
