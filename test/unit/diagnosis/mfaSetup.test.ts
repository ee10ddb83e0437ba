// The commonest sticking point right after MFA is switched on is the sign-in window's "More information
// required". Every client's guide covers it, without live checks (the default install).
import { diagnose, PROBLEM_APPS, type Diagnosis } from "../../../src/diagnosis";
import { LINKS } from "../../../src/diagnosis/tables/links";
import { enUS, translator } from "../../../src/i18n";
import { facts, NOW } from "../../support/facts";

const t = translator(enUS);
const NO_CHECKS = {
  token: { status: "not_configured", errorCode: null },
  mailbox: { status: "skipped", httpStatus: null },
  authMethods: { status: "skipped", methods: [] },
};
const forApp = (app: string, extra: object = {}) =>
  diagnose(facts({ problemClient: { app, version: null }, probes: NO_CHECKS, ...extra }), {
    now: NOW,
  });
const steps = (d: Diagnosis) => d.plan.flatMap((p) => p.steps);

// A printer or scanner never shows a Microsoft sign-in window: its guide is about SMTP, not MFA.
const SIGNING_IN_APPS = PROBLEM_APPS.filter((a) => a !== "device-smtp");

describe.each(SIGNING_IN_APPS)("%s, no live checks", (app) => {
  test("the guide covers “More information required” with Security info, and what to do with no smartphone", () => {
    const all = steps(forApp(app));
    const more = all.find((s) => s.key === "step.mfaSetup.moreInfo");
    const noPhone = all.find((s) => s.key === "step.mfaSetup.noPhone");
    expect(more).toMatchObject({ kind: "note", link: "securityInfo" });
    expect(noPhone).toMatchObject({ kind: "note" });
    expect(t("step.mfaSetup.moreInfo")).toContain("More information required");
    expect(t("step.mfaSetup.noPhone")).toMatch(
      /phone call, a text message or a security key[\s\S]*ask IT/
    );
  });
});

test("the Security info link is Microsoft's My Sign-ins page", () => {
  expect(LINKS.securityInfo.url).toBe("https://mysignins.microsoft.com/security-info");
  expect(forApp("outlook-windows-classic").links).toContain(LINKS.securityInfo.url);
});

test("classic Outlook: the note sits after signing in and before approving on the phone", () => {
  const keys = steps(forApp("outlook-windows-classic")).map((s) => s.key);
  const at = keys.indexOf("step.mfaSetup.moreInfo");
  expect(keys[at - 1]).toBe("step.gentleWin.signIn");
  expect(keys[at + 1]).toBe("step.mfaSetup.noPhone");
  expect(keys[at + 2]).toBe("step.gentle.approve");
});

test("a personal Outlook.com account is sent to its own security page", () => {
  const d = forApp("outlook-windows-classic", { host: { accountType: "outlookCom" } });
  expect(steps(d).find((s) => s.key === "step.mfaSetup.moreInfo")?.link).toBe("msaSecurity");
});

test("a printer's guide has no sign-in window to explain", () => {
  expect(steps(forApp("device-smtp")).map((s) => s.key)).not.toContain("step.mfaSetup.moreInfo");
});
