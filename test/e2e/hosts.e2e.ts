// The pane in every Outlook the README says it runs in: each profile of the fake host (classic and new Outlook for
// Windows, Outlook on the web, Outlook for Mac, Outlook for iOS and Android) reaches ready with live checks, passes
// axe, and reports the host it ran in.
import AxeBuilder from "@axe-core/playwright";
import {
  cspViolationsOf,
  READY,
  rejectionsOf,
  unexpectedConsoleErrors,
  useBrowserAndServer,
} from "../support/browser";
import {
  checksSettled,
  copiedFacts,
  HOST_PROFILES,
  openInHost,
  PROFILE_NAMES,
  type HostProfileName,
} from "../support/officeHost";

const suite = useBrowserAndServer();

describe.each(PROFILE_NAMES)("%s", (profile: HostProfileName) => {
  test("reaches ready with live checks, no axe violations, and Copy report names this host", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), {
      profile,
      captureClipboard: true,
    });
    await probe.open();
    const checks = await checksSettled(probe);
    expect(checks.token).toBe("ok");
    expect(await probe.page.getByTestId("preview-banner").count()).toBe(0);

    const axe = await new AxeBuilder({ page: probe.page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    ).toEqual([]);

    const facts = (await copiedFacts(probe)) as { host: Record<string, unknown> };
    const expected = HOST_PROFILES[profile];
    expect(facts.host).toMatchObject({
      hostName: expected.hostName,
      platform: expected.platform,
      hostVersion: expected.hostVersion,
      mailboxRequirementSet: expected.sets.Mailbox,
      nestedAppAuth: true,
    });

    const width = await probe.page.evaluate(() => document.documentElement.clientWidth);
    expect(width).toBe(expected.mobile ? 390 : 320);
    expect(unexpectedConsoleErrors(probe)).toEqual([]);
    expect(probe.pageErrors).toEqual([]);
    expect(await rejectionsOf(probe.page)).toEqual([]);
    expect(await cspViolationsOf(probe.page)).toEqual([]);
    await probe.context.close();
  });
});

describe("the emulated host's timing", () => {
  test("Office.onReady waits for the handshake, and a late config.json is still read", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), {
      profile: "web",
      handshakeMs: 400,
      configDelayMs: 300,
    });
    await probe.page.addInitScript(() => {
      const w = window as unknown as { __onReadyAt?: number; Office?: typeof Office };
      document.addEventListener("DOMContentLoaded", () => {
        void w.Office?.onReady().then(() => (w.__onReadyAt = performance.now()));
      });
    });
    await probe.open();
    await checksSettled(probe);
    expect(
      await probe.page.evaluate(() => (window as unknown as { __onReadyAt: number }).__onReadyAt)
    ).toBeGreaterThanOrEqual(400);
    expect(probe.configRequests).toBe(1);
    // The token check ran, so the delayed config.json (with its client ID) was applied.
    expect(await probe.page.locator('[data-check="token"]').getAttribute("data-status")).toBe("ok");
    await probe.context.close();
  });

  test("a config.json that never answers still ends in a ready pane", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), { configHang: true });
    await probe.open();
    await probe.page.waitForSelector(READY, { timeout: 15000 });
    expect(probe.configRequests).toBe(1);
    expect(await rejectionsOf(probe.page)).toEqual([]);
    await probe.context.close();
  });

  test("per-test overrides reach the pane: another version, no NAA bridge", async () => {
    const probe = await openInHost(suite.browser(), suite.server(), {
      profile: "classic",
      overrides: { hostVersion: "16.0.17932.20328", officeVersion: "16.0.17932.20328" },
      bridge: "absent",
      captureClipboard: true,
    });
    await probe.open();
    await probe.page.waitForSelector(READY);
    const facts = (await copiedFacts(probe)) as { host: Record<string, unknown> };
    expect(facts.host).toMatchObject({ hostVersion: "16.0.17932.20328", nestedAppAuth: false });
    expect(await rejectionsOf(probe.page)).toEqual([]);
    await probe.context.close();
  });
});
