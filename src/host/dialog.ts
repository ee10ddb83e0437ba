// Office dialog API: the sign-in fallback where nested app authentication is unavailable.

import type { TokenResult } from "../auth/types";

/** Opens the same-origin dialog page and resolves with what it sends back through messageParent. */
export function signInWithDialog(office: typeof Office, dialogUrl: string): Promise<TokenResult> {
  return new Promise<TokenResult>((resolve) => {
    const failed = (errorCode: string): TokenResult => ({
      status: "interaction_required",
      errorCode,
      accessToken: null,
    });
    try {
      office.context.ui.displayDialogAsync(
        dialogUrl,
        { height: 60, width: 30, promptBeforeOpen: false },
        (result) => {
          if (result.status !== office.AsyncResultStatus.Succeeded) {
            // 12009: the user blocked the dialog; 12011: the browser's popup blocker.
            resolve(failed(result.error?.code === 12009 ? "user_cancelled" : "popup_window_error"));
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
            dialog.close();
            try {
              const msg = JSON.parse((arg as { message: string }).message) as TokenResult;
              resolve({
                status: msg.status,
                errorCode: msg.errorCode ?? null,
                accessToken: msg.accessToken ?? null,
              });
            } catch {
              resolve(failed("unknown_error"));
            }
          });
          dialog.addEventHandler(office.EventType.DialogEventReceived, () =>
            resolve(failed("user_cancelled"))
          );
        }
      );
    } catch {
      resolve(failed("popup_window_error"));
    }
  });
}

/** Used by the dialog page: hands the result to the pane. */
export function sendToParent(message: string): void {
  (globalThis as { Office?: typeof Office }).Office?.context.ui.messageParent(message);
}

export function whenOfficeReady(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office ? office.onReady().then(() => undefined) : Promise.resolve();
}
