// playwright-core on the system Chromium, or on the one the @sparticuz/chromium npm package ships (never a browser
// downloaded at test time). The Office CDN is answered from the @microsoft/office-js package, or from a test double
// of the Office host, because tests have no internet.
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Route,
} from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
/** The production build the browser tests run against (scripts/build-for-e2e.mjs); dist/ is never touched. */
export const BUILD = join(ROOT, "dist-e2e");
/** @deprecated the e2e build, kept for existing imports: use BUILD. */
export const DIST = BUILD;
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

export const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The system Chromium: CHROME_PATH, else Debian's, when it exists and can run; null when neither can. */
export function systemChromium(): string | null {
  const path = process.env.CHROME_PATH || "/usr/bin/chromium";
  return executable(path) ? path : null;
}

/** @deprecated the system Chromium only (throws without one): use launchChromium, which falls back to npm's. */
export function chromePath(): string {
  const path = systemChromium();
  if (!path)
    throw new Error(
      `No runnable Chromium at ${process.env.CHROME_PATH || "/usr/bin/chromium"}. Install Debian's chromium or set CHROME_PATH.`
    );
  return path;
}

// @sparticuz/chromium is built for serverless sandboxes, and some of its recommended flags switch off the very
// protections the tests check (same-origin policy, mixed content, site isolation). Only the flags it needs to start
// and draw are kept; ours come on top.
const NPM_CHROMIUM_DROPPED = [
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
  "--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process",
  "--single-process",
  "--no-zygote",
];

export interface ChromiumBinary {
  executablePath: string;
  /** Flags that binary needs, beyond CHROME_FLAGS. */
  args: string[];
  source: "CHROME_PATH" | "system" | "npm";
}

let npmChromium: Promise<ChromiumBinary> | undefined;

/**
 * Which Chromium the browser tests drive: CHROME_PATH or Debian's /usr/bin/chromium where it can run, otherwise the
 * binary that ships inside the @sparticuz/chromium npm package (unpacked to the temp folder once, about 2 s), so a
 * machine with only Node and npm runs every browser suite.
 */
export async function resolveChromium(): Promise<ChromiumBinary> {
  const system = systemChromium();
  if (system)
    return {
      executablePath: system,
      args: [],
      source: process.env.CHROME_PATH ? "CHROME_PATH" : "system",
    };
  if (process.env.CHROME_PATH)
    console.warn(
      `CHROME_PATH=${process.env.CHROME_PATH} cannot run; using the Chromium from @sparticuz/chromium`
    );
  npmChromium ??= (async () => {
    const { default: packaged } = (await import("@sparticuz/chromium")) as {
      default: { executablePath(): Promise<string>; args: string[] };
    };
    const executablePath = await packaged.executablePath();
    const args = packaged.args.filter(
      (a) => !NPM_CHROMIUM_DROPPED.includes(a) && !a.startsWith("--headless")
    );
    return { executablePath, args, source: "npm" as const };
  })();
  return npmChromium;
}

/** Launches the Chromium resolveChromium picks, with CHROME_FLAGS and any extra flags a suite needs. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const binary = await resolveChromium();
  return chromium.launch({
    executablePath: binary.executablePath,
    args: [...binary.args, ...CHROME_FLAGS, ...extraArgs],
    headless: true,
  });
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".html": "text/html",
};

/** Serves office.js and its sibling files from the npm package, as the CDN would. */
export async function answerOfficeCdn(route: Route): Promise<void> {
  const rel = decodeURIComponent(
    new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "")
  );
  const file = resolve(OFFICE_DIST, rel);
  if (!file.startsWith(OFFICE_DIST) || !existsSync(file))
    return route.fulfill({ status: 404, body: "" });
  const ext = file.slice(file.lastIndexOf("."));
  return route.fulfill({
    status: 200,
    contentType: TYPES[ext] ?? "application/octet-stream",
    body: readFileSync(file),
  });
}

export interface PageProbe {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** Uncaught errors of every page of the context (the pane and any window it opens). */
  pageErrors: string[];
  /** Unhandled rejections of every page of the context, reported as they happen (kept after the context closes). */
  rejections: string[];
  externalRequests: string[];
  /** Page errors the test causes on purpose (allowPageErrors); any other fails the test (test/support/e2eSetup.ts). */
  allowedPageErrors: RegExp[];
  /** The test that opened the probe; undefined when a beforeAll did. */
  openedIn: string | undefined;
}

/** Every probe opened in this test file, for the after-each check that no page saw an unhandled rejection or error. */
export const OPENED_PROBES: PageProbe[] = [];

/** A test whose fault makes the page throw (office.js on a malformed address, say) names what it expects. */
export function allowPageErrors(probe: PageProbe, ...patterns: RegExp[]): void {
  probe.allowedPageErrors.push(...patterns);
}

export interface ProbeOptions {
  officeJs?: (route: Route) => Promise<void>;
  colorScheme?: "light" | "dark";
  /** Default 320 x 900, the task pane's width. */
  viewport?: { width: number; height: number };
  /** A phone: mobile viewport meta handling and touch events. */
  mobile?: boolean;
  /** Windows high contrast and similar: CSS forced-colors: active. */
  forcedColors?: boolean;
}

/**
 * A fresh context with the CDN answered locally and every other outside request blocked and recorded, plus
 * listeners for console errors, page errors, unhandled rejections and Content-Security-Policy violations.
 */
export async function openProbe(browser: Browser, options: ProbeOptions = {}): Promise<PageProbe> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 320, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    forcedColors: options.forcedColors ? "active" : "none",
  });
  const externalRequests: string[] = [];
  await context.route(`${OFFICE_CDN}**`, options.officeJs ?? answerOfficeCdn);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    if (route.request().url().startsWith(OFFICE_CDN)) return route.fallback();
    externalRequests.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  const probe: PageProbe = {
    page: undefined as unknown as Page,
    context,
    consoleErrors: [],
    pageErrors: [],
    rejections: [],
    externalRequests,
    allowedPageErrors: [],
    openedIn: expect.getState().currentTestName,
  };
  OPENED_PROBES.push(probe);
  // Every page of the context reports, the pane's popups and dialog windows included, straight to the test process.
  await context.exposeBinding("__reportRejection", (_source, reason: unknown) => {
    probe.rejections.push(String(reason));
  });
  context.on("page", (p) => p.on("pageerror", (e) => probe.pageErrors.push(String(e))));
  const page = await context.newPage();
  probe.page = page;
  page.on("console", (m) => {
    if (m.type() === "error") probe.consoleErrors.push(m.text());
  });
  await context.addInitScript(() => {
    const w = window as unknown as {
      __rejections: string[];
      __cspViolations: string[];
      __reportRejection?: (reason: string) => void;
    };
    w.__rejections = [];
    w.__cspViolations = [];
    window.addEventListener("unhandledrejection", (e) => {
      w.__rejections.push(String(e.reason));
      void w.__reportRejection?.(String(e.reason));
    });
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile}`
      );
    });
  });
  return probe;
}

export async function rejectionsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __rejections?: string[] }).__rejections ?? []);
}

/** Every securitypolicyviolation event the page has seen (CSP from the <meta> tag and from headers alike). */
export async function cspViolationsOf(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []
  );
}

/** Every console error counts; a test of a failure passes the ones that failure itself causes. */
export function unexpectedConsoleErrors(probe: PageProbe): string[] {
  return [...probe.consoleErrors];
}

export const READY = '[data-testid="diagnosis"][data-state="ready"]';

/** The usual suite setup: one static server for the e2e build and one Chromium for every test in the file. */
export function useBrowserAndServer(): {
  browser(): Browser;
  server(): import("./staticServer").StaticServer;
} {
  let browser: Browser | undefined;
  let server: import("./staticServer").StaticServer | undefined;
  beforeAll(async () => {
    const { startStaticServer } = await import("./staticServer");
    server = await startStaticServer(BUILD);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser as Browser,
    server: () => server as import("./staticServer").StaticServer,
  };
}
