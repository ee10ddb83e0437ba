// The pane's one store: where it runs, the facts, the checks still running, the organisation's settings, the
// sign-in outcome and the chrome (language, theme). Plain TypeScript with subscribe/getState, so start-up code only
// writes to it and React only reads it (useSyncExternalStore): data flows one way, and the store is tested without
// React. The decisions stay in diagnosis/, the words in i18n/, the looks in ui/.

import type { Theme } from "@fluentui/react-components";
// The parser only (not the engine's index): the store is in the initial scripts, the engine in the content's chunk.
import type { ProbeName } from "../diagnosis/checks";
import { normalizeVersion, parseFacts, type Facts } from "../diagnosis/facts";
import type { ProblemApp } from "../diagnosis/vocabulary";
import type { Locale, Translate } from "../i18n";
import type { ProbeUpdate } from "../probes/runner";
import type { Scenario } from "../scenarios";
import type { ThemeName } from "../ui/theme";
import type { ExampleEntry, HelpDesk, PaneMode, StartHostFacts } from "../ui/types";
import type { HostServices } from "../ui/services";
import type { StartEnd, StartFailureEnd } from "../util/startEnd";

/** The language and theme the pane is drawn in. */
export interface Chrome {
  /** The catalogue's language tag (en-US when the user's didn't load). */
  lang: string;
  t: Translate;
  theme: Theme;
  themeName: ThemeName;
  /** The user's language when its catalogue didn't load and English is shown instead. */
  localeFailed: Locale | null;
}

/** What the organisation's config.json says the pane shows besides the diagnosis. */
export interface OrgView {
  orgName: string | null;
  logoUrl: string | null;
  helpDesk: HelpDesk | null;
  extraLinks: { label: string; url: string }[];
  extraLinkDomains: string[];
  configWarnings: string[];
}

export const NO_ORG: OrgView = {
  orgName: null,
  logoUrl: null,
  helpDesk: null,
  extraLinks: [],
  extraLinkDomains: [],
  configWarnings: [],
};

/** The live checks as the start-up wired them: the runner and, where sign-in is configured, a way to sign in. */
export interface LiveChecks {
  run(interactive: boolean, onUpdate: (u: ProbeUpdate) => void): Promise<Facts["probes"]>;
  /** Whether a sign-in provider is configured (config.json's auth). */
  canSignIn: boolean;
  online(): boolean;
}

export interface PaneState {
  /** "starting" until the start-up knows where the pane runs; the frame is drawn meanwhile. */
  mode: PaneMode | "starting";
  /** How the start ended (null while starting). */
  end: StartEnd | null;
  chrome: Chrome;
  facts: Facts | null;
  services: HostServices | null;
  org: OrgView;
  email: string;
  /** The live checks still running (their rows read "Checking…"). */
  pending: ReadonlySet<ProbeName>;
  /** Whether live checks are wired (config.json named a sign-in app registration). */
  checksWired: boolean;
  canSignIn: boolean;
  /** A sign-in the user started ended without a token; the words come from the diagnosis. */
  signInEnded: boolean;
  /** start-failure mode: why, and what Office answered (when it did). */
  failure: { end: StartFailureEnd; host: StartHostFacts | null } | null;
  /** examples mode: the bundled situations and the one on screen. */
  examples: { list: readonly ExampleEntry[]; id: string | null } | null;
  /** report mode: why the link's report couldn't be read (the pane then asks like in a browser). */
  linkError: string | null;
}

/** What a boot hands the store once it knows the mode and the first facts. */
export interface Arrival {
  mode: Exclude<PaneMode, "start-failure">;
  facts: Facts;
  services: HostServices;
  email: string;
  end: StartEnd;
  org?: OrgView;
  /** Office mode before config.json has answered: the live checks will run, so they show as pending. */
  checksAwaited?: boolean;
  linkError?: string | null;
}

export interface PaneStore {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  setChrome(chrome: Chrome): void;
  arrive(a: Arrival): void;
  /** What arrived after the first screen, applied to the facts in place (the app the user named stays). */
  refine(update: (facts: Facts) => Facts): void;
  setOrg(org: OrgView): void;
  /**
   * Live checks wired (config.json answered); `runNow`: run them at once without a window. `afterSignIn`: the page
   * just came back from a sign-in, so how it ended is said as after any sign-in.
   */
  wireChecks(checks: LiveChecks | null, runNow: boolean, afterSignIn?: boolean): void;
  fail(end: StartFailureEnd, host: StartHostFacts | null): void;
  chooseApp(app: ProblemApp, version: string | null): void;
  runChecks(interactive: boolean, afterSignIn?: boolean): void;
  setExamples(list: readonly Scenario[], id: string | null): void;
  chooseExample(id: string): Facts | null;
}

const ALL_PROBES: ProbeName[] = ["token", "mailbox", "authMethods"];
const NONE: ReadonlySet<ProbeName> = new Set();

/** A bundled example's facts, marked as an example so no copy of it passes for a person's report. */
export function exampleFacts(list: readonly Scenario[], id: string): Facts | null {
  const s = list.find((x) => x.id === id);
  const parsed = s ? parseFacts(s.facts) : null;
  return parsed?.ok ? { ...parsed.facts, example: true } : null;
}

export function createPaneStore(chrome: Chrome): PaneStore {
  let state: PaneState = {
    mode: "starting",
    end: null,
    chrome,
    facts: null,
    services: null,
    org: NO_ORG,
    email: chrome.t("placeholder.email"),
    pending: NONE,
    checksWired: false,
    canSignIn: false,
    signInEnded: false,
    failure: null,
    examples: null,
    linkError: null,
  };
  const listeners = new Set<() => void>();
  let checks: LiveChecks | null = null;
  let runId = 0;
  let scenarios: readonly Scenario[] = [];

  const set = (patch: Partial<PaneState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };
  const setFacts = (update: (f: Facts) => Facts) => {
    if (state.facts) set({ facts: update(state.facts) });
  };

  const runChecks = (interactive: boolean, afterSignIn = interactive) => {
    const c = checks;
    if (!c) return;
    const id = ++runId;
    set({ pending: new Set(c.canSignIn ? ALL_PROBES : []), signInEnded: false });
    const apply = (u: ProbeUpdate) => {
      if (id !== runId) return;
      const pending = new Set(state.pending);
      for (const k of Object.keys(u)) pending.delete(k as ProbeName);
      set({
        pending,
        facts: state.facts && {
          ...state.facts,
          collectedAt: new Date().toISOString(),
          probes: { ...state.facts.probes, online: c.online(), ...u },
        },
      });
    };
    c.run(interactive, apply)
      .then((probes) => {
        if (id === runId && afterSignIn && probes.token.status !== "ok") set({ signInEnded: true });
      })
      .catch(() =>
        // The runner names every outcome itself; what reaches here is the runner's chunk not loading.
        apply({
          token: { status: "failed", errorCode: "unknown_error" },
          mailbox: { status: "skipped", httpStatus: null },
          authMethods: { status: "skipped", methods: [] },
        })
      )
      .finally(() => {
        if (id === runId && state.pending.size) set({ pending: NONE });
      });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setChrome: (c) => set({ chrome: c }),
    arrive(a) {
      set({
        mode: a.mode,
        end: a.end,
        facts: a.facts,
        services: a.services,
        email: a.email,
        org: a.org ?? state.org,
        pending: a.checksAwaited ? new Set(ALL_PROBES) : NONE,
        linkError: a.linkError ?? null,
      });
    },
    refine: setFacts,
    setOrg: (org) => set({ org }),
    wireChecks(c, runNow, afterSignIn = false) {
      checks = c;
      set({
        checksWired: c !== null,
        canSignIn: Boolean(c?.canSignIn),
        // Nothing to run: the rows waiting for config.json stop waiting.
        ...(c && runNow ? {} : { pending: NONE }),
      });
      if (c && runNow) runChecks(false, afterSignIn);
    },
    fail: (end, host) =>
      set({ mode: "start-failure", end, failure: { end, host }, facts: null, pending: NONE }),
    chooseApp: (app, version) =>
      setFacts((f) => ({ ...f, problemClient: { app, version: normalizeVersion(version) } })),
    runChecks,
    setExamples(list, id) {
      scenarios = list;
      set({ examples: { list: list.map((s) => ({ id: s.id, title: s.title })), id } });
    },
    chooseExample(id) {
      const facts = exampleFacts(scenarios, id);
      if (facts) set({ facts, examples: state.examples && { ...state.examples, id } });
      return facts;
    },
  };
}
