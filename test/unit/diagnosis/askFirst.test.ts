// Phones ask first: a phone reading mail in Outlook is signed in, so the pane asks which app keeps asking (a
// computer first) and never tells the person to delete the phone's account until they pick the phone's app.
import { diagnose, type Diagnosis } from "../../../src/diagnosis";
import { facts, NOW } from "../../support/facts";

const IOS = {
  hostName: "OutlookIOS",
  platform: "iOS",
  hostVersion: "4.2450.0",
  officeVersion: null,
};
const ANDROID = {
  hostName: "OutlookAndroid",
  platform: "Android",
  hostVersion: "4.2450.0",
  officeVersion: null,
};
const NO_CHECKS = {
  token: { status: "not_configured", errorCode: null },
  mailbox: { status: "skipped", httpStatus: null },
  authMethods: { status: "skipped", methods: [] },
};
const on = (
  host: object,
  problemClient: object = { app: null, version: null },
  probes: object = NO_CHECKS
) => diagnose(facts({ host, problemClient, probes }), { now: NOW });
const stepKeys = (d: Diagnosis) => d.plan.flatMap((p) => p.steps.map((s) => s.key));

describe.each([
  ["iPhone", IOS, "outlook-ios"],
  ["Android", ANDROID, "outlook-android"],
] as const)("Outlook on %s", (_name, host, app) => {
  test("asks which app keeps asking, as on the web, with no other action", () => {
    const d = on(host);
    expect(d.ask.app).toBe(true);
    expect(d.actions).toEqual(["none"]);
    expect(d.problemClient.chosenBy).toBe("host");
  });

  test("a computer comes first among the choices; the phone's own app is in the phone list", () => {
    const d = on(host);
    expect(d.ask.choices.map((c) => c.id)).toEqual([
      "other-computer",
      "mac",
      "this",
      "phone",
      "other",
    ]);
    expect(d.ask.choices[0]?.app).toBe("outlook-windows-classic");
    expect(d.ask.choices.find((c) => c.id === "phone")?.apps).toContain(app);
  });

  test("no step removes the phone's account while the app is only the host's", () => {
    expect(stepKeys(on(host))).not.toContain("step.clearPhone.remove");
    // Even when the live check says the pane's own sign-in was refused, the phone's account stays.
    const refused = on(
      host,
      { app: null, version: null },
      {
        token: { status: "ok", errorCode: null },
        mailbox: { status: "failed", httpStatus: 401 },
        authMethods: { status: "ok", methods: ["microsoftAuthenticator"] },
      }
    );
    expect(stepKeys(refused)).not.toContain("step.clearPhone.remove");
  });

  test("once the person picks the phone's app, the steps remove and re-add it, said first what that does", () => {
    const d = on(host, { app, version: null });
    expect(d.problemClient.chosenBy).toBe("user");
    expect(d.ask.app).toBe(false);
    const keys = stepKeys(d);
    expect(keys.indexOf("step.clearPhone.what")).toBeGreaterThanOrEqual(0);
    expect(keys.indexOf("step.clearPhone.what")).toBeLessThan(
      keys.indexOf("step.clearPhone.remove")
    );
    expect(keys).toContain("step.clearPhone.add");
  });

  test("picking Outlook on another computer gives that computer's guide, not the phone's", () => {
    const d = on(host, { app: "outlook-windows-classic", version: "Outlook 2016" });
    expect(stepKeys(d)).not.toContain("step.clearPhone.remove");
    expect(d.problemClient.label).toBe("Outlook 2016");
  });
});

test("in Outlook on the web the choices are the same, a computer first", () => {
  const d = diagnose(facts({}), { now: NOW });
  expect(d.ask.app).toBe(true);
  expect(d.ask.choices.map((c) => c.id)).toEqual([
    "other-computer",
    "mac",
    "this",
    "phone",
    "other",
  ]);
  // The web app isn't offered again under "Another app or device": "This Outlook" names it.
  expect(d.ask.choices.find((c) => c.id === "other")?.apps).not.toContain("outlook-web");
});

test("classic Outlook for Windows doesn't ask: it is the app, and it says so", () => {
  const d = diagnose(
    facts({
      host: { hostName: "Outlook", platform: "PC", officeVersion: "16.0.20430.20088" },
      probes: NO_CHECKS,
    }),
    { now: NOW }
  );
  expect(d.ask.app).toBe(false);
  expect(d.problemClient.chosenBy).toBe("host");
  expect(d.actions[0]).toBe("clear-cached-credentials");
});
