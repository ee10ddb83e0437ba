// The only module that touches MSAL. Loaded lazily (its own chunk), so the first paint never waits for it.

import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { mapAuthError } from "./errors";
import type { AuthSettings, TokenProvider, TokenResult } from "./types";

const ok = (accessToken: string): TokenResult => ({ status: "ok", errorCode: null, accessToken });
const fromError = (e: unknown): TokenResult => ({ ...mapAuthError(e), accessToken: null });

/** Dialog fallback: a standard public client signs in inside an Office dialog and returns the token to the pane. */
export type DialogSignIn = (settings: AuthSettings) => Promise<TokenResult>;

export async function createMsalProvider(
  settings: AuthSettings,
  naaSupported: boolean,
  dialogSignIn: DialogSignIn
): Promise<TokenProvider> {
  let pca: IPublicClientApplication | null = null;
  if (naaSupported) {
    pca = await createNestablePublicClientApplication({
      auth: { clientId: settings.clientId, authority: settings.authority },
      cache: { cacheLocation: "localStorage" },
    });
  }
  let interactiveRunning = false;
  const account = (): AccountInfo | undefined => pca?.getAllAccounts()[0];

  return {
    async silent(claims) {
      if (!pca)
        return {
          status: "interaction_required",
          errorCode: "nested_app_auth_unavailable",
          accessToken: null,
        };
      try {
        const r = await pca.acquireTokenSilent({
          scopes: settings.scopes,
          account: account(),
          ...(claims ? { claims } : {}),
        });
        return ok(r.accessToken);
      } catch (e) {
        if (e instanceof InteractionRequiredAuthError)
          return { ...mapAuthError(e), status: "interaction_required", accessToken: null };
        return fromError(e);
      }
    },
    async interactive() {
      // MSAL refuses a second interactive call while one is open (interaction_in_progress); serialise here too.
      if (interactiveRunning)
        return {
          status: "interaction_required",
          errorCode: "interaction_in_progress",
          accessToken: null,
        };
      interactiveRunning = true;
      try {
        if (!pca) return await dialogSignIn(settings);
        const r = await pca.acquireTokenPopup({ scopes: settings.scopes });
        return ok(r.accessToken);
      } catch (e) {
        return fromError(e);
      } finally {
        interactiveRunning = false;
      }
    },
  };
}
