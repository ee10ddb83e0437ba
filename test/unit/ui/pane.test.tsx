/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { parseFacts, parseFactsJson, type Facts } from "../../../src/diagnosis";
import type { HostServices } from "../../../src/ui/services";
import { enUS, translator } from "../../../src/i18n";
import { SCENARIOS } from "../../../src/scenarios";
import { createPaneStore, NO_ORG, type OrgView } from "../../../src/taskpane/paneStore";
import { PaneRoot } from "../../../src/taskpane/PaneRoot";
import { escapeHtml } from "../../../src/ui/handoff/report";
import { fakeServices } from "../../support/paneServices";

// jsdom lacks the text codecs every browser and node have; the CLI's reader needs them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const t = translator(enUS);
// Each test renders the whole pane and clicks through it; with the whole suite on a shared 2-core machine that can
// take longer than jest's default 5 s.
jest.setTimeout(20000);

function scenario(id: string): Facts {
  const s = SCENARIOS.find((x) => x.id === id);
  const p = parseFacts(s?.facts);
  if (!p.ok) throw new Error(id);
  return p.facts;
}

const services = fakeServices;

const HELP_DESK = {
  name: "Contoso IT",
  email: "servicedesk@contoso.example",
  phone: null,
  url: null,
};

interface Init {
  facts: Facts;
  org: Partial<OrgView>;
}

function init(facts: Facts, org: Partial<OrgView> = {}): Init {
  return { facts, org };
}

/**
 * Renders the pane as a shared report (what a person with those facts saw, no Office, no checks) and waits for its
 * below-the-fold chunk (what was checked, the hand-off section).
 */
async function renderPane(i: Init, s = services()) {
  const store = createPaneStore({
    lang: "en-US",
    t,
    theme: webLightTheme,
    themeName: "light",
    localeFailed: null,
  });
  store.arrive({
    mode: "report",
    end: "not-in-office",
    facts: i.facts,
    services: s,
    email: "adele@contoso.example",
    org: { ...NO_ORG, ...i.org },
  });
  const utils = render(<PaneRoot store={store} />);
  // The first test in the file also compiles the lazy sections' modules: on a busy machine that takes over 1 s.
  await screen.findByTestId("copy-report", undefined, { timeout: 10000 });
  return { ...utils, s };
}

const card = (action: string) => document.querySelector(`[data-action="${action}"]`) as HTMLElement;
const copiedText = (s: HostServices) =>
  ((s.copyText as jest.Mock).mock.calls.at(-1) as [string])[0];

describe("the first screen: answer, why, first step, a way to IT", () => {
  test("in order: who acts, the answer, the app, why, then the guide; checks and hand-off after it", async () => {
    await renderPane(init(scenario("classic-current-needs-registration")));
    const headings = screen.getAllByRole("heading").map((h) => h.textContent);
    expect(headings.slice(0, 5)).toEqual([
      "Sign-in Assistant",
      "You can fix this",
      "Why this happens",
      "How to fix it",
      "1. Set up a way to approve sign-ins",
    ]);
    // The hand-off bar is drawn at the bottom but comes first in the page, so it is an early Tab stop.
    const order = [
      screen.getByTestId("handoff"),
      screen.getByTestId("summary"),
      document.querySelector("[data-finding]"),
      document.querySelector("[data-step]"),
      screen.getByTestId("checks-details"),
      screen.getByTestId("copy-report"),
    ];
    for (let i = 1; i < order.length; i++)
      expect(
        (order[i - 1] as Node).compareDocumentPosition(order[i] as Node) &
          Node.DOCUMENT_POSITION_FOLLOWING
      ).toBeTruthy();
  });

  test("the checks are collapsed below the guide, in the user's words", async () => {
    await renderPane(init(scenario("all-good-web-not-configured")));
    const details = screen.getByTestId("checks-details");
    expect(details.hasAttribute("open")).toBe(false);
    const names = [...document.querySelectorAll("[data-check]")].map(
      (li) => li.textContent?.split(":")[0]
    );
    expect(names).toEqual([
      "Internet",
      "Your app",
      "Your work account can sign in",
      "Your mailbox",
      "Your sign-in methods",
    ]);
    expect(screen.getByTestId("checks-live-off").textContent).toMatch(
      /hasn't turned on the live checks/
    );
  });

  test("the colour of the answer is who has to act: amber for the user, red for IT, and the same heading", async () => {
    const { unmount } = await renderPane(init(scenario("mac-outlook-keychain")));
    expect(screen.getByTestId("answer").getAttribute("data-owner")).toBe("user");
    expect(screen.getByRole("heading", { name: "You can fix this" })).toBeTruthy();
    unmount();
    await renderPane(init(scenario("blocked-by-conditional-access")));
    expect(screen.getByTestId("answer").getAttribute("data-owner")).toBe("it");
    expect(screen.getByRole("heading", { name: "Only IT can fix this" })).toBeTruthy();
  });

  test("a guess is worded as one: 'Most often…'; the why's first line gives the cause", async () => {
    await renderPane(init(scenario("mac-outlook-keychain")));
    expect(screen.getByTestId("summary").textContent).toMatch(
      /^Most often, signing out of Outlook for Mac and back in the new way stops the prompts\./
    );
    expect(document.querySelector("li[data-finding]")?.getAttribute("data-finding")).toBe(
      "cause-saved-sign-in"
    );
  });

  test("the version box is hidden when the pane runs in the app and knows its version, shown when it doesn't", async () => {
    const { unmount } = await renderPane(init(scenario("classic-current-needs-registration")));
    expect(screen.queryByTestId("problem-version")).toBeNull();
    expect(screen.getByTestId("problem-client-current").textContent).toBe(
      "Outlook for Windows (classic)"
    );
    unmount();
    const user = userEvent.setup();
    const facts = scenario("web-helping-outlook-2013");
    await renderPane(
      init({ ...facts, problemClient: { app: "outlook-windows-classic", version: null } })
    );
    // Asked at once, in people's words, with a box for what the About window says: no Change needed.
    const ask = screen.getByRole("group", { name: "Which Outlook is it?" });
    expect(
      within(ask)
        .getAllByRole("button")
        .map((b) => b.getAttribute("data-choice"))
    ).toEqual([
      "version-m365",
      "version-2024",
      "version-2021",
      "version-2019",
      "version-2016",
      "version-2013",
      "version-older",
      "version-unsure",
    ]);
    expect(within(ask).getByRole("textbox", { name: /Or type the version/ })).toBeTruthy();
    // "Not sure": the question gives way, and the app's line says the version is unknown.
    await user.click(within(ask).getByRole("button", { name: "Not sure" }));
    expect(screen.queryByTestId("version-ask")).toBeNull();
    expect(screen.getByTestId("answer").textContent).toContain(
      "Outlook for Windows (classic) · version unknown"
    );
    expect(document.activeElement).toBe(
      screen.getByRole("heading", { name: /You can fix this|Only IT/ })
    );
  });
});

describe("which app: ask first where the host is fine, then a picker that closes", () => {
  test("in Outlook on the web with nothing wrong, the pane asks instead of saying 'nothing to fix'", async () => {
    const user = userEvent.setup();
    await renderPane(init(scenario("all-good-web-not-configured")));
    const ask = screen.getByTestId("ask");
    expect(ask.getAttribute("data-action")).toBe("none");
    expect(within(ask).getByRole("heading").textContent).toBe(
      "Which app keeps asking for your password?"
    );
    expect(screen.queryByText("Nothing to fix")).toBeNull();
    const choices = within(ask)
      .getAllByRole("button")
      .map((b) => b.textContent);
    // One picker: the engine's choices, a computer first, and no dropdown that repeats the host.
    expect(choices).toEqual([
      "Outlook on another computer",
      "Outlook on a Mac",
      "This Outlook",
      "A phone or tablet",
      "Another app or device",
    ]);
    expect(within(ask).queryByRole("combobox")).toBeNull();
    // "Another app or device" opens its list in place, like the phone's.
    const other = within(ask).getByRole("button", { name: "Another app or device" });
    expect(other.getAttribute("aria-expanded")).toBe("false");
    await user.click(other);
    expect(other.getAttribute("aria-expanded")).toBe("true");
    expect(
      within(ask).getByRole("button", { name: "Thunderbird" }).getAttribute("data-choice")
    ).toBe("thunderbird");
    await user.click(within(ask).getByRole("button", { name: "A phone or tablet" }));
    await user.click(within(ask).getByRole("button", { name: "Outlook on Android" }));
    expect(screen.queryByTestId("ask")).toBeNull();
    expect(card("clear-cached-credentials")).toBeTruthy();
    expect(screen.getByTestId("summary").textContent).toMatch(/Outlook on Android/);
    // Focus lands on the answer's heading, which is read with the answer; the answer's live region stays quiet.
    const heading = screen.getByRole("heading", { name: "You can fix this" });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute("aria-describedby")).toBe(screen.getByTestId("summary").id);
    expect(screen.getByTestId("summary").getAttribute("aria-live")).toBe("off");
  });

  test("'This Outlook' gives the gentle path for Outlook on the web itself", async () => {
    const user = userEvent.setup();
    await renderPane(init(scenario("all-good-web-not-configured")));
    await user.click(screen.getByRole("button", { name: "This Outlook" }));
    const steps = [...card("clear-cached-credentials").querySelectorAll("[data-step]")].map((s) =>
      s.getAttribute("data-step")
    );
    expect(steps.slice(0, 2)).toEqual(["step.clearWeb.signOut", "step.clearWeb.closeBrowser"]);
  });

  test("the picker is a labelled list that opens with Change and closes once an app is chosen", async () => {
    const user = userEvent.setup();
    await renderPane(init(scenario("web-helping-outlook-2016-msi")));
    await user.click(screen.getByRole("button", { name: /Change/ }));
    const list = screen.getByRole("combobox", { name: "App that keeps asking" });
    expect(document.activeElement).toBe(list);
    await user.selectOptions(list, "thunderbird");
    expect(screen.queryByRole("combobox", { name: "App that keeps asking" })).toBeNull();
    expect(screen.getByTestId("problem-client-current").textContent).toBe("Thunderbird");
    expect(card("switch-to-modern-auth")).toBeTruthy();
  });

  test("typing a version changes the verdict", async () => {
    const user = userEvent.setup();
    const facts = scenario("web-helping-outlook-2013");
    await renderPane(
      init({ ...facts, problemClient: { app: "outlook-windows-classic", version: null } })
    );
    // The card asks which Outlook at once; its box takes a build number as well as words.
    await user.type(
      screen.getByRole("textbox", { name: /Or type the version/ }),
      "14.0.7268.5000{Enter}"
    );
    expect(screen.getByTestId("summary").textContent).toBe(
      "Outlook 2010 can't sign in to Microsoft 365, and no update changes that: it has to be replaced."
    );
  });
});

describe("the why", () => {
  test("every warning and error the answer doesn't state is listed with its data-finding, in user language", async () => {
    await renderPane(init(scenario("classic-current-needs-registration")));
    const why = [...document.querySelectorAll("li[data-finding]")];
    // "Don't create an app password" is an instruction: a note in the guide, not a line here.
    expect(why.map((li) => li.getAttribute("data-finding"))).toEqual(["signin-mfa-required"]);
    expect(why[0]?.textContent).toBe(
      "Your organisation now asks for a second step when you sign in, and it hasn't been completed yet."
    );
  });

  test("a sentence of the answer that states a finding carries it, and it isn't listed twice", async () => {
    await renderPane(init(scenario("m365-2510-out-of-servicing")));
    const stated = screen.getByTestId("summary").querySelector('[data-finding="client-old-build"]');
    expect(stated?.textContent).toBe(
      "This version also stopped getting updates on February 10, 2026, so install the latest updates."
    );
    expect(document.querySelectorAll('[data-finding="client-old-build"]')).toHaveLength(1);
  });

  test("the app-password myth is answered in plain text for mail apps, never as a tick box", async () => {
    await renderPane(init(scenario("thunderbird-imap")));
    const note = document.querySelector('[data-note="step.note.noAppPassword"]') as HTMLElement;
    expect(note.textContent).toBe(
      "App passwords don't work for Thunderbird with Microsoft 365: don't create one."
    );
    expect(within(note).queryByRole("checkbox")).toBeNull();
  });
});

describe("the guide", () => {
  test("current classic Outlook: sign out and in first; Credential Manager and cmdkey under Advanced (for IT)", async () => {
    await renderPane(init(scenario("m365-2510-out-of-servicing")));
    const c = card("clear-cached-credentials");
    const main = [...c.querySelectorAll(":scope > ol > [data-step]")].map((s) =>
      s.getAttribute("data-step")
    );
    expect(main).toEqual([
      "step.gentleWin.signOut",
      "step.gentleWin.signIn",
      "step.gentle.approve",
    ]);
    const advanced = within(c).getByTestId("advanced");
    expect(advanced.hasAttribute("open")).toBe(false);
    expect(within(advanced).getByText("Advanced (for IT)")).toBeTruthy();
    expect(advanced.textContent).toContain(
      'cmdkey /delete:"MicrosoftOffice16_Data:SSPI:adele@contoso.example"'
    );
    expect(within(c).getByTestId("progress").textContent).toBe("0 of 3 done");
  });

  test("progress counts the required steps only, so the main path reaches done", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(init(scenario("mac-outlook-keychain")));
    const c = card("clear-cached-credentials");
    const required = [...c.querySelectorAll(":scope > ol > [data-step] input")] as HTMLElement[];
    expect(required).toHaveLength(3);
    for (const box of required) await user.click(box);
    expect(within(c).getByTestId("progress").textContent).toMatch(/^All steps done/);
    // Saved by step index in the plan: the three steps to do are ticked, the notes between them are not.
    const [key, saved] = (s.progress.save as jest.Mock).mock.calls.at(-1) as [string, boolean[]];
    expect(key).toBe("clear-cached-credentials|outlook-mac");
    expect(saved.filter(Boolean)).toHaveLength(3);
  });

  test("Clear ticks clears them, and saved ticks come back when the pane opens again", async () => {
    const user = userEvent.setup();
    const s = services();
    s.saved.set("clear-cached-credentials|outlook-mac", [true, true]);
    await renderPane(init(scenario("mac-outlook-keychain")), s);
    expect(within(card("clear-cached-credentials")).getByTestId("progress").textContent).toBe(
      "2 of 3 done"
    );
    await user.click(screen.getByRole("button", { name: "Clear ticks" }));
    expect(s.progress.clearAll).toHaveBeenCalled();
    expect(within(card("clear-cached-credentials")).getByTestId("progress").textContent).toBe(
      "0 of 3 done"
    );
  });

  test("statements are text with an info mark, never tick boxes", async () => {
    await renderPane(init(scenario("printer-smtp-per-user-mfa")));
    const c = card("use-app-password");
    const notes = [...c.querySelectorAll("[data-note]")].map((n) => n.getAttribute("data-note"));
    // Where to do it (the pane runs in new Outlook, not on the device), then why and the deadline, said once.
    expect(notes).toEqual(["step.note.elsewhere", "step.appPw.why", "step.appPw.deadline"]);
    for (const n of c.querySelectorAll("[data-note]"))
      expect(within(n as HTMLElement).queryByRole("checkbox")).toBeNull();
    expect(c.textContent).toContain("don't work for Outlook");
    expect(c.textContent).toContain("December 31, 2026 (38 days left)");
    expect(c.textContent).toContain("allowed for the mailbox the device sends from");
  });

  test("Keychain items are names to search for: never a literal <GUID>; Keychain Access through Spotlight", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(init(scenario("mac-outlook-keychain")));
    const c = card("clear-cached-credentials");
    expect(c.textContent).not.toContain("<GUID>");
    expect(c.textContent).toContain("Command-Space");
    await user.click(
      within(c).getByRole("button", { name: "Copy: MicrosoftOffice15_2_Data:ADAL", hidden: true })
    );
    expect(s.copyText).toHaveBeenCalledWith("MicrosoftOffice15_2_Data:ADAL");
  });

  test("every copy button says Copied for two seconds, then Copy again", async () => {
    jest.useFakeTimers();
    try {
      await renderPane(init(scenario("thunderbird-imap")));
      const button = screen.getByRole("button", { name: "Copy: outlook.office365.com" });
      await act(async () => {
        fireEvent.click(button);
      });
      expect(button.textContent).toBe("Copied");
      await act(async () => {
        jest.advanceTimersByTime(2100);
      });
      expect(button.textContent).toBe("Copy");
    } finally {
      jest.useRealTimers();
    }
  });

  test("code wraps only at separators: a <wbr> after / \\ : . @ and nowhere inside a name", async () => {
    await renderPane(init(scenario("thunderbird-imap")));
    const pre = screen.getByText(
      (_, el) => el?.tagName === "PRE" && el.textContent === "smtp.office365.com"
    );
    expect(pre.innerHTML).toBe("smtp.<wbr>office365.<wbr>com");
  });

  test("links are real links in the brand colour that the host opens; the pane never navigates", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(init(scenario("classic-current-needs-registration")));
    const link = screen.getAllByRole("link", { name: /Security info/ })[0] as HTMLAnchorElement;
    expect(link.getAttribute("href")).toBe("https://mysignins.microsoft.com/security-info");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link.className).toMatch(/fui-Link/);
    await user.click(link);
    expect(s.openLink).toHaveBeenCalledWith("https://mysignins.microsoft.com/security-info");
  });

  test("the Outlook 2013 registry keys come as text and as a .reg download, after the advice to replace it", async () => {
    await renderPane(init(scenario("web-helping-outlook-2013")));
    const c = card("enable-modern-auth-registry");
    const steps = [...c.querySelectorAll("[data-step]")].map((li) => li.textContent ?? "");
    expect(steps[0]).toMatch(/Best: replace Outlook 2013/);
    expect(within(c).getByRole("button", { name: "Download .reg file" })).toBeTruthy();
    expect(c.textContent).toContain(
      'reg add "HKCU\\Software\\Microsoft\\Office\\15.0\\Common\\Identity" /v EnableADAL /t REG_DWORD /d 1 /f'
    );
  });
});

describe("only IT can fix it", () => {
  test("the card says why in the user's words, points to the one hand-off button, and keeps IT's notes collapsed", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(
      init(scenario("blocked-by-conditional-access"), { helpDesk: HELP_DESK })
    );
    const c = card("contact-admin");
    expect(c.textContent).toContain(
      "Your organisation's security rules blocked this assistant's sign-in check from this device or location."
    );
    const forIt = within(c).getByTestId("for-it");
    const shown = (c.textContent ?? "").replace(forIt.textContent ?? "", "");
    expect(shown).not.toMatch(/Tell IT:|Send to IT below|AADSTS/);
    expect(forIt.hasAttribute("open")).toBe(false);
    expect(forIt.textContent).toContain("AADSTS53003 (BlockedByConditionalAccess)");
    // One way to IT on the screen: the card points to the sticky bar's button instead of repeating it.
    expect(within(c).queryByRole("button", { name: "Send to IT" })).toBeNull();
    expect(shown).toContain("the button at the bottom of the pane");
    // Only IT can act: the bar is the main control, and it asks what the prompt looks like before sending.
    expect(screen.getByTestId("handoff").getAttribute("data-appearance")).toBe("primary");
    await user.click(screen.getByTestId("handoff"));
    expect(s.newMessage).not.toHaveBeenCalled();
    const sheet = await screen.findByTestId("handoff-sheet", undefined, { timeout: 10000 });
    expect(
      within(sheet).getByRole("group", { name: /What does the password prompt look like/ })
    ).toBeTruthy();
    await user.click(within(sheet).getByTestId("send-to-it"));
    expect(s.newMessage).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("handoff-status").textContent).toMatch(/new message to IT is open/);
  });

  test("no clear-cache card where the cause is a policy, the network or an expired password", async () => {
    for (const id of ["blocked-by-conditional-access", "offline", "password-expired"]) {
      const { unmount } = await renderPane(init(scenario(id)));
      expect([id, card("clear-cached-credentials")]).toEqual([id, null]);
      unmount();
    }
  });
});

describe("the report for the help desk", () => {
  test("Copy report: the answer, the ticked steps, the prompt's look, the user's note, then the facts JSON", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(init(scenario("mac-outlook-keychain")));
    const c = card("clear-cached-credentials");
    await user.click(within(c).getAllByRole("checkbox")[0] as HTMLElement);
    await user.click(screen.getByTestId("handoff"));
    const sheet = await screen.findByTestId("handoff-sheet", undefined, { timeout: 10000 });
    await user.click(within(sheet).getByRole("radio", { name: "The Microsoft sign-in window" }));
    await user.type(
      within(sheet).getByRole("textbox", { name: /Anything else IT should know/ }),
      "Since Monday"
    );
    await user.click(within(sheet).getByRole("button", { name: "Copy report for IT" }));
    const text = copiedText(s);
    expect(text.split("\n")[0]).toBe(
      "Password prompts – Outlook for Mac 16.102 – clear-cached-credentials"
    );
    expect(text).toContain("The prompt looks like: the Microsoft sign-in window");
    expect(text).toContain('In the user\'s words: "Since Monday"');
    expect(text).toContain("  clear-cached-credentials: 1 of 3");
    expect(text.indexOf("Facts report (JSON):")).toBeGreaterThan(text.indexOf("Findings:"));
    const json = JSON.parse(text.slice(text.indexOf("{", text.indexOf("Facts report (JSON):"))));
    expect(json.userReport).toEqual({
      ticked: { "clear-cached-credentials": ["step.gentleMac.signOut"] },
      prompt: "microsoft-window",
      note: "Since Monday",
    });
    expect(text).not.toMatch(/adele@contoso|Bearer|eyJ/);
    expect(screen.getByTestId("copy-report").textContent).toBe("Copied");
  });

  test("the copied report is exactly what `diagnose --text` prints for its own facts", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(init(scenario("graph-timeout")));
    await user.click(screen.getByRole("button", { name: "Copy report" }));
    const text = copiedText(s);
    const parsed = parseFactsJson(
      text.slice(text.indexOf("{", text.indexOf("Facts report (JSON):")))
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const { diagnoseCommand } = await import("../../../src/cli/commands");
    const cli = diagnoseCommand(
      { kind: "ok", bytes: new Uint8Array(Buffer.from(JSON.stringify(parsed.facts))) },
      "report.json",
      { text: true, now: new Date() }
    );
    expect(cli.stdout).toBe(`${text}\n`);
  });

  test("Send to IT: the subject names the app and the first fix; every interpolated value is escaped", async () => {
    const user = userEvent.setup();
    const facts = scenario("web-helping-outlook-2013");
    const hostile = {
      ...facts,
      problemClient: {
        app: "outlook-windows-classic" as const,
        version: '15.0.5589.1000 <img src=x onerror="alert(1)">',
      },
    };
    const { s } = await renderPane(init(hostile, { helpDesk: HELP_DESK }));
    await user.click(screen.getByTestId("handoff"));
    const sheet = await screen.findByTestId("handoff-sheet", undefined, { timeout: 10000 });
    await user.type(within(sheet).getByRole("textbox", { name: /Anything else/ }), "<b>bold</b>");
    await user.click(within(sheet).getByTestId("send-to-it"));
    const msg = (s.newMessage as jest.Mock).mock.calls[0][0];
    expect(msg.to).toEqual(["servicedesk@contoso.example"]);
    expect(msg.subject).toBe("Password prompts – Outlook 2013 – update-client");
    expect(msg.htmlBody).not.toContain("<img");
    expect(msg.htmlBody).not.toContain("<b>bold");
    expect(msg.htmlBody).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(msg.htmlBody).toContain(
      escapeHtml(JSON.stringify('<img src=x onerror="alert(1)">').slice(1, -1))
    );
  });

  test("without a help-desk address the hand-off control copies the report, and the pane says how to pass it on", async () => {
    const user = userEvent.setup();
    const { s } = await renderPane(init(scenario("offline")));
    expect(screen.queryByRole("button", { name: "Send to IT" })).toBeNull();
    expect(screen.getByTestId("no-helpdesk").textContent).toMatch(/Copy the report/);
    // The person can fix this: the bar is the quieter way to IT.
    const handoff = screen.getByTestId("handoff");
    expect(handoff.textContent).toBe("Ask IT instead");
    expect(handoff.getAttribute("data-appearance")).toBe("secondary");
    await user.click(handoff);
    const sheet = await screen.findByTestId("handoff-sheet", undefined, { timeout: 10000 });
    expect(within(sheet).queryByRole("button", { name: "Send to IT" })).toBeNull();
    await user.click(within(sheet).getByRole("button", { name: "Copy report for IT" }));
    expect(s.copyText).toHaveBeenCalled();
    expect(screen.getByTestId("handoff-status").textContent).toMatch(/Report copied/);
  });

  test("when the clipboard refuses, the report is shown to copy by hand", async () => {
    const user = userEvent.setup();
    const s = services();
    (s.copyText as jest.Mock).mockResolvedValue(false);
    await renderPane(init(scenario("offline")), s);
    await user.click(screen.getByTestId("copy-report"));
    expect((screen.getByTestId("report-fallback") as HTMLTextAreaElement).value).toContain(
      "Facts report (JSON):"
    );
  });
});

describe("checks", () => {
  test("results are announced through an aria-live region; a timeout is 'couldn't check', not a failure", async () => {
    await renderPane(init(scenario("graph-timeout")));
    const live = screen.getByTestId("checks-live");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toContain("Your mailbox: Couldn't check");
    const row = document.querySelector('[data-check="mailbox"]') as HTMLElement;
    expect(row.getAttribute("data-status")).toBe("notChecked");
    expect(row.textContent).toContain("Microsoft 365 didn't answer in time.");
  });

  test("no codes or HTTP statuses in the pane's checks", async () => {
    await renderPane(init(scenario("blocked-by-conditional-access")));
    const checks = screen.getByTestId("checks");
    expect(checks.textContent).not.toMatch(/AADSTS|HTTP \d|\d{3}\b/);
    expect(
      (document.querySelector('[data-check="token"]') as HTMLElement).getAttribute("data-status")
    ).toBe("problem");
  });

  test("a row that checks something other than the app says so instead of showing green", async () => {
    await renderPane(init(scenario("thunderbird-imap")));
    const network = document.querySelector('[data-check="network"]') as HTMLElement;
    expect(network.getAttribute("data-status")).toBe("notApplicable");
    expect(network.textContent).toMatch(/can't check the device where the app that asks runs/);
    const app = document.querySelector('[data-check="client"]') as HTMLElement;
    expect(app.getAttribute("data-status")).toBe("notChecked");
  });

  test("Run the checks again is offered only inside Office", async () => {
    await renderPane(init(scenario("offline")));
    expect(screen.queryByRole("button", { name: "Run the checks again" })).toBeNull();
    await act(async () => undefined);
  });
});

test("config warnings are shown to the admin; a link off the allowed domains is shown as text only", async () => {
  await renderPane(
    init(scenario("offline"), {
      configWarnings: ["mfaMode: must be one of …"],
      extraLinks: [{ label: "Evil", url: "https://evil.example/" }],
      helpDesk: { name: "IT", email: null, phone: null, url: null },
    })
  );
  expect(screen.getByTestId("config-warning").textContent).toContain("mfaMode");
  expect(screen.queryByRole("link", { name: "Evil" })).toBeNull();
  expect(screen.getByText("Evil")).toBeTruthy();
});
