// Browser mode's second step, in its own chunk: config.json's branding, help desk and MFA set-up, and (where IT
// configured an app registration) the live checks, signed in through MSAL's redirect flow on this page. The
// person's answers are kept in the tab's session storage across the round trip to Microsoft's sign-in page.
import { mapAuthError } from "../auth/errors";
import { GRAPH_SCOPES } from "../auth/types";
import { loadConfig } from "../config/loadConfig";
import { DEFAULT_AUTHORITY, type OrgConfig } from "../config/schema";
import { PROBLEM_APPS, isOneOf, normalizeVersion, type Facts } from "../diagnosis";
import type { RunnerDeps } from "../probes/runner";
import { describeError, record } from "../util/errorLog";
import { orgView } from "./orgView";
import type { LiveChecks, PaneStore } from "./paneStore";

const ANSWER_KEY = "signin-assistant.answer";

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // Storage switched off by policy: the answer is asked again after signing in.
  }
}

function keepAnswer(problemClient: Facts["problemClient"]): void {
  try {
    storage()?.setItem(ANSWER_KEY, JSON.stringify(problemClient));
  } catch (e) {
    record("boot", "storage_unavailable", describeError(e));
  }
}

/** The answer kept before the sign-in, once (it is removed as it is read). */
function takeAnswer(): Facts["problemClient"] | null {
  const s = storage();
  const raw = s?.getItem(ANSWER_KEY) ?? null;
  s?.removeItem(ANSWER_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { app?: unknown; version?: unknown };
    if (!isOneOf(PROBLEM_APPS, v.app)) return null;
    return {
      app: v.app,
      version: typeof v.version === "string" ? normalizeVersion(v.version) : null,
    };
  } catch {
    return null;
  }
}

/** The live checks behind "Check my account": the same runner as inside Outlook, signed in by redirect. */
async function redirectChecks(
  store: PaneStore,
  auth: NonNullable<OrgConfig["auth"]>,
  redirectUri: string
): Promise<{ checks: LiveChecks; returned: boolean }> {
  const [{ createRedirectSignIn }, { runProbes }] = await Promise.all([
    import(/* webpackChunkName: "msal" */ "../auth/redirectProvider"),
    import(/* webpackChunkName: "office" */ "../probes/runner"),
  ]);
  const signIn = await createRedirectSignIn({
    clientId: auth.clientId,
    authority: auth.authority ?? DEFAULT_AUTHORITY,
    redirectUri,
    scopes: GRAPH_SCOPES,
  });
  const deps: RunnerDeps = {
    online: () => navigator.onLine,
    provider: async () => signIn.provider,
  };
  return {
    returned: signIn.returned !== null,
    checks: {
      canSignIn: true,
      online: deps.online,
      run(interactive, onUpdate) {
        // Signing in leaves the page: what the person answered comes back with them.
        const facts = store.getState().facts;
        if (interactive && facts) keepAnswer(facts.problemClient);
        return runProbes(deps, interactive, onUpdate);
      },
    },
  };
}

export async function configureBrowser(store: PaneStore, baseUrl: string): Promise<void> {
  const result = await loadConfig(baseUrl);
  const c = result.config;
  store.setOrg(orgView(result, baseUrl));
  store.refine((f) => ({
    ...f,
    org: { mfaMode: c.mfaMode ?? "unknown", appPasswordsAllowed: c.appPasswordsAllowed ?? null },
    probes: c.auth
      ? f.probes
      : { ...f.probes, token: { status: "not_configured", errorCode: null } },
  }));
  if (!c.auth) return store.wireChecks(null, false);
  const redirectUri = new URL("taskpane.html", baseUrl).href;
  try {
    const { checks, returned } = await redirectChecks(store, c.auth, redirectUri);
    if (returned) {
      const answer = takeAnswer();
      if (answer?.app) store.chooseApp(answer.app, answer.version);
    }
    // Back from signing in: the checks run at once, and how the sign-in ended is said like after any sign-in.
    store.wireChecks(checks, returned, returned);
  } catch (e) {
    // MSAL's chunk didn't load or MSAL refused the settings: the checks say so, the rest of the pane works.
    const errorCode = mapAuthError(e).errorCode ?? "unknown_error";
    record("auth", errorCode, describeError(e));
    store.refine((f) => ({
      ...f,
      probes: { ...f.probes, token: { status: "failed", errorCode } },
    }));
    store.wireChecks(null, false);
  }
}
