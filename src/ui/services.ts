// The port through which the UI asks the outside world for something: open a link, start a message, copy text, keep
// guide progress. It belongs to the UI (its consumer); src/host implements it for Office and for a plain browser,
// and the wiring in src/taskpane hands one implementation to the components.

export interface NewMessage {
  to: string[];
  subject: string;
  htmlBody: string;
  textBody: string;
  /**
   * The facts report as compact JSON, without the user's note (noteText carries it): a length-limited fallback
   * (mailto:) sends it first, whole.
   */
  factsJson: string;
  /** The user's note, labelled; null without one. */
  noteText: string | null;
}

export type NewMessageResult = "opened" | "mailto" | "failed";

export interface ProgressStore {
  load(key: string): boolean[];
  save(key: string, done: boolean[]): Promise<void>;
  clearAll(): Promise<void>;
}

export interface HostServices {
  /**
   * Opens a link outside the pane. false: the host wants the link followed as a normal link (a phone's task pane
   * hands an <a target="_blank"> to the system browser), so the pane lets the browser do it.
   */
  openLink(url: string): boolean;
  newMessage(message: NewMessage): Promise<NewMessageResult>;
  copyText(text: string): Promise<boolean>;
  progress: ProgressStore;
}
