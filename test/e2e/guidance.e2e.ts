import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { diagnose, parseFacts } from "../../src/diagnosis";
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
const shots = join(ROOT, "test-results", "guidance");
const THEMES = ["light", "dark", "highContrast"] as const;
beforeAll(() => mkdirSync(shots, { recursive: true }));

const urlFor = (facts: unknown, theme: string, lang = "en-US") =>
  `${suite.server().url}taskpane.html?theme=${theme}&lang=${lang}#facts=${encodeBase64Url(JSON.stringify(facts))}`;

describe.each(THEMES)("theme %s", (theme) => {
  // One browser context per theme; each scenario is a fresh page load (the query string changes).
  let probe: Awaited<ReturnType<typeof openProbe>>;
  beforeAll(async () => {
    probe = await openProbe(suite.browser(), { colorScheme: theme === "dark" ? "dark" : "light" });
  });
  afterAll(async () => {
    await probe?.context.close();
  });

  test.each(SCENARIOS.map((s) => [s.id, s.facts]))(
    "%s: the diagnosis's actions, no axe violations, no horizontal scroll",
    async (id, facts) => {
      probe.consoleErrors.length = 0;
      await probe.page.goto(urlFor(facts, theme).replace("?", `?scenario=${id}&`));
      await probe.page.waitForSelector(READY);
      expect(await probe.page.locator("[data-theme]").first().getAttribute("data-theme")).toBe(
        theme
      );
      const parsed = parseFacts(facts);
      if (!parsed.ok) throw new Error(id as string);
      const expected = diagnose(parsed.facts, { now: new Date() }).actions;
      expect(
        await probe.page
          .locator("[data-action]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-action")))
      ).toEqual(expected);
      const axe = await new AxeBuilder({ page: probe.page }).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
      ).toEqual([]);
      expect(
        await probe.page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth
        )
      ).toBe(true);
      await probe.page.screenshot({ path: join(shots, `${id}.${theme}.png`), fullPage: true });
      expect(unexpectedConsoleErrors(probe)).toEqual([]);
      expect(probe.pageErrors).toEqual([]);
      expect(await rejectionsOf(probe.page)).toEqual([]);
    }
  );
});

test("no horizontal scroll at 200 % zoom of a 320 px pane (160 CSS px)", async () => {
  const probe = await openProbe(suite.browser());
  await probe.page.setViewportSize({ width: 160, height: 800 });
  for (const id of [
    "web-helping-outlook-2016-msi",
    "web-helping-outlook-2013",
    "printer-smtp-per-user-mfa",
  ]) {
    const s = SCENARIOS.find((x) => x.id === id);
    await probe.page.goto(urlFor(s?.facts, "light"));
    await probe.page.reload();
    await probe.page.waitForSelector(READY);
    const overflow = await probe.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect([id, overflow]).toEqual([id, 0]);
  }
  await probe.context.close();
});

test("a keyboard-only user can open a check, change the app and finish a guide, with focus always visible", async () => {
  const probe = await openProbe(suite.browser());
  const s = SCENARIOS.find((x) => x.id === "mac-outlook-keychain");
  await probe.page.goto(urlFor(s?.facts, "light"));
  await probe.page.waitForSelector(READY);
  const focused = () =>
    probe.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      const after = getComputedStyle(el, "::after");
      const fluentRing =
        after.borderStyle !== "none" &&
        after.content !== "none" &&
        parseFloat(after.borderWidth || "0") > 0;
      const parentRing = el.parentElement
        ? getComputedStyle(el.parentElement, "::after").content !== "none"
        : false;
      return {
        tag: el.tagName,
        text: (el.getAttribute("aria-label") ?? el.textContent ?? "").slice(0, 60),
        visible: ring || fluentRing || parentRing || style.boxShadow !== "none",
      };
    });
  // Tab until every checkbox of the Keychain guide has been ticked with the space bar.
  let ticked = 0;
  for (let i = 0; i < 80 && ticked < 4; i++) {
    await probe.page.keyboard.press("Tab");
    const f = await focused();
    expect(f).not.toBeNull();
    expect([f?.tag, f?.text, f?.visible]).toEqual([f?.tag, f?.text, true]);
    const inGuide = await probe.page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return el.type === "checkbox" && !!el.closest('[data-action="clear-cached-credentials"]');
    });
    if (inGuide) {
      await probe.page.keyboard.press("Space");
      ticked++;
    }
  }
  expect(ticked).toBe(4);
  expect(
    await probe.page.locator('[data-action="clear-cached-credentials"]').textContent()
  ).toContain("4 of 4 steps done");
  // Open a check's detail with the keyboard.
  await probe.page.locator('[data-check="client"] summary').focus();
  await probe.page.keyboard.press("Enter");
  expect(
    await probe.page.locator('[data-check="client"] details').getAttribute("open")
  ).not.toBeNull();
  // Change the app with the keyboard: open the picker, arrow to another radio.
  await probe.page.locator('[data-testid="problem-client"] summary').focus();
  await probe.page.keyboard.press("Enter");
  await probe.page.locator('input[type="radio"]:checked').focus();
  await probe.page.keyboard.press("ArrowDown");
  expect(await probe.page.getByTestId("problem-client-current").textContent()).toBe(
    "Outlook on the web"
  );
  await probe.context.close();
});

test("German, French and Spanish panes load their catalogue and stay accessible", async () => {
  const s = SCENARIOS.find((x) => x.id === "web-helping-outlook-2013");
  for (const [lang, heading] of [
    ["de-DE", "Zusammenfassung"],
    ["fr-FR", "Résumé"],
    ["es-ES", "Resumen"],
  ]) {
    const probe = await openProbe(suite.browser());
    await probe.page.goto(urlFor(s?.facts, "light", lang as string));
    await probe.page.waitForSelector(READY);
    expect(await probe.page.locator("#summary-heading").textContent()).toBe(heading);
    expect(await probe.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const axe = await new AxeBuilder({ page: probe.page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await probe.page.screenshot({
      path: join(shots, `web-helping-outlook-2013.${lang}.png`),
      fullPage: true,
    });
    await probe.context.close();
  }
});
