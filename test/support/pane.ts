// Helpers for browser tests of the pane: show a facts report in a page that is already open (a hash change
// re-renders preview mode without a reload), what the engine says the pane must show for it, and first-screen
// measurements.
import type { Page } from "playwright-core";
import { diagnose, parseFacts, type Diagnosis, type Facts } from "../../src/diagnosis";
import { translator, type Messages } from "../../src/i18n";
import { SCENARIOS } from "../../src/scenarios";
import { encodeBase64Url } from "../../src/taskpane/fragment";
import { HOST_PROFILES, type HostProfileName } from "./officeHost";

export const factsOf = (raw: unknown): Facts => {
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new Error(`bad facts: ${parsed.field}`);
  return parsed.facts;
};

export const scenarioFacts = (id: string): Facts =>
  factsOf(SCENARIOS.find((s) => s.id === id)?.facts);

/**
 * A situation as the pane would see it inside another Outlook: the host part replaced by what that host reports
 * (its name, platform, versions and Mailbox set); the mailbox's account type, the app in question, the probes and
 * the organisation stay the situation's.
 */
export function inHost(facts: Facts, profile: HostProfileName): Facts {
  const h = HOST_PROFILES[profile];
  return factsOf({
    ...facts,
    host: {
      hostName: h.hostName,
      hostVersion: h.hostVersion,
      platform: h.platform,
      officeVersion: h.officeVersion,
      mailboxRequirementSet: h.sets.Mailbox ?? null,
      nestedAppAuth: true,
      accountType: facts.host.accountType,
      ewsTokenStatus: h.ewsTokenStatus,
    },
  });
}

export const factsHash = (facts: Facts) => `#facts=${encodeBase64Url(JSON.stringify(facts))}`;

/** What the pane must show for these facts, from the engine itself (a render-fidelity check, not an oracle). */
export function expectedView(facts: Facts, messages: Messages) {
  const d: Diagnosis = diagnose(facts, { now: new Date() });
  const t = translator(messages);
  return {
    d,
    actions: d.actions,
    // In Outlook on the web or new Outlook with nothing wrong, the pane asks instead of answering.
    summary: d.ask.app
      ? t("ask.heading")
      : d.summary.parts.map((p) => t(`summary.${p.key}`, p.params)).join(" "),
    shownFindings: d.findings
      .filter((f) => f.severity === "warning" || f.severity === "error")
      .map((f) => f.id),
  };
}

/** Shows a report in the open preview page and waits until the pane renders its answer. */
export async function showFacts(page: Page, facts: Facts, summary: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, factsHash(facts));
  await page.waitForFunction(
    (text) =>
      document.querySelector('[data-testid="diagnosis"][data-state="ready"]') !== null &&
      (document.querySelector('[data-testid="summary"]')?.textContent ??
        document.querySelector('[data-testid="ask"] h2')?.textContent) === text,
    summary,
    { timeout: 10000 }
  );
}

/** The pane's state as a user and a screen reader would meet it. */
export function readPane(page: Page) {
  return page.evaluate(() => {
    const top = (el: Element | null) => (el ? el.getBoundingClientRect().top : null);
    const footer = document.querySelector('[data-testid="handoff-bar"]');
    const first = document.querySelector("[data-action]");
    return {
      actions: [...document.querySelectorAll("[data-action]")].map((e) =>
        e.getAttribute("data-action")
      ),
      findings: [...document.querySelectorAll("[data-finding]")].map((e) =>
        e.getAttribute("data-finding")
      ),
      owner:
        document.querySelector('[data-testid="diagnosis"]')?.getAttribute("data-owner") ?? null,
      firstStepTop: top(first?.querySelector("[data-step]") ?? null),
      firstCardTop: top(first),
      /** Where the pane asks which Outlook (the version decides the fix): its first choice. */
      versionAskTop: top(document.querySelector('[data-testid="version-ask"] [data-choice]')),
      handoffTop: top(document.querySelector('[data-testid="handoff"]')),
      footerTop: top(footer),
      summaryTop: top(document.querySelector('[data-testid="summary"]')),
      viewport: window.innerHeight,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      text: document.querySelector("main")?.innerText ?? "",
    };
  });
}

export type PaneReading = Awaited<ReturnType<typeof readPane>>;

/**
 * The first-screen contract (issue 9): the answer and the first step of the first action can be read above the
 * sticky hand-off, which itself is on screen. Where only IT can act or nothing is wrong, the first action is the
 * hand-off (or the question which app) and its card starts on screen. Returns what fails, in words.
 */
export function firstScreenProblems(r: PaneReading, height = 600): string[] {
  const problems: string[] = [];
  const visibleBottom = (r.footerTop ?? height) - 16; // at least one line above the footer
  if (r.handoffTop === null || r.handoffTop >= height) problems.push(`hand-off at ${r.handoffTop}`);
  if (r.summaryTop !== null && r.summaryTop > visibleBottom)
    problems.push(`answer at ${r.summaryTop}`);
  const itOrNothing = r.owner === "it" || r.owner === "none" || r.actions[0] === "contact-admin";
  if (itOrNothing) {
    if (r.firstCardTop === null || r.firstCardTop > visibleBottom)
      problems.push(`first card at ${r.firstCardTop}`);
  } else if (r.versionAskTop !== null) {
    // The pane asks which Outlook first (its version decides the fix): answering is the first thing to do, and the
    // guide below it is the answer for now. Its first choice must be on screen.
    if (r.versionAskTop > visibleBottom) problems.push(`version question at ${r.versionAskTop}`);
  } else if (r.firstStepTop === null || r.firstStepTop > visibleBottom) {
    problems.push(`first step at ${r.firstStepTop} (footer at ${r.footerTop})`);
  }
  return problems;
}
