// Office mode's start-up, in its own chunk: host facts, the organisation's config (zod), the probe runner.
import * as React from "react";
import { GRAPH_SCOPES } from "../auth/types";
import { loadConfig } from "../config/loadConfig";
import type { OrgConfig } from "../config/schema";
import { parseFacts, type Facts } from "../diagnosis";
import { dialogAvailable, displayDialog } from "../host/dialog";
import { readHostEnvironment, readHostFacts, type HostFacts } from "../host/hostFacts";
import { officeServices } from "../host/officeServices";
import { loadMessages, pickLocale, translator } from "../i18n";
import type { RunnerDeps } from "../probes/runner";
import { pickTheme } from "../ui/theme";
import { media, render } from "./render";
import { OfficeRoot } from "./OfficeRoot";

const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations";

export function initialFacts(host: HostFacts, config: OrgConfig, online: boolean): Facts {
  const parsed = parseFacts({
    schema: 1,
    collectedAt: new Date().toISOString(),
    host,
    problemClient: { app: null, version: null },
    probes: {
      online,
      token: { status: config.auth ? null : "not_configured", errorCode: null },
      mailbox: { status: "skipped", httpStatus: null },
      authMethods: { status: "skipped", methods: [] },
    },
    org: {
      mfaMode: config.mfaMode ?? "unknown",
      appPasswordsAllowed: config.appPasswordsAllowed ?? null,
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

export async function startOffice(office: typeof Office): Promise<void> {
  const env = readHostEnvironment(office);
  const locale = pickLocale(env.displayLanguage);
  const baseUrl = document.baseURI;
  const [messages, host, config] = await Promise.all([
    loadMessages(locale),
    readHostFacts(office),
    loadConfig(baseUrl),
  ]);
  const t = translator(messages);
  const theme = pickTheme({
    bodyBackgroundColor: env.bodyBackgroundColor,
    forcedColors: media("(forced-colors: active)"),
  });
  await render(
    <OfficeRoot
      services={officeServices(office)}
      t={t}
      facts={initialFacts(host, config.config, navigator.onLine)}
      config={config}
      probeDeps={probeDepsFor(
        office,
        config.config,
        host.nestedAppAuth === true,
        baseUrl,
        host.hostName === "OutlookWebApp"
      )}
      email={env.userEmail ?? t("placeholder.email")}
      baseUrl={baseUrl}
    />,
    theme,
    locale
  );
}
