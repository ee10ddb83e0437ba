// Sign-in for the pane opened in a plain browser tab, outside Outlook: MSAL's redirect flow on this very page, with
// the organisation's own app registration (taskpane.html added as a single-page-application redirect URI). There is
// no nested app authentication and no Office dialog here, and a popup would be blocked by many browsers; a redirect
// leaves the page and comes back to it, so the caller keeps whatever the person answered across the round trip.
//
// office.js removes history.replaceState on the page that loads it, and MSAL needs it to clear the response from the
// address: it is put back first (historyApi.ts).

import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { record } from "../util/errorLog";
import { describeShape, mapAuthError } from "./errors";
import { restoreHistoryApi } from "./historyApi";
import { requestScopes } from "./scopes";
import type { TokenProvider, TokenResult } from "./types";

export interface RedirectSettings {
  clientId: string;
  authority: string;
  /** This page without query or fragment: the redirect URI registered for the app. */
  redirectUri: string;
  scopes: string[];
}

export interface RedirectSignIn {
  provider: TokenProvider;
  /**
   * What the sign-in this page just came back from ended with: a token, an error Entra or MSAL named, or null when
   * the page was opened normally (no sign-in pending).
   */
  returned: TokenResult | null;
}

function fromError(e: unknown): TokenResult {
  const result = { ...mapAuthError(e), accessToken: null };
  record("auth", result.errorCode ?? "unknown_error", describeShape(e));
  return result;
}

export async function createRedirectSignIn(
  settings: RedirectSettings,
  history: History = window.history
): Promise<RedirectSignIn> {
  if (!restoreHistoryApi(history))
    record("auth", "history_api_unavailable", "replaceState is missing even on History.prototype");
  const scopes = requestScopes(settings.scopes);
  const pca: IPublicClientApplication = await createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: settings.redirectUri,
    },
    // The tab's own session: closing it signs the assistant out, and nothing outlives it on a shared computer.
    cache: { cacheLocation: "sessionStorage" },
  });
  let returned: TokenResult | null = null;
  let account: AccountInfo | null = null;
  try {
    const result = await pca.handleRedirectPromise();
    if (result) {
      account = result.account;
      returned = { status: "ok", errorCode: null, accessToken: result.accessToken };
    }
  } catch (e) {
    // Entra sent the page back with an error (a Conditional Access block, a cancelled consent): named, not hidden.
    returned = fromError(e);
  }
  account ??= pca.getAllAccounts()[0] ?? null;
  /** The sign-in that brought the page back is the first answer; later runs ask MSAL again. */
  let first = returned;

  return {
    returned,
    provider: {
      async silent(claims) {
        if (first) {
          const r = first;
          first = null;
          if (r.status !== "ok" || !claims) return r;
        }
        if (!account) return { status: "interaction_required", errorCode: null, accessToken: null };
        try {
          const r = await pca.acquireTokenSilent({
            scopes,
            account,
            ...(claims ? { claims } : {}),
          });
          return { status: "ok", errorCode: null, accessToken: r.accessToken };
        } catch (e) {
          const result = fromError(e);
          if (e instanceof InteractionRequiredAuthError) result.status = "interaction_required";
          return result;
        }
      },
      async interactive() {
        try {
          // Leaves the page for Microsoft's sign-in; this promise normally never settles, the page is gone.
          await pca.loginRedirect({ scopes });
          return new Promise<TokenResult>(() => undefined);
        } catch (e) {
          return fromError(e);
        }
      },
    },
  };
}
