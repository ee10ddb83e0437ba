// The fault matrix (README "Fault matrix"): for every failure, the pane reaches a ready state with a clear message,
// no unhandled promise rejection, and no console error other than the ones that failure itself causes.
import type { Route } from "playwright-core";
import {
  openProbe,
  type PageProbe,
  READY,
  rejectionsOf,
  unexpectedConsoleErrors,
  useBrowserAndServer,
} from "../support/browser";
import {
  actionsOf,
  checksSettled,
  METHODS,
  openInFakeOutlook,
  type GraphHandler,
} from "../support/officeHost";

const suite = useBrowserAndServer();

/** Chromium logs a failed subresource load as a console error; for the failure under test that is expected. */
const LOAD_FAILED = /^Failed to load resource/;

async function expectClean(probe: PageProbe, expected: RegExp[] = []) {
  expect(unexpectedConsoleErrors(probe).filter((e) => !expected.some((re) => re.test(e)))).toEqual(
    []
  );
  expect(probe.pageErrors).toEqual([]);
  expect(await rejectionsOf(probe.page)).toEqual([]);
}

const text = (probe: PageProbe, testId: string) => probe.page.getByTestId(testId).textContent();

describe("office.js and Office.onReady", () => {
  test("office.js failing to load: the pane explains and still offers guidance", async () => {
    const probe = await openProbe(suite.browser(), {
      officeJs: (route: Route) => route.abort("failed"),
    });
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    await probe.page.waitForSelector(READY);
    expect(await text(probe, "office-notice")).toMatch(/office\.js\) didn't load/);
    expect(await probe.page.locator("[data-action]").count()).toBeGreaterThan(0);
    await expectClean(probe, [LOAD_FAILED]);
    await probe.context.close();
  });

  test("Office.onReady never resolving: after 10 s the pane says so and shows guidance", async () => {
    const probe = await openInFakeOutlook(suite.browser(), suite.server(), {
      host: { neverReady: true },
    });
    const start = Date.now();
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    await probe.page.waitForSelector(READY, { timeout: 15000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(9500);
    expect(await text(probe, "office-notice")).toMatch(/didn't respond within 10 seconds/);
    await expectClean(probe);
    await probe.context.close();
  });

  test("every Office API the adapter uses throwing: the pane still diagnoses from what it has", async () => {
    const probe = await openInFakeOutlook(suite.browser(), suite.server(), {
      host: { officeApisThrow: true },
    });
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    await checksSettled(probe);
    expect(await text(probe, "summary")).toBeTruthy();
    expect(await probe.page.locator("[data-action]").count()).toBeGreaterThan(0);
    await expectClean(probe);
    await probe.context.close();
  });
});

describe("config.json", () => {
  test.each<
    [string, { configStatus?: number; configBody?: string; config?: null }, RegExp | null, RegExp[]]
  >([
    ["404 (no file): defaults, live checks not configured", { config: null }, null, [LOAD_FAILED]],
    ["500", { configStatus: 500, configBody: "oops" }, /HTTP 500/, [LOAD_FAILED]],
    ["invalid JSON", { configBody: "{ not json" }, /not valid JSON/, []],
    [
      "a 5 MB body",
      { configBody: JSON.stringify({ organizationName: "x".repeat(5 * 1024 * 1024) }) },
      /larger than 64 KB/,
      [],
    ],
  ])("%s", async (_, opts, warning, expected) => {
    const probe = await openInFakeOutlook(suite.browser(), suite.server(), opts);
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    const checks = await checksSettled(probe);
    expect(checks.token).toBe("notChecked");
    if (warning) expect(await text(probe, "config-warning")).toMatch(warning);
    else expect(await probe.page.getByTestId("config-warning").count()).toBe(0);
    await expectClean(probe, expected);
    await probe.context.close();
  });
});

describe("Microsoft Graph", () => {
  const status =
    (code: number, body: unknown = {}): GraphHandler =>
    (route) =>
      route.fulfill({ status: code, contentType: "application/json", body: JSON.stringify(body) });
  test.each<[string, GraphHandler, Record<string, string>, string | null]>([
    [
      "401",
      status(401, { error: { code: "InvalidAuthenticationToken" } }),
      { mailbox: "problem", methods: "notChecked" },
      "clear-cached-credentials",
    ],
    [
      "403",
      status(403, { error: { code: "ErrorAccessDenied" } }),
      { mailbox: "problem", methods: "notChecked" },
      "contact-admin",
    ],
    [
      "404 (MailboxNotEnabledForRESTAPI)",
      (route, path) =>
        path.includes("mailFolders")
          ? status(404, { error: { code: "MailboxNotEnabledForRESTAPI" } })(route, path)
          : route.fulfill({ status: 200, body: JSON.stringify(METHODS) }),
      { mailbox: "problem", methods: "ok" },
      "contact-admin",
    ],
    [
      "429 twice",
      (route) => route.fulfill({ status: 429, headers: { "Retry-After": "1" }, body: "" }),
      { mailbox: "notChecked", methods: "notChecked" },
      null,
    ],
    ["500 twice", status(500), { mailbox: "notChecked", methods: "notChecked" }, null],
  ])("%s", async (_, graph, expectedChecks, action) => {
    const probe = await openInFakeOutlook(suite.browser(), suite.server(), { graph });
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    const checks = await checksSettled(probe);
    expect(checks).toMatchObject({ token: "ok", ...expectedChecks });
    if (action) expect(await actionsOf(probe)).toContain(action);
    await expectClean(probe, [LOAD_FAILED]);
    await probe.context.close();
  });

  test("a hanging request ends as a timeout within 15 s", async () => {
    const probe = await openInFakeOutlook(suite.browser(), suite.server(), {
      graph: () => new Promise<void>(() => undefined),
    });
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    const checks = await checksSettled(probe, 16000);
    // A timeout is "couldn't check", not a failure (issue 9, item 5).
    expect(checks.mailbox).toBe("notChecked");
    expect(await actionsOf(probe)).toContain("check-network");
    await expectClean(probe);
    await probe.context.close();
  });

  test("the network going offline mid-run", async () => {
    let probeRef: PageProbe | null = null;
    const probe = await openInFakeOutlook(suite.browser(), suite.server(), {
      graph: async (route) => {
        await probeRef?.context.setOffline(true);
        return route.abort("internetdisconnected");
      },
    });
    probeRef = probe;
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    const checks = await checksSettled(probe);
    expect(checks.network).toBe("problem");
    expect((await actionsOf(probe))[0]).toBe("check-network");
    await expectClean(probe, [LOAD_FAILED, /ERR_INTERNET_DISCONNECTED/]);
    await probe.context.close();
  });
});

test("MSAL throwing: the sign-in check fails with a clear message and guidance stays", async () => {
  const probe = await openInFakeOutlook(suite.browser(), suite.server(), {
    host: { msalThrows: true },
  });
  await probe.page.goto(`${suite.server().url}taskpane.html`);
  const checks = await checksSettled(probe);
  expect(checks.token).toBe("problem");
  expect(await probe.page.locator("[data-action]").count()).toBeGreaterThan(0);
  await expectClean(probe);
  await probe.context.close();
});

describe("Content-Security-Policy is in force", () => {
  test("an injected inline script and eval are blocked", async () => {
    const probe = await openProbe(suite.browser());
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    await probe.page.waitForSelector(READY);
    const result = await probe.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        violations.push(e.violatedDirective)
      );
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true;";
      document.body.appendChild(s);
      // A string timer is eval by another name, and runs from the page's own event loop (not the test's).
      (window.setTimeout as unknown as (code: string, ms: number) => void)(
        "window.__evalRan = true;",
        0
      );
      await new Promise((r) => setTimeout(r, 50));
      const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
      return { ran: w.__inlineRan === true, evalBlocked: w.__evalRan !== true, violations };
    });
    expect(result.ran).toBe(false);
    expect(result.evalBlocked).toBe(true);
    expect(result.violations).toEqual(expect.arrayContaining(["script-src-elem"]));
    await probe.context.close();
  });
});
