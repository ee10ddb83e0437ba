// HostServices backed by Office: openBrowserWindow, displayNewMessageForm(Async), roamingSettings.

import { record } from "../util/errorLog";
import { guard } from "./guard";
import {
  browserCopyText,
  browserOpenLink,
  mailtoUrl,
  type MailDraft,
  type MailResult,
} from "./services";

const PROGRESS_KEY = "guideProgress";

/** Only guide checkboxes go to roamingSettings: no addresses, tokens or report data (they roam with the mailbox). */
export function roamingProgressStore(office: typeof Office) {
  const settings = guard(() => office.context.roamingSettings);
  const readAll = (): Record<string, boolean[]> => {
    const v = guard(() => settings?.get(PROGRESS_KEY) as unknown);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, boolean[]>) : {};
  };
  const persist = () =>
    new Promise<void>((resolve) => {
      try {
        settings?.saveAsync(() => resolve());
        if (!settings) resolve();
      } catch (e) {
        record("host", "roaming_save_failed", e);
        resolve();
      }
    });
  return {
    load: (key: string): boolean[] => {
      const v = readAll()[key];
      return Array.isArray(v) ? v.map(Boolean) : [];
    },
    save: async (key: string, done: boolean[]) => {
      const all = readAll();
      all[key] = done;
      guard(() => settings?.set(PROGRESS_KEY, all));
      await persist();
    },
    clearAll: async () => {
      guard(() => settings?.remove(PROGRESS_KEY));
      await persist();
    },
  };
}

/**
 * Opens a link outside the pane. Returns false when the link should be followed as a normal link instead.
 * - Classic Outlook for Windows and Outlook for Mac: openBrowserWindow (OpenBrowserWindowApi 1.1) opens the
 *   default browser; their webviews would otherwise open a bare window.
 * - Outlook for iOS and Android have no OpenBrowserWindowApi [MS: open-browser-window-api-requirement-sets]. Their
 *   task pane hands a tap on an <a target="_blank"> to the system browser (office-js issues #220, #643), while a
 *   scripted window.open is not reliably honoured by a WKWebView: so the pane's own link does the work.
 * - Outlook on the web and new Outlook: window.open with noopener (new Outlook opens its own window; #3602).
 */
export function officeOpenLink(office: typeof Office, url: string): boolean {
  const supported =
    guard(() => office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) === true;
  if (supported) {
    try {
      office.context.ui.openBrowserWindow(url);
      return true;
    } catch (e) {
      record("host", "open_browser_window_failed", e);
    }
  }
  const platform = guard(
    () =>
      (office.context.diagnostics?.platform as unknown as string | undefined) ??
      (office.context.platform as unknown as string | undefined)
  );
  if (platform === "iOS" || platform === "Android") return false;
  return browserOpenLink(url);
}

export async function officeNewMessage(office: typeof Office, m: MailDraft): Promise<MailResult> {
  const mailbox = guard(() => office.context.mailbox);
  const params = { toRecipients: m.to, subject: m.subject, htmlBody: m.htmlBody };
  if (mailbox && typeof mailbox.displayNewMessageFormAsync === "function") {
    const ok = await new Promise<boolean>((resolve) => {
      try {
        mailbox.displayNewMessageFormAsync(params, (r: Office.AsyncResult<void>) =>
          resolve(r.status === office.AsyncResultStatus.Succeeded)
        );
      } catch (e) {
        record("host", "new_message_form_failed", e);
        resolve(false);
      }
    });
    if (ok) return "opened";
  }
  if (mailbox && typeof mailbox.displayNewMessageForm === "function") {
    try {
      mailbox.displayNewMessageForm(params);
      return "opened";
    } catch (e) {
      record("host", "new_message_form_failed", e);
    }
  }
  try {
    browserOpenLink(mailtoUrl(m));
    return "mailto";
  } catch (e) {
    record("host", "mailto_failed", e);
    return "failed";
  }
}

export function officeServices(office: typeof Office) {
  return {
    openLink: (url: string) => officeOpenLink(office, url),
    newMessage: (m: MailDraft) => officeNewMessage(office, m),
    copyText: browserCopyText,
    progress: roamingProgressStore(office),
  };
}
