// Outlook on phones (issue 13, item 2, the pane's part): at 390 x 844 inside the emulated Outlook for iOS and
// Android, the first screen holds, axe finds nothing, nothing scrolls sideways, every control is a 44 px touch
// target, nothing depends on hover, and links leave for the system browser without openBrowserWindow (which
// Outlook mobile doesn't have). Phone widths from 360 to 430 px keep every situation free of sideways scroll.
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { enUS } from "../../src/i18n";
import { SCENARIOS } from "../../src/scenarios";
import { openProbe, READY, rejectionsOf, ROOT, useBrowserAndServer } from "../support/browser";
import { CONFIG, openInHost } from "../support/officeHost";
import {
  expectedView,
  factsHash,
  firstScreenProblems,
  readPane,
  scenarioFacts,
  showFacts,
} from "../support/pane";

const suite = useBrowserAndServer();
const shots = join(ROOT, "test-results", "mobile");
beforeAll(() => mkdirSync(shots, { recursive: true }));

/** Every visible control and the box a finger can hit (a radio's or checkbox's whole label row). */
function touchTargets(page: Page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll(
      "main a[href], main button, main input, main select, main textarea, main summary"
    );
    return [...controls]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const hidden = r.width === 0 || r.height === 0 || style.visibility === "hidden";
        return !hidden && !(el as HTMLElement).closest("[hidden]");
      })
      .map((el) => {
        const input = el as HTMLInputElement;
        // A tick box is hit anywhere on its row: Fluent's input covers the box, its <label> the text beside it.
        const hit =
          el.tagName === "INPUT" && (input.type === "radio" || input.type === "checkbox")
            ? (el.closest(".fui-Checkbox") ?? el.closest("label") ?? el)
            : el;
        const r = hit.getBoundingClientRect();
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? input.type ?? "").trim();
        return {
          what: `${el.tagName.toLowerCase()} "${name.slice(0, 40)}"`,
          w: r.width,
          h: r.height,
        };
      });
  });
}

describe.each(["ios", "android"] as const)("Outlook on %s (emulated), 390 x 844", (profile) => {
  test("first screen, axe, no sideways scroll, 44 px targets, no hover-only hints, links to the system browser", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), {
      profile,
      config: CONFIG,
    });
    await probe.open();
    await probe.page.waitForSelector(READY);
    await probe.page.waitForSelector('[data-testid="copy-report"]');
    expect(await probe.page.evaluate(() => window.innerWidth)).toBe(390);

    const first = await readPane(probe.page);
    expect(firstScreenProblems(first, 844)).toEqual([]);
    expect(first.overflow).toBe(0);
    await probe.page.screenshot({ path: join(shots, `${profile}.png`) });

    const axe = await new AxeBuilder({ page: probe.page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    ).toEqual([]);

    // On a phone the pane asks first which app keeps asking. Open both lists and measure every choice; then name
    // the desktop Outlook, measure the version question, answer it, open Change and every disclosure, and measure
    // every control a finger might need.
    const small = async () => (await touchTargets(probe.page)).filter((t) => t.w < 44 || t.h < 44);
    await probe.page.locator('[data-testid="ask"] > ul > li > [data-choice="phone"]').click();
    await probe.page.locator('[data-testid="ask"] > ul > li > [data-choice="other"]').click();
    expect(await small()).toEqual([]);
    await probe.page.locator('[data-choice="other-computer"]').click();
    await probe.page.waitForSelector('[data-testid="version-ask"]');
    expect(await small()).toEqual([]);
    await probe.page.locator('[data-choice="version-m365"]').click();
    await probe.page.getByTestId("change-app").click();
    await probe.page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    expect(await small()).toEqual([]);
    expect((await readPane(probe.page)).overflow).toBe(0);

    // No information only a mouse can reach: no tooltips (title attributes) in the pane.
    expect(await probe.page.locator("main [title]").count()).toBe(0);

    // A link: no openBrowserWindow on a phone; the link itself goes out (here: to the blocked outside world).
    const link = probe.page.getByRole("link", { name: /Contoso IT website/ });
    await link.click();
    await probe.page.waitForTimeout(300);
    expect(
      await probe.page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)
    ).toEqual([]);
    expect(probe.externalRequests).toContain("https://servicedesk.contoso.example/");
    expect(await rejectionsOf(probe.page)).toEqual([]);
    await probe.context.close();
  });
});

describe.each([360, 430])("phone width %s px (preview)", (width) => {
  test("every situation: no sideways scroll, the first step and the hand-off on the first screen", async () => {
    const probe = await openProbe(suite.browser(), {
      viewport: { width, height: 740 },
      mobile: true,
    });
    const firstFacts = scenarioFacts(SCENARIOS[0]?.id ?? "");
    await probe.page.goto(`${suite.server().url}taskpane.html${factsHash(firstFacts)}`);
    await probe.page.waitForSelector(READY);
    for (const s of SCENARIOS) {
      const facts = scenarioFacts(s.id);
      await showFacts(probe.page, facts, expectedView(facts, enUS).summary);
      const r = await readPane(probe.page);
      expect([s.id, r.overflow]).toEqual([s.id, 0]);
      const firstThing = r.firstStepTop ?? r.firstCardTop;
      expect([s.id, firstThing !== null && firstThing < 740, (r.handoffTop ?? 999) < 740]).toEqual([
        s.id,
        true,
        true,
      ]);
    }
    await probe.context.close();
  });
});
