// Office dialog API, both sides. The host only opens the page and reports what came back (a message or Office's
// error number); what a message means (a token, a sign-in error) is the auth room's business.

import { record } from "../util/errorLog";
import { settle } from "../util/settle";
import { guard } from "./guard";

/** What the dialog ended with. Office numbers: 12002 page not loaded, 12003 http, 12004 untrusted domain,
 * 12005 http URL, 12006 closed by the user, 12007 one already open, 12009 user ignored it, 12011 popup blocker. */
export type DialogReply =
  | { kind: "message"; message: string }
  | { kind: "error"; code: number | null; afterMs?: number | null };

const DIALOG_SIZE = { height: 60, width: 30, promptBeforeOpen: false };

/**
 * Whether this Outlook can open an Office dialog at all. Outlook on iOS and Android has no Dialog API; elsewhere a
 * displayDialogAsync is taken at its word even where the host answers nothing for DialogApi (Outlook reports its
 * Mailbox sets, and the Dialog API came with Mailbox 1.4).
 */
export function dialogAvailable(office: typeof Office): boolean {
  const ui = guard(() => office.context.ui);
  if (!ui || typeof ui.displayDialogAsync !== "function") return false;
  if (guard(() => office.context.requirements.isSetSupported("DialogApi", "1.1")) === true)
    return true;
  const platform: unknown = guard(() => office.context.platform);
  return platform !== "iOS" && platform !== "Android";
}

/**
 * Opens a same-origin page in an Office dialog; resolves once with its first message, or with Office's error and how
 * long the dialog had been open (a dialog closed a moment after it opened was closed by the host, not a person).
 */
export function displayDialog(
  office: typeof Office,
  url: string,
  now: () => number = Date.now
): Promise<DialogReply> {
  const origin = new URL(url).origin;
  return new Promise<DialogReply>((resolve) => {
    try {
      office.context.ui.displayDialogAsync(url, DIALOG_SIZE, (result) => {
        if (result.status !== office.AsyncResultStatus.Succeeded) {
          resolve({
            kind: "error",
            code: typeof result.error?.code === "number" ? result.error.code : null,
          });
          return;
        }
        const openedAt = now();
        const dialog = result.value;
        const close = () => guard(() => dialog.close());
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
          const { message, origin: from } = arg as { message?: unknown; origin?: unknown };
          // Office reports the sender's origin where it can: only the add-in's own page may answer.
          if (typeof from === "string" && from !== origin) {
            record("dialog", "foreign_origin", from);
            return;
          }
          close();
          resolve(
            typeof message === "string"
              ? { kind: "message", message }
              : { kind: "error", code: null }
          );
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
          const code = (arg as { error?: unknown }).error;
          resolve({
            kind: "error",
            code: typeof code === "number" ? code : null,
            afterMs: Math.max(0, now() - openedAt),
          });
        });
      });
    } catch (e) {
      record("dialog", "display_failed", e);
      resolve({ kind: "error", code: null });
    }
  });
}

/**
 * The dialog page's side: a function that hands a message to the pane, or null when this page was not opened as an
 * Office dialog (opened directly from a link, or office.js is missing or never answered).
 */
export async function officeDialogParent(
  timeoutMs = 5_000
): Promise<((message: string) => void) | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return null;
  const ready = await settle(
    Promise.resolve().then(() => office.onReady()),
    timeoutMs
  );
  if (ready.kind !== "value") return null;
  const ui = guard(() => office.context.ui);
  if (!ui || typeof ui.messageParent !== "function") return null;
  return (message) => ui.messageParent(message);
}
