// Sign-in errors the token probe can report (contract probes.token.errorCode): Microsoft Entra AADSTS codes and
// MSAL.js error codes. Each maps to a group (whose plain-language user message lives in messages.en.ts and the
// locale catalogues), the action that fixes it, and a note for the admin.
// EC = learn.microsoft.com/entra/identity-platform/reference-error-codes (2024-04-24) [MS]
// MSAL = github.com/AzureAD/microsoft-authentication-library-for-js (msal-browser docs) [MS]
// NAAFAQ = learn.microsoft.com/office/dev/add-ins/outlook/faq-nested-app-auth-outlook-legacy-tokens [MS]

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
  | "interaction-required";

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
      "A Conditional Access policy blocked token issuance. Review the policy applied to this sign-in in the Entra sign-in logs.",
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
 * A nested-app-auth bridge that isn't available is offered too: the add-in then falls back to a sign-in window.
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
};
