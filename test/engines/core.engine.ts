// The pane's core browser tests in the engines Outlook runs add-ins in besides Chromium: WebKit (Outlook for Mac and
// iOS show add-ins in WKWebView; Safari runs Outlook on the web) and Gecko (Firefox runs Outlook on the web). The same
// test bodies run in each engine through test/engines/drivers.ts, against the production build with the stand-in
// Office host (test/engines/paneServer.ts). `npm run test:engines` runs them; a machine without an engine's Debian
// packages skips that engine's suite with a warning and a skipped test named for what is missing.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/browser";
import type { FakeHostOptions, HostProfileName } from "../support/officeHost";
import { firstScreenProblems, type PaneReading } from "../support/pane";
import type { StaticServer } from "../support/staticServer";
import { missingFor, startEngine, type EngineDriver, type EngineName } from "./drivers";
import { ENGINE_CONFIG, paneInFrame, startPaneServer } from "./paneServer";

const ENGINES: EngineName[] = ["webkit", "gecko"];
const LABEL: Record<EngineName, string> = { webkit: "WebKit", gecko: "Gecko (Firefox ESR)" };
const SHOTS = join(ROOT, "test-results", "engines");

let server: StaticServer | undefined;
beforeAll(async () => {
  server = await startPaneServer();
});
afterAll(async () => {
  await server?.close();
});

const READY = `return document.querySelector('[data-testid="diagnosis"][data-state="ready"]') !== null &&
  document.querySelector('[data-testid="copy-report"]') !== null;`;

/** The pane as a user meets it: the same reading as test/support/pane.ts's readPane, as a script body. */
const READ_PANE = `
  const top = (el) => (el ? el.getBoundingClientRect().top : null);
  const first = document.querySelector("[data-action]");
  return {
    actions: [...document.querySelectorAll("[data-action]")].map((e) => e.getAttribute("data-action")),
    findings: [...document.querySelectorAll("[data-finding]")].map((e) => e.getAttribute("data-finding")),
    owner: document.querySelector('[data-testid="diagnosis"]')?.getAttribute("data-owner") ?? null,
    firstStepTop: top(first?.querySelector("[data-step]") ?? null),
    firstCardTop: top(first),
    handoffTop: top(document.querySelector('[data-testid="handoff"]')),
    footerTop: top(document.querySelector('[data-testid="handoff-bar"]')),
    summaryTop: top(document.querySelector('[data-testid="summary"]')),
    viewport: window.innerHeight,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    text: document.querySelector("main")?.innerText ?? "",
  };`;

async function openPane(
  d: EngineDriver,
  host: FakeHostOptions & { profile: HostProfileName },
  size = { width: 320, height: 600 }
): Promise<void> {
  await d.openPane(paneInFrame(server as StaticServer, host, size));
  await d.waitFor(READY, 20000);
}

/** In Outlook on the web and new Outlook nothing is wrong here: the pane asks; naming an app gives its guide. */
async function guideFor(d: EngineDriver): Promise<void> {
  await d.click('[data-choice="other-computer"]');
  // Then which Outlook: Microsoft 365, whose guide starts with signing out and in.
  await d.waitFor(`return document.querySelector('[data-choice="version-m365"]') !== null;`);
  await d.click('[data-choice="version-m365"]');
  await d.waitFor(
    `return document.querySelector('[data-action="clear-cached-credentials"] [data-step]') !== null;`
  );
}

async function shot(d: EngineDriver, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `${d.engine}-${name}.png`), await d.screenshot());
}

describe.each(ENGINES)("%s", (engine) => {
  const missing = missingFor(engine);
  if (missing.length > 0) {
    const what = missing.join(", ");
    console.warn(
      `\n*** ${LABEL[engine]} browser tests SKIPPED: ${what} missing. ` +
        `Install them (Debian: apt-get install firefox-esr webkit2gtk-driver xvfb) or run .ci/run. ***\n`
    );
    // CI installs them (.ci/run sets REQUIRE_ENGINES=1): there a missing engine fails instead of skipping.
    if (process.env.REQUIRE_ENGINES === "1")
      test(`${LABEL[engine]}: required, but ${what} missing`, () => {
        throw new Error(`${LABEL[engine]}: ${what} missing`);
      });
    else test.skip(`${LABEL[engine]}: not run, missing ${what}`, () => undefined);
    return;
  }

  let d: EngineDriver;
  beforeAll(async () => {
    d = await startEngine(engine);
    await d.setViewport(480, 900);
  }, 60000);
  afterAll(async () => {
    await d?.close();
  });

  test("runs in the engine it names", () => {
    expect(d.userAgent).toMatch(engine === "webkit" ? /AppleWebKit\/605/ : /Gecko\/\d+ Firefox\//);
    expect(d.userAgent).not.toMatch(/Chrome\//);
  });

  test("first screen at 320 x 600 (classic Outlook): the answer, the first step or the hand-off, and Send to IT", async () => {
    await openPane(d, { profile: "classic" });
    const r = await d.evaluate<PaneReading>(READ_PANE);
    await shot(d, "classic-320x600");
    expect(r.viewport).toBe(600);
    expect(firstScreenProblems(r)).toEqual([]);
    expect(r.overflow).toBe(0);
    expect(
      await d.evaluate<number>(
        `return document.querySelectorAll('[data-testid="preview"]').length;`
      )
    ).toBe(0);
  });

  test("first screen at 390 x 844 (Outlook for iOS)", async () => {
    await openPane(d, { profile: "ios" }, { width: 390, height: 844 });
    const r = await d.evaluate<PaneReading>(READ_PANE);
    await shot(d, "ios-390x844");
    expect(r.viewport).toBe(844);
    expect(firstScreenProblems(r, 844)).toEqual([]);
    expect(r.overflow).toBe(0);
  });

  test("a guide's steps and ticks: naming the app gives numbered steps; ticking one counts it", async () => {
    await openPane(d, { profile: "web" });
    await guideFor(d);
    const CARD = '[data-action="clear-cached-credentials"]';
    const before = await d.evaluate<{ steps: number; progress: string }>(
      `const card = document.querySelector(arguments[0]);
       return { steps: card.querySelectorAll("[data-step]").length,
                progress: card.querySelector('[data-testid="progress"]')?.textContent ?? "" };`,
      CARD
    );
    expect(before.steps).toBeGreaterThanOrEqual(2);
    // In view first, clear of the sticky hand-off bar (WebDriver refuses a click another element would receive).
    await d.evaluate(
      `document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`,
      `${CARD} [data-step] input[type="checkbox"]`
    );
    await d.click(`${CARD} [data-step] input[type="checkbox"]`);
    const after = await d.waitFor<{ checked: boolean; progress: string }>(
      `const card = document.querySelector(arguments[0]);
       const box = card.querySelector('[data-step] input[type="checkbox"]');
       const progress = card.querySelector('[data-testid="progress"]')?.textContent ?? "";
       return box.checked && progress !== arguments[1] ? { checked: box.checked, progress } : null;`,
      5000,
      CARD,
      before.progress
    );
    expect(after.checked).toBe(true);
    expect(after.progress).not.toBe(before.progress);
  });

  test("the hand-off: Send to IT gives Outlook's new-message form the help desk and the report", async () => {
    await openPane(d, { profile: "classic" });
    // The bar opens the hand-off sheet (the prompt's look, a note, the caveat), which sends.
    await d.click('[data-testid="handoff"]');
    await d.waitFor(`return document.querySelector('[data-testid="send-to-it"]') !== null;`);
    await d.click('[data-testid="send-to-it"]');
    const messages = await d.waitFor<{ toRecipients: string[]; htmlBody: string }[]>(
      `const m = window.__messages; return m && m.length ? m : null;`
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]?.toRecipients).toEqual([ENGINE_CONFIG.helpDesk.email]);
    expect(messages[0]?.htmlBody).toContain("&quot;schema&quot;: 1");
  });

  test("the keyboard path: from the top of the pane, the hand-off bar is the first Tab stop and the first step's tick box comes within 8", async () => {
    await openPane(d, { profile: "web" });
    await guideFor(d);
    // Start from the top of the page in every engine: a focused marker before the pane (Firefox otherwise goes on from
    // the element the last click focused).
    await d.evaluate(
      `const start = document.createElement("button"); start.textContent = "start";
       document.body.insertBefore(start, document.body.firstChild); window.scrollTo(0, 0); start.focus();`
    );
    let stops = 0;
    let reached = false;
    const trail: string[] = [];
    while (stops < 8 && !reached) {
      await d.press("Tab");
      stops++;
      const now = await d.evaluate<{ reached: boolean; what: string }>(
        `const el = document.activeElement;
         const first = document.querySelector("[data-action] [data-step]");
         return { reached: !!(el && first && first.contains(el) && el.type === "checkbox"),
                  what: el ? el.tagName + ":" + (el.getAttribute("aria-label") || el.textContent || "").slice(0, 40) : "none" };`
      );
      reached = now.reached;
      trail.push(now.what);
    }
    expect([reached, trail]).toEqual([true, trail]);
    // The way to IT comes first (drawn at the bottom, early in the page), as in Chromium's layout test.
    expect(trail[0]).toMatch(/^BUTTON:Ask IT instead/);
    // Space ticks it, as a keyboard user would. Not in Gecko: Firefox ESR's WebDriver BiDi key input reaches the box
    // (keydown, keypress, keyup with keyCode 32) but doesn't run a checkbox's activation behaviour, not even a plain
    // <input type=checkbox>'s (tried here), so there it would test the driver, not the pane.
    if (engine === "webkit") {
      await d.press("Space");
      expect(
        await d.waitFor<boolean>(
          `return document.activeElement && document.activeElement.checked === true;`,
          3000
        )
      ).toBe(true);
    }
  });

  describe.each(["light", "dark"] as const)("axe-core in %s", (theme) => {
    test("zero violations in classic Outlook and on the Mac", async () => {
      await openPane(d, { profile: "classic", theme });
      expect(
        await d.evaluate<string>(
          `return document.querySelector("[data-theme]")?.getAttribute("data-theme");`
        )
      ).toBe(theme);
      const AXE = `
        const load = () => new Promise((resolve, reject) => {
          if (window.axe) return resolve();
          const s = document.createElement("script");
          s.src = "/__engine/axe.js"; s.onload = resolve; s.onerror = () => reject(new Error("axe didn't load"));
          document.head.appendChild(s);
        });
        return load().then(() => window.axe.run(document)).then((r) =>
          r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")));`;
      expect(await d.evaluate<string[]>(AXE)).toEqual([]);
      await shot(d, `classic-${theme}`);
      // A second situation: Outlook for Mac, whose guide is Keychain Access.
      await openPane(d, { profile: "mac", theme });
      expect(await d.evaluate<string[]>(AXE)).toEqual([]);
    });
  });
});
