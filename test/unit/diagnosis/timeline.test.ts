// Dated changes, judged on both sides of each boundary. Dates written out by hand from domain-facts.md Part 3.
import { diagnose, type Diagnosis } from "../../../src/diagnosis";
import { enUS, translator, type MessageKey } from "../../../src/i18n";
import { facts } from "../../support/facts";

const t = translator(enUS);
const ids = (d: Diagnosis) => d.findings.map((f) => f.id);
const stepsOf = (d: Diagnosis, action: string) =>
  d.plan.find((p) => p.action === action)?.steps ?? [];
const judged = (day: string, over: Record<string, unknown>) =>
  diagnose(facts({ ...over, collectedAt: `${day}T12:00:00.000Z` }), {
    now: new Date("2030-01-01"),
  });

const printer = {
  problemClient: { app: "device-smtp", version: null },
  org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
};

describe("SMTP AUTH basic auth: on through 2026-12-31, disabled by default from 2027-01-01", () => {
  test("on 2026-12-31 the app password is still the stopgap, with one day left (singular)", () => {
    const d = judged("2026-12-31", printer);
    expect(d.actions).toEqual(["use-app-password", "contact-admin"]);
    expect(d.findings.find((f) => f.id === "app-password-stopgap")?.params).toEqual({
      deadline: { date: "2026-12-31" },
      days: 1,
    });
    const deadline = stepsOf(d, "use-app-password").find((s) => s.key === "step.appPw.deadline");
    expect(t(deadline?.key ?? "step.appPw.deadline", deadline?.params)).toContain(
      "After December 31, 2026 (1 day left)"
    );
  });

  test("on 2027-01-01 it is off by default: IT first, the app password only if IT re-enabled it, no count", () => {
    const d = judged("2027-01-01", printer);
    expect(d.actions).toEqual(["contact-admin", "use-app-password"]);
    expect(ids(d)).toEqual(
      expect.arrayContaining(["smtp-basic-auth-disabled", "app-password-after-deadline"])
    );
    const keys = stepsOf(d, "use-app-password").map((s) => s.key);
    expect(keys).toContain("step.appPw.whyOff");
    expect(keys).not.toContain("step.appPw.deadline");
    const texts = stepsOf(d, "use-app-password").map((s) => t(s.key, s.params));
    expect(texts.join(" ")).toContain("Since January 1, 2027");
    expect(texts.join(" ")).not.toMatch(/\b0 days|days left/);
    expect(d.summary.parts[0]?.key).toBe("contact-admin");
    expect(d.summary.message).not.toContain("can keep sending mail for now");
  });

  test("the step copy never reads '0 days left' or '1 days left' on any day of December", () => {
    for (let day = 1; day <= 31; day++) {
      const d = judged(`2026-12-${String(day).padStart(2, "0")}`, printer);
      for (const step of stepsOf(d, "use-app-password")) {
        const text = t(step.key, step.params);
        expect(text).not.toMatch(/\b0 days?\b|\b1 days\b|-\d+ day/);
      }
    }
  });

  test("the help desk is told SMTP AUTH must be allowed for that mailbox, and to use a dedicated one", () => {
    const notes = judged("2026-11-25", printer).adminNotes.join("\n");
    expect(notes).toContain(
      "Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false"
    );
    expect(notes).toContain("dedicated mailbox");
    expect(notes).toContain("through 2026-12-31");
    expect(notes).toContain("H2 2027");
  });

  test.each([
    ["2027-06-30", "Microsoft will announce in the second half of 2027 when this stops for good."],
    [
      "2027-07-01",
      "Microsoft is to announce in the second half of 2027, which has begun, when this stops",
    ],
    [
      "2027-12-31",
      "Microsoft is to announce in the second half of 2027, which has begun, when this stops",
    ],
    [
      "2028-01-01",
      "Microsoft planned to announce in the second half of 2027 when this stops for good;",
    ],
    ["2028-06-15", "this assistant doesn't know that date yet"],
  ])("judged %s, the final-date step reads: %s", (day, wording) => {
    const d = judged(day, printer);
    const step = stepsOf(d, "use-app-password").find((s) => s.key === "step.appPw.finalDate");
    const text = t(step?.key ?? "step.appPw.finalDate", step?.params);
    expect(text).toContain(wording);
    if (day >= "2027-07-01") expect(text).not.toContain("will announce");
  });

  test("judged in 2028, the help desk is told the promised announcement is past and the table needs the date", () => {
    const notes = judged("2028-02-01", printer).adminNotes.join("\n");
    expect(notes).toContain("was to announce the final removal date in H2 2027");
    expect(notes).not.toContain("Microsoft announces the final removal date");
  });

  test("the user's app-password steps say the same", () => {
    const keys = stepsOf(judged("2026-11-25", printer), "use-app-password").map((s) => s.key);
    expect(keys).toContain("step.appPw.mailbox");
    expect(t("step.appPw.mailbox")).toMatch(/allowed for the mailbox.*mailbox just for the device/);
  });

  test("once a final date is in the table, app passwords are never offered after it", () => {
    jest.isolateModules(() => {
      jest.doMock("../../../src/diagnosis/tables/timeline", () => {
        const actual = jest.requireActual("../../../src/diagnosis/tables/timeline");
        return {
          ...actual,
          SMTP_AUTH_TIMELINE: actual.SMTP_AUTH_TIMELINE.map((p: { state: string }) =>
            p.state === "removed" ? { ...p, from: "2028-03-01" } : p
          ),
        };
      });
      const { diagnose: diagnoseWith } =
        require("../../../src/diagnosis") as typeof import("../../../src/diagnosis");
      const before = diagnoseWith(facts({ ...printer, collectedAt: "2028-02-29T12:00:00Z" }), {
        now: new Date(),
      });
      const after = diagnoseWith(facts({ ...printer, collectedAt: "2028-03-01T12:00:00Z" }), {
        now: new Date(),
      });
      expect(before.actions).toContain("use-app-password");
      expect(after.actions).toEqual(["contact-admin"]);
      expect(after.findings.map((f) => f.id)).toContain("smtp-basic-auth-removed");
      expect(after.adminNotes.join(" ")).toContain("stops for good on 2028-03-01");
    });
    jest.dontMock("../../../src/diagnosis/tables/timeline");
  });
});

describe("Apple Mail on macOS reaches Microsoft 365 through EWS (off by default from 2026-10-01, gone 2027-04-01)", () => {
  const appleMac = { problemClient: { app: "apple-mail-macos", version: null } };

  test("before 2026-10-01: re-add with Sign In first, Outlook for Mac planned", () => {
    const d = judged("2026-09-30", appleMac);
    expect(d.actions).toEqual(["switch-to-modern-auth", "update-client"]);
    expect(ids(d)).toContain("apple-mail-ews-retiring");
  });

  test("from 2026-10-01: Outlook for Mac is the answer, re-adding only while the tenant keeps EWS", () => {
    const d = judged("2026-10-01", appleMac);
    expect(d.actions).toEqual(["update-client", "switch-to-modern-auth"]);
    expect(ids(d)).toContain("apple-mail-ews-off");
    expect(d.summary.parts[0]?.key).toBe("update-client.ews");
    expect(stepsOf(d, "update-client").map((s) => s.link)).toContain("outlookForMac");
    expect(stepsOf(d, "switch-to-modern-auth")[0]?.key).toBe("step.appleMac.ewsNote");
    expect(d.links).toContain("https://aka.ms/GetOutlookForMac");
  });

  test("from 2027-04-01: re-adding can't help any more", () => {
    const d = judged("2027-04-01", appleMac);
    expect(d.actions).toEqual(["update-client"]);
    expect(ids(d)).toContain("apple-mail-ews-removed");
  });

  // Microsoft's own text (Part 4) gives the days: "until 2027-04-01 an admin can still allow it", "from
  // 2027-04-01 no one can". Each sentence is checked on both sides of each change.
  test.each([
    [
      "2026-09-30",
      "apple-mail-ews-retiring",
      "starts switching off on October 1, 2026 and turns off for good on April 1, 2027",
    ],
    [
      "2026-12-01",
      "apple-mail-ews-off",
      "has been switching off since October 1, 2026. Your IT team can still allow it until April 1, 2027",
    ],
    [
      "2027-03-31",
      "apple-mail-ews-off",
      "from April 1, 2027 no one can, and Outlook for Mac is the lasting fix",
    ],
    [
      "2027-04-01",
      "apple-mail-ews-removed",
      "which has been off for good since April 1, 2027, and no one can turn it back on",
    ],
    [
      "2027-06-30",
      "apple-mail-ews-removed",
      "which has been off for good since April 1, 2027, and no one can turn it back on",
    ],
  ])("judged %s, %s gives Microsoft's days in the right tense", (day, id, wording) => {
    const d = judged(day, appleMac);
    const f = d.findings.find((x) => x.id === id);
    const text = t(`finding.${id}` as MessageKey, f?.params);
    expect(text).toContain(wording);
    expect(text).not.toMatch(/planned|plans to|about April/);
  });

  test.each([
    [
      "2026-12-01",
      "Until 2027-04-01 an admin can still allow it",
      "permanently off in Exchange Online since",
    ],
    [
      "2027-03-31",
      "Until 2027-04-01 an admin can still allow it",
      "permanently off in Exchange Online since",
    ],
    ["2027-04-01", "permanently off in Exchange Online since 2027-04-01", "can still allow"],
  ])("judged %s, the EWS note for IT says %j and not %j", (day, says, never) => {
    const note = judged(day, appleMac).adminNotes.find((n) => n.startsWith("Apple Mail, Calendar"));
    expect(note).toContain(says);
    expect(note).not.toContain(never);
    expect(note).toContain("Exchange Team post 4492361");
  });

  test("the answer, the check row and the summary say EWS is gone from 2027-04-01, and is being switched off before", () => {
    const before = judged("2027-03-31", appleMac);
    const after = judged("2027-04-01", appleMac);
    expect(before.summary.message).toContain("which Microsoft 365 is switching off");
    expect(after.summary.message).toContain(
      "can no longer reach Microsoft 365: Microsoft 365 has turned off EWS, which it uses, for good"
    );
    expect(after.summary.message).not.toContain("is switching off");
  });

  test.each([
    ["2026-09-30", "lose EWS on 2026-10-01 (HTTP 403)"],
    ["2026-10-01", "have had EWS blocked since 2026-10-01 (HTTP 403)"],
  ])("judged %s, IT hears that Kiosk, F1 and F3 licences %s", (day, wording) => {
    const notes = judged(day, appleMac).adminNotes.join("\n");
    expect(notes).toContain("Kiosk, F1 and F3 licences");
    expect(notes).toContain(wording);
  });

  test("iOS Mail uses Exchange ActiveSync and is not affected", () => {
    const d = judged("2027-04-01", { problemClient: { app: "apple-mail-ios", version: null } });
    expect(d.actions).toEqual(["switch-to-modern-auth"]);
  });

  test("an on-premises mailbox keeps EWS", () => {
    const d = judged("2027-04-01", { ...appleMac, host: { accountType: "enterprise" } });
    expect(d.actions).not.toContain("update-client");
  });
});

describe("knowledge has a date", () => {
  test("the diagnosis carries the day the tables were verified (Part 4, 2026-12-07)", () => {
    expect(judged("2026-11-25", {}).knowledgeAsOf).toBe("2026-12-07");
  });

  test("judged up to six months after it, no note; more than six months after, IT is told to check the tables", () => {
    const stale = (d: Diagnosis) =>
      d.adminNotes.some((n) => n.includes("last verified on 2026-12-07"));
    expect(stale(judged("2027-06-07", {}))).toBe(false);
    const late = judged("2027-06-08", {});
    expect(stale(late)).toBe(true);
    expect(late.adminNotes.join(" ")).toContain("Keeping the knowledge current");
  });

  test("a build newer than the version table is counted as current and IT hears that the table is behind", () => {
    const d = judged("2026-11-25", {
      problemClient: { app: "outlook-windows-classic", version: "16.0.21500.20000" },
    });
    expect(d.problemClient).toMatchObject({
      label: "Outlook for Microsoft 365 (Version 2610 or later)",
      supported: true,
    });
    expect(d.adminNotes.join(" ")).toMatch(/newer than the assistant's version table/);
  });
});
