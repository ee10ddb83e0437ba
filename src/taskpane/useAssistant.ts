// The pane's state: the facts, the probes as they arrive, and the diagnosis derived from them. It wires the
// rooms together; the decisions stay in diagnosis/, the words in i18n/, the looks in ui/.

import * as React from "react";
import {
  diagnose,
  hostApp,
  normalizeVersion,
  type Facts,
  type ProbeName,
  type ProblemApp,
} from "../diagnosis";
import type { HelpDesk, ViewCallbacks, ViewModel } from "../ui/types";
import type { ProbeUpdate, RunnerDeps } from "../probes/runner";

export interface AssistantInit {
  mode: "office" | "preview";
  facts: Facts;
  probeDeps: RunnerDeps | null;
  orgName: string | null;
  logoUrl: string | null;
  helpDesk: HelpDesk | null;
  extraLinks: { label: string; url: string }[];
  extraLinkDomains: string[];
  configWarnings: string[];
  email: string;
  /**
   * Office mode: what arrived after the first screen (config.json, slow host reads), applied to the facts in place,
   * so a choice the user already made (the app in question) and the checks' results stay.
   */
  refine?: ((facts: Facts) => Facts) | null;
  /** Office mode before config.json has answered: the live checks will run, so they show as pending. */
  checksAwaited?: boolean;
}

const ALL_PROBES: ProbeName[] = ["token", "mailbox", "authMethods"];

export function useAssistant(init: AssistantInit): { model: ViewModel; callbacks: ViewCallbacks } {
  const [facts, setFacts] = React.useState<Facts>(init.facts);
  const [pending, setPending] = React.useState<ReadonlySet<ProbeName>>(
    () => new Set(init.checksAwaited ? ALL_PROBES : [])
  );
  // Set once a sign-in the user started ends without a token; the words come from the diagnosis.
  const [signInEnded, setSignInEnded] = React.useState(false);
  const running = pending.size > 0;
  const runId = React.useRef(0);

  React.useEffect(() => setFacts(init.facts), [init.facts]);
  const { refine } = init;
  React.useEffect(() => {
    if (refine) setFacts(refine);
  }, [refine]);

  const run = React.useCallback(
    (interactive: boolean) => {
      const deps = init.probeDeps;
      if (!deps) return;
      const id = ++runId.current;
      setPending(new Set(deps.provider ? ALL_PROBES : []));
      setSignInEnded(false);
      const apply = (u: ProbeUpdate) => {
        if (id !== runId.current) return;
        setFacts((f) => ({
          ...f,
          collectedAt: new Date().toISOString(),
          probes: { ...f.probes, online: deps.online(), ...u },
        }));
        setPending((p) => {
          const next = new Set(p);
          for (const k of Object.keys(u)) next.delete(k as ProbeName);
          return next;
        });
      };
      // The runner (with the Graph client) lives in the Office-only chunk: preview mode never loads it.
      import(/* webpackChunkName: "office" */ "../probes/runner")
        .then(({ runProbes }) => runProbes(deps, interactive, apply))
        .then((probes) => {
          if (id !== runId.current) return;
          if (interactive && probes.token.status !== "ok") setSignInEnded(true);
        })
        .catch(() =>
          apply({
            token: { status: "failed", errorCode: "unknown_error" },
            mailbox: { status: "skipped", httpStatus: null },
            authMethods: { status: "skipped", methods: [] },
          })
        )
        .finally(() => {
          if (id === runId.current) setPending(new Set());
        });
    },
    [init.probeDeps]
  );

  React.useEffect(() => {
    if (init.mode === "office") run(false);
  }, [init.mode, run]);

  const diagnosis = React.useMemo(() => diagnose(facts, { now: new Date() }), [facts]);

  const callbacks: ViewCallbacks = React.useMemo(
    () => ({
      onProblemClientChange: (app: ProblemApp, version: string | null) =>
        setFacts((f) => ({ ...f, problemClient: { app, version: normalizeVersion(version) } })),
      onRunAgain: () => run(false),
      onSignIn: () => run(true),
    }),
    [run]
  );

  const model: ViewModel = {
    facts,
    diagnosis,
    hostApp: hostApp(facts),
    pendingProbes: pending,
    mode: init.mode,
    orgName: init.orgName,
    logoUrl: init.logoUrl,
    helpDesk: init.helpDesk,
    extraLinks: init.extraLinks,
    configWarnings: init.configWarnings,
    email: init.email,
    running,
    // The engine decides whether signing in can help; the wiring adds "inside Office, with a provider".
    canSignIn:
      init.mode === "office" &&
      Boolean(init.probeDeps?.provider) &&
      !running &&
      diagnosis.signIn.offer,
    authMessage:
      signInEnded && diagnosis.signIn.reason
        ? { key: diagnosis.signIn.reason.id, params: diagnosis.signIn.reason.params }
        : null,
    extraLinkDomains: init.extraLinkDomains,
  };
  return { model, callbacks };
}
