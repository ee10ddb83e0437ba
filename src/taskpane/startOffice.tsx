// Office mode's start-up, in its own chunk: host facts, the organisation's config (zod), the probe runner.
// index.ts loads this chunk while Outlook's handshake runs; prepareOffice then asks for config.json at once (it needs
// no Office), and startOffice shows the first screen from what Office answers at once, right after Office.onReady.
import * as React from "react";
import { GRAPH_SCOPES } from "../auth/types";
import { loadConfig } from "../config/loadConfig";
import type { ConfigResult, OrgConfig } from "../config/schema";
import { parseFacts, type Facts } from "../diagnosis";
import { dialogAvailable, displayDialog } from "../host/dialog";
import {
  readEwsTokenStatus,
  readHostEnvironment,
  readHostFacts,
  type HostFacts,
} from "../host/hostFacts";
import { officeServices } from "../host/officeServices";
import { enUS, loadMessages, pickLocale, translator, type Locale, type Messages } from "../i18n";
import type { RunnerDeps } from "../probes/runner";
import { Notice } from "../ui/common/Notice";
import { loadTheme, pickTheme } from "../ui/theme";
import { describeError, record } from "../util/errorLog";
import { media, render } from "./render";
import { OfficeRoot } from "./OfficeRoot";

const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations";

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

export interface OfficeStart {
  start(office: typeof Office): Promise<void>;
}

/** The chunks every Office start needs that can be asked for before Office.onReady: the MSAL chunk, when signing in. */
function preloadMsal(config: Promise<ConfigResult>): void {
  void config.then((c) => {
    if (!c.config.auth) return;
    // Warms the cache only; probeDepsFor's import gets the same module (and reports a failure itself).
    import(/* webpackChunkName: "msal" */ "../auth/msalProvider").catch(() => undefined);
  });
}

/**
 * Runs as soon as this chunk is evaluated, during Outlook's handshake: config.json is asked for now, and (when it
 * configures sign-in) the MSAL chunk follows, so neither waits for Office.onReady.
 */
export function prepareOffice(baseUrl: string): OfficeStart {
  const config = loadConfig(baseUrl);
  preloadMsal(config);
  return { start: (office) => startOffice(office, config, baseUrl) };
}

const LANGUAGE_NAMES: Record<Locale, string> = {
  "en-US": "English",
  "de-DE": "Deutsch",
  "fr-FR": "français",
  "es-ES": "español",
};

/**
 * The user's language, or English when its chunk doesn't load (an upload replaced the build while Outlook had the
 * pane open): the guidance still shows, in English, with a notice, and the trail says what failed.
 */
async function messagesFor(locale: Locale): Promise<{ messages: Messages; failed: Locale | null }> {
  try {
    return { messages: await loadMessages(locale), failed: null };
  } catch (e) {
    record("boot", "chunk_load_error", `locale ${locale}: ${describeError(e)}`, "error");
    return { messages: enUS, failed: locale };
  }
}

export async function startOffice(
  office: typeof Office,
  config: Promise<ConfigResult>,
  baseUrl: string
): Promise<void> {
  const env = readHostEnvironment(office);
  const locale = pickLocale(env.displayLanguage);
  const theme = pickTheme({
    bodyBackgroundColor: env.bodyBackgroundColor,
    forcedColors: media("(forced-colors: active)"),
  });
  // The language and the theme load side by side (render falls back to the light theme on its own).
  const [{ messages, failed }] = await Promise.all([
    messagesFor(locale),
    loadTheme(theme).catch(() => undefined),
  ]);
  const t = translator(messages);
  const host = readHostFacts(office);
  const online = navigator.onLine;
  const inBrowser = host.hostName === "OutlookWebApp";
  const naa = host.nestedAppAuth === true;
  await render(
    <OfficeRoot
      services={officeServices(office)}
      t={t}
      facts={initialFacts(host, null, online)}
      config={config}
      ewsTokenStatus={readEwsTokenStatus(office)}
      refineFacts={(f, c, ews) => refineFacts(f, host, c, ews)}
      probeDepsFor={(c) => probeDepsFor(office, c, naa, baseUrl, inBrowser)}
      email={env.userEmail ?? t("placeholder.email")}
      baseUrl={baseUrl}
      notice={
        failed ? (
          <Notice intent="warning" testId="start-notice">
            {t("start.localeFailed", { language: LANGUAGE_NAMES[failed] })}
          </Notice>
        ) : null
      }
    />,
    theme,
    failed ? "en-US" : locale
  );
}
