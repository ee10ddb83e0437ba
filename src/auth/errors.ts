// MSAL errors → the contract's token probe result. Works on the error's shape, so it is testable without MSAL.

import { ERROR_CODE_PATTERN, type TokenStatus } from "../diagnosis";

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
}

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

/**
 * A lazy chunk that didn't load: webpack's ChunkLoadError, or the browser's own message for a failed import().
 * Realistic after IT uploads a new dist/ while a pane still asks for the old hashed file.
 */
export function isChunkLoadError(e: AuthErrorLike): boolean {
  return (
    e.name === "ChunkLoadError" ||
    /Loading (CSS )?chunk \S+ failed|dynamically imported module|error loading dynamically imported/i.test(
      e.message ?? ""
    )
  );
}

export function mapAuthError(error: unknown): TokenOutcome {
  const e = (
    typeof error === "object" && error !== null ? error : { message: String(error) }
  ) as AuthErrorLike;
  if (isChunkLoadError(e)) return { status: "failed", errorCode: "chunk_load_error" };
  // Only something shaped like a code goes into the report; free text from an exception never does.
  const code =
    typeof e.errorCode === "string" && ERROR_CODE_PATTERN.test(e.errorCode) ? e.errorCode : null;
  const aadsts = aadstsCode(e);
  if (e.name === "InteractionRequiredAuthError")
    return { status: "interaction_required", errorCode: aadsts ?? code };
  if (code && INTERACTIVE_RETRY.has(code))
    return { status: "interaction_required", errorCode: code };
  if (code && UNSUPPORTED.has(code)) return { status: "unsupported", errorCode: code };
  if (aadsts) return { status: "failed", errorCode: aadsts };
  return { status: "failed", errorCode: code ?? "unknown_error" };
}
