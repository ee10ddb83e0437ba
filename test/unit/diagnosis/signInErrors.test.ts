import { diagnose } from "../../../src/diagnosis";
import { FINDING_MESSAGES_EN } from "../../../src/diagnosis/messages.en";
import { findSignInError, SIGN_IN_ERRORS } from "../../../src/diagnosis/tables/signInErrors";
import { facts, NOW } from "../../support/facts";

describe("every sign-in error in the table", () => {
  test.each(SIGN_IN_ERRORS.map((e) => [e.code, e]))(
    "%s maps to its finding, action and admin note",
    (code, e) => {
      const f = facts({
        probes: {
          token: { status: "failed", errorCode: code },
          mailbox: { status: "skipped", httpStatus: null },
          authMethods: { status: "skipped", methods: [] },
        },
      });
      const d = diagnose(f, { now: NOW });
      const finding = d.findings.find((x) => x.id === `signin-${e.group}`);
      expect(finding).toBeDefined();
      expect(finding?.severity).toBe(e.severity);
      expect(
        FINDING_MESSAGES_EN[`signin-${e.group}` as keyof typeof FINDING_MESSAGES_EN]
      ).toBeTruthy();
      if (e.action) expect(d.actions).toContain(e.action);
      expect(d.adminNotes.some((n) => n.startsWith(code))).toBe(true);
      expect(e.admin.length).toBeGreaterThan(10);
      expect(e.source.length).toBeGreaterThan(1);
    }
  );

  test("codes are found with or without the AADSTS prefix and in any case", () => {
    expect(findSignInError("53003")?.code).toBe("AADSTS53003");
    expect(findSignInError("aadsts50076")?.code).toBe("AADSTS50076");
    expect(findSignInError("USER_CANCELED")?.code).toBe("user_canceled");
    expect(findSignInError("AADSTS99999")).toBeNull();
    expect(findSignInError(null)).toBeNull();
  });

  test("both spellings of cancel are known: user_cancelled (BrowserAuthError) and user_canceled (NAA)", () => {
    expect(findSignInError("user_cancelled")?.group).toBe("user-cancelled");
    expect(findSignInError("user_canceled")?.group).toBe("user-cancelled");
  });

  test("an unknown code still gives a finding and a lookup note for IT", () => {
    const d = diagnose(
      facts({ probes: { token: { status: "failed", errorCode: "AADSTS9999999" } } }),
      { now: NOW }
    );
    expect(d.findings.map((x) => x.id)).toContain("token-failed");
    expect(d.adminNotes.join(" ")).toContain("login.microsoftonline.com/error?code=9999999");
  });
});
