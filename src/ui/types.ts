import type { Diagnosis, Facts, ProbeName, ProblemApp } from "../diagnosis";
import type { HostServices } from "./services";
import type { MessageKey, Translate } from "../i18n";

export interface HelpDesk {
  name: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
}

/**
 * Where the page runs: inside Outlook; in a plain browser tab (the person's own diagnosis from their answers); a
 * shared report from a #facts= link; the bundled examples (?examples); or the pane that says the start failed.
 */
export type PaneMode = "office" | "browser" | "report" | "examples" | "start-failure";

/** What the start-failure pane shows of what Office answered. */
export interface StartHostFacts {
  hostName: string | null;
  hostVersion: string | null;
  platform: string | null;
  mailboxRequirementSet: string | null;
}

/** One bundled example situation, as the examples picker lists it. */
export interface ExampleEntry {
  id: string;
  title: string;
}

/** Everything the pane shows, as plain data. Components decide nothing; they render this and call back. */
export interface ViewModel {
  facts: Facts;
  diagnosis: Diagnosis;
  /** The Outlook the pane runs in, as a problem app (null outside Office or when unknown). */
  hostApp: ProblemApp | null;
  /** The live checks still running (their rows read "Checking…"). */
  pendingProbes: ReadonlySet<ProbeName>;
  mode: Exclude<PaneMode, "start-failure">;
  /** Whether live checks are wired here (config.json named an app registration), so they can run again. */
  checksWired: boolean;
  orgName: string | null;
  logoUrl: string | null;
  helpDesk: HelpDesk | null;
  extraLinks: { label: string; url: string }[];
  configWarnings: string[];
  email: string;
  running: boolean;
  canSignIn: boolean;
  authMessage: { key: MessageKey; params?: Record<string, string> } | null;
  /** Domains besides the built-in ones a link may open: the configured help desk's. */
  extraLinkDomains: string[];
}

export interface ViewCallbacks {
  onProblemClientChange(app: ProblemApp, version: string | null): void;
  onRunAgain(): void;
  onSignIn(): void;
}

export interface ViewProps {
  model: ViewModel;
  callbacks: ViewCallbacks;
  services: HostServices;
  t: Translate;
}
