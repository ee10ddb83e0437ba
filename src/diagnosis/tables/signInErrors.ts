// Sign-in errors the token probe can report (contract probes.token.errorCode): Microsoft Entra AADSTS codes and
// MSAL.js error codes. Each maps to a group (whose plain-language user message lives in messages.en.ts and the
// locale catalogues), the action that fixes it, and a note for the admin.
// EC = learn.microsoft.com/entra/identity-platform/reference-error-codes (2024-04-24) [MS]
// MSAL = github.com/AzureAD/microsoft-authentication-library-for-js (msal-browser docs) [MS]
// NAAFAQ = learn.microsoft.com/office/dev/add-ins/outlook/faq-nested-app-auth-outlook-legacy-tokens [MS]
// DLG = learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events [MS]
// MSAL5 = @azure/msal-browser 5.30.0's own source (BridgeStatusCode, WebBrokerBridgeErrorMap, BrowserCrypto) [MS]
// OJS#n = github.com/OfficeDev/office-js/issues/n; MSJS#n = github.com/AzureAD/microsoft-authentication-library-for-js
//   /issues/n; OAS#n = github.com/OfficeDev/Office-Add-in-samples/issues/n. Public threads [3P], read 2026-11-25:
//   facts only (the shape each client reports), never a maintainer's promise.
// Codes without an MSAL or Entra origin (dialog_*, naa_empty_server_error, oneauth_*, third_party_cookies_blocked,
// sign_in_unavailable, oidc_scopes_only) are the add-in's own names for shapes src/auth normalises.

import type { ActionId, Severity } from "../vocabulary";

export type SignInErrorGroup =
  | "mfa-required"
  | "mfa-registration-required"
  | "mfa-not-completed"
  | "blocked-by-policy"
  | "device-not-compliant"
  | "account-locked"
  | "password-expired"
  | "wrong-password"
  | "account-disabled"
  | "session-revoked"
  | "account-not-in-tenant"
  | "consent-required"
  | "app-misconfigured"
  | "user-not-assigned"
  | "popup-blocked"
  | "user-cancelled"
  | "interaction-in-progress"
  | "bridge-unavailable"
  | "no-network"
  | "interaction-required"
  | "no-sign-in-here"
  | "cookies-blocked"
  | "host-sign-in-failed"
  | "sign-in-window-closed"
  | "dialog-failed"
  | "add-in-load-failed"
  | "browser-unsupported"
  | "unknown-failure";

export interface SignInError {
  code: string;
  name: string;
  group: SignInErrorGroup;
  action: ActionId | null;
  severity: Severity;
  admin: string;
  source: string;
}

export const SIGN_IN_ERRORS: readonly SignInError[] = [
  {
    code: "AADSTS50076",
    name: "UserStrongAuthClientAuthNRequired",
    group: "mfa-required",
    action: "register-mfa",
    severity: "warning",
    admin:
      "MFA is required by Conditional Access or per-user MFA, or because of a new location. The user must sign in interactively and complete MFA.",
    source: "EC",
  },
  {
    code: "AADSTS50079",
    name: "UserStrongAuthEnrollmentRequired",
    group: "mfa-registration-required",
    action: "register-mfa",
    severity: "error",
    admin:
      "The user must register security info. For federated users, the IdP must send the MFA claim.",
    source: "EC",
  },
  {
    code: "AADSTS50072",
    name: "UserStrongAuthEnrollmentRequiredInterrupt",
    group: "mfa-registration-required",
    action: "register-mfa",
    severity: "error",
    admin: "The user must enrol in MFA before signing in.",
    source: "EC (also on the page)",
  },
  {
    code: "AADSTS50074",
    name: "UserStrongAuthClientAuthNRequiredInterrupt",
    group: "mfa-not-completed",
    action: "register-mfa",
    severity: "warning",
    admin:
      "Strong auth is required and the user did not pass the MFA challenge. Check the user's registered methods.",
    source: "EC",
  },
  {
    code: "AADSTS50078",
    name: "UserStrongAuthExpired",
    group: "mfa-required",
    action: "register-mfa",
    severity: "warning",
    admin: "The MFA claim expired; the user must complete MFA again.",
    source: "EC (also on the page)",
  },
  {
    code: "AADSTS50158",
    name: "ExternalSecurityChallenge",
    group: "blocked-by-policy",
    action: "contact-admin",
    severity: "error",
    admin:
      "An external security challenge was not satisfied. Check MFA, Conditional Access and external-control configuration.",
    source:
      "EC; learn.microsoft.com/power-platform/admin/troubleshooting-conditional-access-in-authentication",
  },
  {
    code: "AADSTS53003",
    name: "BlockedByConditionalAccess",
    group: "blocked-by-policy",
    action: "contact-admin",
    severity: "error",
    admin:
      "A Conditional Access policy blocked token issuance for this assistant's own sign-in. Review the policy applied to it in the Entra sign-in logs (which sign-in, and when, is in the next note).",
    source: "EC",
  },
  {
    code: "AADSTS53000",
    name: "DeviceNotCompliant",
    group: "device-not-compliant",
    action: "contact-admin",
    severity: "error",
    admin:
      "Conditional Access requires a compliant device. Enrol the device in MDM (for example Intune) and check its compliance.",
    source: "EC",
  },
  {
    code: "AADSTS53001",
    name: "DeviceNotDomainJoined",
    group: "device-not-compliant",
    action: "contact-admin",
    severity: "error",
    admin: "Conditional Access requires a domain-joined or hybrid-joined device.",
    source: "EC; power-platform troubleshooting-conditional-access-in-authentication",
  },
  {
    code: "AADSTS530003",
    name: "(device must be managed)",
    group: "device-not-compliant",
    action: "contact-admin",
    severity: "error",
    admin:
      "The device must be managed. Check the Conditional Access device platform, client-app and device-filter settings. (Not on the reference page.)",
    source:
      "power-platform troubleshooting-conditional-access-in-authentication; Azure IoT Operations known issues (UNVERIFIED URL)",
  },
  {
    code: "AADSTS530032",
    name: "BlockedByConditionalAccessOnSecurityPolicy",
    group: "blocked-by-policy",
    action: "contact-admin",
    severity: "error",
    admin: "A tenant-level security policy blocks the request. Review tenant security policies.",
    source: "EC",
  },
  {
    code: "AADSTS530035",
    name: "BlockedBySecurityDefaults",
    group: "blocked-by-policy",
    action: "contact-admin",
    severity: "error",
    admin: "Security defaults blocked the request (for example legacy authentication).",
    source: "EC (also on the page)",
  },
  {
    code: "AADSTS50053",
    name: "IdsLocked",
    group: "account-locked",
    action: "contact-admin",
    severity: "error",
    admin:
      "The account is locked after too many bad sign-ins, or the sign-in came from an IP with malicious activity. Check the sign-in log's failure reason and unblock.",
    source: "EC",
  },
  {
    code: "AADSTS50055",
    name: "InvalidPasswordExpiredPassword",
    group: "password-expired",
    action: "reset-password",
    severity: "error",
    admin: "The password has expired. The user can reset it with SSPR, or an admin resets it.",
    source: "EC",
  },
  {
    code: "AADSTS50056",
    name: "InvalidOrNullPassword",
    group: "wrong-password",
    action: "clear-cached-credentials",
    severity: "warning",
    admin:
      "Invalid or null password: no password in the directory for this user, or a stale saved one.",
    source: "EC",
  },
  {
    code: "AADSTS50126",
    name: "InvalidUserNameOrPassword",
    group: "wrong-password",
    action: "clear-cached-credentials",
    severity: "warning",
    admin:
      "Wrong username or password. A saved old password is a common cause after a password change.",
    source: "EC",
  },
  {
    code: "AADSTS50057",
    name: "UserDisabled",
    group: "account-disabled",
    action: "contact-admin",
    severity: "error",
    admin: "The user account is disabled. Re-enable it.",
    source: "EC",
  },
  {
    code: "AADSTS50173",
    name: "FreshTokenNeeded",
    group: "session-revoked",
    action: "clear-cached-credentials",
    severity: "warning",
    admin:
      "The grant was revoked (by an admin or the user). Expected after sessions were revoked; the user signs in again.",
    source: "EC",
  },
  {
    code: "AADSTS50133",
    name: "SsoArtifactRevoked",
    group: "session-revoked",
    action: "clear-cached-credentials",
    severity: "warning",
    admin: "The session is invalid after a password expiry or change; the user signs in again.",
    source: "EC",
  },
  {
    code: "AADSTS70043",
    name: "BadTokenDueToSignInFrequency",
    group: "session-revoked",
    action: "clear-cached-credentials",
    severity: "info",
    admin: "The sign-in frequency policy requires a fresh sign-in.",
    source: "EC (also on the page)",
  },
  {
    code: "AADSTS16000",
    name: "InteractionRequired",
    group: "account-not-in-tenant",
    action: "contact-admin",
    severity: "error",
    admin:
      "The account does not exist in the tenant. Invite the user as an external (B2B) user, or the user signs in with another account.",
    source: "EC",
  },
  {
    code: "AADSTS50020",
    name: "UserUnauthorized",
    group: "account-not-in-tenant",
    action: "contact-admin",
    severity: "error",
    admin:
      "The account from this identity provider does not exist in the tenant. Add or invite the user.",
    source: "EC",
  },
  {
    code: "AADSTS50034",
    name: "UserAccountNotFound",
    group: "account-not-in-tenant",
    action: "contact-admin",
    severity: "error",
    admin:
      "The user is not in this tenant, the username was mistyped, or the add-in's authority names the wrong tenant.",
    source: "EC",
  },
  {
    code: "AADSTS90072",
    name: "PassThroughUserMfaError",
    group: "account-not-in-tenant",
    action: "contact-admin",
    severity: "error",
    admin:
      "The external account is not in the tenant so MFA can't be satisfied, or the ImmutableID (sourceAnchor) differs between AD and Entra.",
    source: "EC",
  },
  {
    code: "AADSTS65001",
    name: "DelegationDoesNotExist",
    group: "consent-required",
    action: "contact-admin",
    severity: "error",
    admin:
      "No consent for the add-in's Graph permissions. Grant admin consent (see docs/ADMIN.md).",
    source: "EC",
  },
  {
    code: "AADSTS90094",
    name: "AdminConsentRequired",
    group: "consent-required",
    action: "contact-admin",
    severity: "error",
    admin: "Admin consent is required for the add-in's permissions.",
    source: "EC",
  },
  {
    code: "AADSTS70011",
    name: "InvalidScope",
    group: "app-misconfigured",
    action: "contact-admin",
    severity: "error",
    admin: "The add-in requested an invalid scope. Check the add-in's configuration.",
    source: "EC",
  },
  {
    code: "AADSTS700016",
    name: "UnauthorizedClient_DoesNotMatchRequest",
    group: "app-misconfigured",
    action: "contact-admin",
    severity: "error",
    admin:
      "The app was not found in the tenant: wrong client ID or tenant in config.json, or the app is not consented.",
    source: "EC",
  },
  {
    code: "AADSTS500011",
    name: "InvalidResourceServicePrincipalNotFound",
    group: "app-misconfigured",
    action: "contact-admin",
    severity: "error",
    admin:
      "The resource is not installed or consented in the tenant, or the wrong tenant was used.",
    source: "EC",
  },
  {
    code: "AADSTS7000112",
    name: "UnauthorizedClientApplicationDisabled",
    group: "app-misconfigured",
    action: "contact-admin",
    severity: "error",
    admin: "The add-in's app registration is disabled. Re-enable it.",
    source: "EC",
  },
  {
    code: "AADSTS50105",
    name: "EntitlementGrantsNotFound",
    group: "user-not-assigned",
    action: "contact-admin",
    severity: "error",
    admin: "The user is not assigned to the add-in's app. Assign the user or a group.",
    source: "EC",
  },
  {
    code: "AADSTS50199",
    name: "CmsiInterrupt",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin:
      "The user must confirm the app; shown for scheme redirects in system webviews. No action needed.",
    source: "EC",
  },
  {
    code: "AADSTS700084",
    name: "SpaRefreshTokenExpired",
    group: "session-revoked",
    action: null,
    severity: "info",
    admin: "The SPA refresh token reached its fixed lifetime; signing in again fixes it.",
    source: "EC (also on the page)",
  },
  {
    code: "AADSTS50196",
    name: "LoopDetected",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin: "A client loop was detected; retry later.",
    source: "EC (also on the page)",
  },
  // MSAL.js error codes (MSAL). Note user_cancelled (BrowserAuthError) vs user_canceled (ClientAuthError, NAA).
  // Read from the reference page (EC) on 2026-12-07: device, policy, password and session codes an Outlook user meets.
  {
    code: "AADSTS53002",
    name: "ApplicationUsedIsNotAnApprovedApp",
    group: "blocked-by-policy",
    action: "contact-admin",
    severity: "error",
    admin:
      "Conditional Access requires an approved client app, and this assistant isn't one. The approved-client-app grant also breaks nested app authentication (see the note on its retirement).",
    source: "EC; approved-app-grant-3p",
  },
  {
    code: "AADSTS53004",
    name: "ProofUpBlockedDueToRisk",
    group: "mfa-registration-required",
    action: "register-mfa",
    severity: "error",
    admin:
      "The user must register for MFA, but registration was blocked because the sign-in was rated risky. If they can't register, remediate the risk or have them register from a trusted location or device.",
    source: "EC",
  },
  {
    code: "AADSTS50131",
    name: "ConditionalAccessFailed",
    group: "blocked-by-policy",
    action: "contact-admin",
    severity: "error",
    admin:
      "A Conditional Access error: a bad Windows device state, a request blocked for suspicious activity, or an access or security policy decision. The sign-in log's failure reason says which.",
    source: "EC",
  },
  {
    code: "AADSTS50097",
    name: "DeviceAuthenticationRequired",
    group: "device-not-compliant",
    action: "contact-admin",
    severity: "error",
    admin:
      "Device authentication is required and the device didn't authenticate. Check the device's registration or join state in Entra ID.",
    source: "EC",
  },
  {
    code: "AADSTS50129",
    name: "DeviceIsNotWorkplaceJoined",
    group: "device-not-compliant",
    action: "contact-admin",
    severity: "error",
    admin: "Workplace join (registering the device in Entra ID) is required for this sign-in.",
    source: "EC",
  },
  {
    code: "AADSTS50155",
    name: "DeviceAuthenticationFailed",
    group: "device-not-compliant",
    action: "contact-admin",
    severity: "error",
    admin:
      "Device authentication failed for this user. Check the device's registration in Entra ID.",
    source: "EC",
  },
  {
    code: "AADSTS50144",
    name: "InvalidPasswordExpiredOnPremPassword",
    group: "password-expired",
    action: "reset-password",
    severity: "error",
    admin:
      "The user's Active Directory password has expired. Set a new one, or the user resets it with self-service password reset.",
    source: "EC",
  },
  {
    code: "AADSTS50135",
    name: "PasswordChangeCompromisedPassword",
    group: "password-expired",
    action: "reset-password",
    severity: "error",
    admin: "A password change is required because of account risk.",
    source: "EC",
  },
  {
    code: "AADSTS50132",
    name: "SsoArtifactInvalidOrExpired",
    group: "session-revoked",
    action: "clear-cached-credentials",
    severity: "warning",
    admin:
      "The session is no longer valid after a password expiry or a recent password change; the user signs in again.",
    source: "EC",
  },
  {
    code: "AADSTS70008",
    name: "ExpiredOrRevokedGrant",
    group: "session-revoked",
    action: "clear-cached-credentials",
    severity: "warning",
    admin: "The refresh token expired after a period of inactivity; the user signs in again.",
    source: "EC",
  },
  {
    code: "AADSTS50089",
    name: "(flow token expired)",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin: "The sign-in flow token expired; the user signs in again.",
    source: "EC",
  },
  {
    code: "AADSTS50125",
    name: "PasswordResetRegistrationRequiredInterrupt",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin:
      "Sign-in was interrupted by a password reset or password registration prompt; the user completes it and signs in again.",
    source: "EC",
  },
  {
    code: "AADSTS51004",
    name: "UserAccountNotInDirectory",
    group: "account-not-in-tenant",
    action: "contact-admin",
    severity: "error",
    admin: "The user account doesn't exist in the directory.",
    source: "EC",
  },
  {
    code: "AADSTS70001",
    name: "UnauthorizedClient",
    group: "app-misconfigured",
    action: "contact-admin",
    severity: "error",
    admin: "The application (this add-in's app registration) is disabled. Re-enable it.",
    source: "EC",
  },
  {
    code: "interaction_required",
    name: "InteractionRequiredAuthError",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin: "Interactive sign-in is needed; the pane offers a Sign in button.",
    source: "MSAL",
  },
  {
    code: "consent_required",
    name: "InteractionRequiredAuthError",
    group: "consent-required",
    action: "contact-admin",
    severity: "warning",
    admin: "Consent is required for the add-in's permissions.",
    source: "MSAL",
  },
  {
    code: "login_required",
    name: "InteractionRequiredAuthError",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin: "Interactive sign-in is needed.",
    source: "MSAL",
  },
  {
    code: "user_cancelled",
    name: "BrowserAuthError",
    group: "user-cancelled",
    action: null,
    severity: "info",
    admin: "The user closed the sign-in window.",
    source: "MSAL",
  },
  {
    code: "user_canceled",
    name: "ClientAuthError (NAA USER_CANCEL)",
    group: "user-cancelled",
    action: null,
    severity: "info",
    admin: "The user closed the sign-in window (nested app auth spelling).",
    source: "MSAL",
  },
  {
    code: "popup_window_error",
    name: "BrowserAuthError",
    group: "popup-blocked",
    action: null,
    severity: "warning",
    admin: "The sign-in popup was blocked.",
    source: "MSAL",
  },
  {
    code: "empty_window_error",
    name: "BrowserAuthError",
    group: "popup-blocked",
    action: null,
    severity: "warning",
    admin: "window.open returned null; popups are blocked.",
    source: "MSAL",
  },
  {
    code: "interaction_in_progress",
    name: "BrowserAuthError",
    group: "interaction-in-progress",
    action: null,
    severity: "info",
    admin: "A sign-in window is already open.",
    source: "MSAL",
  },
  {
    code: "nested_app_auth_bridge_disabled",
    name: "ClientAuthError",
    group: "bridge-unavailable",
    action: null,
    severity: "info",
    admin: "Nested app authentication is disabled or unavailable in this Outlook.",
    source: "MSAL",
  },
  {
    code: "unsupported_method",
    name: "NestedAppAuthError",
    group: "bridge-unavailable",
    action: null,
    severity: "info",
    admin: "A method not supported under nested app auth was called.",
    source: "MSAL",
  },
  {
    code: "no_network_connectivity",
    name: "ClientAuthError",
    group: "no-network",
    action: "check-network",
    severity: "error",
    admin: "The device has no network connection.",
    source: "MSAL",
  },
  {
    code: "nested_app_auth_unavailable",
    name: "(no NAA bridge at run time)",
    group: "bridge-unavailable",
    action: null,
    severity: "info",
    admin:
      "This Outlook has no nested app authentication bridge (NestedAppAuth 1.1 missing, or MSAL fell back to its standard client), so sign-in uses the Office dialog (dialog.html). Its https redirect must be registered as a single-page application redirect.",
    source: "NAA; MSAL5; MSJS#7723",
  },
  {
    code: "sign_in_unavailable",
    name: "(neither NAA nor the Office dialog)",
    group: "no-sign-in-here",
    action: null,
    severity: "info",
    admin:
      "This Outlook has neither nested app authentication nor the Office dialog API (Outlook on iOS and Android before NAA support), so the live checks can't run there. Updating Outlook mobile brings NAA.",
    source: "NAA; DLG",
  },
  {
    code: "AADSTS50058",
    name: "UserInformationNotProvided (login_required)",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin:
      "A silent sign-in found no session. In Outlook on the web this usually means the browser blocks third-party cookies for login.microsoftonline.com.",
    source: "EC; MSJS#7280",
  },
  {
    code: "no_account_found",
    name: "ClientAuthError (NAA ACCOUNT_UNAVAILABLE)",
    group: "interaction-required",
    action: null,
    severity: "info",
    admin: "Outlook gave the add-in no signed-in account; the user signs in once.",
    source: "MSAL5",
  },
  {
    code: "oneauth_interaction_required",
    name: 'InteractionRequiredAuthError, errorCode "2" (OneAuth)',
    group: "interaction-required",
    action: null,
    severity: "info",
    admin:
      "New Outlook's broker (OneAuth) asked for interaction with error 2 and no AADSTS code; Outlook on the web reports the same state as AADSTS65001 (no consent). If users can't consent, grant admin consent (docs/ADMIN.md).",
    source: "MSJS#7788",
  },
  {
    code: "third_party_cookies_blocked",
    name: "(AADSTS50058, then user_cancelled from the NAA window)",
    group: "cookies-blocked",
    action: null,
    severity: "warning",
    admin:
      "In Outlook on the web the silent sign-in found no session (AADSTS50058) and the sign-in window ended at once (user_cancelled): the browser blocks third-party cookies. Allow [*.]microsoftonline.com (Chrome and Edge policy CookiesAllowedForUrls) or use a desktop Outlook; the add-in's next Sign in uses the Office dialog, which doesn't need them.",
    source: "MSJS#7280; MSJS#7723",
  },
  {
    code: "native_executor_error",
    name: "ServerError (new Outlook NAA window)",
    group: "host-sign-in-failed",
    action: null,
    severity: "warning",
    admin:
      "New Outlook's NAA sign-in window failed with native_executor_error, a host defect. The add-in's next Sign in uses the Office dialog; Outlook on the web or classic Outlook are alternatives.",
    source: "OAS#1079; MSJS#8345",
  },
  {
    code: "naa_empty_server_error",
    name: "ServerError with no code and no message",
    group: "host-sign-in-failed",
    action: null,
    severity: "warning",
    admin:
      "The NAA bridge rejected with an empty ServerError before any network request (seen in Outlook for Mac). Check that brk-multihub://<add-in origin> is registered as a single-page application redirect (npm run config:check on the app registration); the add-in's next Sign in uses the Office dialog.",
    source: "MSJS#7498; OJS#6691",
  },
  {
    code: "oneauth_error",
    name: "(OneAuth failure in new Outlook)",
    group: "host-sign-in-failed",
    action: null,
    severity: "warning",
    admin:
      "New Outlook's broker (OneAuth) failed; the report's errors list holds its raw status. The add-in's next Sign in uses the Office dialog.",
    source: "MSJS#7788",
  },
  {
    code: "dialog_closed_early",
    name: "Office dialog 12006 within 5 s of opening",
    group: "sign-in-window-closed",
    action: null,
    severity: "warning",
    admin:
      "The Office dialog reported 12006 (closed) seconds after it opened, before its page answered: the host closed it. office.js closes a web dialog whose opener is gone after the sign-in redirect. Make sure the deployed build is current; the report's errors list has the timing.",
    source: "DLG; OJS#6707; OJS#6548; OJS#1127",
  },
  {
    code: "dialog_12002",
    name: "Office dialog 12002",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin:
      "12002: the sign-in dialog's page couldn't be found or loaded. dialog.html must be deployed next to taskpane.html at the add-in's address.",
    source: "DLG",
  },
  {
    code: "dialog_12003",
    name: "Office dialog 12003",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin: "12003: the sign-in dialog was sent to an http:// address; every page must be https.",
    source: "DLG",
  },
  {
    code: "dialog_12004",
    name: "Office dialog 12004",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin:
      "12004: the dialog's domain isn't trusted. dialog.html must be on the task pane's own origin (protocol and port included).",
    source: "DLG",
  },
  {
    code: "dialog_12005",
    name: "Office dialog 12005",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin: "12005: the dialog URL uses http; https is required.",
    source: "DLG",
  },
  {
    code: "dialog_error",
    name: "Office dialog error without a code",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin:
      "The Office dialog failed without an error number (displayDialogAsync threw or answered nothing usable); the report's errors list has the detail.",
    source: "DLG",
  },
  {
    code: "dialog_bad_settings",
    name: "(dialog.html refused its settings)",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin:
      "The sign-in dialog received a client ID or authority that config.json's schema refuses; run npm run config:check on config.json.",
    source: "docs/decisions/003, F6",
  },
  {
    code: "dialog_bad_message",
    name: "(dialog.html answered something unreadable)",
    group: "dialog-failed",
    action: "contact-admin",
    severity: "warning",
    admin:
      "The sign-in dialog answered with a message the pane can't read: usually an outdated dialog.html from an earlier build, or a proxy rewriting the page.",
    source: "DLG",
  },
  {
    code: "oidc_scopes_only",
    name: "(token request without a resource scope)",
    group: "app-misconfigured",
    action: "contact-admin",
    severity: "error",
    admin:
      "The add-in asked for OpenID scopes only; NAA needs a resource scope and Outlook on phones fails such requests. A defect of the build: report it.",
    source: "NAAFAQ; OJS#6275",
  },
  {
    code: "chunk_load_error",
    name: "ChunkLoadError",
    group: "add-in-load-failed",
    action: null,
    severity: "warning",
    admin:
      "A script file of the add-in didn't load, typically because a new build was uploaded while the pane was open and the old hashed file is gone. Keep the previous build's files for a day after an update (docs/ADMIN.md) and check the web server's log for 404s.",
    source: "docs/decisions/003, F2",
  },
  {
    code: "crypto_nonexistent",
    name: "BrowserAuthError",
    group: "browser-unsupported",
    action: null,
    severity: "warning",
    admin:
      "MSAL found no Web Crypto (window.crypto.subtle): the add-in must be served over https, and the Outlook webview must be current.",
    source: "MSAL5",
  },
  {
    code: "unknown_error",
    name: "(an error without a code)",
    group: "unknown-failure",
    action: null,
    severity: "warning",
    admin:
      "Sign-in failed with an error that carries no code; the report's errors list holds its raw shape.",
    source: "MSAL",
  },
];

const BY_CODE = new Map(SIGN_IN_ERRORS.map((e) => [e.code.toUpperCase(), e]));

/** Looks an error code up, accepting "AADSTS53003", "53003" or an MSAL code in any case. */
export function findSignInError(code: string | null): SignInError | null {
  if (!code) return null;
  const trimmed = code.trim().toUpperCase();
  const key = /^\d{5,7}$/.test(trimmed) ? `AADSTS${trimmed}` : trimmed;
  return BY_CODE.get(key) ?? null;
}

/** The message the pane shows after a Sign in attempt ends this way (keys in the locale catalogues). */
export type SignInMessageId =
  "auth.cancelled" | "auth.popupBlocked" | "auth.inProgress" | "auth.failed";

export interface SignInGroupRow {
  /** Whether signing in interactively (the Sign in button) can get past this error. */
  offerSignIn: boolean;
  message: SignInMessageId;
}

/**
 * Per group: can an interactive sign-in help, and what to tell the user after one ended this way. Interaction
 * helps where Entra asks the user for something (MFA, registration, a new password, a fresh session) or the
 * window itself failed; it can't help where only IT can act (policy, consent, assignment, a disabled account).
 * A nested-app-auth bridge that isn't available is offered too: the add-in then falls back to a sign-in window, as
 * it does after blocked cookies, a host's broken NAA window or a dialog the host closed. A dialog that can't load,
 * a script that didn't load or an unknown failure can't be signed past: those go to IT.
 */
export const SIGN_IN_GROUPS: Readonly<Record<SignInErrorGroup, SignInGroupRow>> = {
  "mfa-required": { offerSignIn: true, message: "auth.failed" },
  "mfa-registration-required": { offerSignIn: true, message: "auth.failed" },
  "mfa-not-completed": { offerSignIn: true, message: "auth.failed" },
  "blocked-by-policy": { offerSignIn: false, message: "auth.failed" },
  "device-not-compliant": { offerSignIn: false, message: "auth.failed" },
  "account-locked": { offerSignIn: false, message: "auth.failed" },
  "password-expired": { offerSignIn: true, message: "auth.failed" },
  "wrong-password": { offerSignIn: true, message: "auth.failed" },
  "account-disabled": { offerSignIn: false, message: "auth.failed" },
  "session-revoked": { offerSignIn: true, message: "auth.failed" },
  "account-not-in-tenant": { offerSignIn: false, message: "auth.failed" },
  "consent-required": { offerSignIn: false, message: "auth.failed" },
  "app-misconfigured": { offerSignIn: false, message: "auth.failed" },
  "user-not-assigned": { offerSignIn: false, message: "auth.failed" },
  "popup-blocked": { offerSignIn: true, message: "auth.popupBlocked" },
  "user-cancelled": { offerSignIn: true, message: "auth.cancelled" },
  "interaction-in-progress": { offerSignIn: false, message: "auth.inProgress" },
  "bridge-unavailable": { offerSignIn: true, message: "auth.failed" },
  "no-network": { offerSignIn: false, message: "auth.failed" },
  "interaction-required": { offerSignIn: true, message: "auth.failed" },
  "no-sign-in-here": { offerSignIn: false, message: "auth.failed" },
  // The next Sign in goes through the Office dialog, which neither blocked cookies nor the host's NAA window affect.
  "cookies-blocked": { offerSignIn: true, message: "auth.failed" },
  "host-sign-in-failed": { offerSignIn: true, message: "auth.failed" },
  "sign-in-window-closed": { offerSignIn: true, message: "auth.failed" },
  "dialog-failed": { offerSignIn: false, message: "auth.failed" },
  "add-in-load-failed": { offerSignIn: false, message: "auth.failed" },
  "browser-unsupported": { offerSignIn: false, message: "auth.failed" },
  "unknown-failure": { offerSignIn: false, message: "auth.failed" },
};
