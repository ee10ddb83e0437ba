/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { memoryProgressStore } from "../../../src/host/services";
import type { HostServices } from "../../../src/ui/services";
import { enUS, translator } from "../../../src/i18n";
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
    <PreviewRoot services={services} t={t} notice={null} pending={pending} />
  </FluentProvider>
);

test("the user's answer survives a re-render of preview mode (e.g. when it is revealed)", async () => {
  const user = userEvent.setup();
  const { rerender } = render(tree(false));
  await user.click(screen.getByTestId("problem-client-current"));
  await user.click(screen.getByRole("radio", { name: /Thunderbird/ }));
  expect(screen.getByTestId("problem-client-current").textContent).toBe("Thunderbird");
  rerender(tree(false));
  expect(screen.getByTestId("problem-client-current").textContent).toBe("Thunderbird");
});

test("the scenario picker switches the example and writes a shareable #facts= link", async () => {
  const user = userEvent.setup();
  render(tree(false));
  await user.selectOptions(screen.getByRole("combobox", { name: "Example situation" }), "offline");
  expect(window.location.hash).toMatch(/^#facts=[A-Za-z0-9_-]+$/);
  expect(document.querySelector("[data-action]")?.getAttribute("data-action")).toBe(
    "check-network"
  );
});

test("pending preview renders hidden work without claiming ready", () => {
  render(tree(true));
  expect(document.querySelector('[data-testid="diagnosis"]')?.getAttribute("data-state")).toBe(
    "pending"
  );
});
