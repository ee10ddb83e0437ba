// The fault matrix (README "Fault matrix"): every injected fault ends in an Office pane with a named outcome, the
// finding that is unique to it, the requests it should (and should not) cause, no unhandled rejection and no example
// data. Live-check faults run where the healthy baseline has no actions (Outlook on the web, new Outlook), so an
// action the fault adds is the fault's doing; client-specific shapes also run in classic Outlook and on the Mac.
// The live-check faults start together, a few at a time (replayAll): most of a replay is waiting on a deadline.
import type { Route } from "playwright-core";
import {
  BUILD,
  openProbe,
  type PageProbe,
  READY,
  rejectionsOf,
  unexpectedConsoleErrors,
  useBrowserAndServer,
} from "../support/browser";
import { startStaticServer, type StaticServer } from "../support/staticServer";
import {
  checksSettled,
  METHODS,
  openInFakeOutlook,
  type GraphHandler,
  type HostProfileName,
} from "../support/officeHost";
import {
  expectHonestPane,
  replayAll,
  trail,
  type ReplayOptions,
  type Replayed,
} from "./fixtures/replay";

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

// ---------------------------------------------------------------------------------------------------------------
// Live checks: sign-in and Microsoft Graph.

interface GraphCall {
  path: string;
  at: number;
}

/** A Graph stand-in that records each call with its time, answering per path through `answer`. */
function graph(answer: (route: Route, path: string, n: number) => Promise<void> | void) {
  const calls: GraphCall[] = [];
  const handler: GraphHandler = (route, path) => {
    calls.push({ path, at: Date.now() });
    return answer(route, path, calls.filter((c) => c.path === path).length);
  };
  const count = (part: string) => calls.filter((c) => c.path.includes(part)).length;
  return { handler, calls, count };
}

const json = (route: Route, status: number, body: unknown, headers: Record<string, string> = {}) =>
  route.fulfill({
    status,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
const healthy = (route: Route, path: string) =>
  json(route, 200, path.includes("mailFolders") ? { id: "inbox" } : METHODS);
/** Cross-origin, a header is readable only when Graph lists it here (review F3). */
const EXPOSED = { "access-control-expose-headers": "Retry-After, WWW-Authenticate" };
const OK_FROM_DIALOG = {
  message: JSON.stringify({ status: "ok", accessToken: "fake-dialog-token" }),
};

type Recorder = ReturnType<typeof graph>;

interface Fault {
  /** Profiles to replay on; the first is the one the README row names. */
  on: HostProfileName[];
  opts: ReplayOptions;
  /** A Graph stand-in, made afresh for each replay, when the fault is in Graph. */
  g?: () => Recorder;
  verify(r: Replayed, g: Recorder | undefined): Promise<void> | void;
}

const mailboxOnly = (answer: (route: Route, n: number) => Promise<void> | void) => () =>
  graph((route, path, n) =>
    path.includes("mailFolders") ? answer(route, n) : healthy(route, path)
  );

const FAULTS: Record<string, Fault> = {};
const fault = (name: string, f: Fault) => (FAULTS[name] = f);

fault("Graph 401 without a claims challenge", {
  on: ["web", "new-outlook"],
  opts: {},
  g: () => graph((route) => json(route, 401, { error: { code: "InvalidAuthenticationToken" } })),
  verify(r, g) {
    expect(r.facts.probes.mailbox).toMatchObject({ status: "failed", httpStatus: 401 });
    expect(r.findings).toContain("mailbox-unauthorized");
    expect(r.actions).toContain("clear-cached-credentials");
    expect(g?.count("mailFolders")).toBe(1);
  },
});

fault("Graph 401 with a claims challenge (Conditional Access asks for more)", {
  on: ["web"],
  opts: {},
  g: mailboxOnly((route, n) =>
    n === 1
      ? json(
          route,
          401,
          { error: { code: "InvalidAuthenticationToken" } },
          {
            ...EXPOSED,
            "www-authenticate": `Bearer error="insufficient_claims", claims="${Buffer.from('{"access_token":{"nbf":{"essential":true,"value":"1"}}}').toString("base64")}"`,
          }
        )
      : json(route, 200, { id: "inbox" })
  ),
  verify(r, g) {
    expect(r.facts.probes.mailbox).toEqual({ status: "ok", httpStatus: 200 });
    expect(g?.count("mailFolders")).toBe(2);
    // MSAL adds its own id-token claims to every request; the challenge's access-token claims go out once.
    expect(r.tokenRequests.filter((t) => t.claims?.includes('"access_token"'))).toHaveLength(1);
    expect(r.findings).toContain("mailbox-ok");
  },
});

fault("Graph 403", {
  on: ["new-outlook"],
  opts: {},
  g: mailboxOnly((route) => json(route, 403, { error: { code: "ErrorAccessDenied" } })),
  verify(r, g) {
    expect(r.findings).toContain("mailbox-forbidden");
    expect(r.actions[0]).toBe("contact-admin");
    expect(r.diagnosis.adminNotes.join("\n")).toContain("Mail.ReadBasic");
    expect(g?.count("mailFolders")).toBe(1);
  },
});

fault("Graph 404 (MailboxNotEnabledForRESTAPI)", {
  on: ["web"],
  opts: {},
  g: mailboxOnly((route) => json(route, 404, { error: { code: "MailboxNotEnabledForRESTAPI" } })),
  verify(r) {
    expect(r.facts.probes.mailbox).toMatchObject({
      httpStatus: 404,
      errorCode: "MailboxNotEnabledForRESTAPI",
    });
    expect(r.findings).toContain("mailbox-not-found");
    expect(r.actions).toContain("contact-admin");
    expect(r.facts.probes.authMethods.status).toBe("ok");
  },
});

fault("Graph 429 with Retry-After: 3 (readable), then success", {
  on: ["web"],
  opts: {},
  g: mailboxOnly((route, n) =>
    n === 1
      ? json(route, 429, {}, { ...EXPOSED, "retry-after": "3" })
      : json(route, 200, { id: "inbox" })
  ),
  verify(r, g) {
    const [first, second] = (g?.calls ?? []).filter((c) => c.path.includes("mailFolders"));
    expect(second && first && second.at - first.at).toBeGreaterThanOrEqual(2900);
    expect(r.facts.probes.mailbox.status).toBe("ok");
    expect(r.findings).not.toContain("mailbox-throttled");
  },
});

fault("Graph 429 with Retry-After: 100000", {
  on: ["web", "new-outlook"],
  opts: {},
  g: mailboxOnly((route) => json(route, 429, {}, { ...EXPOSED, "retry-after": "100000" })),
  verify(r, g) {
    expect(r.facts.probes.mailbox).toMatchObject({ status: "failed", httpStatus: 429 });
    expect(r.findings).toContain("mailbox-throttled");
    expect(r.findings).not.toContain("network-timeout");
    expect(r.actions).not.toContain("check-network");
    expect(g?.count("mailFolders")).toBe(1);
    // At once: the answer doesn't wait for the deadline.
    expect(r.settledAt - (g?.calls[0]?.at ?? 0)).toBeLessThan(3000);
  },
});

fault("Graph 429 with Retry-After as an HTTP date (2099)", {
  on: ["web"],
  opts: {},
  g: mailboxOnly((route) =>
    json(route, 429, {}, { ...EXPOSED, "retry-after": "Thu, 01 Jan 2099 00:00:00 GMT" })
  ),
  verify(r, g) {
    expect(r.findings).toContain("mailbox-throttled");
    expect(g?.count("mailFolders")).toBe(1);
  },
});

fault("Graph 429 whose Retry-After isn't exposed cross-origin", {
  on: ["new-outlook"],
  opts: {},
  // Retry-After: 5 would give one retry if it were readable; unreadable, the client backs off 1 s, 2 s, 4 s.
  g: mailboxOnly((route) => json(route, 429, {}, { "retry-after": "5" })),
  verify(r, g) {
    const times = (g?.calls ?? []).filter((c) => c.path.includes("mailFolders")).map((c) => c.at);
    // Three calls at least (a readable Retry-After: 5 would leave room for two); the fourth only where the machine
    // answers fast enough for it to fit in Graph's 9.5 s budget.
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.length).toBeLessThanOrEqual(4);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(1000 * 2 ** i - 50));
    expect(gaps[0]).toBeLessThan(4000);
    expect(r.findings).toContain("mailbox-throttled");
    expect(r.findings).not.toContain("network-timeout");
  },
});

fault("Graph 500 twice", {
  on: ["web"],
  opts: {},
  g: () => graph((route) => json(route, 500, { error: { code: "InternalServerError" } })),
  verify(r, g) {
    expect(r.findings).toContain("mailbox-service-error");
    expect(g?.count("mailFolders")).toBe(2);
    expect(g?.count("methods")).toBe(2);
    expect(r.actions).not.toContain("check-network");
  },
});

fault("Graph 503, slowly (3 s per answer)", {
  on: ["new-outlook"],
  opts: {},
  g: mailboxOnly(async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    return json(route, 503, {}).catch(() => undefined);
  }),
  verify(r, g) {
    expect(r.facts.probes.mailbox).toMatchObject({ status: "failed", httpStatus: 503 });
    expect(r.findings).toContain("mailbox-service-error");
    expect(g?.count("mailFolders")).toBe(2);
    // Inside Graph's 9.5 s budget (plus its grace), counted from the first request.
    expect(r.settledAt - (g?.calls[0]?.at ?? 0)).toBeLessThan(10500);
  },
});

fault("Graph hangs", {
  on: ["web"],
  opts: { settleMs: 20000 },
  g: () => graph(() => new Promise<void>(() => undefined)),
  async verify(r, g) {
    expect(r.facts.probes.mailbox.status).toBe("timeout");
    expect(r.findings).toEqual(expect.arrayContaining(["mailbox-timeout", "network-timeout"]));
    expect(r.actions).toContain("check-network");
    // Graph's 9.5 s budget (plus its grace), counted from the first request, not "forever".
    expect(r.settledAt - (g?.calls[0]?.at ?? 0)).toBeLessThan(10500);
    // Nothing is sent after the deadline.
    const sent = g?.calls.length;
    await new Promise((res) => setTimeout(res, 1500));
    expect(g?.calls.length).toBe(sent);
    expect(g?.count("mailFolders")).toBe(1);
  },
});

fault("The network goes offline mid-run", {
  on: ["web"],
  opts: { offlineAtGraph: true },
  verify(r) {
    expect(r.facts.probes.online).toBe(false);
    expect(r.findings).toContain("offline");
    expect(r.actions[0]).toBe("check-network");
  },
});

fault("The NAA bridge never answers", {
  on: ["new-outlook"],
  opts: { bridge: "hang" },
  verify(r) {
    expect(r.facts.probes.token).toEqual({ status: "timeout", errorCode: null });
    expect(r.findings).toContain("token-timeout");
    expect(r.probe.graphCalls).toEqual([]);
    // Ended by its 5 s deadline, named for IT.
    expect(trail(r)).toContain("probes token_deadline: no answer within 5000 ms");
  },
});

fault("The MSAL chunk doesn't load (an upload replaced the build)", {
  on: ["web", "classic"],
  opts: { blockChunk: /\/msal\.[0-9a-f]+\.js$/ },
  verify(r) {
    expect(r.facts.probes.token).toEqual({ status: "failed", errorCode: "chunk_load_error" });
    expect(r.findings).toContain("signin-add-in-load-failed");
    expect(r.findings).not.toContain("network-timeout");
    expect(r.signInOffered).toBe(false);
    expect((r.facts.errors ?? []).map((e) => `${e.area} ${e.code}`)).toContain(
      "auth chunk_load_error"
    );
  },
});

fault("MSAL throws as it is created (no Web Crypto)", {
  on: ["web"],
  opts: { noCrypto: true },
  verify(r) {
    expect(r.facts.probes.token).toEqual({ status: "failed", errorCode: "crypto_nonexistent" });
    expect(r.findings).toContain("signin-browser-unsupported");
    expect(r.signInOffered).toBe(false);
  },
});

fault("The NAA bridge fails (transient error)", {
  on: ["new-outlook"],
  opts: { msalThrows: true },
  verify(r) {
    expect(r.facts.probes.token).toEqual({ status: "failed", errorCode: "bridge_exploded" });
    expect(r.findings).toContain("token-failed");
    expect(r.diagnosis.adminNotes.join("\n")).toContain("bridge_exploded");
  },
});

fault("The NAA bridge is disabled at run time: Sign in goes through the Office dialog", {
  on: ["web", "new-outlook"],
  opts: {
    silentError: { status: "DISABLED", code: "", description: "" },
    dialog: OK_FROM_DIALOG,
    signIns: 1,
  },
  verify(r) {
    const [first] = r.steps;
    expect(first?.facts.probes.token).toEqual({
      status: "unsupported",
      errorCode: "nested_app_auth_bridge_disabled",
    });
    expect(first?.signInOffered).toBe(true);
    expect(first?.diagnosis.findings.map((f) => f.id)).toContain("signin-bridge-unavailable");
    expect(r.facts.probes.token).toEqual({ status: "ok", errorCode: null });
    expect(r.checks).toMatchObject({ token: "ok", mailbox: "ok", methods: "ok" });
    expect(r.tokenRequests.filter((t) => t.method === "GetTokenPopup")).toEqual([]);
  },
});

for (const [code, finding] of [
  [12002, "signin-dialog-failed"],
  [12003, "signin-dialog-failed"],
] as const)
  fault(`Office dialog event ${code} after Sign in`, {
    on: ["classic", "mac"],
    opts: { bridge: "absent", dialog: { event: code, afterMs: 50 }, signIns: 1 },
    verify(r) {
      expect(r.facts.probes.token).toEqual({ status: "failed", errorCode: `dialog_${code}` });
      expect(r.findings).toContain(finding);
      // The dialog failing is the assistant's set-up: IT must act, but after the fix for the user's own app.
      expect(r.diagnosis.actions).toContain("contact-admin");
      expect(r.diagnosis.plan.find((p) => p.action === "contact-admin")?.reason).toBe(
        "assistant-setup"
      );
      expect(r.signInOffered).toBe(false);
      expect((r.facts.errors ?? []).map((e) => e.detail)).toContainEqual(
        expect.stringMatching(new RegExp(`^Office dialog error ${code} after \\d+ ms$`))
      );
    },
  });

fault("Office dialog can't open: 12004 (domain not trusted)", {
  on: ["new-outlook"],
  opts: { bridge: "absent", dialog: { fail: 12004 }, signIns: 1 },
  verify(r) {
    expect(r.facts.probes.token).toEqual({ status: "failed", errorCode: "dialog_12004" });
    expect(r.diagnosis.adminNotes.join("\n")).toContain("task pane's own origin");
    expect(r.actions[0]).toBe("contact-admin");
  },
});

// Dialog endings a person can retry: Sign in stays on offer.
for (const [name, on, dialog, errorCode, finding] of [
  [
    "Office dialog blocked by the browser: 12011",
    "web",
    { fail: 12011 },
    "popup_window_error",
    "signin-popup-blocked",
  ],
  [
    "Office dialog closed by the person after a while: 12006",
    "mac",
    { event: 12006, afterMs: 5300 },
    "user_cancelled",
    "signin-user-cancelled",
  ],
] as const)
  fault(name, {
    on: [on],
    opts: { bridge: "absent", dialog, signIns: 1 },
    verify(r) {
      expect(r.facts.probes.token).toEqual({ status: "interaction_required", errorCode });
      expect(r.findings).toContain(finding);
      expect(r.signInOffered).toBe(true);
    },
  });

fault("Sign-in blocked by Conditional Access (AADSTS53003)", {
  on: ["web"],
  opts: {
    tokenError: {
      status: "PERSISTENT_ERROR",
      code: "access_denied",
      description: "AADSTS53003: Access has been blocked by Conditional Access policies.",
    },
  },
  verify(r) {
    // A policy refusal names whose sign-in it was: the assistant's own app registration.
    expect(r.facts.probes.token).toEqual({
      status: "failed",
      errorCode: "AADSTS53003",
      clientId: "11111111-1111-1111-1111-111111111111",
    });
    expect(r.findings).toContain("signin-blocked-by-policy");
    expect(r.actions[0]).toBe("contact-admin");
    expect(r.probe.graphCalls).toEqual([]);
    expect(r.signInOffered).toBe(false);
  },
});

fault("MFA required (AADSTS50076): Sign in runs NAA's window only on the click", {
  on: ["new-outlook"],
  opts: {
    silentError: {
      status: "USER_INTERACTION_REQUIRED",
      code: "interaction_required",
      description:
        "AADSTS50076: Due to a configuration change made by your administrator, you must use MFA.",
    },
    signIns: 1,
  },
  verify(r) {
    const [first] = r.steps;
    expect(first?.facts.probes.token).toEqual({
      status: "interaction_required",
      errorCode: "AADSTS50076",
    });
    expect(first?.diagnosis.findings.map((f) => f.id)).toContain("signin-mfa-required");
    expect(r.tokenRequests.map((t) => t.method)).toEqual(["GetToken", "GetToken", "GetTokenPopup"]);
    expect(r.facts.probes.token).toEqual({ status: "ok", errorCode: null });
  },
});

// The live-check faults run on a server of their own (the start-up rows change the shared server's config.json) and
// start with the file, so their waits overlap the start-up rows' own (Office.onReady's 10 s); their tests come last.
const recorders = new Map<string, Recorder>();
let replayed: (key: string) => Promise<Replayed>;
let poolServer: StaticServer | undefined;
beforeAll(async () => {
  poolServer = await startStaticServer(BUILD);
  const specs: Record<string, ReplayOptions> = {};
  for (const [name, f] of Object.entries(FAULTS))
    for (const profile of f.on) {
      const key = `${name}|${profile}`;
      const recorder = f.g?.();
      if (recorder) recorders.set(key, recorder);
      specs[key] = { profile, ...f.opts, ...(recorder ? { graph: recorder.handler } : {}) };
    }
  replayed = replayAll(suite.browser, () => poolServer as StaticServer, specs);
});
afterAll(async () => {
  await poolServer?.close();
});

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

describe("live checks", () => {
  describe.each(Object.keys(FAULTS))("%s", (name) => {
    const f = FAULTS[name] as Fault;
    test.each(f.on)("in %s", async (profile) => {
      const key = `${name}|${profile}`;
      const r = await replayed(key);
      try {
        await f.verify(r, recorders.get(key));
        await expectHonestPane(r);
      } finally {
        await r.probe.context.close();
      }
    });
  });
});
