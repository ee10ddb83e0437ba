// The browser half of the UI's HostServices port (src/ui/services.ts): links, mailto:, clipboard, in-memory
// progress. The host room doesn't import the UI: it declares only the fields it reads, and the wiring
// (src/taskpane) type-checks what these functions return against the port.

/** What a new message needs from the UI's draft. */
export interface MailDraft {
  to: string[];
  subject: string;
  htmlBody: string;
  textBody: string;
  factsJson: string;
}

export type MailResult = "opened" | "mailto" | "failed";

/** Opens a link outside the pane so the pane never navigates away; true: it was handled here. */
export function browserOpenLink(url: string): boolean {
  window.open(url, "_blank", "noopener");
  return true;
}

/** Longest mailto: URL sent: mail handlers (Outlook for Windows among them) cut or refuse much longer ones. */
export const MAILTO_MAX_URL = 2000;
export const MAILTO_SHORTENED_NOTE =
  "\n\n[Shortened to fit a mail link. Ask the user for the full report: Copy report in the Sign-in Assistant.]";

/** The longest prefix of `text`, cut between characters (never inside a surrogate pair), whose encoding fits. */
export function fitEncoded(text: string, maxEncoded: number): { text: string; cut: boolean } {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = encodeURIComponent(ch).length;
    if (used + size > maxEncoded) return { text: text.slice(0, end), cut: true };
    used += size;
    end += ch.length;
  }
  return { text, cut: false };
}

/**
 * A mailto: link for hosts without Office's new-message form. The compact facts JSON goes first, so a help desk
 * can replay the report with `diagnose` even when the rest is cut; a cut body says so, in the body.
 */
export function mailtoUrl(m: MailDraft): string {
  const subject = fitEncoded(m.subject, 300).text;
  const head = `mailto:${m.to.map(encodeURIComponent).join(",")}?subject=${encodeURIComponent(subject)}&body=`;
  const body = `Facts report (JSON):\n${m.factsJson}\n\n${m.textBody}`;
  const room = MAILTO_MAX_URL - head.length;
  const whole = fitEncoded(body, room);
  if (!whole.cut) return head + encodeURIComponent(whole.text);
  const note = encodeURIComponent(MAILTO_SHORTENED_NOTE);
  return head + encodeURIComponent(fitEncoded(body, room - note.length).text) + note;
}

export async function browserCopyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Webviews often deny the async clipboard; the selection-based copy below usually still works.
  }
  try {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  } catch {
    // The caller shows the report in a text box to copy by hand: not a failure of the pane.
    return false;
  }
}

/** Progress kept for the page's lifetime only: preview mode has no mailbox to roam it with. */
export function memoryProgressStore() {
  const map = new Map<string, boolean[]>();
  return {
    load: (key: string): boolean[] => map.get(key) ?? [],
    save: async (key: string, done: boolean[]) => {
      map.set(key, [...done]);
    },
    clearAll: async () => map.clear(),
  };
}

export function previewServices() {
  return {
    openLink: browserOpenLink,
    newMessage: async (m: MailDraft): Promise<MailResult> => {
      browserOpenLink(mailtoUrl(m));
      return "mailto";
    },
    copyText: browserCopyText,
    progress: memoryProgressStore(),
  };
}
