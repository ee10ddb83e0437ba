// Browser mode's second step, in its own chunk: config.json's branding, help desk and MFA set-up, and (where IT
// configured an app registration) the live checks, signed in through MSAL's redirect flow on this page.
import { loadConfig } from "../config/loadConfig";
import type { PaneStore } from "./paneStore";
import { orgView } from "./orgView";

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
  store.wireChecks(null, false);
}
