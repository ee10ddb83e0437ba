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
  /** The user's note, labelled, for the end of a mailto: body (factsJson then leaves the note out). */
  noteText?: string | null;
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

const encodedLength = (text: string) => encodeURIComponent(text).length;

/** A long note's start, cut at a space where there is one in its last part, marked as cut. */
function cutNote(text: string, maxEncoded: number): string | null {
  const fit = fitEncoded(text, maxEncoded - encodedLength("…"));
  const space = fit.text.lastIndexOf(" ");
  const start = space > fit.text.length * 0.6 ? fit.text.slice(0, space) : fit.text;
  return start.trim() ? `${start.trimEnd()}…` : null;
}

/**
 * A mailto: link for hosts without Office's new-message form. The body is, in this order: the compact facts JSON
 * (without the user's note, so a long note can't push it past the limit: the help desk replays it with `diagnose`),
 * the text report, then the user's note. What doesn't fit is left off from the end, whole lines at a time (the
 * note, being one line, is cut at a word), and a cut body says so, in the body.
 */
export function mailtoUrl(m: MailDraft): string {
  const subject = fitEncoded(m.subject, 300).text;
  const head = `mailto:${m.to.map(encodeURIComponent).join(",")}?subject=${encodeURIComponent(subject)}&body=`;
  const facts = `Facts report (JSON):\n${m.factsJson}`;
  const lines = m.textBody.split("\n");
  const note = m.noteText ?? null;
  const full = [facts, "", m.textBody, ...(note ? ["", note] : [])].join("\n");
  const room = MAILTO_MAX_URL - head.length;
  if (encodedLength(full) <= room) return head + encodeURIComponent(full);
  const shortened = encodedLength(MAILTO_SHORTENED_NOTE);
  const budget = room - shortened;
  // Facts too long to fit whole even alone: the old cut, between characters, is all that's left.
  if (encodedLength(facts) > budget)
    return head + encodeURIComponent(fitEncoded(facts, budget).text + MAILTO_SHORTENED_NOTE);
  // The user's words keep a little room (a short sentence, encoded) against the report's lower lines.
  const reserve = note ? Math.min(encodedLength(`\n\n${note}`), 160) : 0;
  let body = `${facts}\n`;
  for (const line of lines) {
    const next = `${body}\n${line}`;
    if (encodedLength(next) > budget - reserve) break;
    body = next;
  }
  const left = budget - encodedLength(`${body}\n\n`);
  const cut = !note
    ? null
    : encodedLength(note) <= left
      ? note
      : left > 40
        ? cutNote(note, left)
        : null;
  if (cut) body = `${body}\n\n${cut}`;
  return head + encodeURIComponent(body.trimEnd() + MAILTO_SHORTENED_NOTE);
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
