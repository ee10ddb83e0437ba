import type { Diagnosis, Facts, ProbeName, ProblemApp } from "../diagnosis";
import type { HostServices } from "./services";
import type { MessageKey, Translate } from "../i18n";

export interface HelpDesk {
  name: string | null;
  email: string | null;
  phone: string | null;
  url: string | null;
}

/** Everything the pane shows, as plain data. Components decide nothing; they render this and call back. */
export interface ViewModel {
  facts: Facts;
  diagnosis: Diagnosis;
  /** The Outlook the pane runs in, as a problem app (null outside Office or when unknown). */
  hostApp: ProblemApp | null;
  /** The live checks still running (their rows read "Checking…"). */
  pendingProbes: ReadonlySet<ProbeName>;
  mode: "office" | "preview";
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
