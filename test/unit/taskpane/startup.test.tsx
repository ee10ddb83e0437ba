/**
 * @jest-environment jsdom
 */
// The start-up path's pieces in jsdom: the frame, the two render passes and their markers, facts refined in place
// when config.json arrives, and the start failure pane (what it shows and hands over, and what it never shows).
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { parseFacts, type Facts } from "../../../src/diagnosis";
import type { HostFacts } from "../../../src/host/hostFacts";
import { enUS, translator } from "../../../src/i18n";
import { SCENARIOS } from "../../../src/scenarios";
import { initialFacts, refineFacts } from "../../../src/taskpane/bootOffice";
import { orgView } from "../../../src/taskpane/orgView";
import { createPaneStore, type PaneStore } from "../../../src/taskpane/paneStore";
import { loadPaneView } from "../../../src/taskpane/loadPaneView";
import { PaneRoot } from "../../../src/taskpane/PaneRoot";
import { wherePage } from "../../../src/taskpane/where";
import { failureDetails, StartFailure } from "../../../src/ui/start/StartFailure";
import type { ConfigResult } from "../../../src/config/schema";
import type { HostServices } from "../../../src/ui/services";

Object.assign(globalThis, { TextEncoder, TextDecoder });
const t = translator(enUS);

const services = (): HostServices => ({
  openLink: jest.fn(() => true),
  newMessage: jest.fn(async () => "opened" as const),
  copyText: jest.fn(async () => true),
  progress: {
    load: () => [],
    save: jest.fn(async () => undefined),
    clearAll: jest.fn(async () => undefined),
  },
});

const CLASSIC: HostFacts = {
  hostName: "Outlook",
  hostVersion: "16.0.20430.20000",
  platform: "PC",
  officeVersion: "16.0.20430.20000",
  mailboxRequirementSet: "1.16",
  nestedAppAuth: true,
  accountType: "office365",
  ewsTokenStatus: null,
};

const pane = () => document.querySelector('[data-testid="diagnosis"]') as HTMLElement;

/** The pane on a store, drawn as main.ts draws it. */
async function renderStore(): Promise<PaneStore> {
  // main.ts asks for the content's chunk as the page starts; by the time there is content, it is there.
  await loadPaneView();
  const store = createPaneStore({
    lang: "en-US",
    t,
    theme: webLightTheme,
    themeName: "light",
    localeFailed: null,
  });
  render(<PaneRoot store={store} />);
  return store;
}

test("the frame is on screen before Office answers; the first pass then shows the first screen; ready waits for the rest", async () => {
  const s = SCENARIOS.find((x) => x.id === "web-helping-outlook-2013") ?? SCENARIOS[0];
  const parsed = parseFacts(s?.facts);
  if (!parsed.ok) throw new Error("scenario");
  const store = await renderStore();
  expect(pane().getAttribute("data-first-screen")).toBe("pending");
  expect(pane().getAttribute("data-mode")).toBeNull();
  // What the pane looked like the moment its first screen was marked ready.
  let atFirst: { state: string | null; mode: string | null; actions: number } | null = null;
  const observer = new MutationObserver(() => {
    if (atFirst || pane()?.getAttribute("data-first-screen") !== "ready") return;
    atFirst = {
      state: pane().getAttribute("data-state"),
      mode: pane().getAttribute("data-mode"),
      actions: document.querySelectorAll("[data-action]").length,
    };
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  await act(async () =>
    store.arrive({
      mode: "report",
      end: "not-in-office",
      facts: parsed.facts,
      services: services(),
      email: "adele@contoso.example",
    })
  );
  observer.disconnect();
  expect(atFirst).toEqual({ state: "loading", mode: "report", actions: 1 });
  // The first render in the file also compiles the lazy sections: on a busy machine that takes seconds.
  await waitFor(() => expect(pane().getAttribute("data-state")).toBe("ready"), { timeout: 10000 });
  // Ready: every action of the diagnosis and the hand-off are in the DOM.
  const actions = [...document.querySelectorAll("[data-action]")].map((e) =>
    e.getAttribute("data-action")
  );
  expect(actions.length).toBeGreaterThan(0);
  expect(screen.getByTestId("handoff")).toBeTruthy();
  expect(screen.getByTestId("report-header").textContent).toMatch(/Outlook on the web/);
}, 20000);

test("config.json arriving after the first screen refines the facts in place: branding, org settings, checks", async () => {
  const store = await renderStore();
  await act(async () =>
    store.arrive({
      mode: "office",
      end: "outlook",
      facts: initialFacts(CLASSIC, null, true),
      services: services(),
      email: "adele@contoso.example",
      checksAwaited: true,
    })
  );
  expect(pane().getAttribute("data-first-screen")).toBe("ready");
  expect(pane().getAttribute("data-mode")).toBe("office");
  expect(screen.queryByText("Provided by Contoso")).toBeNull();
  const result: ConfigResult = { config: { organizationName: "Contoso", mfaMode: "perUserMfa" }, warnings: [] };
  act(() => {
    store.setOrg(orgView(result, "https://addins.contoso.com/"));
    store.refine((f) => refineFacts(f, CLASSIC, result.config, "enabled"));
    store.wireChecks(null, false);
  });
  await screen.findByText("Provided by Contoso");
  const last = store.getState().facts as Facts;
  expect(last.org.mfaMode).toBe("perUserMfa");
  expect(last.host.ewsTokenStatus).toBe("enabled");
  // No client ID configured: the live checks say so rather than staying pending.
  expect(last.probes.token.status).toBe("not_configured");
  expect(store.getState().pending.size).toBe(0);
});

test("refineFacts keeps what the user chose and the checks' results", () => {
  const first = initialFacts(CLASSIC, null, true);
  const chosen: Facts = {
    ...first,
    problemClient: { app: "outlook-windows-classic", version: "2408" },
    probes: { ...first.probes, token: { status: "ok", errorCode: null } },
  };
  const refined = refineFacts(
    chosen,
    CLASSIC,
    { auth: { clientId: "11111111-1111-1111-1111-111111111111" } },
    null
  );
  expect(refined.problemClient).toEqual(chosen.problemClient);
  expect(refined.probes.token).toEqual({ status: "ok", errorCode: null });
});

test("the start failure pane names the failure, shows what Outlook said, and hands it over; no guidance", async () => {
  const copyText = jest.fn(async () => true);
  const reload = jest.fn();
  const trail = [
    {
      at: "2026-11-25T10:00:00.000Z",
      area: "boot" as const,
      code: "chunk_load_error",
      detail: "ChunkLoadError: Loading chunk 12 failed.",
      count: 1,
    },
  ];
  render(
    <FluentProvider theme={webLightTheme}>
      <StartFailure
        reason="chunk"
        t={t}
        host={CLASSIC}
        trail={trail}
        copyText={copyText}
        reload={reload}
      />
    </FluentProvider>
  );
  expect(pane().getAttribute("data-state")).toBe("error");
  expect(screen.getByTestId("start-failure-reason").textContent).toMatch(
    /Part of the assistant didn't load/
  );
  expect(screen.getByTestId("start-facts").textContent).toContain("16.0.20430.20000");
  expect(document.querySelectorAll("[data-action], [data-finding], [data-step]")).toHaveLength(0);
  screen.getByTestId("run-again").click();
  expect(reload).toHaveBeenCalledTimes(1);
  await act(async () => screen.getByTestId("handoff").click());
  const copied = (copyText.mock.calls[0] as unknown as [string])[0];
  expect(copied).toContain("reason: chunk");
  expect(copied).toContain("boot chunk_load_error (ChunkLoadError: Loading chunk 12 failed.)");
  expect(copied).toBe(failureDetails({ reason: "chunk", t, host: CLASSIC, trail }));
  await screen.findByText(/Copied/);
});

test("with nothing from Outlook, the failure pane says so instead of inventing facts", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <StartFailure
        reason="office-js-missing"
        t={t}
        host={null}
        trail={[]}
        copyText={jest.fn()}
        reload={jest.fn()}
      />
    </FluentProvider>
  );
  expect(screen.getByTestId("start-facts").textContent).toBe("Nothing: Outlook didn't answer.");
});

test("where am I: _host_Info's language is read before Office.onReady; anything odd is null; bad encoding is named", () => {
  window.history.replaceState(null, "", "/taskpane.html?_host_Info=Outlook$Web$16.01$de-DE$$$$0");
  expect(wherePage()).toMatchObject({ hostLanguage: "de-DE", officeLikely: true, hostInfoMalformed: false });
  window.history.replaceState(null, "", "/taskpane.html?_host_Info=Outlook$Web$16.01$<script>$$$$0");
  expect(wherePage().hostLanguage).toBeNull();
  // office.js throws a URIError on this address: the pane must say the start failed, not crash itself.
  window.history.replaceState(null, "", "/taskpane.html?_host_Info=%E0%A4%A");
  expect(wherePage()).toMatchObject({ officeLikely: true, hostInfoMalformed: true, hostLanguage: null });
  window.history.replaceState(null, "", "/taskpane.html?examples");
  expect(wherePage()).toMatchObject({ officeLikely: false, examples: true, hostLanguage: null });
  window.history.replaceState(null, "", "/taskpane.html");
  expect(wherePage()).toMatchObject({ officeLikely: false, examples: false, hash: "" });
});
