// The sign-in page opened in an Office dialog when nested app authentication is unavailable. It runs a standard
// MSAL redirect flow on the add-in's own origin and hands the result to the pane.
//
// It starts only inside an Office dialog (the pane opened it; `messageParent` exists). Opened from a link it shows a
// line of text and stops, so nobody can use the organisation's origin to start a consent flow for another app
// (security review F6). Its client ID and authority are checked with config.json's own schema.

import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { FIELD_SCHEMAS, DEFAULT_AUTHORITY } from "../config/schema";
import { record } from "../util/errorLog";
import { mapAuthError } from "./errors";
import { GRAPH_SCOPES } from "./types";

export interface DialogPageEnv {
  /** Hands a message to the pane; null when the page was not opened as an Office dialog. */
  parent: ((message: string) => void) | null;
  /** location.search of this page: the pane passes the settings there on the first leg. */
  search: string;
  /** This page's URL without query or fragment: the redirect URI registered for the app. */
  redirectUri: string;
  /** Keeps the settings across the redirect to Microsoft's sign-in page and back (sessionStorage). */
  storage: Pick<Storage, "getItem" | "setItem"> | null;
  /** Replaces the page's text. */
  show(text: string): void;
}

export const NOT_A_DIALOG_TEXT =
  "This page is part of the Sign-in Assistant in Outlook and works only there. You can close this window.";
export const BAD_SETTINGS_TEXT =
  "The sign-in settings this page received are not valid. Close this window and ask your IT team.";

const KEYS = { clientId: "signin.clientId", authority: "signin.authority" } as const;

function read(storage: DialogPageEnv["storage"], key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    // Storage can be switched off by policy; then only the first leg's query string is available.
    return null;
  }
}

/** The client ID and authority from the query string (first leg) or storage (after the redirect), validated. */
export function dialogSettings(
  search: string,
  storage: DialogPageEnv["storage"]
): { clientId: string; authority: string } | null {
  const params = new URLSearchParams(search);
  const clientId = params.get("clientId") ?? read(storage, KEYS.clientId);
  const authority = params.get("authority") ?? read(storage, KEYS.authority) ?? DEFAULT_AUTHORITY;
  const parsed = FIELD_SCHEMAS.auth.safeParse({ clientId, authority });
  if (!parsed.success) return null;
  return { clientId: parsed.data.clientId, authority: parsed.data.authority ?? DEFAULT_AUTHORITY };
}

export async function runDialogPage(env: DialogPageEnv): Promise<void> {
  const { parent } = env;
  if (!parent) {
    env.show(NOT_A_DIALOG_TEXT);
    return;
  }
  const send = (result: { status: string; errorCode: string | null; accessToken: string | null }) =>
    parent(JSON.stringify(result));
  const settings = dialogSettings(env.search, env.storage);
  if (!settings) {
    record("dialog", "bad_settings");
    env.show(BAD_SETTINGS_TEXT);
    send({ status: "failed", errorCode: "dialog_bad_settings", accessToken: null });
    return;
  }
  try {
    env.storage?.setItem(KEYS.clientId, settings.clientId);
    env.storage?.setItem(KEYS.authority, settings.authority);
  } catch (e) {
    record("dialog", "storage_unavailable", e);
  }
  try {
    const pca = await createStandardPublicClientApplication({
      auth: {
        clientId: settings.clientId,
        authority: settings.authority,
        redirectUri: env.redirectUri,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    const result = await pca.handleRedirectPromise();
    if (result) {
      send({ status: "ok", errorCode: null, accessToken: result.accessToken });
      return;
    }
    await pca.loginRedirect({ scopes: GRAPH_SCOPES });
  } catch (e) {
    const mapped = mapAuthError(e);
    record("dialog", mapped.errorCode ?? "unknown_error", e);
    send({ ...mapped, accessToken: null });
  }
}
