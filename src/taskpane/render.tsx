import { FluentProvider } from "@fluentui/react-components";
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { loadTheme, type ThemeName } from "../ui/theme";
import { ErrorBoundary } from "./ErrorBoundary";

let root: Root | null = null;

/** Renders the pane into #container inside a FluentProvider for the chosen theme. */
export async function render(
  node: React.ReactNode,
  themeName: ThemeName,
  lang: string
): Promise<void> {
  const theme = await loadTheme(themeName);
  const container = document.getElementById("container") as HTMLElement;
  document.documentElement.lang = lang;
  root ??= createRoot(container);
  root.render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }} data-theme={themeName}>
      <ErrorBoundary>{node}</ErrorBoundary>
    </FluentProvider>
  );
}

export const media = (q: string): boolean =>
  typeof window.matchMedia === "function" ? window.matchMedia(q).matches : false;
