// The only module that touches MSAL in the pane. Loaded lazily (its own chunk), so the first paint never waits for it.
//
// Nested app authentication (NAA) can be unavailable in three ways: the host lacks the NestedAppAuth requirement
// set; createNestablePublicClientApplication finds no bridge and quietly falls back to a standard client (useless
// inside Outlook: no account, popups from the webview are unreliable); or the bridge turns out disabled at run time
// (nested_app_auth_bridge_disabled). In each case silent() reports `unsupported` with a code, and interactive()
// signs in through the Office dialog instead, so the pane can offer Sign in whenever the diagnosis decides to.
//
// NAA's own sign-in window can fail in ways only the host can fix: new Outlook's native_executor_error
// (Office-Add-in-samples #1079, msal-js #8345), Mac's empty ServerError (msal-js #7498, office-js #6691), or, in
// Outlook on the web, third-party cookies the browser blocks (msal-js #7280). After such a failure the next Sign in
// goes through the Office dialog, a top-level window where none of these apply.

import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { record } from "../util/errorLog";
import { signInWithDialog, type OpenDialog } from "./dialogSignIn";
import { describeShape, mapAuthError, SHAPE_CODES } from "./errors";
import { requestScopes } from "./scopes";
import type { AuthSettings, TokenProvider, TokenResult } from "./types";

const ok = (accessToken: string): TokenResult => ({ status: "ok", errorCode: null, accessToken });

/** Codes for "NAA can't be used here", which the engine reads as "offer the dialog sign-in". */
export const NAA_UNAVAILABLE = "nested_app_auth_unavailable";
export const NAA_BRIDGE_DISABLED = "nested_app_auth_bridge_disabled";
/** Neither NAA nor the Office dialog: this Outlook can't sign the add-in in at all (older mobile builds). */
export const NO_SIGN_IN_HERE = "sign_in_unavailable";
/** The silent sign-in found no session and the sign-in window gave up at once, in a browser (msal-js #7280). */
export const COOKIES_BLOCKED = "third_party_cookies_blocked";
/** "AADSTS50058: … the cookies used to represent the user's session were not sent". */
const NO_SESSION_COOKIES = "AADSTS50058";
const HOST_POPUP_BUGS: ReadonlySet<string> = new Set([
  "native_executor_error",
  SHAPE_CODES.emptyServerError,
  SHAPE_CODES.oneAuthError,
]);
const CANCELLED: ReadonlySet<string> = new Set(["user_cancelled", "user_canceled"]);

/** Maps and records: every failure keeps its raw shape in the trail IT reads, whatever the engine is told. */
function fromError(e: unknown): TokenResult {
  const result = { ...mapAuthError(e), accessToken: null };
  record("auth", result.errorCode ?? "unknown_error", describeShape(e));
  return result;
}

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

/**
 * @param openDialog the Office dialog, or null where the host has none (Outlook on phones): then nothing can stand in
 *   for NAA and the probe says so.
 */
export async function createMsalProvider(
  settings: AuthSettings,
  naaSupported: boolean,
  openDialog: OpenDialog | null
): Promise<TokenProvider> {
  const scopes = requestScopes(settings.scopes);
  let pca = naaSupported ? await nestableClient(settings) : null;
  /** Why NAA can't be used, once known. */
  let naaCode: string = NAA_UNAVAILABLE;
  /** The code of the latest silent attempt that failed: a cancelled window after "no session cookies" is a browser's doing. */
  let lastSilentCode: string | null = null;
  let interactiveRunning = false;
  const account = (): AccountInfo | undefined => pca?.getAllAccounts()[0];
  const unavailable = (): TokenResult => ({
    status: "unsupported",
    errorCode: openDialog ? naaCode : NO_SIGN_IN_HERE,
    accessToken: null,
  });
  /** From now on sign-in goes through the Office dialog (when there is one). */
  const leaveNaa = (code: string) => {
    if (!openDialog) return;
    naaCode = code;
    pca = null;
  };

  return {
    async silent(claims) {
      if (!pca) return unavailable();
      try {
        const r = await pca.acquireTokenSilent({
          scopes,
          account: account(),
          ...(claims ? { claims } : {}),
        });
        lastSilentCode = null;
        return ok(r.accessToken);
      } catch (e) {
        const result = fromError(e);
        if (e instanceof InteractionRequiredAuthError) result.status = "interaction_required";
        lastSilentCode = result.errorCode;
        if (result.status === "unsupported") {
          // The bridge went away under us.
          naaCode = result.errorCode ?? NAA_BRIDGE_DISABLED;
          pca = null;
          return unavailable();
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
        if (!pca)
          return openDialog
            ? await signInWithDialog(openDialog, settings.dialogUrl)
            : unavailable();
        const r = await pca.acquireTokenPopup({ scopes });
        return ok(r.accessToken);
      } catch (e) {
        let result = fromError(e);
        const code = result.errorCode ?? "";
        if (settings.inBrowser && lastSilentCode === NO_SESSION_COOKIES && CANCELLED.has(code)) {
          record(
            "auth",
            COOKIES_BLOCKED,
            `${NO_SESSION_COOKIES} silently, then ${code} from the sign-in window`
          );
          result = { status: "failed", errorCode: COOKIES_BLOCKED, accessToken: null };
        }
        if (result.status === "unsupported") {
          leaveNaa(code || NAA_BRIDGE_DISABLED);
          return unavailable();
        }
        if (result.errorCode === COOKIES_BLOCKED || HOST_POPUP_BUGS.has(code))
          leaveNaa(result.errorCode ?? code);
        return result;
      } finally {
        interactiveRunning = false;
      }
    },
  };
}
