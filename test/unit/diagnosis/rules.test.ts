import { diagnose, type ActionId } from "../../../src/diagnosis";
import { facts, NOW } from "../../support/facts";

const ids = (d: ReturnType<typeof diagnose>) => d.findings.map((f) => f.id);
const run = (o: Record<string, unknown>, now = NOW) => diagnose(facts(o), { now });
const skipped = {
  mailbox: { status: "skipped", httpStatus: null },
  authMethods: { status: "skipped", methods: [] },
};

describe("host vs problem client", () => {
  test("the pane in Outlook on the web helping classic Outlook says so", () => {
    const d = run({
      problemClient: { app: "outlook-windows-classic", version: "16.0.20131.20100" },
    });
    expect(ids(d)).toContain("host-differs");
  });
  test("problemClient.app defaults to the host app", () => {
    const d = run({
      host: {
        hostName: "Outlook",
        platform: "Mac",
        hostVersion: "16.102.25101829",
        officeVersion: "16.102.25101829",
      },
      problemClient: { app: null },
    });
    expect(d.problemClient.app).toBe("outlook-mac");
    expect(ids(d)).not.toContain("host-differs");
  });
  test("an unknown host and no app picked is 'other'", () => {
    expect(run({ host: { hostName: null }, problemClient: { app: null } }).problemClient.app).toBe(
      "other"
    );
  });
  test("classic Outlook with no version asks for it and still gives the usual fix", () => {
    const d = run({ problemClient: { app: "outlook-windows-classic", version: null } });
    expect(ids(d)).toContain("client-version-unknown");
    expect(d.actions).toContain("clear-cached-credentials");
  });
});

describe("clients", () => {
  test.each<[string, string | null, ActionId[]]>([
    ["outlook-windows-classic", "14.0.7268.5000", ["update-client"]],
    ["outlook-windows-classic", "15.0.5589.1000", ["update-client", "enable-modern-auth-registry"]],
    ["outlook-windows-classic", "16.0.5513.1000", ["clear-cached-credentials", "update-client"]],
    ["outlook-windows-classic", "16.0.20430.20088", ["clear-cached-credentials"]],
    // Named by the user, new Outlook and the web get the gentle path: sign out and back in (issue 9, item 2).
    ["outlook-windows-new", null, ["clear-cached-credentials"]],
    ["outlook-web", null, ["clear-cached-credentials"]],
    ["outlook-mac", "14.7.7", ["update-client"]],
    ["outlook-mac", "15.41", ["clear-cached-credentials", "update-client"]],
    ["outlook-mac", "16.102.1", ["clear-cached-credentials", "update-client"]], // October 2025: not current
    // June 2026 (16.113 shipped in September 2026, Part 4): five months old on 2026-11-25, not current.
    ["outlook-mac", "16.110.1", ["clear-cached-credentials", "update-client"]],
    ["outlook-mac", "16.113.4", ["clear-cached-credentials"]],
    ["outlook-ios", null, ["clear-cached-credentials"]],
    ["outlook-android", null, ["clear-cached-credentials"]],
    ["apple-mail-macos", null, ["update-client", "switch-to-modern-auth"]],
    ["apple-mail-ios", null, ["switch-to-modern-auth"]],
    ["android-mail", null, ["switch-to-modern-auth"]],
    ["thunderbird", null, ["switch-to-modern-auth"]],
    ["other-imap-pop", null, ["switch-to-modern-auth"]],
    ["other", null, ["switch-to-modern-auth"]],
    ["device-smtp", null, ["contact-admin"]],
  ])("%s %s → %j", (app, version, actions) => {
    expect(run({ problemClient: { app, version } }).actions).toEqual(actions);
  });
});

describe("account types", () => {
  test("on-premises Exchange brings IT in and explains why", () => {
    const d = run({
      host: { accountType: "enterprise" },
      problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20088" },
    });
    expect(ids(d)).toContain("account-on-premises");
    expect(d.actions).toEqual(["clear-cached-credentials", "contact-admin"]);
  });
  test("Outlook.com points MFA at the Microsoft account security page", () => {
    const d = run({
      host: { accountType: "outlookCom" },
      probes: { authMethods: { status: "ok", methods: ["password"] } },
    });
    expect(ids(d)).toContain("account-outlook-com");
    expect(d.links).toContain("https://account.microsoft.com/security");
    expect(d.links).not.toContain("https://mysignins.microsoft.com/security-info");
  });
  test("Gmail says Google owns the sign-in", () => {
    expect(
      ids(run({ host: { accountType: "gmail" }, problemClient: { app: "android-mail" } }))
    ).toContain("account-gmail");
  });
});

describe("org MFA mode, app passwords and the SMTP AUTH timeline", () => {
  const printer = (org: Record<string, unknown>, accountType = "office365") => ({
    host: { accountType },
    problemClient: { app: "device-smtp" },
    org,
  });
  test.each<[string, boolean | null, ActionId[], string]>([
    ["perUserMfa", true, ["use-app-password", "contact-admin"], "app-password-stopgap"],
    ["perUserMfa", false, ["contact-admin"], "app-passwords-disabled"],
    ["perUserMfa", null, ["contact-admin"], "smtp-ask-admin"],
    ["conditionalAccess", true, ["contact-admin"], "app-passwords-unavailable"],
    ["securityDefaults", false, ["contact-admin"], "app-passwords-unavailable"],
    ["unknown", null, ["contact-admin"], "smtp-ask-admin"],
  ])("printer, %s, app passwords allowed=%s → %j", (mfaMode, allowed, actions, finding) => {
    const d = run(printer({ mfaMode, appPasswordsAllowed: allowed }));
    expect(d.actions).toEqual(actions);
    expect(ids(d)).toContain(finding);
  });
  test("before the deadline the days left are shown, measured from collectedAt", () => {
    const d = run({
      ...printer({ mfaMode: "perUserMfa", appPasswordsAllowed: true }),
      collectedAt: "2026-12-01T00:00:00Z",
    });
    expect(d.findings.find((f) => f.id === "app-password-stopgap")?.params).toEqual({
      deadline: { date: "2026-12-31" },
      days: 31,
    });
  });
  test("after Dec 2026 basic SMTP AUTH is off by default: IT first, app password only as a re-enabled fallback", () => {
    const d = run({
      ...printer({ mfaMode: "perUserMfa", appPasswordsAllowed: true }),
      collectedAt: "2027-02-01T00:00:00Z",
    });
    expect(d.actions).toEqual(["contact-admin", "use-app-password"]);
    expect(ids(d)).toEqual(
      expect.arrayContaining(["smtp-basic-auth-disabled", "app-password-after-deadline"])
    );
  });
  test("a replay months later gives the same answer (judged as of collectedAt)", () => {
    const f = {
      ...printer({ mfaMode: "perUserMfa", appPasswordsAllowed: true }),
      collectedAt: "2026-11-24T08:30:00.000Z",
    };
    expect(run(f, new Date("2028-01-01")).actions).toEqual(run(f, NOW).actions);
  });
  test("an invalid collectedAt falls back to now", () => {
    expect(run({ collectedAt: "yesterday" }).judgedAt).toBe(NOW.toISOString());
  });
  test("on-premises, Outlook.com and Gmail devices never get an app password", () => {
    for (const type of ["enterprise", "outlookCom", "gmail"]) {
      expect(
        run(printer({ mfaMode: "perUserMfa", appPasswordsAllowed: true }, type)).actions
      ).not.toContain("use-app-password");
    }
  });
  test("per-user MFA with app passwords allowed: Outlook is told app passwords won't help it", () => {
    const d = run({
      problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20088" },
      org: { mfaMode: "perUserMfa", appPasswordsAllowed: true },
    });
    expect(d.actions).not.toContain("use-app-password");
    expect(ids(d)).toContain("app-password-not-for-outlook");
  });
});

describe("probes", () => {
  test.each<[string, Record<string, unknown>, string, ActionId | null]>([
    ["token ok", { token: { status: "ok" } }, "token-ok", null],
    [
      "token not configured",
      { token: { status: "not_configured" }, ...skipped },
      "token-not-configured",
      null,
    ],
    [
      "token unsupported",
      { token: { status: "unsupported" }, ...skipped },
      "token-unsupported",
      null,
    ],
    [
      "token timeout",
      { token: { status: "timeout" }, ...skipped },
      "token-timeout",
      "check-network",
    ],
    [
      "interaction required, no code",
      { token: { status: "interaction_required" }, ...skipped },
      "signin-interaction-required",
      null,
    ],
    [
      "interaction required, 50076",
      { token: { status: "interaction_required", errorCode: "AADSTS50076" }, ...skipped },
      "signin-mfa-required",
      "register-mfa",
    ],
    ["failed, no code", { token: { status: "failed" }, ...skipped }, "token-failed", null],
    ["mailbox ok", {}, "mailbox-ok", null],
    [
      "mailbox 401",
      { mailbox: { status: "failed", httpStatus: 401 } },
      "mailbox-unauthorized",
      "clear-cached-credentials",
    ],
    [
      "mailbox 403",
      { mailbox: { status: "failed", httpStatus: 403 } },
      "mailbox-forbidden",
      "contact-admin",
    ],
    [
      "mailbox 404",
      { mailbox: { status: "failed", httpStatus: 404 } },
      "mailbox-not-found",
      "contact-admin",
    ],
    ["mailbox 429", { mailbox: { status: "failed", httpStatus: 429 } }, "mailbox-throttled", null],
    [
      "mailbox 503",
      { mailbox: { status: "failed", httpStatus: 503 } },
      "mailbox-service-error",
      null,
    ],
    ["mailbox 418", { mailbox: { status: "failed", httpStatus: 418 } }, "mailbox-failed", null],
    [
      "mailbox network error",
      { mailbox: { status: "failed", httpStatus: null } },
      "mailbox-unreachable",
      "check-network",
    ],
    [
      "mailbox timeout",
      { mailbox: { status: "timeout", httpStatus: null } },
      "mailbox-timeout",
      "check-network",
    ],
    [
      "mailbox skipped after failed sign-in",
      { token: { status: "failed", errorCode: "AADSTS53003" }, ...skipped },
      "mailbox-skipped",
      "contact-admin",
    ],
    ["methods ok with MFA", {}, "mfa-methods-ok", null],
    [
      "methods ok without MFA",
      { authMethods: { status: "ok", methods: ["password", "email"] } },
      "mfa-method-missing",
      "register-mfa",
    ],
    [
      "methods failed",
      { authMethods: { status: "failed", methods: [] } },
      "mfa-methods-unknown",
      null,
    ],
    [
      "methods timeout",
      { authMethods: { status: "timeout", methods: [] } },
      "mfa-methods-unknown",
      null,
    ],
  ])("%s", (_, probes, finding, action) => {
    // The baseline (Outlook on the web, all good) has no action, so each row's action is the probe's alone.
    const d = run({ probes });
    expect(ids(d)).toContain(finding);
    expect(d.actions).toEqual(action ? [action] : ["none"]);
  });

  test("offline: check the network first, and ignore what the other probes could not see", () => {
    const d = run({
      problemClient: { app: "outlook-windows-classic", version: "16.0.20430.20088" },
      probes: {
        online: false,
        token: { status: "failed", errorCode: "AADSTS53003" },
        mailbox: { status: "failed", httpStatus: 403 },
      },
    });
    expect(d.actions[0]).toBe("check-network");
    expect(ids(d)).toContain("offline");
    expect(ids(d)).not.toContain("signin-blocked-by-policy");
    expect(ids(d)).not.toContain("mailbox-forbidden");
  });

  test("nothing wrong → the single action 'none' and an all-good finding", () => {
    const d = run({});
    expect(d.actions).toEqual(["none"]);
    expect(ids(d)).toContain("all-good");
    expect(d.summary.severity).toBe("ok");
  });
});
