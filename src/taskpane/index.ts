// Entry point. React, Fluent UI, the engine and English ship in the initial scripts, which the browser downloads
// alongside office.js. Office-only code (host facts, config, probes, MSAL) loads only inside Outlook.
//
// Inside Outlook the Office chunk is asked for at once, so it downloads and runs (asking for config.json) while
// Outlook's handshake is still going on; after Office.onReady the first screen needs only the user's language.
// A start that fails inside Outlook is reported as such (StartFailure), never as preview mode: preview mode is only
// for a page that office.js says is not in Office, or that shows every sign of being a plain browser tab.

import { bootOffice, type BootResult } from "../host/boot";
import { isChunkLoadError } from "../util/chunkLoad";
import { describeError, record, recordUnhandled } from "../util/errorLog";
import { markStarted } from "../util/started";
import { loadMessages, pickLocale } from "../i18n";
import { hostInfoLanguage, probablyNotInOffice } from "./hostSigns";
import type { PreparedPreview } from "./startPreview";
import type { OfficeStart } from "./startOffice";
import { showStartFailure } from "./showStartFailure";

/** Preview mode's code is a chunk of its own: inside Outlook the first screen never needs it. */
const preparePreview = (speculative: boolean): Promise<PreparedPreview> =>
  import(/* webpackChunkName: "preview" */ "./startPreview").then((m) =>
    m.preparePreview(speculative)
  );

const loadOfficeStart = (): Promise<OfficeStart> =>
  import(/* webpackChunkName: "office" */ "./startOffice").then((m) =>
    m.prepareOffice(document.baseURI)
  );

async function startInOutlook(
  office: typeof Office,
  prepared: Promise<OfficeStart> | null
): Promise<void> {
  try {
    const start = await (prepared ?? loadOfficeStart());
    await start.start(office);
  } catch (e) {
    const chunk = isChunkLoadError(e);
    record("boot", chunk ? "chunk_load_error" : "start_failed", describeError(e), "error");
    await showStartFailure(chunk ? "chunk" : "crashed", office);
  }
}

async function main(): Promise<void> {
  const plainBrowser = probablyNotInOffice();
  // In a plain browser, preview mode renders (hidden) while office.js answers; inside Outlook, the Office chunk loads.
  const speculative: Promise<PreparedPreview> | null = plainBrowser ? preparePreview(true) : null;
  speculative?.catch(() => undefined);
  const prepared = plainBrowser ? null : loadOfficeStart();
  prepared?.catch(() => undefined);
  // The language Outlook named in the URL loads alongside (startOffice reports a failure, with what it does instead).
  const hinted = plainBrowser ? null : hostInfoLanguage();
  if (hinted) loadMessages(pickLocale(hinted)).catch(() => undefined);
  const boot: BootResult = await bootOffice();
  if (boot.kind === "office") return startInOutlook(boot.office, prepared);
  // office.js missing or silent in a page that Outlook framed or opened: a failed start, not a preview.
  if (!plainBrowser && (boot.reason === "office-js-missing" || boot.reason === "onready-timeout")) {
    record("boot", boot.reason.replace(/-/g, "_"), null, "error");
    return showStartFailure(boot.reason, null);
  }
  const notice =
    boot.reason === "office-js-missing"
      ? "officeMissing"
      : boot.reason === "onready-timeout"
        ? "onReadyTimeout"
        : null;
  const preview = await (speculative ?? preparePreview(false));
  preview.show(notice);
}

window.addEventListener("error", (e) => {
  // An uncaught error (not a resource that failed: those don't reach window): the pane's own bug, for IT's trail.
  recordUnhandled(e.error ?? e.message);
});

window.addEventListener("unhandledrejection", (e) => {
  // Nothing should get here; what does is the pane's own bug, written to the trail (and the console) for IT. The
  // browser's default report stays too: preventing it would hide the bug from anyone watching the console.
  recordUnhandled(e.reason);
});

main().catch((e: unknown) => {
  record("boot", "start_failed", describeError(e), "error");
  const el = document.getElementById("boot-message");
  if (el)
    el.textContent =
      "The Sign-in Assistant couldn't start. Close and reopen it, or contact your IT team.";
  markStarted();
});
