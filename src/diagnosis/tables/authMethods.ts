// Graph authenticationMethod types (without "#microsoft.graph." and "AuthenticationMethod") and whether each
// can satisfy an MFA prompt. [MS] learn.microsoft.com/graph/api/resources/authenticationmethods-overview

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
