// Whether the pane should offer interactive sign-in, and what to say after a sign-in attempt ended. Decided from
// the token probe and the sign-in error table; the wiring only adds "inside Office, with a sign-in provider".

import type { Facts } from "./facts";
import { findSignInError, SIGN_IN_GROUPS, type SignInMessageId } from "./tables/signInErrors";

export interface SignInOffer {
  offer: boolean;
  /** What the token probe's latest result means to the user, shown after they tried to sign in. */
  reason: { id: SignInMessageId; params: Record<string, string> } | null;
}

const NONE: SignInOffer = { offer: false, reason: null };

function message(id: SignInMessageId, code: string | null): SignInOffer["reason"] {
  return { id, params: id === "auth.failed" ? { code: code ?? "unknown_error" } : {} };
}

export function signInOffer(facts: Facts): SignInOffer {
  if (facts.probes.online === false) return NONE;
  const { status, errorCode } = facts.probes.token;
  const known = findSignInError(errorCode);
  const row = known ? SIGN_IN_GROUPS[known.group] : null;
  switch (status) {
    case "interaction_required":
      return {
        offer: row ? row.offerSignIn : true,
        reason: row
          ? message(row.message, errorCode)
          : errorCode
            ? message("auth.failed", errorCode)
            : null,
      };
    case "failed":
      return {
        offer: row?.offerSignIn ?? false,
        reason: message(row?.message ?? "auth.failed", errorCode),
      };
    case "unsupported":
      return row ? { offer: row.offerSignIn, reason: message(row.message, errorCode) } : NONE;
    default:
      return NONE;
  }
}
