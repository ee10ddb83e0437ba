import * as React from "react";
import { createRoot } from "react-dom/client";
import { markStarted } from "../util/started";
import type { PaneStore } from "./paneStore";
import { PaneRoot } from "./PaneRoot";

/** Mounts the pane once; from then on it follows the store. */
export function renderPane(store: PaneStore): void {
  createRoot(document.getElementById("container") as HTMLElement).render(<PaneRoot store={store} />);
  // The frame is on screen and follows the store from now on: the start-up watchdog stands down.
  markStarted();
}
