/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { parseFacts, type Facts } from "../../../src/diagnosis";
import type { HostServices } from "../../../src/ui/services";
import { enUS, translator } from "../../../src/i18n";
import { SCENARIOS } from "../../../src/scenarios";
import { Assistant } from "../../../src/taskpane/Assistant";
import type { AssistantInit } from "../../../src/taskpane/useAssistant";
import { escapeHtml } from "../../../src/ui/handoffMessage";

const t = translator(enUS);

function scenario(id: string): Facts {
  const s = SCENARIOS.find((x) => x.id === id);
  const p = parseFacts(s?.facts);
  if (!p.ok) throw new Error(id);
  return p.facts;
}

function services(): HostServices & { saved: Map<string, boolean[]> } {
  const saved = new Map<string, boolean[]>();
  return {
    saved,
    openLink: jest.fn(),
    newMessage: jest.fn(async () => "opened" as const),
    copyText: jest.fn(async () => true),
    progress: {
      load: (k) => saved.get(k) ?? [],
      save: jest.fn(async (k, v) => void saved.set(k, v)),
      clearAll: jest.fn(async () => saved.clear()),
    },
  };
}

function init(facts: Facts, over: Partial<AssistantInit> = {}): AssistantInit {
  return {
    mode: "preview",
    facts,
    probeDeps: null,
    orgName: null,
    logoUrl: null,
    helpDesk: null,
    extraLinks: [],
    extraLinkDomains: [],
    configWarnings: [],
    email: "adele@contoso.example",
    ...over,
  };
}

function renderPane(i: AssistantInit, s = services()) {
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <Assistant init={i} services={s} t={t} />
    </FluentProvider>
  );
  return { ...utils, s };
}

test("the pane shows a summary, the app picker, six checks and one card per action, with headings in order", () => {
  renderPane(init(scenario("web-helping-outlook-2013")));
  const headings = screen.getAllByRole("heading").map((h) => `${h.tagName}:${h.textContent}`);
  expect(headings.slice(0, 5)).toEqual([
    "H1:Sign-in Assistant",
    "H2:Summary",
    "H2:Which app keeps asking for your password?",
    "H2:Checks",
    "H2:How to fix it",
  ]);
  expect(screen.getByTestId("summary").textContent).toBe(
    "Outlook 2013 has been out of support since April 11, 2023 and can sign in only with extra registry settings: replace it, or turn the settings on as a stopgap."
  );
  expect(
    screen.getAllByRole("listitem").filter((li) => li.hasAttribute("data-check"))
  ).toHaveLength(6);
  const cards = document.querySelectorAll("[data-action]");
  expect([...cards].map((c) => c.getAttribute("data-action"))).toEqual([
    "update-client",
    "enable-modern-auth-registry",
  ]);
  expect(screen.getByRole("heading", { name: "1. Update the app" })).toBeTruthy();
});

test("picking another app re-runs the diagnosis at once", async () => {
  const user = userEvent.setup();
  renderPane(init(scenario("web-helping-outlook-2013")));
  await user.click(
    screen.getByText("Outlook for Windows (classic)", {
      selector: "[data-testid=problem-client-current]",
    })
  );
  await user.click(screen.getByRole("radio", { name: /Thunderbird/ }));
  expect(screen.getByTestId("summary").textContent).toBe(
    "Thunderbird needs to be set up again with “Sign in with Microsoft”."
  );
  expect(document.querySelector("[data-action]")?.getAttribute("data-action")).toBe(
    "switch-to-modern-auth"
  );
});

test("every contract app is offered, each with a description", () => {
  renderPane(init(scenario("all-good-web-not-configured")));
  const radios = screen.getAllByRole("radio", { hidden: true });
  expect(radios).toHaveLength(13);
});

test("typing a version changes the verdict", async () => {
  const user = userEvent.setup();
  const facts = scenario("web-helping-outlook-2013");
  renderPane(init({ ...facts, problemClient: { app: "outlook-windows-classic", version: null } }));
  const version = screen.getByRole("textbox", { name: /Version/ });
  await user.type(version, "14.0.7268.5000{Enter}");
  expect(screen.getByTestId("summary").textContent).toBe(
    "Outlook 2010 can't sign in to Microsoft 365, and no update changes that: it has to be replaced."
  );
});

test("step checkboxes save progress per action and client; Start over clears it", async () => {
  const user = userEvent.setup();
  const { s } = renderPane(init(scenario("mac-outlook-keychain")));
  const card = document.querySelector('[data-action="clear-cached-credentials"]') as HTMLElement;
  const boxes = within(card).getAllByRole("checkbox");
  await user.click(boxes[0] as HTMLElement);
  expect(s.progress.save).toHaveBeenCalledWith("clear-cached-credentials|outlook-mac", [true]);
  expect(within(card).getByText("1 of 4 steps done")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Start over" }));
  expect(s.progress.clearAll).toHaveBeenCalled();
  expect(within(card).getByText("0 of 4 steps done")).toBeTruthy();
});

test("saved progress is restored when the pane opens again", () => {
  const s = services();
  s.saved.set("clear-cached-credentials|outlook-mac", [true, true]);
  renderPane(init(scenario("mac-outlook-keychain")), s);
  expect(screen.getByText("2 of 4 steps done")).toBeTruthy();
});

test("Keychain items and cmdkey lines are copyable", async () => {
  const user = userEvent.setup();
  const { s } = renderPane(init(scenario("mac-outlook-keychain")));
  await user.click(
    screen.getByRole("button", { name: "Copy: Microsoft Office Identities Cache 2" })
  );
  expect(s.copyText).toHaveBeenCalledWith("Microsoft Office Identities Cache 2");
  renderPane(init(scenario("web-helping-outlook-2016-msi")));
  expect(
    screen.getByRole("button", {
      name: 'Copy: cmdkey /delete:"MicrosoftOffice16_Data:SSPI:adele@contoso.example"',
    })
  ).toBeTruthy();
});

test("links open through the host, never by navigating the pane", async () => {
  const user = userEvent.setup();
  const { s } = renderPane(init(scenario("classic-current-needs-registration")));
  await user.click(screen.getAllByRole("button", { name: "Security info" })[0] as HTMLElement);
  expect(s.openLink).toHaveBeenCalledWith("https://mysignins.microsoft.com/security-info");
  expect(document.querySelectorAll("a[href]")).toHaveLength(0);
});

test("Copy report puts a summary and the facts JSON on the clipboard, without tokens or addresses", async () => {
  const user = userEvent.setup();
  const { s } = renderPane(init(scenario("classic-current-needs-registration")));
  await user.click(screen.getByRole("button", { name: "Copy report" }));
  const text = (s.copyText as jest.Mock).mock.calls[0][0] as string;
  expect(text).toContain("Actions, in order:");
  expect(text).toContain('"schema": 1');
  expect(text).not.toMatch(/adele@contoso|Bearer|eyJ/);
  expect(screen.getByRole("status").textContent).toMatch(/Report copied/);
});

test("Send to IT opens a message to the help desk with every interpolated value escaped", async () => {
  const user = userEvent.setup();
  const facts = scenario("web-helping-outlook-2013");
  const hostile = {
    ...facts,
    problemClient: {
      app: "outlook-windows-classic" as const,
      version: '15.0.5589.1000 <img src=x onerror="alert(1)">',
    },
  };
  const { s } = renderPane(
    init(hostile, {
      helpDesk: {
        name: "Contoso IT",
        email: "servicedesk@contoso.example",
        phone: null,
        url: null,
      },
    })
  );
  // Only IT can replace Outlook 2013, so its update card offers Send to IT too; both send the same message.
  const buttons = screen.getAllByRole("button", { name: "Send to IT" });
  expect(buttons).toHaveLength(2);
  await user.click(buttons[buttons.length - 1] as HTMLElement);
  const msg = (s.newMessage as jest.Mock).mock.calls[0][0];
  expect(msg.to).toEqual(["servicedesk@contoso.example"]);
  expect(msg.subject).toMatch(/^Sign-in problem: /);
  expect(msg.htmlBody).not.toContain("<img");
  // The report quotes the value as a JSON string, then the HTML escapes that.
  expect(msg.htmlBody).toContain(escapeHtml(JSON.stringify('<img src=x onerror="alert(1)">').slice(1, -1)));
});

test("without a help-desk address there is no Send button, and the pane says how to hand over the report", () => {
  renderPane(init(scenario("offline")));
  expect(screen.queryByRole("button", { name: "Send to IT" })).toBeNull();
  expect(screen.getByTestId("no-helpdesk").textContent).toMatch(/Copy report/);
});

test("check results are announced through an aria-live region", () => {
  renderPane(init(scenario("graph-timeout")));
  const live = screen.getByTestId("checks-live");
  expect(live.getAttribute("aria-live")).toBe("polite");
  expect(live.textContent).toContain("Mailbox over Microsoft Graph: Failed");
});

test("'Not checked' (with its reason) differs from 'failed'", () => {
  renderPane(init(scenario("all-good-web-not-configured")));
  const token = document.querySelector('[data-check="token"]') as HTMLElement;
  expect(token.getAttribute("data-status")).toBe("notChecked");
  expect(token.textContent).toContain("Not checked: your IT team hasn't set up the live checks.");
});

test("config warnings are shown to the admin; a link off the allowed domains is shown as text only", () => {
  renderPane(
    init(scenario("offline"), {
      configWarnings: ["mfaMode: must be one of …"],
      extraLinks: [{ label: "Evil", url: "https://evil.example/" }],
      helpDesk: { name: "IT", email: null, phone: null, url: null },
    })
  );
  expect(screen.getByTestId("config-warning").textContent).toContain("mfaMode");
  expect(screen.queryByRole("button", { name: "Evil" })).toBeNull();
  expect(screen.getByText("Evil")).toBeTruthy();
});

test("the guide for Outlook 2013 offers the registry keys as text and as a .reg download, after the update advice", () => {
  renderPane(init(scenario("web-helping-outlook-2013")));
  const card = document.querySelector('[data-action="enable-modern-auth-registry"]') as HTMLElement;
  const steps = within(card)
    .getAllByRole("checkbox")
    .map((c) => c.closest("li")?.textContent ?? "");
  expect(steps[0]).toMatch(/Best: replace Outlook 2013/);
  expect(within(card).getByRole("button", { name: "Download .reg file" })).toBeTruthy();
  expect(card.textContent).toContain(
    'reg add "HKCU\\Software\\Microsoft\\Office\\15.0\\Common\\Identity" /v EnableADAL /t REG_DWORD /d 1 /f'
  );
});

test("the app-password guide shows the deadline and why it won't work for Outlook", () => {
  renderPane(init(scenario("printer-smtp-per-user-mfa")));
  const card = document.querySelector('[data-action="use-app-password"]') as HTMLElement;
  expect(card.textContent).toContain("don't work for Outlook");
  expect(card.textContent).toContain("December 31, 2026 (38 days left)");
  expect(card.textContent).toContain("allowed for the mailbox the device sends from");
});

test("a rerun from the Run again button is offered only inside Office", async () => {
  renderPane(init(scenario("offline")));
  expect(screen.queryByRole("button", { name: "Run again" })).toBeNull();
  await act(async () => undefined);
});

test("the 'Ask your IT team' card says what to tell IT and sends it in one click", async () => {
  const user = userEvent.setup();
  const { s } = renderPane(
    init(scenario("blocked-by-conditional-access"), {
      helpDesk: {
        name: "Contoso IT",
        email: "servicedesk@contoso.example",
        phone: null,
        url: null,
      },
    })
  );
  const card = document.querySelector('[data-action="contact-admin"]') as HTMLElement;
  expect(card.textContent).toContain("Tell IT: Only your IT team can fix this sign-in problem.");
  expect(card.textContent).toContain("AADSTS53003 (BlockedByConditionalAccess)");
  await user.click(within(card).getByRole("button", { name: "Send to IT" }));
  expect(s.newMessage).toHaveBeenCalledTimes(1);
  expect(within(card).getByRole("status").textContent).toMatch(/new message to IT is open/);
});
