/**
 * @jest-environment jsdom
 */
// The pages a plain browser tab shows, started as main.ts starts them (bootOutside on a store) and drawn by
// PaneRoot: the person's own assistant, a shared report, and the examples.
import { webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { parseFacts } from "../../../src/diagnosis";
import { enUS, translator } from "../../../src/i18n";
import { SCENARIOS } from "../../../src/scenarios";
import { bootOutside } from "../../../src/taskpane/bootOutside";
import { encodeBase64Url } from "../../../src/taskpane/fragment";
import { createPaneStore, type PaneStore } from "../../../src/taskpane/paneStore";
import { PaneRoot } from "../../../src/taskpane/PaneRoot";
import { wherePage } from "../../../src/taskpane/where";

// jsdom has no TextEncoder; the pane's #facts= encoder needs it (every browser has it).
Object.assign(globalThis, { TextEncoder, TextDecoder });

const t = translator(enUS);
const pane = () => document.querySelector('[data-testid="diagnosis"]') as HTMLElement;
const firstAction = () => document.querySelector("[data-action]")?.getAttribute("data-action");

async function open(address: string): Promise<PaneStore> {
  window.history.replaceState(null, "", address);
  const store = createPaneStore({ lang: "en-US", t, theme: webLightTheme, themeName: "light", localeFailed: null });
  render(<PaneRoot store={store} />);
  await act(() => bootOutside(store, wherePage(), "not-in-office", "http://localhost/"));
  return store;
}

const factsOf = (id: string) => {
  const p = parseFacts(SCENARIOS.find((s) => s.id === id)?.facts);
  if (!p.ok) throw new Error(id);
  return p.facts;
};

afterEach(() => window.history.replaceState(null, "", "/"));

test("a plain tab asks which app keeps asking, shows no example, and says it runs outside Outlook", async () => {
  const store = await open("/taskpane.html");
  expect(pane().getAttribute("data-mode")).toBe("browser");
  expect(firstAction()).toBe("none");
  expect(screen.getByTestId("ask")).toBeTruthy();
  expect(screen.getByTestId("browser-intro").textContent).toMatch(/outside Outlook/);
  expect(screen.queryByTestId("examples")).toBeNull();
  expect(document.body.textContent).not.toMatch(/[Pp]review|EXAMPLE|[Ee]xample situation/);
  expect(store.getState().facts?.context).toEqual({ mode: "browser", devicePlatform: "other" });
  expect(store.getState().facts?.example).toBeUndefined();
});

test("?examples shows the picker and an EXAMPLE badge; choosing writes a shareable #facts= link", async () => {
  const user = userEvent.setup();
  const store = await open("/taskpane.html?examples");
  expect(pane().getAttribute("data-mode")).toBe("examples");
  expect(screen.getByTestId("example-badge").textContent).toBe("EXAMPLE");
  expect(store.getState().facts?.example).toBe(true);
  // office.js sets history.replaceState to null outside Office: the link must not depend on it.
  const replaceState = history.replaceState;
  Object.defineProperty(history, "replaceState", { configurable: true, value: null });
  try {
    await user.selectOptions(screen.getByRole("combobox", { name: "Example situation:" }), "offline");
    await waitFor(() =>
      expect(window.location.hash).toBe(`#facts=${encodeBase64Url(JSON.stringify(factsOf("offline")))}`)
    );
    expect(firstAction()).toBe("check-network");
    expect(store.getState().facts?.example).toBe(true);
    // The page's own link update is not taken for a pasted report: the chosen example stays chosen.
    await new Promise((r) => setTimeout(r, 20));
    expect(pane().getAttribute("data-mode")).toBe("examples");
    expect((screen.getByRole("combobox", { name: "Example situation:" }) as HTMLSelectElement).value).toBe(
      "offline"
    );
  } finally {
    Object.defineProperty(history, "replaceState", { configurable: true, value: replaceState });
  }
});

test("#facts= shows that report under a line saying whose it is; a link pasted later shows the new one", async () => {
  const facts = factsOf("web-helping-outlook-2013");
  await open(`/taskpane.html#facts=${encodeBase64Url(JSON.stringify(facts))}`);
  expect(pane().getAttribute("data-mode")).toBe("report");
  expect(screen.getByTestId("report-header").textContent).toMatch(
    /^A report shared with you: what the Sign-in Assistant showed in Outlook on the web on /
  );
  expect(firstAction()).toBe("update-client");
  act(() => {
    window.location.hash = `#facts=${encodeBase64Url(JSON.stringify(factsOf("thunderbird-imap")))}`;
  });
  await waitFor(() => expect(firstAction()).toBe("switch-to-modern-auth"));
});

test("an unreadable #facts= link is named, and the page asks instead of showing anything else", async () => {
  await open("/taskpane.html#facts=not*base64");
  expect(pane().getAttribute("data-mode")).toBe("browser");
  expect(screen.getByTestId("fragment-error").textContent).toMatch(/can't be read.*Answer the question below/);
  expect(firstAction()).toBe("none");
});
