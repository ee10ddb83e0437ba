// The Office-dialog sign-in, auth's half: what the dialog page's message means, and what each of Office's dialog
// errors means for the token probe. The host opens the dialog (host/dialog.ts) and knows nothing of tokens.

import { ERROR_CODE_PATTERN, TOKEN_STATUSES, isOneOf } from "../diagnosis";
import { record } from "../util/errorLog";
import type { TokenResult } from "./types";

/**
 * The host's dialog reply, as auth reads it (host/dialog.ts returns this shape). `afterMs` is how long the dialog had
 * been open when it ended, where the host knows it.
 */
export type DialogReply =
  | { kind: "message"; message: string }
  | { kind: "error"; code: number | null; afterMs?: number | null };
export type OpenDialog = (url: string) => Promise<DialogReply>;

/**
 * A dialog that reports "closed" (12006) this soon after it opened was closed by the host, not by a person: nobody
 * signs in in 5 seconds (an address, a password and a second step), and a slow network can take
 * most of that just to load the sign-in page, which is when these dialogs close. That is the shape of office-js #6707 and #6548 (the dialog
 * closes as the sign-in page loads) and #1127 (office.js closes a web dialog whose opener is gone).
 */
export const EARLY_CLOSE_MS = 5_000;
export const DIALOG_CLOSED_EARLY = "dialog_closed_early";

const again = (errorCode: string): TokenResult => ({
  status: "interaction_required",
  errorCode,
  accessToken: null,
});
const broken = (errorCode: string): TokenResult => ({
  status: "failed",
  errorCode,
  accessToken: null,
});

/**
 * Office's dialog errors. The user closing or ignoring the window, a popup blocker, or one already open can be
 * tried again; a page that can't load, an untrusted domain or plain http is the deployment's fault (IT's).
 */
export function tokenFromDialogError(
  code: number | null,
  afterMs: number | null = null
): TokenResult {
  switch (code) {
    case 12006:
      return afterMs !== null && afterMs < EARLY_CLOSE_MS
        ? broken(DIALOG_CLOSED_EARLY)
        : again("user_cancelled");
    case 12009:
      return again("user_cancelled");
    case 12011:
      return again("popup_window_error");
    case 12007:
      return again("interaction_in_progress");
    case 12002:
    case 12003:
    case 12004:
    case 12005:
      return broken(`dialog_${code}`);
    default:
      return broken(code === null ? "dialog_error" : `dialog_${code}`);
  }
}

/** The dialog page's message, checked field by field: a page that sends anything else has failed. */
export function tokenFromDialogMessage(message: string): TokenResult {
  let m: unknown;
  try {
    m = JSON.parse(message);
  } catch {
    return broken("dialog_bad_message");
  }
  const { status, errorCode, accessToken } = (m ?? {}) as Record<string, unknown>;
  if (typeof status !== "string" || !isOneOf(TOKEN_STATUSES, status))
    return broken("dialog_bad_message");
  const code =
    typeof errorCode === "string" && ERROR_CODE_PATTERN.test(errorCode) ? errorCode : null;
  if (status === "ok")
    return typeof accessToken === "string" && accessToken
      ? { status, errorCode: null, accessToken }
      : broken("dialog_bad_message");
  return { status, errorCode: code ?? "unknown_error", accessToken: null };
}

export async function signInWithDialog(open: OpenDialog, dialogUrl: string): Promise<TokenResult> {
  const reply = await open(dialogUrl);
  if (reply.kind === "message") {
    const result = tokenFromDialogMessage(reply.message);
    if (result.status !== "ok")
      record("dialog", result.errorCode ?? "unknown_error", "the dialog page answered");
    return result;
  }
  const afterMs = reply.afterMs ?? null;
  const result = tokenFromDialogError(reply.code, afterMs);
  // The raw shape for IT: Office's number and how long the window lived tell a host bug from a person closing it.
  record(
    "dialog",
    result.errorCode ?? "dialog_error",
    `Office dialog error ${reply.code ?? "none"}${afterMs === null ? "" : ` after ${afterMs} ms`}`
  );
  return result;
}
