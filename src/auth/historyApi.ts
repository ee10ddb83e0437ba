// office.js sets history.replaceState and history.pushState to null on the page that loads it (except in Outlook on
// Android), and MSAL's redirect handling calls replaceState to clear the response from the URL: in a dialog page
// that loads both, handleRedirectPromise then throws "Cannot read properties of null (reading 'apply')" and the
// dialog never answers its parent (office-js #5589, msal-js #2488). office.js assigns null on the History instance,
// so the browser's own methods are still on History.prototype: removing the instance's null brings them back.

type HistoryMethod = "replaceState" | "pushState";
const METHODS: HistoryMethod[] = ["replaceState", "pushState"];

/** Puts the History API back where office.js removed it. Returns whether replaceState is usable afterwards. */
export function restoreHistoryApi(history: History): boolean {
  for (const name of METHODS) {
    if (typeof history[name] === "function") continue;
    try {
      if (Object.prototype.hasOwnProperty.call(history, name))
        delete (history as unknown as Record<string, unknown>)[name];
    } catch {
      // A frozen History object: nothing to restore, which the return value reports.
    }
  }
  return typeof history.replaceState === "function";
}
