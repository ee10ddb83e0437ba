// The only module that touches MSAL in the pane. Loaded lazily (its own chunk), so the first paint never waits for it.
//
// Nested app authentication (NAA) can be unavailable in three ways: the host lacks the NestedAppAuth requirement
// set; createNestablePublicClientApplication finds no bridge and quietly falls back to a standard client (useless
// inside Outlook: no account, popups from the webview are unreliable); or the bridge turns out disabled at run time
// (nested_app_auth_bridge_disabled). In each case silent() reports `unsupported` with a code, and interactive()
// signs in through the Office dialog instead, so the pane can offer Sign in whenever the diagnosis decides to.

import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { record } from "../util/errorLog";
import { signInWithDialog, type OpenDialog } from "./dialogSignIn";
import { mapAuthError } from "./errors";
import type { AuthSettings, TokenProvider, TokenResult } from "./types";

const ok = (accessToken: string): TokenResult => ({ status: "ok", errorCode: null, accessToken });
const fromError = (e: unknown): TokenResult => ({ ...mapAuthError(e), accessToken: null });

/** Codes for "NAA can't be used here", which the engine reads as "offer the dialog sign-in". */
export const NAA_UNAVAILABLE = "nested_app_auth_unavailable";
export const NAA_BRIDGE_DISABLED = "nested_app_auth_bridge_disabled";

/** A nestable client, or null when MSAL fell back to its standard client (no NAA bridge at run time). */
async function nestableClient(settings: AuthSettings): Promise<IPublicClientApplication | null> {
  let nested = false;
  const pca = await createNestablePublicClientApplication(
    {
      auth: { clientId: settings.clientId, authority: settings.authority },
      cache: { cacheLocation: "localStorage" },
    },
    undefined,
    // MSAL calls the factory only when the bridge is there: that is how the fallback is told apart.
    (configuration, controller) => {
      nested = true;
      return new PublicClientApplication(configuration, controller);
    }
  );
  if (!nested) record("auth", NAA_UNAVAILABLE, "no nested app auth bridge at run time");
  return nested ? pca : null;
}

export async function createMsalProvider(
  settings: AuthSettings,
  naaSupported: boolean,
  openDialog: OpenDialog
): Promise<TokenProvider> {
  let pca = naaSupported ? await nestableClient(settings) : null;
  /** Why NAA can't be used, once known. */
  let naaCode: string = NAA_UNAVAILABLE;
  let interactiveRunning = false;
  const account = (): AccountInfo | undefined => pca?.getAllAccounts()[0];
  const unavailable = (errorCode: string): TokenResult => ({
    status: "unsupported",
    errorCode,
    accessToken: null,
  });

  return {
    async silent(claims) {
      if (!pca) return unavailable(naaCode);
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
        const result = fromError(e);
        if (result.status === "unsupported") {
          // The bridge went away under us: from now on sign-in goes through the dialog.
          naaCode = result.errorCode ?? NAA_BRIDGE_DISABLED;
          record("auth", naaCode, e);
          pca = null;
        }
        return result;
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
        if (!pca) return await signInWithDialog(openDialog, settings.dialogUrl);
        const r = await pca.acquireTokenPopup({ scopes: settings.scopes });
        return ok(r.accessToken);
      } catch (e) {
        const result = fromError(e);
        // A closed window or a blocked popup is the user's choice, not a failure worth a trace.
        if (result.status === "failed") record("auth", result.errorCode ?? "unknown_error", e);
        return result;
      } finally {
        interactiveRunning = false;
      }
    },
  };
}
