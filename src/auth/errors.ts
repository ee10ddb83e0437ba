// MSAL errors → the contract's token probe result. Works on the error's shape, so it is testable without MSAL.
//
// The same failure reaches the pane in different shapes per Outlook client (msal-js #7788): an
// InteractionRequiredAuthError with an AADSTS code in Outlook on the web, errorCode "2" with a OneAuth payload in new
// Outlook, an empty ServerError on Mac (msal-js #7498, office-js #6691). Each shape is named here, once, so the
// engine only ever sees codes its sign-in table knows; the raw shape goes to the error log for IT (describeShape).

import { ERROR_CODE_PATTERN, type TokenStatus } from "../diagnosis";
import { isChunkLoadError as isChunkLoadFailure } from "../util/chunkLoad";
import { scrub } from "../util/errorLog";

export interface AuthErrorLike {
  name?: string;
  errorCode?: string;
  errorMessage?: string;
  subError?: string;
  message?: string;
}

export interface TokenOutcome {
  status: TokenStatus;
  errorCode: string | null;
  /**
   * Entra's "Correlation ID" and "Timestamp" from the error text, when it carries them: the two values IT needs to
   * find this sign-in in the Entra sign-in logs. Read here, before any scrubbing (the error log removes every GUID),
   * and nothing else of the message is kept.
   */
  correlationId?: string;
  timestamp?: string;
}

/** Codes this module gives shapes that carry no usable code of their own. */
export const SHAPE_CODES = {
  /** A ServerError with neither code nor message: the NAA bridge rejected before any request (Mac). */
  emptyServerError: "naa_empty_server_error",
  /** New Outlook's broker (OneAuth) asking for interaction, with a numeric code and no AADSTS code. */
  oneAuthInteraction: "oneauth_interaction_required",
  /** Any other OneAuth failure. */
  oneAuthError: "oneauth_error",
} as const;

const INTERACTIVE_RETRY = new Set([
  "user_cancelled",
  "user_canceled",
  "popup_window_error",
  "empty_window_error",
  "interaction_in_progress",
  "monitor_window_timeout",
]);
const UNSUPPORTED = new Set([
  "nested_app_auth_bridge_disabled",
  "unsupported_method",
  "nested_app_auth_unavailable",
]);

/** The AADSTS code a server error carries in its message ("AADSTS53003: Access has been blocked…"). */
export function aadstsCode(e: AuthErrorLike): string | null {
  const text = `${e.errorMessage ?? ""} ${e.message ?? ""} ${e.subError ?? ""}`;
  const m = /AADSTS(\d{5,7})/.exec(text);
  return m ? `AADSTS${m[1]}` : null;
}

const CORRELATION_ID =
  /Correlation ID:\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;
const TIMESTAMP = /Timestamp:\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z?)/i;

/** Entra's correlation ID and timestamp from an error's text ("… Correlation ID: <guid> Timestamp: …"). */
export function entraTrace(e: AuthErrorLike): { correlationId?: string; timestamp?: string } {
  const text = `${e.errorMessage ?? ""} ${e.message ?? ""}`;
  const correlationId = CORRELATION_ID.exec(text)?.[1]?.toLowerCase();
  const timestamp = TIMESTAMP.exec(text)?.[1];
  return {
    ...(correlationId ? { correlationId } : {}),
    ...(timestamp ? { timestamp } : {}),
  };
}

/**
 * A lazy chunk that didn't load (util/chunkLoad): realistic after IT uploads a new dist/ while a pane still asks for
 * the old hashed file.
 */
export function isChunkLoadError(e: AuthErrorLike): boolean {
  return isChunkLoadFailure(e);
}

/**
 * No Web Crypto (an http page, an old webview): MSAL's own check says crypto_nonexistent, but its NAA path reaches
 * crypto.subtle without that check and fails with a plain TypeError.
 */
function isCryptoMissing(e: AuthErrorLike): boolean {
  return (
    e.name === "TypeError" &&
    /\(reading '(subtle|generateKey|digest|importKey|exportKey|sign)'\)/.test(e.message ?? "")
  );
}

/** New Outlook's broker reports through OneAuth: a numeric code and a JSON payload naming its domain. */
function isOneAuth(e: AuthErrorLike): boolean {
  return /com\.microsoft\.oneauth/i.test(`${e.errorMessage ?? ""} ${e.message ?? ""}`);
}

function asShape(error: unknown): AuthErrorLike {
  return (
    typeof error === "object" && error !== null ? error : { message: String(error) }
  ) as AuthErrorLike;
}

export function mapAuthError(error: unknown): TokenOutcome {
  const e = asShape(error);
  const outcome = mapShape(e);
  // Only Entra's own errors carry its trace; a sign-in library code has none to look up.
  return outcome.errorCode?.startsWith("AADSTS") ? { ...outcome, ...entraTrace(e) } : outcome;
}

function mapShape(e: AuthErrorLike): TokenOutcome {
  if (isChunkLoadError(e)) return { status: "failed", errorCode: "chunk_load_error" };
  if (isCryptoMissing(e)) return { status: "failed", errorCode: "crypto_nonexistent" };
  // Only something shaped like a code goes into the report; free text from an exception never does.
  const code =
    typeof e.errorCode === "string" && ERROR_CODE_PATTERN.test(e.errorCode) ? e.errorCode : null;
  const aadsts = aadstsCode(e);
  if (!aadsts && isOneAuth(e))
    return e.name === "InteractionRequiredAuthError"
      ? { status: "interaction_required", errorCode: SHAPE_CODES.oneAuthInteraction }
      : { status: "failed", errorCode: SHAPE_CODES.oneAuthError };
  if (e.name === "InteractionRequiredAuthError")
    return { status: "interaction_required", errorCode: aadsts ?? code };
  if (code && INTERACTIVE_RETRY.has(code))
    return { status: "interaction_required", errorCode: code };
  if (code && UNSUPPORTED.has(code)) return { status: "unsupported", errorCode: code };
  if (aadsts) return { status: "failed", errorCode: aadsts };
  if (e.name === "ServerError" && !code && !e.errorMessage?.trim())
    return { status: "failed", errorCode: SHAPE_CODES.emptyServerError };
  return { status: "failed", errorCode: code ?? "unknown_error" };
}

/**
 * The raw shape of an error for IT's trail: its class, code, sub-error and the start of its message, exactly as MSAL
 * or the host gave them (the error log scrubs addresses, tokens and IDs before keeping anything).
 */
export function describeShape(error: unknown): string {
  const e = asShape(error);
  // Scrubbed whole, then cut: cut first, a GUID straddling the cut would no longer look like one and survive in part.
  const message = scrub(String(e.errorMessage || e.message || ""), 90);
  const parts = [
    e.name ?? "Error",
    `errorCode=${JSON.stringify(e.errorCode ?? null)}`,
    e.subError ? `subError=${JSON.stringify(e.subError)}` : null,
    `message=${JSON.stringify(message)}`,
  ];
  return parts.filter(Boolean).join(" ");
}
