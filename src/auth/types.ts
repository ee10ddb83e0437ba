// What the rest of the add-in knows about sign-in: plain results, no MSAL types.

import type { TokenOutcome } from "./errors";

export interface TokenResult extends TokenOutcome {
  accessToken: string | null;
}

export interface TokenProvider {
  /** Never opens a window. */
  silent(claims?: string): Promise<TokenResult>;
  /** Opens a sign-in window: call only from a user's click. */
  interactive(): Promise<TokenResult>;
}

export interface AuthSettings {
  clientId: string;
  authority: string;
  /** Redirect page for the Office dialog fallback (same origin as the pane). */
  dialogUrl: string;
  scopes: string[];
}

/** Delegated Graph permissions, least privilege for each call (docs/ADMIN.md explains each). */
export const GRAPH_SCOPES = [
  "https://graph.microsoft.com/Mail.ReadBasic",
  "https://graph.microsoft.com/UserAuthenticationMethod.Read",
];
