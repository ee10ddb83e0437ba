// The Office-dialog sign-in, auth's half: what the dialog page's message means, and what each of Office's dialog
// errors means for the token probe. The host opens the dialog (host/dialog.ts) and knows nothing of tokens.

import { ERROR_CODE_PATTERN, TOKEN_STATUSES, isOneOf } from "../diagnosis";
import type { TokenResult } from "./types";

/** The host's dialog reply, as auth reads it (host/dialog.ts returns this shape). */
export type DialogReply =
  { kind: "message"; message: string } | { kind: "error"; code: number | null };
export type OpenDialog = (url: string) => Promise<DialogReply>;

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
export function tokenFromDialogError(code: number | null): TokenResult {
  switch (code) {
    case 12006:
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
  return reply.kind === "message"
    ? tokenFromDialogMessage(reply.message)
    : tokenFromDialogError(reply.code);
}
