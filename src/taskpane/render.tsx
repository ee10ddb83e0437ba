import { FluentProvider, type Theme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { webLightTheme } from "../ui/lightTheme";
import { loadTheme, type ThemeName } from "../ui/theme";
import { describeError, record } from "../util/errorLog";
import { markStarted } from "../util/started";
import { ErrorBoundary } from "./ErrorBoundary";

let root: Root | null = null;
/** Set by the first render that is not speculative: a speculative one (preview mode's, ahead of Office.onReady) that
 * finishes later must not replace the pane Outlook's start already showed. */
let settled = false;

/** Room kept at the bottom when something scrolls into view or takes focus, so the sticky hand-off never hides it. */
const FOOTER_ROOM = "96px";

/**
 * The page around the pane takes the theme too: no body margin (a dark pane had an 8 px white frame), the theme's
 * background behind everything, native controls (select lists, scroll bars) in the theme's scheme.
 */
function stylePage(theme: Theme, themeName: ThemeName): void {
  const html = document.documentElement;
  html.style.backgroundColor = theme.colorNeutralBackground1;
  html.style.colorScheme = themeName === "light" ? "light" : "dark";
  html.style.scrollPaddingBottom = FOOTER_ROOM;
  document.body.style.margin = "0";
}

/**
 * The chosen theme, or the light one when the dark/high-contrast chunk doesn't load: a readable pane in the wrong
 * colours beats no pane (forced colours still apply, the browser draws those), and the trail says what failed.
 */
async function themeOrLight(themeName: ThemeName): Promise<[Theme, ThemeName]> {
  try {
    return [await loadTheme(themeName), themeName];
  } catch (e) {
    record("boot", "chunk_load_error", `theme ${themeName}: ${describeError(e)}`, "error");
    return [webLightTheme, "light"];
  }
}

/**
 * Renders the pane into #container inside a FluentProvider for the chosen theme. A speculative render is dropped
 * (false) once a real one has happened.
 */
export async function render(
  node: React.ReactNode,
  requested: ThemeName,
  lang: string,
  speculative = false
): Promise<boolean> {
  const [theme, themeName] = await themeOrLight(requested);
  if (speculative && settled) return false;
  if (!speculative) settled = true;
  const container = document.getElementById("container") as HTMLElement;
  document.documentElement.lang = lang;
  stylePage(theme, themeName);
  root ??= createRoot(container);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }} data-theme={themeName}>
      <ErrorBoundary>{node}</ErrorBoundary>
    </FluentProvider>
  );
  // Something is on screen: the start-up watchdog stands down.
  markStarted();
  return true;
}

export const media = (q: string): boolean =>
  typeof window.matchMedia === "function" ? window.matchMedia(q).matches : false;
