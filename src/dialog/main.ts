// Entry point of dialog.html, the sign-in page for the Office-dialog fallback. Wiring only: the host says whether
// this page is an Office dialog (and how to answer the pane), the auth room does the sign-in.

import { runDialogPage, type OrgAuth } from "../auth/dialogPage";
import { loadConfig } from "../config/loadConfig";
import { DEFAULT_AUTHORITY } from "../config/schema";
import { officeDialogParent } from "../host/dialog";
import { record, recordUnhandled } from "../util/errorLog";
import { markStarted } from "../util/started";

// The page's code runs and says what it does from here: the start-up watchdog stands down.
markStarted();

/** The organisation's own sign-in settings, from config.json next to this page (same origin). */
async function orgAuth(): Promise<OrgAuth | null> {
  const { config } = await loadConfig(document.baseURI);
  const clientId = config.auth?.clientId;
  return clientId ? { clientId, authority: config.auth?.authority ?? DEFAULT_AUTHORITY } : null;
}

function show(text: string): void {
  const p = document.querySelector("p") ?? document.body.appendChild(document.createElement("p"));
  p.textContent = text;
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage blocked by policy: the page still works for the first leg (settings in the query string).
    return null;
  }
}

window.addEventListener("unhandledrejection", (e) => {
  recordUnhandled(e.reason);
  e.preventDefault();
});

officeDialogParent()
  .then((parent) =>
    runDialogPage({
      parent,
      orgAuth,
      search: window.location.search,
      redirectUri: `${window.location.origin}${window.location.pathname}`,
      storage: sessionStore(),
      history: window.history,
      show,
    })
  )
  .catch((e: unknown) => {
    record("dialog", "page_failed", e, "error");
    show("Sign-in couldn't start. Close this window and try again.");
  });
