// The pane inside Outlook on the web with Microsoft's real office.js: a parent page at https://outlook.office.com
// (a Playwright route) frames the pane the way Outlook on the web does and answers office.js's host protocol over
// postMessage (test/e2e/fixtures/owaHost.js says how). office.js and its host file outlook-web-16.01.js come from
// @microsoft/office-js, as the CDN serves them; MicrosoftAjax.js is the stand-in the other suites use.
//
//   const probe = await openInRealOutlook(browser, server, { profile: "web", theme: "dark" });
//   await probe.open();
//   const pane = probe.pane();          // the pane's Frame: locators, evaluate, waitForSelector
//   await probe.newMessages();          // what displayNewMessageForm(Async) handed the host
//
// Only the profiles whose Outlook speaks this protocol: Outlook on the web, and new Outlook for Windows (Outlook on
// the web inside WebView2; office.js there loads the same outlook-web-16.01.js). The values are the stand-in's own
// (HOST_PROFILES), so the same facts can be compared through both.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { routeEntra, type EntraLog, type EntraOptions } from "../e2e/fixtures/fakeEntra";
import { openProbe, type PageProbe } from "./browser";
import {
  CONFIG,
  HOST_PROFILES,
  METHODS,
  MICROSOFT_AJAX,
  type GraphHandler,
  type HostProfile,
} from "./officeHost";
import type { StaticServer } from "./staticServer";

const OWA_HOST_SCRIPT = readFileSync(join(__dirname, "../e2e/fixtures/owaHost.js"), "utf8");
const MICROSOFT_AJAX_STAND_IN = readFileSync(
  join(__dirname, "../e2e/fixtures/microsoftAjaxStandIn.js"),
  "utf8"
);

/** Outlook on the web's own origin: office.js trusts a host page only on Outlook's domains, over https. */
export const OWA_ORIGIN = "https://outlook.office.com";
const HOST_PAGE = `${OWA_ORIGIN}/mail/`;
/**
 * Where the pane is served from, as an admin deploys it: a public https origin. Chromium refuses a public page's
 * frame that points at a loopback address (Local Network Access), so the test server's files are answered here
 * through a route rather than framed from 127.0.0.1.
 */
export const PANE_ORIGIN = "https://addins.contoso.com";

export type RealHostProfileName = "web" | "new-outlook";

export interface RealHostOptions {
  profile?: RealHostProfileName;
  theme?: "light" | "dark";
  displayLanguage?: string;
  /** Roaming settings the mailbox already holds (plain values; the host serializes them as Outlook does). */
  settings?: Record<string, unknown>;
  /** config.json body; null = 404. */
  config?: unknown | null;
  graph?: GraphHandler;
  /** The pane's frame size; default 320 x 600, the task pane. */
  frame?: { width: number; height: number };
  /** How long the host takes to answer each request (default 30 ms). */
  latencyMs?: number;
  /** Requirement sets as the host reports them (default the profile's). */
  sets?: Record<string, string | null>;
  /**
   * Answers login.microsoftonline.com (test/e2e/fixtures/fakeEntra.ts), for Sign in through the Office dialog:
   * office.js opens dialog.html as a window of its own, and that page's office.js messages the pane's.
   */
  entra?: EntraOptions;
}

export interface HostCall {
  action: string;
  dispatchId: number | null;
}

export interface RealHostProbe extends PageProbe {
  host: HostProfile & { profile: RealHostProfileName };
  open(): Promise<void>;
  /** The pane's frame (after open()). */
  pane(): Frame;
  hostCalls(): Promise<HostCall[]>;
  /** Requests the host had no answer for (it answers them with an error, as for an unknown method). */
  unanswered(): Promise<HostCall[]>;
  newMessages(): Promise<Record<string, unknown>[]>;
  savedSettings(): Promise<Record<string, unknown>[]>;
  graphCalls: string[];
  /** Authorization headers of the Graph calls, in order. */
  graphTokens: string[];
  entra: EntraLog | null;
}

/** The `_host_Info` Outlook on the web puts in the pane's address: office.js picks outlook-web-16.01.js from it. */
export function webHostInfo(language = "en-US"): string {
  return `Outlook$Web$16.01$${language}$$$$0`;
}

export async function openInRealOutlook(
  browser: Browser,
  server: StaticServer,
  opts: RealHostOptions = {}
): Promise<RealHostProbe> {
  const name = opts.profile ?? "web";
  const host = { ...HOST_PROFILES[name], profile: name };
  const frameSize = opts.frame ?? { width: 320, height: 600 };
  const language = opts.displayLanguage ?? "en-US";
  const probe = await openProbe(browser, {
    colorScheme: opts.theme ?? "light",
    viewport: { width: frameSize.width + 40, height: frameSize.height + 40 },
  });
  const serializedSettings = Object.fromEntries(
    Object.entries(opts.settings ?? {}).map(([k, v]) => [k, JSON.stringify(v)])
  );
  const sets = Object.fromEntries(
    Object.entries(opts.sets ?? host.sets).filter(([, v]) => v !== null)
  );
  const hostInfo = webHostInfo(language);
  const owaHost = {
    paneUrl: `${PANE_ORIGIN}/taskpane.html?_host_Info=${encodeURIComponent(hostInfo)}`,
    hostInfo,
    displayLanguage: language,
    settings: serializedSettings,
    sets,
    hostVersion: host.hostVersion,
    owaView: host.owaView,
    accountType: host.accountType,
    width: frameSize.width,
    height: frameSize.height,
    latencyMs: opts.latencyMs ?? 30,
  };
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outlook</title></head>` +
    `<body style="margin:20px"><script>window.__owaHost = ${JSON.stringify(owaHost)};</script>` +
    `<script src="/owaHost.js"></script></body></html>`;
  await probe.context.route(`${OWA_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/owaHost.js")
      return route.fulfill({ status: 200, contentType: "text/javascript", body: OWA_HOST_SCRIPT });
    if (path === "/mail/")
      return route.fulfill({ status: 200, contentType: "text/html", body: html });
    return route.fulfill({ status: 404, body: "" });
  });
  await probe.context.route(`${PANE_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({
      url: `${server.url}${url.pathname.slice(1)}${url.search}`,
    });
    return route.fulfill({ response });
  });
  await probe.context.route(MICROSOFT_AJAX, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: MICROSOFT_AJAX_STAND_IN })
  );
  const graphCalls: string[] = [];
  const graphTokens: string[] = [];
  await probe.context.route("https://graph.microsoft.com/**", async (route) => {
    const path = new URL(route.request().url()).pathname.replace("/v1.0", "");
    graphCalls.push(path);
    graphTokens.push(route.request().headers()["authorization"] ?? "");
    if (opts.graph) return opts.graph(route, path);
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify(path.includes("mailFolders") ? { id: "inbox" } : METHODS),
    });
  });
  server.overrides.set("/config.json", (_req, res) => {
    if (opts.config === null) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(opts.config ?? CONFIG));
  });
  // Copy report's text lands in the pane's window.__copied instead of the system clipboard (every frame gets this).
  await probe.context.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => void w.__copied.push(text) },
    });
  });
  const fromHost = <T>(key: string) =>
    probe.page.evaluate((k) => (window as unknown as Record<string, T>)[k] as T, key);
  return {
    ...probe,
    host,
    graphCalls,
    graphTokens,
    entra: opts.entra ? await routeEntra(probe.context, opts.entra) : null,
    open: async () => {
      await probe.page.goto(HOST_PAGE);
    },
    pane: () => {
      const frame = probe.page.frames().find((f) => f.url().includes("/taskpane.html"));
      if (!frame)
        throw new Error("openInRealOutlook: the pane's frame isn't there (call open() first)");
      return frame;
    },
    hostCalls: () => fromHost<HostCall[]>("__hostCalls"),
    unanswered: () => fromHost<HostCall[]>("__unanswered"),
    newMessages: () => fromHost<Record<string, unknown>[]>("__newMessages"),
    savedSettings: () => fromHost<Record<string, unknown>[]>("__savedSettings"),
  };
}
