/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { memoryProgressStore } from "../../../src/host/services";
import type { HostServices } from "../../../src/ui/services";
import { enUS, translator } from "../../../src/i18n";
import { SCENARIOS } from "../../../src/scenarios";
import { encodeBase64Url } from "../../../src/taskpane/fragment";
import { PreviewRoot } from "../../../src/taskpane/PreviewRoot";

// jsdom has no TextEncoder; the pane's #facts= encoder needs it (every browser has it).
Object.assign(globalThis, { TextEncoder, TextDecoder });

const t = translator(enUS);
const services: HostServices = {
  openLink: jest.fn(),
  newMessage: jest.fn(),
  copyText: jest.fn(),
  progress: memoryProgressStore(),
};
const tree = (pending: boolean) => (
  <FluentProvider theme={webLightTheme}>
    <PreviewRoot services={services} t={t} notice={null} pending={pending} scenarios={SCENARIOS} />
  </FluentProvider>
);

test("the user's answer survives a re-render of preview mode (e.g. when it is revealed)", async () => {
  const user = userEvent.setup();
  const { rerender } = render(tree(false));
  await user.click(screen.getByRole("button", { name: /Change/ }));
  await user.selectOptions(
    screen.getByRole("combobox", { name: "App that keeps asking" }),
    "thunderbird"
  );
  expect(screen.getByTestId("problem-client-current").textContent).toBe("Thunderbird");
  rerender(tree(false));
  expect(screen.getByTestId("problem-client-current").textContent).toBe("Thunderbird");
});

test("the scenario picker switches the example and writes a shareable #facts= link", async () => {
  const user = userEvent.setup();
  render(tree(false));
  // office.js sets history.replaceState to null outside Office: the link must not depend on it.
  const replaceState = history.replaceState;
  Object.defineProperty(history, "replaceState", { configurable: true, value: null });
  try {
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Preview, example:" }),
      "offline"
    );
    await waitFor(() => expect(window.location.hash).toMatch(/^#facts=[A-Za-z0-9_-]+$/));
    expect(document.querySelector("[data-action]")?.getAttribute("data-action")).toBe(
      "check-network"
    );
    // The page's own link update is not taken for a pasted report: the chosen example stays chosen.
    await new Promise((r) => setTimeout(r, 20));
    expect(
      (screen.getByRole("combobox", { name: "Preview, example:" }) as HTMLSelectElement).value
    ).toBe("offline");
  } finally {
    Object.defineProperty(history, "replaceState", { configurable: true, value: replaceState });
  }
});

test("a #facts= link pasted into the open page shows the report it carries", async () => {
  render(tree(false));
  const facts = SCENARIOS.find((s) => s.id === "thunderbird-imap")?.facts;
  window.location.hash = `#facts=${encodeBase64Url(JSON.stringify(facts))}`;
  await waitFor(() =>
    expect(document.querySelector("[data-action]")?.getAttribute("data-action")).toBe(
      "switch-to-modern-auth"
    )
  );
});

test("pending preview renders hidden work without claiming ready", () => {
  render(tree(true));
  expect(document.querySelector('[data-testid="diagnosis"]')?.getAttribute("data-state")).toBe(
    "pending"
  );
});
