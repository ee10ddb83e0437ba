// What the UI may ask of the outside world, as plain callbacks. Office and browser implementations live here,
// so components and tests never touch Office.* themselves.

export interface NewMessage {
  to: string[];
  subject: string;
  htmlBody: string;
  textBody: string;
}

export type NewMessageResult = "opened" | "mailto" | "failed";

export interface ProgressStore {
  load(key: string): boolean[];
  save(key: string, done: boolean[]): Promise<void>;
  clearAll(): Promise<void>;
}

export interface HostServices {
  openLink(url: string): void;
  newMessage(message: NewMessage): Promise<NewMessageResult>;
  copyText(text: string): Promise<boolean>;
  progress: ProgressStore;
}

/** Opens a link outside the pane so the pane never navigates away. */
export function browserOpenLink(url: string): void {
  window.open(url, "_blank", "noopener");
}

export function mailtoUrl(m: NewMessage): string {
  const q = `subject=${encodeURIComponent(m.subject)}&body=${encodeURIComponent(m.textBody.slice(0, 1500))}`;
  return `mailto:${m.to.map(encodeURIComponent).join(",")}?${q}`;
}

export async function browserCopyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the selection-based copy, which works in webviews that deny the async clipboard.
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
    return false;
  }
}

/** Progress kept for the page's lifetime only: preview mode has no mailbox to roam it with. */
export function memoryProgressStore(): ProgressStore {
  const map = new Map<string, boolean[]>();
  return {
    load: (key) => map.get(key) ?? [],
    save: async (key, done) => {
      map.set(key, [...done]);
    },
    clearAll: async () => map.clear(),
  };
}

export function previewServices(): HostServices {
  return {
    openLink: browserOpenLink,
    newMessage: async (m) => {
      browserOpenLink(mailtoUrl(m));
      return "mailto";
    },
    copyText: browserCopyText,
    progress: memoryProgressStore(),
  };
}
