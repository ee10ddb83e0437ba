// The pane's content for the office, browser, report and examples modes: the engine's diagnosis of the store's
// facts, drawn by ui/App under the mode's own lines. Its own chunk (with the engine and the components), asked for
// as the page starts, so it arrives while office.js answers; the initial scripts hold only the frame.
import * as React from "react";
import { diagnose, hostApp } from "../diagnosis";
import type { Locale } from "../i18n";
import { App } from "../ui/App";
import { Notice } from "../ui/common/Notice";
import { ExamplesBar } from "../ui/examples/ExamplesBar";
import { BrowserIntro, LinkError, OfficeNotice, ReportHeader } from "../ui/mode/ModeBanner";
import type { ViewCallbacks, ViewModel } from "../ui/types";
import type { PaneState, PaneStore } from "./paneStore";

const LANGUAGE_NAMES: Record<Locale, string> = {
  "en-US": "English",
  "de-DE": "Deutsch",
  "fr-FR": "français",
  "es-ES": "español",
};

/** The mode's own lines above the answer. */
function before(state: PaneState, store: PaneStore): React.ReactNode {
  const { t, localeFailed } = state.chrome;
  const facts = state.facts;
  const parts: React.ReactNode[] = [];
  if (localeFailed)
    parts.push(
      <Notice key="locale" intent="warning" testId="start-notice">
        {t("start.localeFailed", { language: LANGUAGE_NAMES[localeFailed] })}
      </Notice>
    );
  if (state.mode === "examples" && state.examples)
    parts.push(
      <ExamplesBar
        key="examples"
        t={t}
        exampleId={state.examples.id}
        examples={state.examples.list}
        onExample={(id) => store.chooseExample(id)}
      />
    );
  if (state.mode === "report" && facts) parts.push(<ReportHeader key="report" facts={facts} t={t} />);
  if (state.mode === "browser") parts.push(<BrowserIntro key="browser" t={t} orgName={state.org.orgName} />);
  if (state.linkError) parts.push(<LinkError key="link" t={t} reason={state.linkError} />);
  if (state.mode !== "office" && (state.end === "office-js-missing" || state.end === "onready-timeout"))
    parts.push(<OfficeNotice key="office" t={t} why={state.end} />);
  return parts.length ? parts : null;
}

export default function PaneView({ state, store }: { state: PaneState; store: PaneStore }) {
  const { facts, services, chrome } = state;
  const diagnosis = React.useMemo(() => (facts ? diagnose(facts, { now: new Date() }) : null), [facts]);
  const callbacks = React.useMemo<ViewCallbacks>(
    () => ({
      onProblemClientChange: (app, version) => store.chooseApp(app, version),
      onRunAgain: () => store.runChecks(false),
      onSignIn: () => store.runChecks(true),
    }),
    [store]
  );
  if (!facts || !diagnosis || !services || state.mode === "starting" || state.mode === "start-failure")
    return null;
  const running = state.pending.size > 0;
  const model: ViewModel = {
    facts,
    diagnosis,
    hostApp: hostApp(facts),
    pendingProbes: state.pending,
    mode: state.mode,
    checksWired: state.checksWired,
    ...state.org,
    email: state.email,
    running,
    // The engine decides whether signing in can help; the store adds "with a sign-in provider".
    canSignIn:
      state.canSignIn &&
      !running &&
      (diagnosis.signIn.offer ||
        // Outside Outlook nothing signs in by itself: the person starts the checks.
        (state.mode === "browser" && facts.probes.token.status === null)),
    authMessage:
      state.signInEnded && diagnosis.signIn.reason
        ? { key: diagnosis.signIn.reason.id, params: diagnosis.signIn.reason.params }
        : null,
  };
  return (
    <App
      model={model}
      callbacks={callbacks}
      services={services}
      t={chrome.t}
      before={before(state, store)}
    />
  );
}

