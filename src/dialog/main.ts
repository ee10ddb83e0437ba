// Entry point of dialog.html, the sign-in page for the Office-dialog fallback. Wiring only: the host says whether
// this page is an Office dialog (and how to answer the pane), the auth room does the sign-in.

import { runDialogPage } from "../auth/dialogPage";
import { officeDialogParent } from "../host/dialog";
import { record, recordUnhandled } from "../util/errorLog";

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
