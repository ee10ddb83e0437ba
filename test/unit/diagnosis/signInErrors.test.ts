import { diagnose } from "../../../src/diagnosis";
import { FINDING_MESSAGES_EN } from "../../../src/diagnosis/messages.en";
import { findSignInError, SIGN_IN_ERRORS } from "../../../src/diagnosis/tables/signInErrors";
import { facts, NOW } from "../../support/facts";

/**
 * Written by hand from the Entra reference page (EC), MSAL's sources and the add-in's own codes: code, the group
 * whose finding the user sees, its severity and the action. Not read from the table, so a row that drifts fails.
 */
const EXPECTED: [string, string, string, string | null][] = [
  ["AADSTS50076", "mfa-required", "warning", "register-mfa"], // UserStrongAuthClientAuthNRequired
  ["AADSTS50079", "mfa-registration-required", "error", "register-mfa"], // UserStrongAuthEnrollmentRequired
  ["AADSTS50072", "mfa-registration-required", "error", "register-mfa"], // UserStrongAuthEnrollmentRequiredInterrupt
  ["AADSTS50074", "mfa-not-completed", "warning", "register-mfa"], // UserStrongAuthClientAuthNRequiredInterrupt
  ["AADSTS50078", "mfa-required", "warning", "register-mfa"], // UserStrongAuthExpired
  ["AADSTS50158", "blocked-by-policy", "error", "contact-admin"], // ExternalSecurityChallenge
  ["AADSTS53003", "blocked-by-policy", "error", "contact-admin"], // BlockedByConditionalAccess
  ["AADSTS53000", "device-not-compliant", "error", "contact-admin"], // DeviceNotCompliant
  ["AADSTS53001", "device-not-compliant", "error", "contact-admin"], // DeviceNotDomainJoined
  ["AADSTS530003", "device-not-compliant", "error", "contact-admin"], // (device must be managed)
  ["AADSTS530032", "blocked-by-policy", "error", "contact-admin"], // BlockedByConditionalAccessOnSecurityPolicy
  ["AADSTS530035", "blocked-by-policy", "error", "contact-admin"], // BlockedBySecurityDefaults
  ["AADSTS50053", "account-locked", "error", "contact-admin"], // IdsLocked
  ["AADSTS50055", "password-expired", "error", "reset-password"], // InvalidPasswordExpiredPassword
  ["AADSTS50056", "wrong-password", "warning", "clear-cached-credentials"], // InvalidOrNullPassword
  ["AADSTS50126", "wrong-password", "warning", "clear-cached-credentials"], // InvalidUserNameOrPassword
  ["AADSTS50057", "account-disabled", "error", "contact-admin"], // UserDisabled
  ["AADSTS50173", "session-revoked", "warning", "clear-cached-credentials"], // FreshTokenNeeded
  ["AADSTS50133", "session-revoked", "warning", "clear-cached-credentials"], // SsoArtifactRevoked
  ["AADSTS70043", "session-revoked", "info", "clear-cached-credentials"], // BadTokenDueToSignInFrequency
  ["AADSTS16000", "account-not-in-tenant", "error", "contact-admin"], // InteractionRequired
  ["AADSTS50020", "account-not-in-tenant", "error", "contact-admin"], // UserUnauthorized
  ["AADSTS50034", "account-not-in-tenant", "error", "contact-admin"], // UserAccountNotFound
  ["AADSTS90072", "account-not-in-tenant", "error", "contact-admin"], // PassThroughUserMfaError
  ["AADSTS65001", "consent-required", "error", "contact-admin"], // DelegationDoesNotExist
  ["AADSTS90094", "consent-required", "error", "contact-admin"], // AdminConsentRequired
  ["AADSTS70011", "app-misconfigured", "error", "contact-admin"], // InvalidScope
  ["AADSTS700016", "app-misconfigured", "error", "contact-admin"], // UnauthorizedClient_DoesNotMatchRequest
  ["AADSTS500011", "app-misconfigured", "error", "contact-admin"], // InvalidResourceServicePrincipalNotFound
  ["AADSTS7000112", "app-misconfigured", "error", "contact-admin"], // UnauthorizedClientApplicationDisabled
  ["AADSTS50105", "user-not-assigned", "error", "contact-admin"], // EntitlementGrantsNotFound
  ["AADSTS50199", "interaction-required", "info", null], // CmsiInterrupt
  ["AADSTS700084", "session-revoked", "info", null], // SpaRefreshTokenExpired
  ["AADSTS50196", "interaction-required", "info", null], // LoopDetected
  ["AADSTS53002", "blocked-by-policy", "error", "contact-admin"], // ApplicationUsedIsNotAnApprovedApp
  ["AADSTS53004", "mfa-registration-required", "error", "register-mfa"], // ProofUpBlockedDueToRisk
  ["AADSTS50131", "blocked-by-policy", "error", "contact-admin"], // ConditionalAccessFailed
  ["AADSTS50097", "device-not-compliant", "error", "contact-admin"], // DeviceAuthenticationRequired
  ["AADSTS50129", "device-not-compliant", "error", "contact-admin"], // DeviceIsNotWorkplaceJoined
  ["AADSTS50155", "device-not-compliant", "error", "contact-admin"], // DeviceAuthenticationFailed
  ["AADSTS50144", "password-expired", "error", "reset-password"], // InvalidPasswordExpiredOnPremPassword
  ["AADSTS50135", "password-expired", "error", "reset-password"], // PasswordChangeCompromisedPassword
  ["AADSTS50132", "session-revoked", "warning", "clear-cached-credentials"], // SsoArtifactInvalidOrExpired
  ["AADSTS70008", "session-revoked", "warning", "clear-cached-credentials"], // ExpiredOrRevokedGrant
  ["AADSTS50089", "interaction-required", "info", null], // (flow token expired)
  ["AADSTS50125", "interaction-required", "info", null], // PasswordResetRegistrationRequiredInterrupt
  ["AADSTS51004", "account-not-in-tenant", "error", "contact-admin"], // UserAccountNotInDirectory
  ["AADSTS70001", "app-misconfigured", "error", "contact-admin"], // UnauthorizedClient
  ["interaction_required", "interaction-required", "info", null], // InteractionRequiredAuthError
  ["consent_required", "consent-required", "warning", "contact-admin"], // InteractionRequiredAuthError
  ["login_required", "interaction-required", "info", null], // InteractionRequiredAuthError
  ["user_cancelled", "user-cancelled", "info", null], // BrowserAuthError
  ["user_canceled", "user-cancelled", "info", null], // ClientAuthError (NAA USER_CANCEL)
  ["popup_window_error", "popup-blocked", "warning", null], // BrowserAuthError
  ["empty_window_error", "popup-blocked", "warning", null], // BrowserAuthError
  ["interaction_in_progress", "interaction-in-progress", "info", null], // BrowserAuthError
  ["nested_app_auth_bridge_disabled", "bridge-unavailable", "info", null], // ClientAuthError
  ["unsupported_method", "bridge-unavailable", "info", null], // NestedAppAuthError
  ["no_network_connectivity", "no-network", "error", "check-network"], // ClientAuthError
  ["nested_app_auth_unavailable", "bridge-unavailable", "info", null], // (no NAA bridge at run time)
  ["sign_in_unavailable", "no-sign-in-here", "info", null], // (neither NAA nor the Office dialog)
  ["AADSTS50058", "interaction-required", "info", null], // UserInformationNotProvided (login_required)
  ["no_account_found", "interaction-required", "info", null], // ClientAuthError (NAA ACCOUNT_UNAVAILABLE)
  ["oneauth_interaction_required", "interaction-required", "info", null], // InteractionRequiredAuthError, errorCode "2" (OneAuth)
  ["third_party_cookies_blocked", "cookies-blocked", "warning", null], // (AADSTS50058, then user_cancelled from the NAA window)
  ["native_executor_error", "host-sign-in-failed", "warning", null], // ServerError (new Outlook NAA window)
  ["naa_empty_server_error", "host-sign-in-failed", "warning", null], // ServerError with no code and no message
  ["oneauth_error", "host-sign-in-failed", "warning", null], // (OneAuth failure in new Outlook)
  ["dialog_closed_early", "sign-in-window-closed", "warning", null], // Office dialog 12006 within 5 s of opening
  ["dialog_12002", "dialog-failed", "warning", "contact-admin"], // Office dialog 12002
  ["dialog_12003", "dialog-failed", "warning", "contact-admin"], // Office dialog 12003
  ["dialog_12004", "dialog-failed", "warning", "contact-admin"], // Office dialog 12004
  ["dialog_12005", "dialog-failed", "warning", "contact-admin"], // Office dialog 12005
  ["dialog_error", "dialog-failed", "warning", "contact-admin"], // Office dialog error without a code
  ["dialog_bad_settings", "dialog-failed", "warning", "contact-admin"], // (dialog.html refused its settings)
  ["dialog_bad_message", "dialog-failed", "warning", "contact-admin"], // (dialog.html answered something unreadable)
  ["oidc_scopes_only", "app-misconfigured", "error", "contact-admin"], // (token request without a resource scope)
  ["chunk_load_error", "add-in-load-failed", "warning", null], // ChunkLoadError
  ["crypto_nonexistent", "browser-unsupported", "warning", null], // BrowserAuthError
  ["unknown_error", "unknown-failure", "warning", null], // (an error without a code)
];

/** A failed sign-in with this code, Graph skipped, judged on 2026-12-07. */
const failedWith = (code: string) =>
  diagnose(
    facts({
      collectedAt: "2026-12-07T09:15:00.000Z",
      probes: {
        token: { status: "failed", errorCode: code },
        mailbox: { status: "skipped", httpStatus: null },
        authMethods: { status: "skipped", methods: [] },
      },
    }),
    { now: NOW }
  );

describe("every sign-in error in the table", () => {
  test("the table holds at least 70 codes, each pinned here by hand", () => {
    expect(SIGN_IN_ERRORS.length).toBeGreaterThanOrEqual(70);
    expect(SIGN_IN_ERRORS.map((e) => e.code).sort()).toEqual(EXPECTED.map(([c]) => c).sort());
  });

  test.each(EXPECTED)("%s → finding signin-%s (%s), action %s", (code, group, severity, action) => {
    const d = failedWith(code);
    const finding = d.findings.find((x) => x.id === `signin-${group}`);
    expect(finding?.severity).toBe(severity);
    if (action) expect(d.actions).toContain(action);
    else expect(d.actions).not.toContain("contact-admin");
    expect(d.adminNotes.some((n) => n.startsWith(`${code} (`))).toBe(true);
  });

  test.each(SIGN_IN_ERRORS.map((e) => [e.code, e]))(
    "%s has a source and a plain note for IT",
    (_, e) => {
      expect(e.source.trim().length).toBeGreaterThan(1);
      // Entra codes come from the reference page (EC) or Microsoft's Conditional Access troubleshooting page.
      if (e.code.startsWith("AADSTS")) expect(e.source).toMatch(/^EC|power-platform/);
      expect(e.admin.length).toBeGreaterThan(15);
      expect(e.admin).toMatch(/[.)]$/);
    }
  );

  test("Conditional Access refusing the assistant: IT learns it was the assistant's own app, its client ID and the time", () => {
    const notes = failedWith("AADSTS53003").adminNotes.join("\n");
    expect(notes).toContain("AADSTS53003 (BlockedByConditionalAccess)");
    expect(notes).toContain(
      "refused the sign-in of the Sign-in Assistant's own app (the clientId in the deployed config.json), not "
    );
    expect(notes).toContain(
      "filter by the assistant's application ID around 2026-12-07T09:15:00.000Z (when the report was collected)"
    );
    const user = failedWith("AADSTS53003").findings.find(
      (f) => f.id === "signin-blocked-by-policy"
    );
    expect(user).toBeDefined();
    expect(FINDING_MESSAGES_EN["signin-blocked-by-policy"]).toBe(
      "Your organisation's security rules blocked this assistant's sign-in check; only your IT team can allow it, and the report tells them which sign-in to look for."
    );
  });

  test.each([
    ["2026-06-30", "it retires on 2026-06-30"],
    ["2026-07-01", "retired on 2026-06-30 and has been treated as not selected since"],
    ["2026-12-07", "retired on 2026-06-30 and has been treated as not selected since"],
  ])("judged %s, the approved-client-app grant note reads %j", (day, wording) => {
    const d = diagnose(
      facts({
        collectedAt: `${day}T12:00:00.000Z`,
        probes: { token: { status: "failed", errorCode: "AADSTS53002" } },
      }),
      { now: NOW }
    );
    expect(d.adminNotes.join("\n")).toContain(wording);
  });

  test("a failed second step tells IT and the user about Authenticator on jailbroken or rooted phones", () => {
    const d = failedWith("AADSTS50074");
    expect(d.adminNotes.join("\n")).toContain(
      "Microsoft Authenticator blocks (then wipes) work accounts on jailbroken or rooted phones (MC1179154"
    );
    expect(FINDING_MESSAGES_EN["signin-mfa-not-completed"]).toContain(
      "(it does on jailbroken or rooted phones), set up another method or phone in Security info"
    );
    expect(failedWith("AADSTS50055").adminNotes.join("\n")).not.toContain("jailbroken");
  });

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
