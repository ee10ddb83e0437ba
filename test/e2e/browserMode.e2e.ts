// The hosted taskpane.html opened straight from a help-desk link, with no Outlook at all: the person gets their own
// diagnosis from their answers, and a way to IT, on each kind of device; no example is ever shown or copied as
// theirs; the examples page marks every copy as an example; a shared report says whose it is.
import { diagnose, parseFactsJson } from "../../src/diagnosis";
import { SCENARIOS } from "../../src/scenarios";
import { encodeBase64Url } from "../../src/taskpane/fragment";
import {
  openProbe,
  READY,
  rejectionsOf,
  useBrowserAndServer,
  type PageProbe,
} from "../support/browser";
import { FAKE_DIALOG_TOKEN, routeEntra } from "./fixtures/fakeEntra";
import { CONFIG, checksSettled, METHODS } from "../support/officeHost";

const suite = useBrowserAndServer();

/** What each device's browser says about itself (Chromium's client hints are hidden, as Safari and Firefox have none). */
const DEVICES = {
  windows: {
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    platform: "Win32",
    touch: 0,
  },
  mac: {
    userAgent:
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    platform: "MacIntel",
    touch: 0,
  },
  ios: {
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    platform: "iPhone",
    touch: 5,
  },
  android: {
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    platform: "Linux armv8l",
    touch: 5,
  },
} as const;
type DeviceName = keyof typeof DEVICES;

/** A page as that device's browser shows it, with Copy report's text kept in window.__copied. */
async function openAs(
  device: DeviceName | null,
  viewport = { width: 390, height: 844 }
): Promise<PageProbe> {
  const probe = await openProbe(suite.browser(), {
    viewport,
    mobile: device === "ios" || device === "android",
  });
  await probe.page.addInitScript(
    (d) => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: async (text: string) => void w.__copied.push(text) },
      });
      if (!d) return;
      Object.defineProperty(navigator, "userAgent", { configurable: true, get: () => d.userAgent });
      Object.defineProperty(navigator, "platform", { configurable: true, get: () => d.platform });
      Object.defineProperty(navigator, "maxTouchPoints", {
        configurable: true,
        get: () => d.touch,
      });
      Object.defineProperty(navigator, "userAgentData", {
        configurable: true,
        get: () => undefined,
      });
    },
    device ? DEVICES[device] : null
  );
  return probe;
}

async function copiedReport(probe: PageProbe): Promise<string> {
  await probe.page.getByTestId("copy-report").click();
  const handle = await probe.page.waitForFunction(
    () => (window as unknown as { __copied: string[] }).__copied.at(-1),
    null,
    { timeout: 5000 }
  );
  return (await handle.jsonValue()) as string;
}

/** The facts JSON at the end of a copied report, parsed as `diagnose` parses it. */
function factsOf(report: string) {
  const json = report.slice(report.indexOf("Facts report (JSON):") + "Facts report (JSON):".length);
  const parsed = parseFactsJson(json);
  if (!parsed.ok) throw new Error(`${parsed.field}: ${parsed.message}`);
  return parsed.facts;
}

const actionsOn = (probe: PageProbe) =>
  probe.page
    .locator("[data-action]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-action")));

/** Each device: the apps it runs are offered first; the answer the person picks, why, and the way to IT. */
const PERSONAS: [DeviceName, string][] = [
  ["windows", "outlook-windows-classic"],
  ["mac", "apple-mail-macos"],
  ["ios", "apple-mail-ios"],
  ["android", "outlook-android"],
];

describe("persona 8: the hosted address in a plain browser, no Outlook", () => {
  beforeAll(() => {
    suite.server().overrides.set("/config.json", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ ...CONFIG, auth: undefined }));
    });
  });
  afterAll(() => suite.server().overrides.delete("/config.json"));

  test.each(PERSONAS)(
    "on %s: asks first, then their own diagnosis and a way to IT",
    async (device, app) => {
      const probe = await openAs(device);
      await probe.page.goto(`${suite.server().url}taskpane.html`);
      await probe.page.waitForSelector(`${READY}[data-mode="browser"]`);
      // It says where it runs (and, deployed by an organisation, that Outlook's ribbon has it too).
      const intro = await probe.page.getByTestId("browser-intro").textContent();
      expect(intro).toMatch(/outside Outlook/);
      await probe.page.waitForFunction(() =>
        /Contoso has also added/.test(
          document.querySelector('[data-testid="browser-intro"]')?.textContent ?? ""
        )
      );
      // The question, with this device's apps first, and nothing else decided yet.
      expect(await actionsOn(probe)).toEqual(["none"]);
      const choices = await probe.page
        .locator("[data-testid=ask] [data-choice]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-choice")));
      expect(choices).toContain(app);
      expect(choices.indexOf(app)).toBeLessThan(3);
      expect(await probe.page.locator("main").innerText()).not.toMatch(
        /[Pp]review|EXAMPLE|[Ee]xample situation/
      );
      // Their answer: the engine's verdict for that app, why, the steps and the way to IT.
      await probe.page.locator(`[data-choice="${app}"]`).click();
      await probe.page.waitForFunction(
        () => document.querySelector("[data-action]")?.getAttribute("data-action") !== "none"
      );
      await probe.page.waitForSelector(READY);
      expect(await probe.page.getByTestId("summary").textContent()).toBeTruthy();
      expect(await probe.page.locator("[data-step]").count()).toBeGreaterThan(0);
      const handoff = await probe.page.getByTestId("handoff").boundingBox();
      expect(handoff && handoff.y + handoff.height).toBeLessThanOrEqual(844);
      // The report for IT: from a browser outside Outlook, on this device, about the app they named; no example.
      const report = await copiedReport(probe);
      expect(report.split("\n")[0]).toMatch(/^Password prompts – /);
      expect(report).toContain(`Pane ran in: a web browser outside Outlook, on "${device}"`);
      const facts = factsOf(report);
      const verdict = diagnose(facts, { now: new Date() });
      expect(report).toContain(`Problem app: ${verdict.problemClient.label};`);
      expect(facts.context).toEqual({ mode: "browser", devicePlatform: device });
      expect(facts.problemClient.app).toBe(app);
      expect(facts.example).toBeUndefined();
      expect(report).not.toMatch(/"example"|EXAMPLE/);
      // `diagnose` judges the copied report as the pane did.
      expect(verdict.actions).toEqual(await actionsOn(probe));
      expect(probe.pageErrors).toEqual([]);
      expect(await rejectionsOf(probe.page)).toEqual([]);
      await probe.context.close();
    }
  );

  test.each([
    [320, 600],
    [1280, 800],
  ])(
    "at %s × %s nothing overflows, and the question's first choices are on the first screen",
    async (width, height) => {
      const probe = await openAs("windows", { width, height });
      await probe.page.goto(`${suite.server().url}taskpane.html`);
      await probe.page.waitForSelector(`${READY}[data-mode="browser"]`);
      const r = await probe.page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        choice: document.querySelector("[data-choice]")?.getBoundingClientRect().bottom ?? 9999,
      }));
      expect(r.overflow).toBeLessThanOrEqual(0);
      expect(r.choice).toBeLessThan(height);
      await probe.context.close();
    }
  );
});

test("the examples page says EXAMPLE on screen, and a copy of it says so first and in the JSON", async () => {
  const probe = await openAs(null, { width: 320, height: 900 });
  await probe.page.goto(`${suite.server().url}taskpane.html?examples`);
  await probe.page.waitForSelector(`${READY}[data-mode="examples"]`);
  expect(await probe.page.getByTestId("example-badge").isVisible()).toBe(true);
  expect(await probe.page.getByTestId("example-badge").textContent()).toBe("EXAMPLE");
  const report = await copiedReport(probe);
  expect(report.split("\n")[0]).toMatch(/^EXAMPLE – not a user's report/);
  expect(factsOf(report).example).toBe(true);
  await probe.context.close();
});

test("a shared #facts= report opens under a line saying whose it is: when, and in which app", async () => {
  const facts = SCENARIOS.find((s) => s.id === "web-helping-outlook-2013")?.facts as {
    collectedAt: string;
  };
  const probe = await openAs(null, { width: 320, height: 900 });
  await probe.page.goto(
    `${suite.server().url}taskpane.html#facts=${encodeBase64Url(JSON.stringify(facts))}`
  );
  await probe.page.waitForSelector(`${READY}[data-mode="report"]`);
  const day = new Date(facts.collectedAt).toLocaleDateString("en-US", {
    dateStyle: "long",
    timeZone: "UTC",
  });
  expect(await probe.page.getByTestId("report-header").textContent()).toBe(
    `A report shared with you: what the Sign-in Assistant showed in Outlook on the web on ${day}.`
  );
  // The hand-off is there too: the report is what that person saw.
  expect(await probe.page.getByTestId("handoff").count()).toBe(1);
  expect(await probe.page.getByTestId("examples").count()).toBe(0);
  await probe.context.close();
});

describe("live checks outside Outlook, where IT configured them", () => {
  beforeAll(() => {
    suite.server().overrides.set("/config.json", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(CONFIG));
    });
  });
  afterAll(() => suite.server().overrides.delete("/config.json"));

  /** A page with Entra and Graph answered by the test; Graph's calls are recorded with the token they carried. */
  async function openWithEntra(entra: Parameters<typeof routeEntra>[1]) {
    const probe = await openAs("windows");
    const log = await routeEntra(probe.context, entra);
    const graph: string[] = [];
    await probe.context.route("https://graph.microsoft.com/**", (route) => {
      const url = route.request().url();
      graph.push(`${new URL(url).pathname} ${route.request().headers().authorization ?? ""}`);
      const body = url.includes("mailFolders") ? { id: "inbox" } : METHODS;
      return route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify(body),
      });
    });
    await probe.page.goto(`${suite.server().url}taskpane.html`);
    await probe.page.waitForSelector(`${READY}[data-mode="browser"]`);
    await probe.page.locator('[data-choice="outlook-windows-classic"]').click();
    return { probe, log, graph };
  }

  /** Clicks Check my account and waits until Entra has sent the page back to itself with its answer. */
  async function signInAndReturn(probe: PageProbe): Promise<void> {
    const page = probe.page;
    const back = page.waitForEvent("framenavigated", {
      predicate: (f) => f === page.mainFrame() && /\/taskpane\.html#(code|error)=/.test(f.url()),
      timeout: 20000,
    });
    await page.getByTestId("sign-in").click();
    await back;
    await page.waitForLoadState("domcontentloaded");
  }

  test("Check my account signs in by redirect on this page, keeps the answer, and runs the same checks", async () => {
    const { probe, log, graph } = await openWithEntra({});
    await signInAndReturn(probe);
    // Back from Microsoft's sign-in page: the same page, the same answer, the checks run with the new token.
    const checks = await checksSettled(probe);
    expect(checks.token).toBe("ok");
    expect(checks.mailbox).toBe("ok");
    expect(checks.methods ?? checks.authMethods).toBe("ok");
    expect(log.authorize).toHaveLength(1);
    expect(log.authorize[0]?.searchParams.get("redirect_uri")).toBe(
      `${suite.server().url}taskpane.html`
    );
    expect(graph.every((g) => g.endsWith(`Bearer ${FAKE_DIALOG_TOKEN}`))).toBe(true);
    expect(graph).toHaveLength(2);
    expect(await probe.page.getByTestId("diagnosis").getAttribute("data-mode")).toBe("browser");
    const report = await copiedReport(probe);
    const facts = factsOf(report);
    expect(facts.problemClient.app).toBe("outlook-windows-classic");
    expect(facts.probes.token).toEqual({ status: "ok", errorCode: null });
    expect(facts.probes.authMethods.methods).toEqual(["microsoftAuthenticator", "password"]);
    expect(report).not.toContain(FAKE_DIALOG_TOKEN);
    expect(probe.pageErrors).toEqual([]);
    await probe.context.close();
  });

  test("a sign-in Entra refuses (Conditional Access) comes back named, as inside Outlook", async () => {
    const { probe } = await openWithEntra({
      authorize: {
        error: "access_denied",
        description: "AADSTS53003: Access has been blocked by Conditional Access policies.",
      },
    });
    await signInAndReturn(probe);
    const checks = await checksSettled(probe);
    expect(checks.token).not.toBe("ok");
    const facts = factsOf(await copiedReport(probe));
    expect(facts.probes.token.errorCode).toBe("AADSTS53003");
    expect(facts.problemClient.app).toBe("outlook-windows-classic");
    expect(await actionsOn(probe)).toContain("contact-admin");
    expect(await probe.page.getByTestId("auth-message").textContent()).toBeTruthy();
    await probe.context.close();
  });
});
