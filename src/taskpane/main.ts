// Entry point. It reads top to bottom: where am I → start the boot for that place → one locale-and-theme step →
// render the pane on the store → let office.js's answer decide the mode. React, Fluent UI, the engine and English
// ship in the initial scripts, which the browser downloads alongside office.js; inside Outlook the Office chunk is
// asked for at once, so it runs (asking for config.json) and the frame is on screen while Outlook's handshake is
// still going on: after Office.onReady only the facts arrive and the content renders.
//
// A start that fails inside Outlook is said as such (start-failure), never shown as a browser page or an example:
// the browser, report and examples pages are only for a page office.js says is not in Outlook, with no sign of a
// host either.

import { bootOffice, type BootResult } from "../host/boot";
import { readHostFacts } from "../host/hostFacts";
import { loadReport } from "../ui/belowTheFold";
import { describeError, record, recordUnhandled } from "../util/errorLog";
import { isChunkLoadError } from "../util/chunkLoad";
import { trailCode, type StartFailureEnd } from "../util/startEnd";
import type { OfficeBoot } from "./bootOffice";
import { loadChrome } from "./chrome";
import { loadPaneView } from "./loadPaneView";
import { createPaneStore, type PaneStore } from "./paneStore";
import { markStarted } from "../util/started";
import { renderPane } from "./renderPane";
import { wherePage, type Place } from "./where";

const loadOfficeBoot = (): Promise<OfficeBoot> =>
  import(/* webpackChunkName: "office" */ "./bootOffice").then((m) =>
    m.prepareOffice(document.baseURI)
  );

const loadOutside = () => import(/* webpackChunkName: "outside" */ "./bootOutside");

function fail(
  store: PaneStore,
  end: StartFailureEnd,
  office: typeof Office | null,
  detail: string | null
): void {
  record("boot", trailCode(end), detail, "error");
  store.fail(end, office ? readHostFacts(office) : null);
}

async function main(): Promise<void> {
  // 1. Where am I: the signs readable before office.js answers.
  const place = wherePage();
  const search = new URLSearchParams(window.location.search);

  // 2. The boot for that place starts now: office.js's answer, and inside Outlook the Office chunk and config.json.
  const answer = place.hostInfoMalformed ? null : bootOffice();
  const officeBoot = place.officeLikely && !place.hostInfoMalformed ? loadOfficeBoot() : null;
  officeBoot?.catch(() => undefined); // Reported below, when Outlook's start needs it.
  // The content's chunk (the engine and the components) downloads alongside, whatever the mode; in a plain tab, so
  // does the start-up for the pages outside Office.
  const view = loadPaneView();
  view.catch(() => undefined); // Reported below, when the start needs it.
  const outside = place.officeLikely ? null : loadOutside();
  outside?.catch(() => undefined); // Reported below, when the start needs it.

  // 3. One locale-and-theme step: `_host_Info`'s language inside Outlook, ?lang= or the browser's outside.
  const chrome = await loadChrome(
    place.officeLikely
      ? { language: place.hostLanguage ?? navigator.language }
      : { language: search.get("lang") ?? navigator.language, requested: search.get("theme") }
  );

  // 4. The pane renders on the store: its frame now, the content as the boot writes it.
  const s = createPaneStore(chrome);
  renderPane(s);
  // What lies below the first screen (what was checked, the hand-off) loads while office.js answers, so the pane is
  // whole soon after its first screen.
  loadReport().catch(() => undefined); // The pane asks again once the first screen is up, and reports a failure.

  // 5. office.js's answer decides the mode; whatever breaks from here on is said by the pane itself.
  try {
    await startMode(s, place, answer, officeBoot, outside, view);
  } catch (e) {
    fail(s, isChunkLoadError(e) ? "chunk" : "crashed", null, describeError(e));
  }
}

/** The boot for the mode office.js's answer names: Office's, the start-failure pane, or one outside Office. */
async function startMode(
  s: PaneStore,
  place: Place,
  answer: Promise<BootResult> | null,
  officeBoot: Promise<OfficeBoot> | null,
  outside: ReturnType<typeof loadOutside> | null,
  view: Promise<unknown>
): Promise<void> {
  if (!answer)
    // office.js threw reading the address (URIError): nothing can be asked of Outlook; say so, with the details.
    return fail(s, "office-js-failed", null, "_host_Info is not valid URI encoding");
  const boot = await answer;
  if (boot.kind === "office") {
    try {
      const [office] = await Promise.all([officeBoot ?? loadOfficeBoot(), view]);
      await office.start(s, boot.office);
    } catch (e) {
      // What Office answered goes with the failure: the help desk sees which Outlook it was.
      fail(s, isChunkLoadError(e) ? "chunk" : "crashed", boot.office, describeError(e));
    }
    return;
  }
  // office.js missing, silent or broken in a page that Outlook framed or opened: a failed start, not a browser page.
  if (place.officeLikely && boot.end !== "not-in-office" && boot.end !== "not-outlook")
    return fail(s, boot.end, null, null);
  const [m] = await Promise.all([outside ?? loadOutside(), view]);
  await m.bootOutside(s, place, boot.end, document.baseURI);
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

// Only a failure before the pane exists gets here: then the page's own line is all there is to change.
main().catch((e: unknown) => {
  record("boot", trailCode("crashed"), describeError(e), "error");
  const el = document.getElementById("boot-message");
  if (el)
    el.textContent =
      "The Sign-in Assistant couldn't start. Close and reopen it, or contact your IT team.";
  markStarted();
});
