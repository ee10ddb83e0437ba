/**
 * @jest-environment jsdom
 */
// The way from the question to the fix, in the pane: one picker, versions in people's words, steps that close the
// pane and the ways to keep them, where the person left off, and ways to IT that don't need the broken app.
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { TextDecoder, TextEncoder } from "node:util";
import { parseFacts, parseFactsJson, type Facts } from "../../../src/diagnosis";
import { enUS, translator } from "../../../src/i18n";
import { SCENARIOS } from "../../../src/scenarios";
import { createPaneStore, NO_ORG } from "../../../src/taskpane/paneStore";
import { PaneRoot } from "../../../src/taskpane/PaneRoot";
import { decodeBase64Url } from "../../../src/taskpane/fragment";
import type { HelpDesk } from "../../../src/ui/types";
import { keepStepsUrl, ownPageLink, qrPath } from "../../../src/ui/guide/keepLink";
import { telHref } from "../../../src/ui/handoff/ContactLinks";
import { fakeServices } from "../../support/paneServices";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const t = translator(enUS);

function scenario(id: string): Facts {
  const p = parseFacts(SCENARIOS.find((x) => x.id === id)?.facts);
  if (!p.ok) throw new Error(id);
  return p.facts;
}

/** A situation as Outlook on an iPhone reports it: the pane runs in a phone app that works. */
function onIphone(facts: Facts): Facts {
  return {
    ...facts,
    host: {
      ...facts.host,
      hostName: "OutlookIOS",
      platform: "iOS",
      hostVersion: "4.2645.0",
      officeVersion: "4.2645.0",
      mailboxRequirementSet: "1.5",
    },
    problemClient: { app: null, version: null },
  };
}

const services = fakeServices;

const DESK = {
  name: "Contoso IT",
  email: "servicedesk@contoso.example",
  phone: "+49 (89) 1234-5678",
  url: "https://servicedesk.contoso.example/",
};

/** How the pane starts for a test: inside Outlook or as a shared report, with or without a help desk. */
interface Init {
  mode: "office" | "report";
  facts: Facts;
  helpDesk: HelpDesk | null;
  /** The help desk's own host, where links to it may open. */
  extraLinkDomains: string[];
}

function init(facts: Facts, over: Partial<Init> = {}): Init {
  return { mode: "report", facts, helpDesk: null, extraLinkDomains: [], ...over };
}

async function renderPane(i: Init, s = services()) {
  const store = createPaneStore({
    lang: "en-US",
    t,
    theme: webLightTheme,
    themeName: "light",
    localeFailed: null,
  });
  store.arrive({
    mode: i.mode,
    end: i.mode === "office" ? "outlook" : "not-in-office",
    facts: i.facts,
    services: s,
    email: "adele@contoso.example",
    org: { ...NO_ORG, helpDesk: i.helpDesk, extraLinkDomains: i.extraLinkDomains },
  });
  const utils = render(<PaneRoot store={store} />);
  await screen.findByTestId("copy-report", undefined, { timeout: 15000 });
  return { ...utils, s };
}

jest.setTimeout(30000);

describe("on a phone, the pane asks first", () => {
  test("a computer comes first, and Delete Account appears only once the phone's own app is chosen", async () => {
    const user = userEvent.setup();
    await renderPane(init(onIphone(scenario("all-good-web-not-configured")), { mode: "office" }));
    const ask = screen.getByTestId("ask");
    const ids = [...ask.querySelectorAll(":scope > ul > li > button")].map((b) =>
      b.getAttribute("data-choice")
    );
    expect(ids[0]).toBe("other-computer");
    expect(document.querySelectorAll('[data-step="step.clearPhone.remove"]')).toHaveLength(0);
    await user.click(within(ask).getByRole("button", { name: "A phone or tablet" }));
    await user.click(within(ask).getByRole("button", { name: "Outlook on iPhone or iPad" }));
    const remove = document.querySelector('[data-step="step.clearPhone.remove"]');
    expect(remove).not.toBeNull();
    // The step removes the account from the app the pane runs in: marked, and the ways to keep the steps before it.
    expect(remove?.hasAttribute("data-closes-host")).toBe(true);
    const keep = screen.getByTestId("keep-box");
    expect(
      keep.compareDocumentPosition(remove as Node) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
    expect(within(keep).getByTestId("keep-steps")).toBeTruthy();
  });
});

describe("which Outlook, in people's words", () => {
  test("a year chosen gives that version's verdict, and focus moves to the answer", async () => {
    const user = userEvent.setup();
    const facts = scenario("web-helping-outlook-2016-msi");
    await renderPane(
      init({ ...facts, problemClient: { app: "outlook-windows-classic", version: null } })
    );
    const before = screen.getByTestId("summary").textContent;
    await user.click(screen.getByRole("button", { name: "2010 or older" }));
    expect(screen.queryByTestId("version-ask")).toBeNull();
    expect(screen.getByTestId("summary").textContent).not.toBe(before);
    expect(document.querySelector('[data-action="update-client"]')).not.toBeNull();
    expect(document.activeElement).toBe(document.getElementById("answer-heading"));
  });

  test("words it can't read: the engine says so under the box, once", async () => {
    const user = userEvent.setup();
    const facts = scenario("web-helping-outlook-2016-msi");
    await renderPane(
      init({ ...facts, problemClient: { app: "outlook-windows-classic", version: null } })
    );
    await user.type(screen.getByRole("textbox", { name: /Or type the version/ }), "banana{Enter}");
    const said = document.querySelectorAll('[data-finding="client-version-not-understood"]');
    expect(said).toHaveLength(1);
    expect(screen.getByTestId("version-ask").contains(said[0] as Node)).toBe(true);
    expect(
      screen.getByRole("textbox", { name: /Or type the version/ }).getAttribute("aria-invalid")
    ).toBe("true");
  });
});

describe("keeping the steps when a step closes the pane", () => {
  test("the link carries the facts and the ticks in its fragment, on this page's own address", async () => {
    const user = userEvent.setup();
    const facts = scenario("mac-outlook-keychain");
    await renderPane(init(facts));
    const card = document.querySelector('[data-action="clear-cached-credentials"]') as HTMLElement;
    await user.click(within(card).getAllByRole("checkbox")[1] as HTMLElement);
    const link = screen.getByTestId("keep-steps") as HTMLAnchorElement;
    const url = new URL(link.href);
    expect(url.origin + url.pathname).toBe(window.location.origin + window.location.pathname);
    expect(url.search).toBe("");
    const kept = parseFactsJson(decodeBase64Url(url.hash.replace(/^#facts=/, "")));
    if (!kept.ok) throw new Error(kept.message);
    expect(kept.facts.problemClient).toEqual(facts.problemClient);
    expect(kept.facts.userReport?.ticked).toEqual({
      "clear-cached-credentials": ["step.gentleMac.signIn"],
    });
    expect(kept.facts.userReport?.note).toBeNull();
    // The same address as a QR code, drawn locally as SVG.
    const qr = screen.getByTestId("keep-qr-code");
    expect(qr.getAttribute("role")).toBe("img");
    expect(qr.querySelector("path")?.getAttribute("d")).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  test("Print prints the page", async () => {
    const user = userEvent.setup();
    const print = jest.fn();
    window.print = print;
    await renderPane(init(scenario("mac-outlook-keychain")));
    await user.click(screen.getByTestId("print-steps"));
    expect(print).toHaveBeenCalledTimes(1);
  });

  test("opened from a kept link, the ticks come back and the pane says where the person was", async () => {
    const user = userEvent.setup();
    const facts: Facts = {
      ...scenario("mac-outlook-keychain"),
      userReport: {
        ticked: { "clear-cached-credentials": ["step.gentleMac.signOut"] },
        prompt: null,
        note: null,
      },
    };
    await renderPane(init(facts));
    const resume = screen.getByTestId("resume");
    expect(resume.textContent).toContain("Welcome back: 1 step done.");
    expect(resume.textContent).toContain("Next: Open Outlook again and sign in");
    // Outside Office there are no checks to run again.
    expect(within(resume).queryByTestId("resume-check")).toBeNull();
    const boxes = document.querySelectorAll<HTMLInputElement>(
      '[data-action="clear-cached-credentials"] [data-step] input'
    );
    expect(boxes[0]?.checked).toBe(true);
    await user.click(within(resume).getByTestId("resume-next"));
    expect(document.activeElement).toBe(boxes[1]);
  });

  test("inside Outlook, after a restart, the saved ticks bring the offer to check that the fix worked", async () => {
    const s = services();
    s.saved.set("clear-cached-credentials|outlook-windows-classic", [true, true]);
    const run = await renderPane(
      init(scenario("classic-current-needs-registration"), { mode: "office" }),
      s
    );
    expect(within(screen.getByTestId("resume")).getByTestId("resume-check")).toBeTruthy();
    run.unmount();
  });

  test("no steps that close the pane, no keep box (Outlook on the web helping a desktop)", async () => {
    await renderPane(init(scenario("web-helping-outlook-2016-msi")));
    expect(document.querySelectorAll("[data-closes-host]")).toHaveLength(0);
    expect(screen.queryByTestId("keep-steps")).toBeNull();
  });
});

describe("ways to IT that don't depend on the broken app", () => {
  test("where the pane runs in the app that prompts, the first card has tappable phone, website and e-mail", async () => {
    await renderPane(
      init(scenario("classic-current-needs-registration"), {
        mode: "office",
        helpDesk: DESK,
        extraLinkDomains: ["servicedesk.contoso.example"],
      })
    );
    // The first card (the first action) carries them, under its steps.
    const first = within(document.querySelector("[data-action]") as HTMLElement).getByTestId(
      "first-contact"
    );
    const hrefs = [...first.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "tel:+498912345678",
      "https://servicedesk.contoso.example/",
      "mailto:servicedesk@contoso.example",
    ]);
  });

  test("where another app prompts and the person can fix it, the first card stays short", async () => {
    await renderPane(init(scenario("web-helping-outlook-2016-msi"), { helpDesk: DESK }));
    expect(screen.queryByTestId("first-contact")).toBeNull();
  });

  test("Send to IT says it leaves only if this Outlook can send, with the other ways; no second Send button", async () => {
    const user = userEvent.setup();
    await renderPane(
      init(scenario("blocked-by-conditional-access"), {
        mode: "office",
        helpDesk: DESK,
        extraLinkDomains: ["servicedesk.contoso.example"],
      })
    );
    expect(screen.queryAllByRole("button", { name: "Send to IT" })).toHaveLength(1);
    await user.click(screen.getByTestId("handoff"));
    const sheet = await screen.findByTestId("handoff-sheet", undefined, { timeout: 10000 });
    const caveat = within(sheet).getByTestId("send-caveat");
    expect(caveat.textContent).toContain("The message leaves only if this Outlook can send mail");
    expect(caveat.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(within(sheet).getAllByRole("button", { name: "Send to IT" })).toHaveLength(1);
  });
});

describe("helpers", () => {
  test("tel: keeps the digits and a leading +", () => {
    expect(telHref("+49 (89) 1234-5678")).toBe("tel:+498912345678");
    expect(telHref("0800 123 456")).toBe("tel:0800123456");
    expect(telHref("ext")).toBeNull();
  });

  test("the kept link is shown only for this page's own address over https or on a loopback host", () => {
    expect(ownPageLink("https://a.example/taskpane.html#x", { origin: "https://a.example" })).toBe(
      true
    );
    expect(ownPageLink("https://b.example/taskpane.html", { origin: "https://a.example" })).toBe(
      false
    );
    expect(ownPageLink("http://a.example/taskpane.html", { origin: "http://a.example" })).toBe(
      false
    );
    expect(ownPageLink("http://127.0.0.1:3000/t.html", { origin: "http://127.0.0.1:3000" })).toBe(
      true
    );
  });

  test("the kept address drops Outlook's query and the report's note and errors", () => {
    const facts: Facts = {
      ...scenario("offline"),
      errors: [{ at: null, area: "host", code: "x", detail: null, count: 1 }],
      userReport: { ticked: {}, prompt: "other", note: "my words" },
    };
    const url = keepStepsUrl(
      facts,
      {},
      {
        origin: "https://addin.contoso.example",
        pathname: "/taskpane.html",
      }
    );
    expect(url.startsWith("https://addin.contoso.example/taskpane.html#facts=")).toBe(true);
    const json = decodeBase64Url(url.split("#facts=")[1] as string);
    expect(json).not.toContain("my words");
    expect(JSON.parse(json).errors).toBeUndefined();
  });

  test("a QR code has a quiet zone and grows with the text; too long a text gives none", () => {
    const short = qrPath("https://a.b/");
    const long = qrPath(`https://a.example/#facts=${"A".repeat(1200)}`);
    expect(short && long && long.size > short.size).toBe(true);
    expect(short?.size).toBe(21 + 8);
    expect(qrPath("x".repeat(4000))).toBeNull();
  });
});
