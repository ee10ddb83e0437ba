// Browser tests inside an emulated Outlook: test/e2e/fixtures/fakeOffice.js is served in place of office.js, with
// config.json and Microsoft Graph answered by the test.
//
//   const probe = await openInHost(suite.browser(), suite.server(), {
//     profile: "web",            // classic (default) | new-outlook | web | mac | ios | android
//     handshakeMs: 400,          // Office.onReady resolves after Outlook's host handshake
//     config: CONFIG,            // config.json body; null = 404; configStatus/configBody for raw answers
//     configDelayMs: 300,        // config.json answers late; configHang: true = never
//     graph: (route, path) => …, // Microsoft Graph; default: every call succeeds
//     overrides: { hostVersion: "16.0.17932.20328", sets: { Mailbox: "1.14" } },
//     throwing: ["openBrowserWindow"], bridge: "absent", theme: "dark", displayLanguage: "de-DE",
//     silentError / popupError / tokenError: { status, code, description },  // NAA bridge errors, as MSAL gets them
//     dialog: { message } | { event: 12002, afterMs } | { fail: 12004 } | "web",  // "web": the real dialog.html
//     entra: {},                 // answers login.microsoftonline.com (test/e2e/fixtures/fakeEntra.ts)
//   });
//   await probe.open();           // taskpane.html on the server (or baseUrl)
//
// Phone profiles open at 390 x 844 with touch; the others at the task pane's 320 px. probe.host is the resolved
// profile, so a test can compare what the pane reports with what the host said.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { routeEntra, type EntraLog, type EntraOptions } from "../e2e/fixtures/fakeEntra";
import { answerOfficeCdn, openProbe, type PageProbe } from "./browser";
import type { StaticServer } from "./staticServer";

const FAKE_OFFICE_FILE = join(__dirname, "../e2e/fixtures/fakeOffice.js");
const FAKE_OFFICE = readFileSync(FAKE_OFFICE_FILE, "utf8");
/** office.js's host files load MicrosoftAjax.js from this address (the package doesn't ship it). */
export const MICROSOFT_AJAX = "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js";
const MICROSOFT_AJAX_STAND_IN = readFileSync(
  join(__dirname, "../e2e/fixtures/microsoftAjaxStandIn.js"),
  "utf8"
);

export type HostProfileName = "classic" | "new-outlook" | "web" | "mac" | "ios" | "android";

export interface HostProfile {
  label: string;
  hostName: string;
  platform: string;
  hostVersion: string;
  officeVersion: string;
  sets: Record<string, string | null>;
  accountType: string | null;
  ewsTokenStatus: string | null;
  owaView: string | null;
  mobile: boolean;
}

const fixture = require(FAKE_OFFICE_FILE) as {
  PROFILES: Record<HostProfileName, HostProfile>;
  resolveHost(cfg: unknown): HostProfile & { profile: HostProfileName };
};

/** Every client the add-in runs in, as the fake host emulates it. */
export const HOST_PROFILES = fixture.PROFILES;
export const PROFILE_NAMES = Object.keys(HOST_PROFILES) as HostProfileName[];

export type ThrowingApi =
  | "displayLanguage"
  | "diagnostics"
  | "mailboxDiagnostics"
  | "userProfile"
  | "isSetSupported"
  | "roamingSettings"
  | "openBrowserWindow"
  | "displayNewMessageForm"
  | "displayNewMessageFormAsync"
  | "displayDialogAsync"
  | "getTokenStatusAsync"
  | "officeTheme";

export interface BridgeError {
  status: string;
  code: string;
  description: string;
}

/** What the fake host does (read by fakeOffice.js from window.__fakeHost). */
export interface FakeHostOptions {
  profile?: HostProfileName;
  overrides?: Partial<Omit<HostProfile, "sets">> & { sets?: Record<string, string | null> };
  handshakeMs?: number;
  neverReady?: boolean;
  officeApisThrow?: boolean;
  throwing?: ThrowingApi[];
  bridge?: "ok" | "absent" | "missing" | "hang" | "fail";
  bridgeDelayMs?: number;
  tokenError?: BridgeError;
  silentError?: BridgeError;
  popupError?: BridgeError;
  msalThrows?: boolean;
  noCrypto?: boolean;
  dialog?:
    | { message: string; afterMs?: number }
    | { event: number; afterMs?: number }
    | { fail: number }
    | "closed"
    | "blocked"
    | "web";
  theme?: "light" | "dark" | "highContrast";
  dark?: boolean;
  displayLanguage?: string;
  mailboxSet?: string;
}

export type GraphHandler = (route: Route, path: string) => Promise<void> | void;

export interface HostOptions extends FakeHostOptions {
  config?: unknown | null;
  configStatus?: number;
  configBody?: string;
  configDelayMs?: number;
  configHang?: boolean;
  graph?: GraphHandler;
  /** Where open() navigates; default the static server. A test serving the build elsewhere (nginx) sets it. */
  baseUrl?: string;
  /**
   * Answers login.microsoftonline.com (test/e2e/fixtures/fakeEntra.ts). With dialog: "web", the dialog page gets the
   * real office.js from @microsoft/office-js while the pane keeps the fake host.
   */
  entra?: EntraOptions;
  /** Records Copy report's text in window.__copied instead of the system clipboard. */
  captureClipboard?: boolean;
  viewport?: { width: number; height: number };
  /** open() adds Outlook's `_host_Info` query parameter (default true). */
  hostInfo?: boolean;
}

export interface HostProbe extends PageProbe {
  graphCalls: string[];
  /** Authorization headers of the Graph calls, in order (which token each call carried). */
  graphTokens: string[];
  /** What the fake Entra endpoints were asked, when opts.entra is set. */
  entra: EntraLog | null;
  configRequests: number;
  host: HostProfile & { profile: HostProfileName };
  /** Opens the pane as Outlook does, with `?_host_Info=…` (hostInfo: false leaves it out, as a plain tab would). */
  open(path?: string): Promise<void>;
}

// New Outlook is Outlook on the web inside WebView2: its office.js reports OfficeOnline, which only the web host file
// (outlook-web-16.01.js, chosen by "Web" here) does; "Win32" would make the real office.js load the classic one.
const HOST_INFO_PLATFORM: Record<HostProfileName, string> = {
  classic: "Win32",
  "new-outlook": "Web",
  web: "Web",
  mac: "Mac",
  ios: "iOS",
  android: "Android",
};

/** The query parameter Outlook adds to a task pane's URL (office.js reads it; the pane sees it is in a host). */
export function hostInfoQuery(profile: HostProfileName, language = "en-US"): string {
  return `_host_Info=Outlook$${HOST_INFO_PLATFORM[profile]}$16.02$${language}$$$$0`;
}

export const CONFIG = {
  organizationName: "Contoso",
  auth: { clientId: "11111111-1111-1111-1111-111111111111" },
  mfaMode: "conditionalAccess",
  appPasswordsAllowed: false,
  helpDesk: {
    name: "Contoso IT",
    email: "servicedesk@contoso.example",
    url: "https://servicedesk.contoso.example/",
  },
};

export const METHODS = {
  value: [
    { "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", id: "1" },
    { "@odata.type": "#microsoft.graph.passwordAuthenticationMethod", id: "2" },
  ],
};

const FAKE_HOST_KEYS: (keyof FakeHostOptions)[] = [
  "profile",
  "overrides",
  "handshakeMs",
  "neverReady",
  "officeApisThrow",
  "throwing",
  "bridge",
  "bridgeDelayMs",
  "tokenError",
  "silentError",
  "popupError",
  "msalThrows",
  "noCrypto",
  "dialog",
  "theme",
  "dark",
  "displayLanguage",
  "mailboxSet",
];

/** Opens a fresh context in the emulated Outlook (see the comment at the top). */
export async function openInHost(
  browser: Browser,
  server: StaticServer | null,
  opts: HostOptions = {}
): Promise<HostProbe> {
  const fakeHost = Object.fromEntries(
    FAKE_HOST_KEYS.filter((k) => opts[k] !== undefined).map((k) => [k, opts[k]])
  ) as FakeHostOptions;
  const host = fixture.resolveHost(fakeHost);
  const theme = opts.theme ?? (opts.dark ? "dark" : "light");
  const probe = await openProbe(browser, {
    colorScheme: theme === "dark" ? "dark" : "light",
    forcedColors: theme === "highContrast",
    viewport: opts.viewport ?? (host.mobile ? { width: 390, height: 844 } : undefined),
    mobile: host.mobile,
    // The pane gets the fake host; a real dialog window gets the real office.js, as in Outlook on the web.
    officeJs: (route) =>
      isDialogPage(route)
        ? answerOfficeCdn(route)
        : route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE }),
  });
  await probe.page.addInitScript((cfg) => {
    (window as unknown as { __fakeHost: unknown }).__fakeHost = cfg;
  }, fakeHost);
  if (opts.captureClipboard) {
    await probe.page.addInitScript(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => void w.__copied.push(text) },
      });
    });
  }
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
  const entra = opts.entra ? await routeEntra(probe.context, opts.entra) : null;
  await probe.context.route(MICROSOFT_AJAX, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: MICROSOFT_AJAX_STAND_IN })
  );
  const result: HostProbe = {
    ...probe,
    graphCalls,
    graphTokens,
    entra,
    configRequests: 0,
    host,
    open: async (path = "taskpane.html") => {
      const base = opts.baseUrl ?? server?.url;
      if (!base) throw new Error("openInHost: no server and no baseUrl to open");
      const query =
        opts.hostInfo === false ? "" : hostInfoQuery(host.profile, opts.displayLanguage);
      const [file, hash = ""] = path.split("#");
      const sep = file?.includes("?") ? "&" : "?";
      await probe.page.goto(`${base}${file}${query ? sep + query : ""}${hash ? `#${hash}` : ""}`);
    },
  };
  const configOptions = [opts.config, opts.configStatus, opts.configBody, opts.configDelayMs];
  if (!server) {
    if (configOptions.some((o) => o !== undefined) || opts.configHang)
      throw new Error("openInHost: config options need the static server (it answers config.json)");
    return result;
  }
  server.overrides.set("/config.json", (_req, res) => {
    result.configRequests++;
    if (opts.configHang) return;
    const answer = () => {
      if (opts.configBody !== undefined || opts.configStatus) {
        res.writeHead(opts.configStatus ?? 200, { "Content-Type": "application/json" });
        return res.end(opts.configBody ?? "");
      }
      if (opts.config === null) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(opts.config ?? CONFIG));
    };
    if (opts.configDelayMs) setTimeout(answer, opts.configDelayMs);
    else answer();
  });
  return result;
}

/** Whether an office.js request comes from the sign-in dialog's page (the real office.js answers it). */
function isDialogPage(route: Route): boolean {
  try {
    return new URL(route.request().frame().url()).pathname.endsWith("/dialog.html");
  } catch {
    // A request without a frame (a service worker): not the dialog's.
    return false;
  }
}

/** The dialog window the pane opened (dialog: "web"), once it exists. */
export async function dialogWindow(probe: HostProbe, timeout = 10000): Promise<Page> {
  const existing = probe.context.pages().find((p) => p.url().includes("/dialog.html"));
  return (
    existing ??
    probe.context.waitForEvent("page", {
      predicate: (p) => p.url().includes("/dialog.html"),
      timeout,
    })
  );
}

/** The token requests the fake NAA bridge received ({ method, scope, claims }). */
export async function tokenRequests(
  probe: PageProbe
): Promise<{ method: string; scope: string; claims: string | null }[]> {
  return probe.page.evaluate(
    () =>
      (
        window as unknown as {
          __tokenRequests: { method: string; scope: string; claims: string | null }[];
        }
      ).__tokenRequests
  );
}

/** The older entry point: classic Outlook unless opts.host says otherwise. */
export function openInFakeOutlook(
  browser: Browser,
  server: StaticServer,
  opts: Omit<HostOptions, keyof FakeHostOptions> & {
    host?: FakeHostOptions;
    colorScheme?: "light" | "dark";
  } = {}
): Promise<HostProbe> {
  const { host, colorScheme, ...rest } = opts;
  return openInHost(browser, server, {
    ...rest,
    ...host,
    ...(colorScheme === "dark" && !host?.theme ? { theme: "dark" as const } : {}),
  });
}

/** Clicks Copy report and returns the facts JSON it carried (needs captureClipboard). */
export async function copiedFacts(probe: HostProbe): Promise<Record<string, unknown>> {
  await probe.page.getByTestId("copy-report").click();
  const text = await probe.page
    .waitForFunction(() => (window as unknown as { __copied?: string[] }).__copied?.at(-1), null, {
      timeout: 5000,
    })
    .then((h) => h.jsonValue() as Promise<string>);
  const marker = text.indexOf("Facts report (JSON):");
  if (marker === -1) throw new Error(`Copy report has no facts JSON:\n${text}`);
  const json = text.slice(text.indexOf("{", marker));
  return JSON.parse(json) as Record<string, unknown>;
}

/** Waits until no check is pending any more. */
export async function checksSettled(
  probe: PageProbe,
  timeout = 20000
): Promise<Record<string, string>> {
  await probe.page.waitForSelector('[data-testid="diagnosis"][data-state="ready"]', { timeout });
  await probe.page.waitForFunction(
    () =>
      document.querySelectorAll('[data-check][data-status="pending"]').length === 0 &&
      document.querySelectorAll("[data-check]").length === 5,
    null,
    { timeout }
  );
  return probe.page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("[data-check]")].map((e) => [
        e.getAttribute("data-check"),
        e.getAttribute("data-status"),
      ])
    )
  );
}

export async function actionsOf(probe: PageProbe): Promise<string[]> {
  return probe.page
    .locator("[data-action]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-action") ?? ""));
}
