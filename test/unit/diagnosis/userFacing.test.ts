// What the engine decides for the pane's first screen (issue 9): who has to act, whether the answer is a guess,
// why only IT can help, what to ask, the checks in the user's words, and the report for the help desk.
// Expectations are written out by hand from the issue, not derived from the tables.
import { diagnose, parseFacts, type Diagnosis, type Facts } from "../../../src/diagnosis";
import { checkRows } from "../../../src/diagnosis/checks";
import { formatTextSummary, reportSubject } from "../../../src/diagnosis/report";
import { SIGN_IN_ERRORS } from "../../../src/diagnosis/tables/signInErrors";
import { SCENARIOS } from "../../../src/scenarios";
import { facts, NOW } from "../../support/facts";

const run = (o: Record<string, unknown>) => diagnose(facts(o), { now: NOW });
const scenario = (id: string): Facts => {
  const p = parseFacts(SCENARIOS.find((s) => s.id === id)?.facts);
  if (!p.ok) throw new Error(id);
  return p.facts;
};
const judged = (id: string) => diagnose(scenario(id), { now: NOW });
const classic = (version: string | null) => ({
  problemClient: { app: "outlook-windows-classic", version },
});

describe("who has to act: green nothing, amber the user, red only IT", () => {
  test.each([
    ["all-good-web-not-configured", "none"],
    ["classic-current-needs-registration", "user"],
    ["mac-outlook-keychain", "user"],
    ["offline", "user"],
    ["password-expired", "user"],
    ["thunderbird-imap", "user"],
    ["printer-smtp-per-user-mfa", "user"],
    ["on-premises-mailbox", "user"],
    ["blocked-by-conditional-access", "it"],
    ["printer-conditional-access", "it"],
    ["web-helping-outlook-2010", "it"],
    ["web-helping-outlook-2013", "it"],
    ["mac-2019", "user"],
  ])("%s → %s", (id, owner) => {
    expect(judged(id).summary.owner).toBe(owner);
  });
});

describe("a guess is said as one", () => {
  test("a saved sign-in nobody saw is 'most often'; a 401 from the mailbox is not a guess", () => {
    expect(run(classic("16.0.20430.20088")).summary.parts[0]?.key).toBe(
      "clear-cached-credentials.likely"
    );
    expect(
      run({
        ...classic("16.0.20430.20088"),
        probes: { mailbox: { status: "failed", httpStatus: 401 } },
      }).summary.parts[0]?.key
    ).toBe("clear-cached-credentials");
    expect(run({ problemClient: { app: "thunderbird" } }).summary.parts[0]?.key).toBe(
      "switch-to-modern-auth.likely"
    );
  });
  test("the hedged answer says what to do; the first line of the why names MFA, the user's trigger", () => {
    const d = run(classic("16.0.20430.20088"));
    expect(d.summary.message).toBe(
      "Most often, signing out of Outlook for Windows (classic) and back in the new way stops the prompts."
    );
    expect(d.why[0]).toBe("cause-saved-sign-in");
    expect(d.findings.find((f) => f.id === "cause-saved-sign-in")?.message).toBe(
      "Since MFA was turned on, Microsoft 365 refuses the password or sign-in Outlook for Windows (classic) saved before, so it keeps asking. It has to sign in again through the Microsoft sign-in window."
    );
  });
});

describe("only IT can fix it: every path to contact-admin has a reason in the user's words", () => {
  const adminOf = (d: Diagnosis) => d.plan.find((p) => p.action === "contact-admin");
  test.each(SIGN_IN_ERRORS.filter((e) => e.action === "contact-admin").map((e) => [e.code]))(
    "sign-in error %s",
    (code) => {
      const reason = adminOf(
        run({ probes: { token: { status: "failed", errorCode: code } } })
      )?.reason;
      expect(reason).toBeDefined();
      expect(reason).not.toBe("other");
    }
  );
  test.each([
    [
      "mailbox 403",
      { probes: { mailbox: { status: "failed", httpStatus: 403 } } },
      "mailbox-forbidden",
    ],
    [
      "mailbox 404",
      { probes: { mailbox: { status: "failed", httpStatus: 404 } } },
      "mailbox-not-found",
    ],
    ["on-premises", { host: { accountType: "enterprise" } }, "on-premises"],
    [
      "printer, Conditional Access",
      { problemClient: { app: "device-smtp" }, org: { mfaMode: "conditionalAccess" } },
      "smtp-no-app-passwords",
    ],
    [
      "printer, per-user MFA without app passwords",
      {
        problemClient: { app: "device-smtp" },
        org: { mfaMode: "perUserMfa", appPasswordsAllowed: false },
      },
      "smtp-app-passwords-off",
    ],
    [
      "printer, MFA mode unknown",
      {
        problemClient: { app: "device-smtp" },
        org: { mfaMode: "unknown", appPasswordsAllowed: null },
      },
      "smtp-ask",
    ],
    [
      "printer with an app password: the lasting fix",
      {
        problemClient: { app: "device-smtp" },
        org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
      },
      "smtp-lasting",
    ],
    [
      "printer, on-premises",
      { problemClient: { app: "device-smtp" }, host: { accountType: "enterprise" } },
      "on-premises",
    ],
  ])("%s", (_, over, reason) => {
    expect(adminOf(run(over))?.reason).toBe(reason);
  });
  test("blocked by policy: the answer is the reason, with no clear-cache card after it", () => {
    const d = judged("blocked-by-conditional-access");
    expect(d.summary.message).toBe(
      "Your organisation's security rules blocked this assistant's sign-in check from this device or location. Only your IT team can fix this."
    );
    expect(d.actions).toEqual(["contact-admin"]);
  });
  test("this assistant's own set-up (consent) comes after the fix for the app, not instead of it", () => {
    const d = run({
      ...classic("16.0.20430.20088"),
      probes: { token: { status: "failed", errorCode: "AADSTS65001" } },
    });
    expect(d.actions).toEqual(["clear-cached-credentials", "contact-admin"]);
    expect(adminOf(d)?.reason).toBe("assistant-setup");
  });
});

describe("what the pane asks", () => {
  test("in Outlook on the web with nothing wrong and no app named: ask which app; named, don't", () => {
    expect(run({}).ask.app).toBe(true);
    expect(run({ problemClient: { app: "outlook-web" } }).ask.app).toBe(false);
    expect(run({ host: { hostName: "newOutlookWindows", platform: "OfficeOnline" } }).ask.app).toBe(
      true
    );
    expect(
      run({
        host: { hostName: "Outlook", platform: "PC", officeVersion: "16.0.20430.20088" },
      }).ask.app
    ).toBe(false);
  });
  test("the version only for classic Outlook and Outlook for Mac, and not when the pane runs in it", () => {
    expect(run(classic(null)).ask.version).toBe(true);
    expect(run({ problemClient: { app: "thunderbird" } }).ask.version).toBe(false);
    expect(run({ problemClient: { app: "device-smtp" } }).ask.version).toBe(false);
    expect(
      run({
        host: { hostName: "Outlook", platform: "PC", officeVersion: "16.0.20430.20088" },
        problemClient: { app: null },
      }).ask.version
    ).toBe(false);
  });
});

describe("why this happens", () => {
  test("every warning and error is stated once: by the answer, in the why, or (the app password's deadline) by its guide", () => {
    for (const s of SCENARIOS) {
      const d = judged(s.id);
      const stated = d.summary.parts.flatMap((p) => p.states ?? []);
      const guideSaysDeadline = d.plan.some((p) =>
        p.steps.some((x) => x.key === "step.appPw.deadline")
      );
      for (const f of d.findings.filter(
        (x) => x.severity === "warning" || x.severity === "error"
      )) {
        const places = [
          stated.includes(f.id),
          d.why.includes(f.id),
          f.id === "app-password-stopgap" && guideSaysDeadline,
        ].filter(Boolean).length;
        expect([s.id, f.id, places]).toEqual([s.id, f.id, 1]);
      }
    }
  });
  // An instruction, so it is a note in the first guide, not a line under "Why this happens".
  const noteKeys = (d: Diagnosis) =>
    (d.plan[0]?.steps ?? []).filter((x) => x.kind === "note").map((x) => x.key);
  test("every mail app against Exchange Online hears in its guide that an app password won't help, whatever the MFA mode", () => {
    for (const app of [
      "outlook-windows-classic",
      "outlook-mac",
      "outlook-ios",
      "apple-mail-ios",
      "thunderbird",
      "android-mail",
      "other-imap-pop",
    ])
      for (const mfaMode of ["conditionalAccess", "securityDefaults", "perUserMfa", "unknown"])
        expect([app, mfaMode, noteKeys(run({ problemClient: { app }, org: { mfaMode } }))]).toEqual(
          [app, mfaMode, expect.arrayContaining(["step.note.noAppPassword"])]
        );
    expect(noteKeys(run({ problemClient: { app: "device-smtp" } }))).not.toContain(
      "step.note.noAppPassword"
    );
    expect(noteKeys(run({ problemClient: { app: "outlook-web" } }))).not.toContain(
      "step.note.noAppPassword"
    );
  });
});

describe("checks in the user's words", () => {
  const rows = (f: Facts, d = diagnose(f, { now: NOW })) =>
    Object.fromEntries(checkRows(f, d).map((r) => [r.id, r.status]));
  test("a timeout is 'couldn't check', not a failure", () => {
    expect(rows(scenario("graph-timeout"))).toMatchObject({ mailbox: "notChecked" });
  });
  test("Thunderbird from Outlook on the web: the app row can't see it, the internet row is about this device", () => {
    expect(rows(scenario("thunderbird-imap"))).toMatchObject({
      client: "notChecked",
      network: "notApplicable",
    });
  });
  test("no error code reaches a row: a blocked sign-in is a problem in words", () => {
    const f = scenario("blocked-by-conditional-access");
    const token = checkRows(f, diagnose(f, { now: NOW })).find((r) => r.id === "token");
    expect(token).toEqual({
      id: "token",
      status: "problem",
      detail: [{ key: "finding.signin-blocked-by-policy" }],
    });
  });
});

describe("the report for the help desk", () => {
  const withUser = (f: Facts): Facts => ({
    ...f,
    userReport: {
      ticked: { "clear-cached-credentials": ["step.gentleWin.signOut", "step.clearWin.open"] },
      prompt: "windows-security",
      note: "Seit Montag – «ständig»",
    },
  });
  test("subject: what, which app, the first fix", () => {
    expect(reportSubject(judged("m365-2510-out-of-servicing"))).toBe(
      "Password prompts – Outlook for Microsoft 365 (Version 2510) – clear-cached-credentials"
    );
  });
  test("ticks by number and name, the prompt's look, the user's words quoted, human method names, knowledge date, JSON last", () => {
    const f = withUser(
      facts({
        ...classic("16.0.20430.20088"),
        probes: {
          authMethods: { status: "ok", methods: ["microsoftAuthenticator", "phone", "password"] },
        },
      })
    );
    const text = formatTextSummary(diagnose(f, { now: NOW }), f);
    expect(text).toContain("knowledge as of 2026-12-07");
    expect(text).toContain("The prompt looks like: a small Windows Security box (password only)");
    expect(text).toContain(
      'In the user\'s words: "Seit Montag \\u2013 \\u00abst\\u00e4ndig\\u00bb"'
    );
    expect(text).toContain("  clear-cached-credentials: 1 of 3; advanced: step.clearWin.open");
    expect(text).toContain(
      'methods="ok" [Microsoft Authenticator, Phone (text or call), Password]'
    );
    expect(text.trimEnd().endsWith("}")).toBe(true);
    expect(text.indexOf("Facts report (JSON):")).toBeGreaterThan(text.indexOf("Links:"));
  });
  test("no lookup link for a code that isn't an Entra (AADSTS) code", () => {
    const d = run({ probes: { token: { status: "failed", errorCode: "no_account_error" } } });
    expect(d.adminNotes.join("\n")).not.toContain("login.microsoftonline.com/error");
    expect(d.adminNotes.join("\n")).toContain(
      "no_account_error, a code of the sign-in library (MSAL)"
    );
  });
  test("what the user adds is read tolerantly: unknown steps, actions and looks are dropped and noted", () => {
    const p = parseFacts({
      ...scenario("offline"),
      userReport: {
        ticked: { "check-network": ["step.network.vpn", "not a step", 7], teleport: ["step.x.y"] },
        prompt: "hologram",
        note: "x".repeat(600),
      },
    });
    if (!p.ok) throw new Error(p.message);
    expect(p.facts.userReport).toEqual({
      ticked: { "check-network": ["step.network.vpn"] },
      prompt: null,
      note: "x".repeat(500),
    });
    expect(p.facts.inputNotes).toEqual(
      expect.arrayContaining([
        "userReport.ticked.check-network: unknown entries ignored",
        'userReport.ticked: 1 key ("teleport") ignored',
        "userReport.prompt: not one of the choices, ignored",
        "userReport.note: cut to 500 characters",
      ])
    );
  });
});
