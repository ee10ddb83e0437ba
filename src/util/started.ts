// The flag the start-up watchdog (src/watchdog) waits for: set once the page's own code has put something on screen
// (the pane, preview mode, a start failure, the dialog's first line). From then on the page's own deadlines apply.

/** The attribute on <html>; an attribute, not a global, so it survives a script realm the watchdog can't see. */
export const STARTED_ATTRIBUTE = "data-started";

export function markStarted(): void {
  document.documentElement.setAttribute(STARTED_ATTRIBUTE, "");
}
