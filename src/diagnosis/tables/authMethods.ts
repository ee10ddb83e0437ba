// Graph authenticationMethod types (without "#microsoft.graph." and "AuthenticationMethod") and whether each
// can satisfy an MFA prompt. [MS] learn.microsoft.com/graph/api/resources/authenticationmethods-overview

import type { SourceRef } from "./sources";

export const MFA_CAPABLE_METHODS: ReadonlySet<string> = new Set([
  "microsoftAuthenticator",
  "phone",
  "fido2",
  "softwareOath",
  "hardwareOath",
  "windowsHelloForBusiness",
  "temporaryAccessPass",
  "platformCredential",
  // externalAuthenticationMethod was added in January 2026. [MS] learn.microsoft.com/graph/whats-new-overview
  "external",
]);

/** Methods that exist but do not satisfy MFA: password is the first factor; email is for password reset only. */
export const NON_MFA_METHODS: ReadonlySet<string> = new Set(["password", "email"]);

export function hasMfaMethod(methods: readonly string[]): boolean {
  return methods.some((m) => MFA_CAPABLE_METHODS.has(m));
}

/**
 * What people call each method (the names Microsoft's Security info page shows), for the help desk's report. The
 * pane shows the same methods through the catalogues' "method.<type>" words. Types not listed are shown as they are.
 * [MS] learn.microsoft.com/entra/identity/authentication/concept-authentication-methods (2025)
 */
export const METHOD_NAMES_EN = {
  microsoftAuthenticator: "Microsoft Authenticator",
  phone: "Phone (text or call)",
  fido2: "Security key or passkey (FIDO2)",
  softwareOath: "Authenticator app code (OATH)",
  hardwareOath: "Hardware token (OATH)",
  windowsHelloForBusiness: "Windows Hello for Business",
  temporaryAccessPass: "Temporary Access Pass",
  platformCredential: "Platform credential (macOS)",
  external: "External authentication method",
  password: "Password",
  email: "Email (password reset only)",
} as const;

export type MethodType = keyof typeof METHOD_NAMES_EN;

export const isKnownMethod = (m: string): m is MethodType =>
  Object.prototype.hasOwnProperty.call(METHOD_NAMES_EN, m);

/**
 * The methods that can approve a sign-in, as catalogue words (known types) or, quoted, as reported (a type newer than
 * this table). Only Graph-shaped type names get this far (facts.ts METHOD_TYPE_PATTERN); the quotes still mark them
 * as the report's words, not ours.
 */
export function methodTerms(methods: readonly string[]): (string | { term: string })[] {
  return methods
    .filter((m) => !NON_MFA_METHODS.has(m))
    .map((m) => (isKnownMethod(m) ? { term: `method.${m}` } : JSON.stringify(m)));
}

/**
 * Microsoft Authenticator refuses work accounts on a jailbroken or rooted phone (it blocks, then wipes, their
 * credentials), so such a user can't approve sign-ins with that phone: another method or device, registered at
 * Security info, is the way back.
 */
export const AUTHENTICATOR_ROOTED_BLOCK = {
  rolloutFrom: "2026-02",
  rolloutUntil: "2026-04",
  source: "authenticator-rooted-3p" as SourceRef,
} as const;
