import * as React from "react";
import { createRoot } from "react-dom/client";
import type { PaneStore } from "./paneStore";
import { PaneRoot } from "./PaneRoot";

/** Mounts the pane once; from then on it follows the store. */
export function renderPane(store: PaneStore): void {
  createRoot(document.getElementById("container") as HTMLElement).render(<PaneRoot store={store} />);
}
