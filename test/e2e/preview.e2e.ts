import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseFacts } from "../../src/diagnosis";
import { SCENARIOS } from "../../src/scenarios";
import { encodeBase64Url } from "../../src/taskpane/fragment";
import {
  openProbe,
  READY,
  rejectionsOf,
  ROOT,
  unexpectedConsoleErrors,
  useBrowserAndServer,
} from "../support/browser";

const suite = useBrowserAndServer();

const parseFactsOrThrow = (raw: unknown) => {
  const p = parseFacts(raw);
  if (!p.ok) throw new Error(p.field);
  return p.facts;
};
const shots = join(ROOT, "test-results");
beforeAll(() => mkdirSync(shots, { recursive: true }));

test("a plain browser tab renders a Fluent UI pane in browser mode and reaches data-state=ready with no console errors", async () => {
  // A deployed site has a config.json (a missing one is a 404, which the browser logs as an error).
  suite.server().overrides.set("/config.json", (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ organizationName: "Contoso" }));
  });
  const probe = await openProbe(suite.browser());
  await probe.page.goto(`${suite.server().url}taskpane.html`);
  await probe.page.waitForSelector(`${READY}[data-mode="browser"]`, { timeout: 20000 });
  suite.server().overrides.delete("/config.json");
  expect(await probe.page.getByTestId("browser-intro").isVisible()).toBe(true);
  expect(await probe.page.locator(".fui-FluentProvider").count()).toBe(1);
  expect(await probe.page.locator("[data-action]").count()).toBeGreaterThan(0);
  await probe.page.screenshot({ path: join(shots, "preview-default.png"), fullPage: true });
  // office.js would frame its telemetry proxy 3 s after load; the pane turns that off outside Office.
  await probe.page.waitForTimeout(3500);
  expect(await probe.page.locator("iframe").count()).toBe(0);
  expect(unexpectedConsoleErrors(probe)).toEqual([]);
  expect(probe.pageErrors).toEqual([]);
  expect(await rejectionsOf(probe.page)).toEqual([]);
  expect(probe.externalRequests).toEqual([]);
  await probe.context.close();
});

test("an axe-core scan of the browser-mode pane finds no violations", async () => {
  const probe = await openProbe(suite.browser());
  await probe.page.goto(`${suite.server().url}taskpane.html`);
  await probe.page.waitForSelector(READY);
  const results = await new AxeBuilder({ page: probe.page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  ).toEqual([]);
  await probe.context.close();
});

test("#facts= renders exactly the report it carries", async () => {
  const facts = {
    schema: 1,
    collectedAt: "2026-11-24T08:30:00.000Z",
    host: { hostName: "OutlookWebApp", hostVersion: "15.20.9412.9", platform: "OfficeOnline" },
    problemClient: { app: "outlook-windows-classic", version: "15.0.5589.1000" },
    probes: {
      online: true,
      token: { status: "ok" },
      mailbox: { status: "ok", httpStatus: 200 },
      authMethods: { status: "ok", methods: ["phone"] },
    },
  };
  const probe = await openProbe(suite.browser());
  await probe.page.goto(
    `${suite.server().url}taskpane.html#facts=${encodeBase64Url(JSON.stringify(facts))}`
  );
  await probe.page.waitForSelector(READY);
  const actions = await probe.page
    .locator("[data-action]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-action")));
  expect(actions).toEqual(["update-client", "enable-modern-auth-registry"]);
  expect(await probe.page.getByTestId("summary").textContent()).toContain("Outlook 2013");
  await probe.context.close();
});

test("a bad #facts= fragment shows a clear inline error and still renders guidance", async () => {
  const probe = await openProbe(suite.browser());
  await probe.page.goto(`${suite.server().url}taskpane.html#facts=not*base64`);
  await probe.page.waitForSelector(READY);
  expect(await probe.page.getByTestId("fragment-error").textContent()).toContain("can't be read");
  const wrongType = encodeBase64Url(
    JSON.stringify({ schema: 1, host: { hostVersion: 7 }, problemClient: {}, probes: {} })
  );
  await probe.page.goto(`${suite.server().url}taskpane.html#facts=${wrongType}`);
  await probe.page.reload();
  await probe.page.waitForSelector(READY);
  expect(await probe.page.getByTestId("fragment-error").textContent()).toContain(
    "host.hostVersion"
  );
  expect(probe.pageErrors).toEqual([]);
  await probe.context.close();
});

test("choosing an example updates the shareable link, although office.js sets history.replaceState to null", async () => {
  const probe = await openProbe(suite.browser());
  await probe.page.goto(`${suite.server().url}taskpane.html?examples`);
  await probe.page.waitForSelector(READY);
  // The real office.js, outside Office, replaces history.replaceState with null (toolchain notes).
  expect(await probe.page.evaluate(() => history.replaceState === null)).toBe(true);
  const historyLength = await probe.page.evaluate(() => history.length);
  for (const id of ["offline", "thunderbird-imap"]) {
    await probe.page.getByTestId("scenario").selectOption(id);
    const facts = SCENARIOS.find((s) => s.id === id)?.facts;
    await probe.page.waitForFunction(
      (hash) => window.location.hash === hash,
      `#facts=${encodeBase64Url(JSON.stringify(parseFactsOrThrow(facts)))}`
    );
  }
  // One history entry, however many situations were chosen; the page didn't reload.
  expect(await probe.page.evaluate(() => history.length)).toBe(historyLength);
  expect(await probe.page.getByTestId("scenario").inputValue()).toBe("thunderbird-imap");
  // The link opens the same situation in a fresh page.
  const link = probe.page.url();
  const other = await openProbe(suite.browser());
  await other.page.goto(link);
  await other.page.waitForSelector(READY);
  expect(
    await other.page
      .locator("[data-action]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-action")))
  ).toEqual(["switch-to-modern-auth"]);
  expect(probe.pageErrors).toEqual([]);
  expect(await rejectionsOf(probe.page)).toEqual([]);
  await other.context.close();
  await probe.context.close();
});
