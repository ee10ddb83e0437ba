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

/** The token probe as the pane reports it after the auth room normalised an error, with Graph skipped. */
const afterSignIn = (status: string, errorCode: string | null) =>
  diagnose(
    facts({
      probes: {
        token: { status, errorCode },
        mailbox: { status: "skipped", httpStatus: null },
        authMethods: { status: "skipped", methods: [] },
      },
    }),
    { now: NOW }
  );

describe("the shapes the auth room normalises: the engine decides the offer, the finding and the note", () => {
  test.each<[string, string, boolean, string, string | null]>([
    // NAA unavailable at run time: the Office dialog can stand in, so Sign in is offered.
    ["unsupported", "nested_app_auth_unavailable", true, "signin-bridge-unavailable", null],
    ["unsupported", "nested_app_auth_bridge_disabled", true, "signin-bridge-unavailable", null],
    // Neither NAA nor a dialog (older Outlook on phones): nothing to offer.
    ["unsupported", "sign_in_unavailable", false, "signin-no-sign-in-here", null],
    // The host's own window broke, or cookies are blocked: the next Sign in uses the dialog.
    ["failed", "third_party_cookies_blocked", true, "signin-cookies-blocked", null],
    ["unsupported", "third_party_cookies_blocked", true, "signin-cookies-blocked", null],
    ["failed", "native_executor_error", true, "signin-host-sign-in-failed", null],
    ["failed", "naa_empty_server_error", true, "signin-host-sign-in-failed", null],
    ["failed", "oneauth_error", true, "signin-host-sign-in-failed", null],
    [
      "interaction_required",
      "oneauth_interaction_required",
      true,
      "signin-interaction-required",
      null,
    ],
    ["interaction_required", "AADSTS50058", true, "signin-interaction-required", null],
    ["failed", "dialog_closed_early", true, "signin-sign-in-window-closed", null],
    // The deployment is at fault: IT, not another Sign in.
    ["failed", "dialog_12002", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "dialog_12003", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "dialog_12004", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "dialog_12005", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "dialog_error", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "dialog_bad_settings", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "dialog_bad_message", false, "signin-dialog-failed", "contact-admin"],
    ["failed", "oidc_scopes_only", false, "signin-app-misconfigured", "contact-admin"],
    // The pane itself: a script that didn't load, a webview without Web Crypto, an error without a code.
    ["failed", "chunk_load_error", false, "signin-add-in-load-failed", null],
    ["failed", "crypto_nonexistent", false, "signin-browser-unsupported", null],
    ["failed", "unknown_error", false, "signin-unknown-failure", null],
    // The Office dialog's own errors that a person can retry.
    ["interaction_required", "user_cancelled", true, "signin-user-cancelled", null],
    ["interaction_required", "popup_window_error", true, "signin-popup-blocked", null],
  ])("%s %s → offer %s, %s, action %s", (status, code, offer, finding, action) => {
    const d = afterSignIn(status, code);
    expect(d.signIn.offer).toBe(offer);
    expect(d.findings.map((f) => f.id)).toContain(finding);
    expect(d.adminNotes.some((n) => n.startsWith(`${code} (`))).toBe(true);
    if (action) expect(d.actions[0]).toBe(action);
    else expect(d.actions).not.toContain("check-network");
  });

  test("a failed sign-in says what failed for the user too (auth.failed with the code)", () => {
    expect(afterSignIn("failed", "dialog_closed_early").signIn.reason).toEqual({
      id: "auth.failed",
      params: { code: "dialog_closed_early" },
    });
  });

  test("NAA missing at run time also tells IT which Outlook builds have it; a cookie block does not", () => {
    const naa = afterSignIn("unsupported", "nested_app_auth_unavailable").adminNotes.join("\n");
    expect(naa).toContain("NestedAppAuth 1.1");
    const cookies = afterSignIn("unsupported", "third_party_cookies_blocked").adminNotes.join("\n");
    expect(cookies).not.toContain("NestedAppAuth 1.1");
    expect(cookies).toContain("third-party cookies");
  });

  test("an unsupported status without a known code keeps the generic finding", () => {
    const d = afterSignIn("unsupported", null);
    expect(d.findings.map((f) => f.id)).toContain("token-unsupported");
    expect(d.signIn.offer).toBe(false);
  });

  test.each(SIGN_IN_ERRORS.map((e) => [e.code, e.group]))(
    "%s reported as unsupported still names its group (%s)",
    (code, group) => {
      expect(afterSignIn("unsupported", code).findings.map((f) => f.id)).toContain(
        `signin-${group}`
      );
    }
  );
});
