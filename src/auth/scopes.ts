// What a token request asks for. Nested app authentication needs at least one resource scope besides the OpenID
// Connect ones: Outlook on iOS and Android report NAA as supported and then fail a request for openid/profile only
// (office-js #6275, office-js #5001; NAA FAQ: "request at least one resource scope"). Checked once, where the
// provider is made, so no request can leave without one.

const OIDC_SCOPES = new Set(["openid", "profile", "offline_access", "email"]);

/** The code the token probe reports when a build asks for OIDC scopes only (a defect of the add-in, for IT). */
export const OIDC_ONLY_CODE = "oidc_scopes_only";

export class ScopeError extends Error {
  override name = "ScopeError";
  readonly errorCode = OIDC_ONLY_CODE;
}

export function isResourceScope(scope: string): boolean {
  return !OIDC_SCOPES.has(scope.trim().toLowerCase());
}

/** The scopes as given, once it is certain at least one of them is a resource scope; throws otherwise. */
export function requestScopes(scopes: readonly string[]): string[] {
  const list = scopes.map((s) => s.trim()).filter(Boolean);
  if (!list.some(isResourceScope))
    throw new ScopeError(
      `token requests need a resource scope besides ${[...OIDC_SCOPES].join(", ")}`
    );
  return list;
}
