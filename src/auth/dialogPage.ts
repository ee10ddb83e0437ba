// The sign-in page opened in an Office dialog when nested app authentication is unavailable. It runs a standard
// MSAL redirect flow on the add-in's own origin and hands the result to the pane.
//
// It starts only inside an Office dialog (the pane opened it; `messageParent` exists). Opened from a link it shows a
// line of text and stops, so nobody can use the organisation's origin to start a consent flow for another app.
// "Inside an Office dialog" can be faked by any site that opens this page the way office.js does, so the client ID
// and authority come from the organisation's own config.json (same origin), never from the address: a query that
// names other settings is refused, and without a configured client ID the page doesn't start.
//
// Why it works with msal-browser 5 (README, "Architecture notes"): it uses the redirect flow only, which needs no
// redirect bridge and no BroadcastChannel; it puts back the History API office.js removes (office-js #5589); and it
// keeps the window's opener through the round trip to Microsoft's sign-in page (originCheck, below), because
// office.js closes a web dialog whose opener is gone, which the pane sees as 12006 (office-js #1127, #6707, #6548).

import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { FIELD_SCHEMAS, DEFAULT_AUTHORITY } from "../config/schema";
import { record } from "../util/errorLog";
import { describeShape, mapAuthError } from "./errors";
import { restoreHistoryApi } from "./historyApi";
import { requestScopes } from "./scopes";
import { GRAPH_SCOPES } from "./types";

/** The organisation's sign-in settings, from its config.json. */
export interface OrgAuth {
  clientId: string;
  authority: string;
}

export interface DialogPageEnv {
  /** The organisation's settings from config.json; null when it configures no client ID (or can't be read). */
  orgAuth(): Promise<OrgAuth | null>;
  /** Hands a message to the pane; null when the page was not opened as an Office dialog. */
  parent: ((message: string) => void) | null;
  /** location.search of this page: the pane passes the settings there on the first leg. */
  search: string;
  /** This page's URL without query or fragment: the redirect URI registered for the app. */
  redirectUri: string;
  /** Keeps the settings across the redirect to Microsoft's sign-in page and back (sessionStorage). */
  storage: Pick<Storage, "getItem" | "setItem"> | null;
  /** The page's History object, which office.js may have stripped of replaceState and pushState. */
  history?: History;
  /** Replaces the page's text. */
  show(text: string): void;
}

export const NOT_A_DIALOG_TEXT =
  "This page is part of the Sign-in Assistant in Outlook and works only there. You can close this window.";
export const BAD_SETTINGS_TEXT =
  "The sign-in settings this page received are not valid. Close this window and ask your IT team.";
export const FAILED_TEXT =
  "Sign-in didn't work. Close this window; the assistant says what to do next.";

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

/** An authority as written, compared without case or a trailing slash. */
const sameAuthority = (a: string, b: string) =>
  a.toLowerCase().replace(/\/+$/, "") === b.toLowerCase().replace(/\/+$/, "");

/**
 * Why the settings this page was given (query, or storage after the redirect) can't be used with the
 * organisation's, or null when they agree (or none were given: the organisation's apply).
 */
export function settingsMismatch(
  search: string,
  storage: DialogPageEnv["storage"],
  org: OrgAuth
): string | null {
  const params = new URLSearchParams(search);
  const clientId = params.get("clientId") ?? read(storage, KEYS.clientId);
  const authority = params.get("authority") ?? read(storage, KEYS.authority);
  if (clientId !== null && clientId.toLowerCase() !== org.clientId.toLowerCase())
    return "the client ID differs from config.json's";
  if (authority !== null && !sameAuthority(authority, org.authority))
    return "the authority differs from config.json's";
  return null;
}

export async function runDialogPage(env: DialogPageEnv): Promise<void> {
  const { parent } = env;
  if (!parent) {
    env.show(NOT_A_DIALOG_TEXT);
    return;
  }
  const send = (result: { status: string; errorCode: string | null; accessToken: string | null }) =>
    parent(JSON.stringify(result));
  const refuse = (code: string, detail?: string) => {
    record("dialog", code, detail);
    env.show(BAD_SETTINGS_TEXT);
    send({ status: "failed", errorCode: "dialog_bad_settings", accessToken: null });
  };
  let org: OrgAuth | null;
  try {
    org = await env.orgAuth();
  } catch (e) {
    record("dialog", "config_unreadable", e);
    org = null;
  }
  const parsedOrg = org ? FIELD_SCHEMAS.auth.safeParse(org) : null;
  if (!org || !parsedOrg?.success)
    return refuse("not_configured", "config.json names no valid client ID");
  const mismatch = settingsMismatch(env.search, env.storage, org);
  if (mismatch) return refuse("bad_settings", mismatch);
  const settings: OrgAuth = {
    clientId: parsedOrg.data.clientId,
    authority: parsedOrg.data.authority ?? DEFAULT_AUTHORITY,
  };
  try {
    env.storage?.setItem(KEYS.clientId, settings.clientId);
    env.storage?.setItem(KEYS.authority, settings.authority);
  } catch (e) {
    record("dialog", "storage_unavailable", e);
  }
  if (env.history && !restoreHistoryApi(env.history))
    record(
      "dialog",
      "history_api_unavailable",
      "replaceState is missing even on History.prototype"
    );
  try {
    const pca = await createStandardPublicClientApplication({
      auth: {
        clientId: settings.clientId,
        authority: settings.authority,
        redirectUri: env.redirectUri,
        // This window's opener is the pane that opened the dialog (the page refuses to run otherwise), so the sign-in
        // page may stay reachable from it; with the check on, MSAL can let Entra cut the opener, and office.js then
        // closes the dialog before it can answer (office-js #6707, #1127).
        originCheck: false,
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    const result = await pca.handleRedirectPromise();
    if (result) {
      send({ status: "ok", errorCode: null, accessToken: result.accessToken });
      return;
    }
    await pca.loginRedirect({ scopes: requestScopes(GRAPH_SCOPES) });
  } catch (e) {
    const mapped = mapAuthError(e);
    record("dialog", mapped.errorCode ?? "unknown_error", describeShape(e));
    env.show(FAILED_TEXT);
    send({ ...mapped, accessToken: null });
  }
}
