// Office mode's start-up, in its own chunk: host facts, the organisation's config (zod), the live checks. main.ts
// loads this chunk while Outlook's handshake runs and calls prepareOffice at once, which asks for config.json (it
// needs no Office); after Office.onReady, bootOffice writes what Office answers to the store, and what arrives later
// (config.json, the EWS token status, the checks) as it arrives.
import { GRAPH_SCOPES } from "../auth/types";
import { loadConfig } from "../config/loadConfig";
import { DEFAULT_AUTHORITY, type ConfigResult, type OrgConfig } from "../config/schema";
import { parseFacts, type Facts } from "../diagnosis";
import { dialogAvailable, displayDialog } from "../host/dialog";
import {
  readEwsTokenStatus,
  readHostEnvironment,
  readHostFacts,
  type HostFacts,
} from "../host/hostFacts";
import { officeServices } from "../host/officeServices";
import type { RunnerDeps } from "../probes/runner";
import type { HostServices } from "../ui/services";
import { chromeFor } from "./chrome";
import { orgView } from "./orgView";
import type { LiveChecks, PaneStore } from "./paneStore";

export function initialFacts(
  host: HostFacts,
  config: OrgConfig | null,
  online: boolean | null
): Facts {
  const parsed = parseFacts({
    schema: 1,
    collectedAt: new Date().toISOString(),
    host,
    problemClient: { app: null, version: null },
    probes: {
      online,
      // null until config.json says whether live checks are configured (then the checks say the rest).
      token: { status: config && !config.auth ? "not_configured" : null, errorCode: null },
      mailbox: { status: "skipped", httpStatus: null },
      authMethods: { status: "skipped", methods: [] },
    },
    org: {
      mfaMode: config?.mfaMode ?? "unknown",
      appPasswordsAllowed: config?.appPasswordsAllowed ?? null,
    },
  });
  if (!parsed.ok) throw new Error(`host facts rejected: ${parsed.field}`);
  // problemClient.app stays null until the user names an app: the engine judges the host's app meanwhile, and
  // in Outlook on the web or new Outlook asks which app prompts instead of a verdict.
  return parsed.facts;
}

/**
 * What arrived after the first screen, applied to the facts the pane holds: the organisation's settings and whether
 * live checks are configured (config.json), and the EWS token status. The app the user named and any check results
 * stay as they are.
 */
export function refineFacts(
  facts: Facts,
  host: HostFacts,
  config: OrgConfig | null,
  ewsTokenStatus: string | null
): Facts {
  const fresh = initialFacts({ ...host, ewsTokenStatus }, config, facts.probes.online);
  return {
    ...facts,
    host: fresh.host,
    org: config ? fresh.org : facts.org,
    probes: config && !config.auth ? { ...facts.probes, token: fresh.probes.token } : facts.probes,
  };
}

export function probeDepsFor(
  office: typeof Office,
  config: OrgConfig,
  naa: boolean,
  baseUrl: string,
  inBrowser = false
): RunnerDeps {
  const auth = config.auth;
  let provider: ReturnType<NonNullable<RunnerDeps["provider"]>> | null = null;
  return {
    online: () => navigator.onLine,
    clientId: auth?.clientId ?? null,
    provider: auth
      ? () => {
          if (!provider) {
            const authority = auth.authority ?? DEFAULT_AUTHORITY;
            const settings = {
              clientId: auth.clientId,
              authority,
              scopes: GRAPH_SCOPES,
              inBrowser,
              dialogUrl: new URL(
                `dialog.html?clientId=${encodeURIComponent(auth.clientId)}&authority=${encodeURIComponent(authority)}`,
                baseUrl
              ).href,
            };
            // MSAL is its own chunk: the pane is on screen before it loads.
            // Outlook on phones has no Office dialog: then nothing can stand in for NAA, and the probe says so.
            const openDialog = dialogAvailable(office)
              ? (url: string) => displayDialog(office, url)
              : null;
            provider = import(/* webpackChunkName: "msal" */ "../auth/msalProvider").then((m) =>
              m.createMsalProvider(settings, naa, openDialog)
            );
            provider.catch(() => (provider = null));
          }
          return provider;
        }
      : null,
  };
}

/** The runner behind the store's LiveChecks: its chunk (with the Graph client) loads only when checks run. */
export function liveChecks(deps: RunnerDeps): LiveChecks {
  return {
    run: (interactive, onUpdate) =>
      import(/* webpackChunkName: "office" */ "../probes/runner").then((m) =>
        m.runProbes(deps, interactive, onUpdate)
      ),
    canSignIn: deps.provider !== null,
    online: deps.online,
  };
}

/** Warms the MSAL chunk's cache when config.json configures sign-in; the provider's import gets the same module. */
function preloadMsal(config: Promise<ConfigResult>): void {
  void config.then((c) => {
    if (c.config.auth)
      import(/* webpackChunkName: "msal" */ "../auth/msalProvider").catch(() => undefined);
  });
}

export interface OfficeBoot {
  /** After Office.onReady said Outlook: the first screen from what Office answers at once, then the rest. */
  start(store: PaneStore, office: typeof Office): Promise<void>;
}

/**
 * Runs as soon as this chunk is evaluated, during Outlook's handshake: config.json is asked for now, and (when it
 * configures sign-in) the MSAL chunk follows, so neither waits for Office.onReady.
 */
export function prepareOffice(baseUrl: string): OfficeBoot {
  const config = loadConfig(baseUrl);
  preloadMsal(config);
  return { start: (store, office) => bootOffice(store, office, config, baseUrl) };
}

async function bootOffice(
  store: PaneStore,
  office: typeof Office,
  config: Promise<ConfigResult>,
  baseUrl: string
): Promise<void> {
  const env = readHostEnvironment(office);
  // Office's own language and theme count; the frame used `_host_Info`'s and the system's, so this mostly keeps it.
  const chrome = await chromeFor(store.getState().chrome, {
    language: env.displayLanguage,
    bodyBackgroundColor: env.bodyBackgroundColor,
  });
  store.setChrome(chrome);
  const host = readHostFacts(office);
  const services: HostServices = officeServices(office);
  store.arrive({
    mode: "office",
    end: "outlook",
    facts: initialFacts(host, null, navigator.onLine),
    services,
    email: env.userEmail ?? chrome.t("placeholder.email"),
    checksAwaited: true,
  });
  let ews: string | null = null;
  let org: OrgConfig | null = null;
  void readEwsTokenStatus(office).then((status) => {
    ews = status;
    if (status) store.refine((f) => refineFacts(f, host, org, ews));
  });
  const result = await config;
  org = result.config;
  store.setOrg(orgView(result, baseUrl));
  store.refine((f) => refineFacts(f, host, org, ews));
  const deps = probeDepsFor(
    office,
    org,
    host.nestedAppAuth === true,
    baseUrl,
    host.hostName === "OutlookWebApp"
  );
  store.wireChecks(liveChecks(deps), true);
}
