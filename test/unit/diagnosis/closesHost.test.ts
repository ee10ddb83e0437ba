// A step that closes the app the pane runs in, signs out of it or removes its account ends the pane: the engine
// marks it (data-closes-host) and names the line the card shows before it.
import { diagnose, type Diagnosis, type PlannedAction } from "../../../src/diagnosis";
import { stepClosesHost } from "../../../src/diagnosis/closesHost";
import { enUS, translator } from "../../../src/i18n";
import { facts, NOW } from "../../support/facts";

const t = translator(enUS);
const NO_CHECKS = {
  token: { status: "not_configured", errorCode: null },
  mailbox: { status: "skipped", httpStatus: null },
  authMethods: { status: "skipped", methods: [] },
};
const HOSTS = {
  classic: {
    hostName: "Outlook",
    platform: "PC",
    officeVersion: "16.0.20430.20088",
    hostVersion: "16.0.20430.20088",
  },
  mac: {
    hostName: "Outlook",
    platform: "Mac",
    officeVersion: "16.113.26100421",
    hostVersion: "16.113.26100421",
  },
  web: { hostName: "OutlookWebApp", platform: "OfficeOnline" },
  ios: { hostName: "OutlookIOS", platform: "iOS" },
} as const;
const run = (host: object, app: string | null, version: string | null = null) =>
  diagnose(facts({ host, problemClient: { app, version }, probes: NO_CHECKS }), { now: NOW });
const plan = (d: Diagnosis, action: string) =>
  d.plan.find((p) => p.action === action) as PlannedAction;
const marked = (p: PlannedAction) => p.steps.filter((s) => s.closesHost).map((s) => s.key);

test("classic Outlook: signing out and closing Outlook, and the restart, end the pane", () => {
  const p = plan(run(HOSTS.classic, null), "clear-cached-credentials");
  expect(marked(p)).toEqual([
    "step.gentleWin.signOut",
    "step.clearWin.close",
    "step.clearWin.restart",
  ]);
  expect(p.closesHost).toEqual({
    stepIndex: 0,
    step: "step.gentleWin.signOut",
    line: "closesHost.app",
    params: { client: { term: "app.outlook-windows-classic" } },
  });
  expect(t(p.closesHost!.line, p.closesHost!.params)).toBe(
    "The next step closes Outlook for Windows (classic), and this pane with it. Your ticks are kept: open the assistant again afterwards to carry on."
  );
});

test("Mac: Sign Out and quitting Outlook end the pane", () => {
  const p = plan(run(HOSTS.mac, null), "clear-cached-credentials");
  expect(marked(p)).toEqual(["step.gentleMac.signOut", "step.clearMac.quit"]);
  expect(p.closesHost?.line).toBe("closesHost.app");
});

test("phone: deleting the account is the step that ends the pane, and the line says what it removes", () => {
  const p = plan(run(HOSTS.ios, "outlook-ios"), "clear-cached-credentials");
  expect(marked(p)).toEqual(["step.clearPhone.remove", "step.clearPhone.restart"]);
  expect(p.closesHost?.step).toBe("step.clearPhone.remove");
  expect(p.closesHost?.stepIndex).toBe(
    p.steps.findIndex((s) => s.key === "step.clearPhone.remove")
  );
  expect(t(p.closesHost!.line, p.closesHost!.params)).toMatch(
    /removes your work account from Outlook on iPhone or iPad/
  );
});

test('web, "This Outlook": signing out and closing the browser end the pane', () => {
  const p = plan(run(HOSTS.web, "outlook-web"), "clear-cached-credentials");
  expect(marked(p)).toEqual(["step.clearWeb.signOut", "step.clearWeb.closeBrowser"]);
  expect(p.closesHost?.line).toBe("closesHost.app");
});

test("web helping new Outlook: closing every browser window still closes the pane", () => {
  const p = plan(run(HOSTS.web, "outlook-windows-new"), "clear-cached-credentials");
  expect(marked(p)).toEqual(["step.clearWeb.closeBrowser"]);
  expect(p.closesHost?.line).toBe("closesHost.browser");
});

test("the pane elsewhere: steps for Outlook on another computer end nothing here", () => {
  const d = run(HOSTS.web, "outlook-windows-classic", "Outlook 2016");
  for (const p of d.plan) {
    expect(marked(p)).toEqual([]);
    expect(p.closesHost).toBeUndefined();
  }
});

test("updating classic Outlook from inside it restarts Outlook: marked where the pane runs in it", () => {
  const d = run(HOSTS.classic, "outlook-windows-classic", "Version 2408 (Build 17928.20156)");
  expect(marked(plan(d, "update-client"))).toEqual(["step.c2r.update"]);
});

test("outside Outlook nothing ends the pane", () => {
  expect(stepClosesHost("step.gentleWin.signOut", "outlook-windows-classic", null)).toBe(false);
  expect(
    stepClosesHost("step.gentleWin.signIn", "outlook-windows-classic", "outlook-windows-classic")
  ).toBe(false);
});
