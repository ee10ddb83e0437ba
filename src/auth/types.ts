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
  /** Always at least one resource scope (scopes.ts checks it). */
  scopes: string[];
  /**
   * The pane runs in Outlook on the web, inside a browser tab: there a silent sign-in that finds no session usually
   * means the browser blocks third-party cookies (msal-js #7280), which desktop clients never do.
   */
  inBrowser?: boolean;
}

/** Delegated Graph permissions, least privilege for each call (docs/ADMIN.md explains each). */
export const GRAPH_SCOPES = [
  "https://graph.microsoft.com/Mail.ReadBasic",
  "https://graph.microsoft.com/UserAuthenticationMethod.Read",
];
