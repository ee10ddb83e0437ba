import { rejectionsOf, useBrowserAndServer } from "../support/browser";
import {
  actionsOf,
  checksSettled,
  copiedFacts,
  METHODS,
  openInFakeOutlook,
  openInHost,
} from "../support/officeHost";

const suite = useBrowserAndServer();

test("all good: real MSAL gets a token over the NAA bridge, Graph answers, every check passes", async () => {
  const probe = await openInFakeOutlook(suite.browser(), suite.server());
  await probe.page.goto(`${suite.server().url}taskpane.html`);
  const checks = await checksSettled(probe);
  expect(checks).toEqual({
    network: "ok",
    client: "ok",
    token: "ok",
    mailbox: "ok",
    methods: "ok",
  });
  expect(probe.graphCalls.sort()).toEqual(["/me/authentication/methods", "/me/mailFolders/inbox"]);
  expect(
    await probe.page.evaluate(
      () => (window as unknown as { __bridgeRequests: string[] }).__bridgeRequests
    )
  ).toEqual(expect.arrayContaining(["GetInitContext", "GetToken"]));
  expect(await actionsOf(probe)).toEqual(["clear-cached-credentials"]);
  expect(await probe.page.getByTestId("preview-banner").count()).toBe(0);
  expect(probe.pageErrors).toEqual([]);
  expect(await rejectionsOf(probe.page)).toEqual([]);
  await probe.context.close();
});

// Issue 14 item 4: a whole live diagnosis in which every call hangs ends within 15 s with an honest answer, counted
// from the first screen (when the checks start). The token phase has 5 s and Graph 9.5 s (src/probes/runner.ts), so
// the worst a person can wait is a slow token followed by Graph calls that never answer. Both runs start with the
// file (most of each is waiting, so it overlaps the other tests here) and are checked in their own tests.
/** Opens the pane, notes what the first screen shows, and waits for every check to end. */
async function run(opts: Parameters<typeof openInHost>[2]) {
  const graphAt: number[] = [];
  const probe = await openInHost(suite.browser(), suite.server(), {
    ...opts,
    graph: () => {
      graphAt.push(Date.now());
      return new Promise<void>(() => undefined);
    },
    captureClipboard: true,
  });
  await probe.open();
  await probe.page.waitForSelector('[data-testid="diagnosis"][data-state="ready"]');
  // The live diagnosis starts with the first screen (the checks pending); page start-up is the start-up's budget.
  const start = Date.now();
  const firstScreenMailbox = await probe.page
    .locator('[data-check="mailbox"]')
    .getAttribute("data-status");
  const checks = await checksSettled(probe, 16000);
  const settledAt = Date.now();
  const sent = graphAt.length;
  // Nothing is sent after the deadline.
  await new Promise((r) => setTimeout(r, 1000));
  return {
    probe,
    firstScreenMailbox,
    checks,
    elapsed: settledAt - start,
    afterFirstGraphCall: graphAt.length ? settledAt - (graphAt[0] as number) : null,
    sentAtEnd: sent,
    graphAt,
    facts: await copiedFacts(probe),
  };
}
let bridgeHangs: ReturnType<typeof run>;
let slowest: ReturnType<typeof run>;
beforeAll(() => {
  bridgeHangs = run({ profile: "web", bridge: "hang" });
  // MSAL asks the bridge twice (its init context, then the token): 1.8 s each, well inside the 5 s deadline.
  slowest = run({ profile: "new-outlook", handshakeMs: 400, bridgeDelayMs: 1800 });
});

test("Run again reruns the probes; links open through openBrowserWindow; Send to IT opens a draft; storage holds only MSAL's cache", async () => {
  let mailboxCalls = 0;
  const probe = await openInFakeOutlook(suite.browser(), suite.server(), {
    graph: (route, path) => {
      if (path.includes("mailFolders")) mailboxCalls++;
      return route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify(path.includes("mailFolders") ? { id: "inbox" } : METHODS),
      });
    },
  });
  await probe.page.goto(`${suite.server().url}taskpane.html`);
  await checksSettled(probe);
  await probe.page.getByTestId("run-again").click();
  await probe.page.waitForFunction(
    () => document.querySelectorAll('[data-check][data-status="pending"]').length === 0
  );
  await checksSettled(probe);
  expect(mailboxCalls).toBe(2);

  await probe.page
    .getByRole("link", { name: /Microsoft's password-prompt troubleshooter/ })
    .click();
  expect(
    await probe.page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)
  ).toEqual(["https://aka.ms/SaRA-OutlookPwdPrompt"]);

  // The bar opens the sheet (what the prompt looks like, a note); Send to IT is there.
  await probe.page.getByTestId("handoff").click();
  await probe.page.getByTestId("send-to-it").click();
  const messages = await probe.page.evaluate(
    () =>
      (
        window as unknown as {
          __messages: { toRecipients: string[]; subject: string; htmlBody: string }[];
        }
      ).__messages
  );
  expect(messages).toHaveLength(1);
  expect(messages[0]?.toRecipients).toEqual(["servicedesk@contoso.example"]);
  expect(messages[0]?.htmlBody).toContain("&quot;schema&quot;: 1");
  expect(messages[0]?.htmlBody).not.toContain("fake-access-token");

  const storage = await probe.page.evaluate(() => Object.keys(localStorage));
  expect(storage.length).toBeGreaterThan(0);
  for (const key of storage)
    expect([key, /^msal\.|login\.microsoftonline\.com|^[0-9a-f-]{36}/.test(key)]).toEqual([
      key,
      true,
    ]);
  const values = await probe.page.evaluate(() => Object.values(localStorage).join("\n"));
  expect(values).not.toContain("guideProgress");
  await probe.context.close();
});

describe("every call hanging: an honest answer within 15 s", () => {
  test("the NAA bridge never answers: the sign-in check times out at its deadline, Graph is never called", async () => {
    const r = await bridgeHangs;
    expect(r.elapsed).toBeLessThan(15000);
    // A timeout is "couldn't check", not a failure (issue 9, item 5).
    expect(r.checks.token).toBe("notChecked");
    expect(r.probe.graphCalls).toEqual([]);
    expect((r.facts.probes as { token: unknown }).token).toEqual({
      status: "timeout",
      errorCode: null,
    });
    expect(await actionsOf(r.probe)).toContain("check-network");
    expect(await rejectionsOf(r.probe.page)).toEqual([]);
    await r.probe.context.close();
  });

  test("a slow token (3.6 s), then Graph never answering: the checks end by Graph's deadline", async () => {
    const r = await slowest;
    // The first screen is up long before the checks end, with the checks still pending rather than a spinner.
    expect(r.firstScreenMailbox).toBe("pending");
    expect(r.elapsed).toBeLessThan(15000);
    // Graph's requests end inside its 9.5 s budget (8 s request timeouts): the run waits for them, and no longer.
    // (How long after the first call they end varies with the machine; the upper bound is the promise.)
    expect(r.afterFirstGraphCall).toBeGreaterThan(0);
    expect(r.afterFirstGraphCall).toBeLessThan(10500);
    expect(r.checks).toMatchObject({ token: "ok", mailbox: "notChecked", methods: "notChecked" });
    const probes = r.facts.probes as Record<string, { status: string }>;
    expect([probes.mailbox?.status, probes.authMethods?.status]).toEqual(["timeout", "timeout"]);
    expect(await actionsOf(r.probe)).toEqual(["check-network"]);
    expect(r.graphAt).toHaveLength(r.sentAtEnd);
    expect(await rejectionsOf(r.probe.page)).toEqual([]);
    await r.probe.context.close();
  });
});
