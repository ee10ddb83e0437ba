// The React side of the store: reads it with useSyncExternalStore and draws the mode it names. Nothing here starts
// anything; start-up code writes to the store, and the user's choices go to the store's methods.
import { FluentProvider, type Theme } from "@fluentui/react-components";
import * as React from "react";
import { diagnose, hostApp } from "../diagnosis";
import { App } from "../ui/App";
import { ExamplesBar } from "../ui/examples/ExamplesBar";
import { BrowserIntro, LinkError, OfficeNotice, ReportHeader } from "../ui/mode/ModeBanner";
import { Notice } from "../ui/common/Notice";
import { ErrorBoundary } from "../ui/start/ErrorBoundary";
import { StartFailure } from "../ui/start/StartFailure";
import { StartingFrame } from "../ui/start/StartingFrame";
import type { ViewCallbacks, ViewModel } from "../ui/types";
import { browserCopyText } from "../host/services";
import type { Locale } from "../i18n";
import { errorTrail } from "../util/errorLog";
import type { PaneState, PaneStore } from "./paneStore";

const LANGUAGE_NAMES: Record<Locale, string> = {
  "en-US": "English",
  "de-DE": "Deutsch",
  "fr-FR": "français",
  "es-ES": "español",
};

/** Room kept at the bottom when something scrolls into view or takes focus, so the sticky hand-off never hides it. */
const FOOTER_ROOM = "96px";

/**
 * The page around the pane takes the theme too: no body margin (a dark pane had an 8 px white frame), the theme's
 * background behind everything, native controls (select lists, scroll bars) in the theme's scheme.
 */
function stylePage(theme: Theme, light: boolean, lang: string): void {
  const html = document.documentElement;
  html.lang = lang;
  html.style.backgroundColor = theme.colorNeutralBackground1;
  html.style.colorScheme = light ? "light" : "dark";
  html.style.scrollPaddingBottom = FOOTER_ROOM;
  document.body.style.margin = "0";
}

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

function Pane({ state, store }: { state: PaneState; store: PaneStore }) {
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

export function PaneRoot({ store }: { store: PaneStore }) {
  const state = React.useSyncExternalStore(store.subscribe, store.getState);
  const { chrome } = state;
  React.useLayoutEffect(
    () => stylePage(chrome.theme, chrome.themeName === "light", chrome.lang),
    [chrome]
  );
  let content: React.ReactNode;
  if (state.mode === "starting") content = <StartingFrame t={chrome.t} />;
  else if (state.mode === "start-failure")
    content = (
      <StartFailure
        reason={state.failure?.end ?? "crashed"}
        t={chrome.t}
        host={state.failure?.host ?? null}
        trail={errorTrail()}
        copyText={browserCopyText}
        reload={() => window.location.reload()}
      />
    );
  else content = <Pane state={state} store={store} />;
  return (
    <FluentProvider theme={chrome.theme} style={{ minHeight: "100vh" }} data-theme={chrome.themeName}>
      <ErrorBoundary>{content}</ErrorBoundary>
    </FluentProvider>
  );
}
