// The start-up outside Office, for the three pages a plain browser tab can show: the person's own assistant
// (browser), a shared report (report: #facts=) and the bundled examples (examples: ?examples). None of them reads
// anything from Outlook; only browser mode asks for config.json (branding, help desk, live checks), and only it
// may sign in.
import { currentDevice } from "../browser/device";
import { parseFacts, type Facts } from "../diagnosis";
import { previewServices } from "../host/services";
import type { HostServices } from "../ui/services";
import { describeError, record } from "../util/errorLog";
import type { StartEnd } from "../util/startEnd";
import { encodeBase64Url, readFactsFragment, type FragmentResult } from "./fragment";
import { exampleFacts, type PaneStore } from "./paneStore";
import { loadScenarios } from "./scenarioList";
import type { Place } from "./where";

/** The page a tab outside Office shows. */
export type OutsideMode = "browser" | "report" | "examples";

/** Outside Office: the examples at ?examples, a readable #facts= report, else the person's own assistant. */
export function outsideMode(place: Place, fragment: FragmentResult): OutsideMode {
  if (place.examples) return "examples";
  return fragment.kind === "ok" ? "report" : "browser";
}

/** A browser tab's own facts: nothing read from Outlook, the device as the browser says, no app named yet. */
export function browserFacts(online: boolean, device: ReturnType<typeof currentDevice>): Facts {
  const parsed = parseFacts({
    schema: 1,
    collectedAt: new Date().toISOString(),
    host: {},
    problemClient: { app: null, version: null },
    probes: {
      online,
      token: { status: null, errorCode: null },
      mailbox: { status: "skipped", httpStatus: null },
      authMethods: { status: "skipped", methods: [] },
    },
    context: { mode: "browser", devicePlatform: device },
  });
  if (!parsed.ok) throw new Error(`browser facts rejected: ${parsed.field}`);
  return parsed.facts;
}

/** An OAuth answer in the address: what Microsoft's sign-in page sends this page back with. */
const SIGN_IN_ANSWER = /^#(?:.*&)?(?:code|error)=/;

type OutsideEnd = Exclude<StartEnd, "outlook" | "chunk" | "crashed">;

export async function bootOutside(
  store: PaneStore,
  place: Place,
  end: OutsideEnd,
  baseUrl: string
): Promise<void> {
  const services: HostServices = previewServices();
  const email = store.getState().chrome.t("placeholder.email");
  const fragment = readFactsFragment(place.hash);
  const mode = outsideMode(place, fragment);
  const showBrowser = (linkError: string | null) => {
    store.arrive({
      mode: "browser",
      end,
      facts: browserFacts(navigator.onLine, currentDevice()),
      services,
      email,
      linkError,
      // Back from Microsoft's sign-in page (its answer is in the address): the checks run as soon as it is read.
      checksAwaited: SIGN_IN_ANSWER.test(place.hash),
    });
    // Branding, the help desk and the live checks come from config.json; the question is on screen meanwhile.
    import(/* webpackChunkName: "browser" */ "./bootBrowser")
      .then((m) => m.configureBrowser(store, baseUrl))
      // Without that chunk the pane still asks and answers; only the organisation's extras are missing.
      .catch((e: unknown) => {
        record("boot", "chunk_load_error", `browser: ${describeError(e)}`, "error");
        store.wireChecks(null, false);
      });
  };

  if (mode === "examples") {
    const list = await loadScenarios();
    const linked = fragment.kind === "ok" ? fragment.facts : null;
    // A link this page wrote earlier opens the example it carries (still marked as one).
    const same = (raw: unknown) => {
      const p = parseFacts(raw);
      return p.ok && JSON.stringify(p.facts) === JSON.stringify(linked);
    };
    const id = (linked ? list.find((s) => same(s.facts))?.id : list[0]?.id) ?? null;
    store.setExamples(list, id);
    const facts = linked
      ? { ...linked, example: true as const }
      : id
        ? exampleFacts(list, id)
        : null;
    if (!facts) return showBrowser(null);
    store.arrive({ mode: "examples", end, facts, services, email });
    followExampleInAddress(store);
    return;
  }
  if (mode === "report" && fragment.kind === "ok")
    store.arrive({ mode: "report", end, facts: fragment.facts, services, email });
  else showBrowser(fragment.kind === "error" ? fragment.reason : null);
  followReportLinks(store, end, services, email);
}

/**
 * The address follows the example on screen, so the link can be shared. office.js sets history.replaceState to
 * null outside Office, so the link is written with location.replace: same document, one history entry.
 */
function followExampleInAddress(store: PaneStore): void {
  let shown = store.getState().examples?.id ?? null;
  store.subscribe(() => {
    const { examples, facts } = store.getState();
    if (!examples || examples.id === shown || !facts) return;
    shown = examples.id;
    // The link carries the situation as a report; opened again at ?examples it is marked as an example again.
    const plain: Facts = { ...facts };
    delete plain.example;
    window.location.replace(`#facts=${encodeBase64Url(JSON.stringify(plain))}`);
  });
}

/** A report link opened or pasted into this page (outside the examples page) shows that report. */
function followReportLinks(
  store: PaneStore,
  end: OutsideEnd,
  services: HostServices,
  email: string
): void {
  window.addEventListener("hashchange", () => {
    const fragment = readFactsFragment(window.location.hash);
    if (fragment.kind === "ok")
      store.arrive({ mode: "report", end, facts: fragment.facts, services, email });
  });
}
