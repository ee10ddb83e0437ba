// Start-up faults inside Outlook (README "Fault matrix", start-up rows S7 onwards; issue 11 item 1, issue 12 item 1).
// The pane is opened the way Outlook opens it (with `_host_Info`), so it takes the in-Outlook path from the first
// line. Every row runs in its own context, all of them started together a few at a time (most of a row is waiting
// on a handshake or a deadline), and each test then reads its own result. Asserted for every row: an Office pane or
// an honest start failure, never a page meant for outside Outlook or an example, no unhandled rejection, no page error.
import type { Route } from "playwright-core";
import {
  allowPageErrors,
  OFFICE_CDN,
  openProbe,
  rejectionsOf,
  useBrowserAndServer,
} from "../support/browser";
import {
  CONFIG,
  checksSettled,
  openInHost,
  type HostOptions,
  type HostProbe,
  type HostProfileName,
} from "../support/officeHost";

const suite = useBrowserAndServer();

/** How config.json answers, routed per context (the shared server's own answer is per server, not per page). */
type ConfigAnswer =
  | { delayMs: number }
  | { afterFirstScreen: true }
  | { hang: true }
  | { status: number; body: string }
  | { body: string };

interface StartCase {
  on: HostProfileName[];
  host?: HostOptions;
  config?: ConfigAnswer;
  /** Script requests whose URL matches fail, as a half-finished upload or a CDN hiccup would make them. */
  block?: RegExp;
  /** office.js itself fails to load. */
  officeJsFails?: boolean;
  /** Runs in the page before its scripts (a fault the fake host has no switch for). */
  initScript?: string;
  /** What the row waits for before its checks: the whole pane (default), a start failure, or the first screen. */
  until?: "ready" | "failure" | "first-screen";
  verify(s: Started): Promise<void>;
}

interface Started {
  probe: HostProbe;
  /** The requests for config.json answered so far (a hanging one never is). */
  configAnswered: () => number;
  blocked: string[];
}

/** The first screen's opening: the answer, or (web and new Outlook with nothing wrong) the question which app. */
const FIRST = '[data-testid="summary"], [data-testid="ask"]';

/**
 * Marks kept by the page itself: whether a page meant for outside Outlook (the browser assistant, a shared report,
 * the examples) ever appeared, and the first screen.
 */
const PAGE_MARKS = `(() => {
  const FIRST = ${JSON.stringify(FIRST)};
  const w = window;
  w.__marks = { sawPreview: false, firstScreen: null, summaryTopAtFirst: null, firstActionTopAtFirst: null };
  new MutationObserver(() => {
    if (document.querySelector('[data-testid="examples"], [data-testid="scenario"], [data-testid="browser-intro"], [data-testid="report-header"], [data-mode="browser"], [data-mode="examples"], [data-mode="report"]')) w.__marks.sawPreview = true;
    const pane = document.querySelector('[data-testid="diagnosis"][data-first-screen="ready"]');
    if (pane && !w.__marks.firstScreen) {
      const top = (sel) => document.querySelector(sel)?.getBoundingClientRect().top ?? null;
      w.__marks.firstScreen = {
        state: pane.getAttribute("data-state"),
        org: Boolean(document.querySelector("header span")),
      };
      w.__marks.summaryTopAtFirst = top(FIRST);
      w.__marks.firstActionTopAtFirst = top("[data-action]");
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Marks {
  sawPreview: boolean;
  firstScreen: { state: string; org: boolean } | null;
  summaryTopAtFirst: number | null;
  firstActionTopAtFirst: number | null;
}

const marks = (s: Started) =>
  s.probe.page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);

const json = (route: Route, status: number, body: string) =>
  route.fulfill({ status, contentType: "application/json", body });

async function start(profile: HostProfileName, c: StartCase): Promise<Started> {
  const probe = await openInHost(suite.browser(), suite.server(), {
    profile,
    captureClipboard: true,
    ...c.host,
  });
  await probe.page.addInitScript(PAGE_MARKS);
  if (c.initScript) await probe.page.addInitScript(c.initScript);
  let answered = 0;
  const config = c.config ?? { delayMs: 0 };
  await probe.context.route("**/config.json", async (route) => {
    if ("hang" in config) return;
    if ("afterFirstScreen" in config) {
      // Once the first screen is up, or 4 s after the request (inside loadConfig's 5 s) on a machine too busy for that.
      await Promise.race([
        probe.page
          .waitForSelector('[data-testid="diagnosis"][data-first-screen="ready"]', {
            timeout: 4000,
          })
          .then(() => new Promise((r) => setTimeout(r, 300))),
        new Promise((r) => setTimeout(r, 4000)),
      ]).catch(() => undefined);
      answered++;
      return json(route, 200, JSON.stringify(CONFIG)).catch(() => undefined);
    }
    if ("delayMs" in config) {
      await new Promise((r) => setTimeout(r, config.delayMs));
      answered++;
      return json(route, 200, JSON.stringify(CONFIG)).catch(() => undefined);
    }
    answered++;
    return json(route, "status" in config ? config.status : 200, config.body);
  });
  const blocked: string[] = [];
  if (c.block) {
    const re = c.block;
    await probe.context.route(re, (route) => {
      blocked.push(new URL(route.request().url()).pathname);
      return route.abort("failed");
    });
  }
  if (c.officeJsFails) await probe.context.route(`${OFFICE_CDN}**`, (r) => r.abort("failed"));
  await probe.open();
  const until = c.until ?? "ready";
  const selector =
    until === "failure"
      ? '[data-testid="diagnosis"][data-state="error"]'
      : until === "first-screen"
        ? '[data-testid="diagnosis"][data-first-screen="ready"]'
        : '[data-testid="diagnosis"][data-state="ready"]';
  await probe.page.waitForSelector(selector, { timeout: 20000 });
  return { probe, configAnswered: () => answered, blocked };
}

/** The page's error trail as "area code" lines, read from Copy details or Copy report. */
async function copied(s: Started, testId = "handoff"): Promise<string> {
  await s.probe.page.getByTestId(testId).click();
  return s.probe.page
    .waitForFunction(() => (window as unknown as { __copied?: string[] }).__copied?.at(-1), null, {
      timeout: 5000,
    })
    .then((h) => h.jsonValue() as Promise<string>);
}

/** The facts report Copy report carries. */
async function reportOf(s: Started): Promise<{
  host: Record<string, unknown>;
  errors?: { area: string; code: string; detail: string | null }[];
}> {
  const text = await copied(s, "copy-report");
  return JSON.parse(text.slice(text.indexOf("{", text.indexOf("Facts report (JSON):"))));
}

const trailOf = async (s: Started) =>
  ((await reportOf(s)).errors ?? []).map((e) => `${e.area} ${e.code}: ${e.detail ?? ""}`);

async function expectNoPreview(s: Started): Promise<void> {
  expect((await marks(s)).sawPreview).toBe(false);
  expect(await rejectionsOf(s.probe.page)).toEqual([]);
  expect(s.probe.pageErrors).toEqual([]);
}

/** A start failure: named, with Run again and the way to IT, and no guidance it didn't derive. */
async function expectStartFailure(s: Started, reason: string, message: RegExp): Promise<void> {
  const page = s.probe.page;
  expect(await page.getByTestId("diagnosis").getAttribute("data-start-failure")).toBe(reason);
  expect(await page.getByTestId("start-failure-reason").textContent()).toMatch(message);
  expect(await page.getByTestId("run-again").isVisible()).toBe(true);
  expect(await page.getByTestId("handoff").isVisible()).toBe(true);
  expect(await page.locator("[data-action], [data-finding], [data-step]").count()).toBe(0);
  expect(await page.getByTestId("summary").count()).toBe(0);
  await expectNoPreview(s);
}

const CASES: Record<string, StartCase> = {
  "office.js fails to load inside Outlook": {
    on: ["classic", "web"],
    officeJsFails: true,
    until: "failure",
    async verify(s) {
      await expectStartFailure(s, "office-js-missing", /office\.js\) didn't load/);
      expect(await s.probe.page.getByTestId("start-facts").textContent()).toMatch(/Nothing/);
      expect(await copied(s)).toMatch(/boot office_js_missing/);
    },
  },
  "Office.onReady never resolves inside Outlook": {
    on: ["new-outlook"],
    host: { neverReady: true },
    until: "failure",
    async verify(s) {
      await expectStartFailure(s, "onready-timeout", /within 10 seconds/);
      expect(s.configAnswered()).toBeLessThanOrEqual(1);
    },
  },
  "a slow handshake (3 s): the first screen follows it; nothing moves when config.json and the checks arrive":
    {
      on: ["classic"],
      host: { handshakeMs: 3000 },
      // config.json is asked for during the handshake; here it answers only once the first screen is up.
      config: { afterFirstScreen: true },
      async verify(s) {
        const m = await marks(s);
        await checksSettled(s.probe);
        // Branding and the checks arrived after the first screen; the answer and the first step stayed put.
        expect(
          await s.probe.page.locator("[data-testid=config-warning]").allTextContents()
        ).toEqual([]);
        expect(await s.probe.page.getByText("Provided by Contoso").count()).toBe(1);
        const after = await s.probe.page.evaluate(
          (first) => ({
            summary: document.querySelector(first)?.getBoundingClientRect().top,
            action: document.querySelector("[data-action]")?.getBoundingClientRect().top,
          }),
          FIRST
        );
        expect(after.summary).toBe(m.summaryTopAtFirst);
        if (m.firstActionTopAtFirst !== null) expect(after.action).toBe(m.firstActionTopAtFirst);
        expect(await s.probe.page.getByTestId("summary").getAttribute("aria-live")).toBe("polite");
        await expectNoPreview(s);
      },
    },
  "the Office chunk is blocked inside Outlook": {
    on: ["classic", "new-outlook", "web", "mac"],
    block: /\/office\.[0-9a-f]+\.js$/,
    until: "failure",
    async verify(s) {
      await expectStartFailure(s, "chunk", /Part of the assistant didn't load/);
      // What Outlook said is shown and handed over, with the trail.
      const facts = await s.probe.page.getByTestId("start-facts").textContent();
      expect(facts).toContain(s.probe.host.hostName);
      expect(facts).toContain(s.probe.host.hostVersion);
      const details = await copied(s);
      expect(details).toMatch(/boot chunk_load_error/);
      expect(details).toContain(s.probe.host.hostName);
      // Run again reloads; with the chunk back, the pane starts.
      if (s.probe.host.profile === "classic") {
        await s.probe.context.unroute(/\/office\.[0-9a-f]+\.js$/);
        await s.probe.page.getByTestId("run-again").click();
        await s.probe.page.waitForSelector('[data-testid="diagnosis"][data-state="ready"]');
        expect(await s.probe.page.locator("[data-action]").count()).toBeGreaterThan(0);
      }
    },
  },
  "the locale chunk is blocked (German Outlook)": {
    on: ["web"],
    host: { displayLanguage: "de-DE" },
    block: /\/locale-de\.[0-9a-f]+\.js$/,
    async verify(s) {
      expect(s.blocked.length).toBeGreaterThan(0);
      expect(await s.probe.page.getByTestId("start-notice").textContent()).toMatch(
        /Deutsch text .* didn't load, so it is shown in English/
      );
      expect(await s.probe.page.locator("html").getAttribute("lang")).toBe("en-US");
      expect(await s.probe.page.locator(FIRST).first().textContent()).toBeTruthy();
      expect(await trailOf(s)).toContainEqual(
        expect.stringMatching(/^boot chunk_load_error: locale de-DE/)
      );
      await expectNoPreview(s);
    },
  },
  "the theme chunk is blocked (dark Outlook)": {
    on: ["mac"],
    host: { theme: "dark" },
    block: /\/themes\.[0-9a-f]+\.js$/,
    async verify(s) {
      expect(s.blocked.length).toBeGreaterThan(0);
      expect(await s.probe.page.locator("[data-theme]").first().getAttribute("data-theme")).toBe(
        "light"
      );
      expect(await s.probe.page.locator("[data-action]").count()).toBeGreaterThan(0);
      expect(await trailOf(s)).toContainEqual(
        expect.stringMatching(/^boot chunk_load_error: theme dark/)
      );
      await expectNoPreview(s);
    },
  },
  "the MSAL chunk is blocked at start": {
    on: ["mac"],
    block: /\/msal\.[0-9a-f]+\.js$/,
    async verify(s) {
      const checks = await checksSettled(s.probe);
      expect(checks.token).not.toBe("ok");
      const report = (await reportOf(s)) as unknown as {
        probes: { token: unknown };
        errors: { area: string; code: string }[];
      };
      expect(report.probes.token).toEqual({ status: "failed", errorCode: "chunk_load_error" });
      expect(report.errors.map((e) => `${e.area} ${e.code}`)).toContain("auth chunk_load_error");
      expect(await s.probe.page.getByTestId("sign-in").count()).toBe(0);
      expect(s.probe.graphCalls).toEqual([]);
      await expectNoPreview(s);
    },
  },
  "the Office boot throws (an unforeseen failure while starting)": {
    on: ["web", "mac"],
    initScript: `Object.defineProperty(Navigator.prototype, "onLine", { configurable: true, get() { throw new Error("boom at start"); } });`,
    until: "failure",
    async verify(s) {
      await expectStartFailure(s, "crashed", /problem of its own while starting/);
      const facts = await s.probe.page.getByTestId("start-facts").textContent();
      expect(facts).toContain(s.probe.host.hostName);
      expect(await copied(s)).toMatch(/boot start_failed \(Error: boom at start\)/);
    },
  },
  "host facts of odd types": {
    on: ["classic"],
    host: {
      overrides: {
        hostName: 42 as unknown as string,
        hostVersion: { major: 16 } as unknown as string,
        platform: ["PC"] as unknown as string,
        officeVersion: "",
      },
      displayLanguage: 7 as unknown as string,
    },
    async verify(s) {
      await checksSettled(s.probe);
      expect((await reportOf(s)).host).toMatchObject({
        hostName: null,
        hostVersion: null,
        platform: null,
        officeVersion: null,
      });
      expect(await s.probe.page.locator(FIRST).first().textContent()).toBeTruthy();
      await expectNoPreview(s);
    },
  },
  "config.json hangs: the first screen doesn't wait; branding and checks wait for its 5 s deadline":
    {
      on: ["web"],
      config: { hang: true },
      async verify(s) {
        const m = await marks(s);
        // The first screen was up with config.json unanswered: no branding, the checks waiting.
        expect(s.configAnswered()).toBe(0);
        expect(m.firstScreen?.org).toBe(false);
        const checks = await checksSettled(s.probe);
        expect(checks.token).toBe("notChecked");
        expect(await s.probe.page.getByTestId("config-warning").textContent()).toMatch(
          /no answer within 5 s/
        );
        expect(
          await s.probe.page
            .locator(FIRST)
            .first()
            .evaluate((e) => e.getBoundingClientRect().top)
        ).toBe(m.summaryTopAtFirst);
        await expectNoPreview(s);
      },
    },
  "config.json answers 500": {
    on: ["mac"],
    config: { status: 500, body: "oops" },
    async verify(s) {
      expect((await checksSettled(s.probe)).token).toBe("notChecked");
      expect(await s.probe.page.getByTestId("config-warning").textContent()).toMatch(/HTTP 500/);
      await expectNoPreview(s);
    },
  },
  "config.json is not JSON": {
    on: ["web"],
    config: { body: "{ not json" },
    async verify(s) {
      expect((await checksSettled(s.probe)).token).toBe("notChecked");
      expect(await s.probe.page.getByTestId("config-warning").textContent()).toMatch(
        /not valid JSON/
      );
      await expectNoPreview(s);
    },
  },
  "config.json is huge (5 MB)": {
    on: ["new-outlook"],
    config: { body: JSON.stringify({ organizationName: "x".repeat(5 * 1024 * 1024) }) },
    async verify(s) {
      expect((await checksSettled(s.probe)).token).toBe("notChecked");
      expect(await s.probe.page.getByTestId("config-warning").textContent()).toMatch(
        /larger than 64 KB/
      );
      await expectNoPreview(s);
    },
  },
};

// Every row starts at once, four at a time; each test takes its own result.
const results = new Map<
  string,
  Promise<{ ok: true; s: Started } | { ok: false; error: unknown }>
>();
beforeAll(() => {
  let running = 0;
  const waiting: (() => void)[] = [];
  for (const [name, c] of Object.entries(CASES))
    for (const profile of c.on)
      results.set(
        `${name}|${profile}`,
        (async () => {
          // Two at a time: with four, a 2-core machine sometimes let config.json miss its 5 s deadline.
          while (running >= 2) await new Promise<void>((r) => waiting.push(r));
          running++;
          try {
            return { ok: true as const, s: await start(profile, c) };
          } catch (error) {
            return { ok: false as const, error };
          } finally {
            running--;
            waiting.shift()?.();
          }
        })()
      );
});

describe.each(Object.keys(CASES))("%s", (name) => {
  const c = CASES[name] as StartCase;
  test.each(c.on)("in %s", async (profile) => {
    const r = await results.get(`${name}|${profile}`);
    if (!r) throw new Error(`no start for ${name} in ${profile}`);
    if (!r.ok) throw r.error;
    try {
      await c.verify(r.s);
    } finally {
      await r.s.probe.context.close();
    }
  });
});

// A link whose `_host_Info` is not valid URI encoding: the real office.js throws a URIError reading it, so nothing
// can be asked of Outlook. The pane says the start failed, with Run again and Copy details for IT, and shows no
// guidance, no example and no page meant for outside Outlook.
test("a malformed _host_Info in the address: the start-failure pane with Copy details, not a bare line", async () => {
  const probe = await openProbe(suite.browser());
  await probe.page.addInitScript(PAGE_MARKS);
  await probe.page.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (text: string) => void w.__copied.push(text) },
    });
  });
  // office.js itself throws reading the address (its own uncaught URIError): the pane must still say what happened.
  allowPageErrors(probe, /URIError: URI malformed/);
  await probe.page.goto(`${suite.server().url}taskpane.html?_host_Info=%E0%A4%A`);
  await probe.page.waitForSelector('[data-testid="diagnosis"][data-mode="start-failure"]');
  const s = { probe, configAnswered: () => 0, blocked: [] } as unknown as Started;
  expect(await probe.page.getByTestId("diagnosis").getAttribute("data-start-failure")).toBe(
    "office-js-failed"
  );
  expect(await probe.page.getByTestId("start-failure-reason").textContent()).toMatch(
    /stopped while reading this page's address/
  );
  expect(await probe.page.getByTestId("run-again").isVisible()).toBe(true);
  expect(await probe.page.locator("[data-action], [data-finding], [data-step]").count()).toBe(0);
  expect((await marks(s)).sawPreview).toBe(false);
  const details = await copied(s);
  expect(details).toMatch(/reason: office-js-failed/);
  expect(details).toMatch(/boot office_js_failed \(_host_Info is not valid URI encoding\)/);
  // office.js's own URIError is the only page error; the pane's code throws nothing.
  expect(probe.pageErrors.every((e) => /URIError|URI malformed/i.test(e))).toBe(true);
  expect(await rejectionsOf(probe.page)).toEqual([]);
  await probe.context.close();
});
