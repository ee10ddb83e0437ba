// The React side of the store: reads it with useSyncExternalStore and draws the mode it names. Nothing here starts
// anything; start-up code writes to the store, and the user's choices go to the store's methods.
import { FluentProvider, type Theme } from "@fluentui/react-components";
import * as React from "react";
import { browserCopyText } from "../host/services";
import { ErrorBoundary } from "../ui/start/ErrorBoundary";
import { StartFailure } from "../ui/start/StartFailure";
import { StartingFrame } from "../ui/start/StartingFrame";
import { errorTrail } from "../util/errorLog";
import type { PaneStore } from "./paneStore";
import { loadPaneView } from "./loadPaneView";

/** The content's chunk: main.ts asked for it as the page started, so by the time there is content it is here. */
const PaneView = React.lazy(loadPaneView);

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
  else
    content = (
      <React.Suspense fallback={<StartingFrame t={chrome.t} />}>
        <PaneView state={state} store={store} />
      </React.Suspense>
    );
  return (
    <FluentProvider theme={chrome.theme} style={{ minHeight: "100vh" }} data-theme={chrome.themeName}>
      <ErrorBoundary>{content}</ErrorBoundary>
    </FluentProvider>
  );
}
