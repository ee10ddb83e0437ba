// Entry point: decide Office or preview mode, load the language and the organisation's config, render.

import { FluentProvider } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { GRAPH_SCOPES } from "../auth/types";
import { loadConfig } from "../config/loadConfig";
import { hostApp, parseFacts, type Facts } from "../diagnosis";
import { bootOffice } from "../host/boot";
import { signInWithDialog } from "../host/dialog";
import { readHostEnvironment, readHostFacts } from "../host/hostFacts";
import { officeServices } from "../host/officeServices";
import { previewServices } from "../host/services";
import { loadMessages, pickLocale, translator } from "../i18n";
import type { RunnerDeps } from "../probes/runner";
import { fluentTheme, pickTheme } from "../ui/theme";
import { ErrorBoundary } from "./ErrorBoundary";
import { OfficeRoot, PreviewRoot } from "./roots";

const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations";

function render(node: React.ReactNode, themeName: ReturnType<typeof pickTheme>, lang: string) {
  const container = document.getElementById("container") as HTMLElement;
  document.documentElement.lang = lang;
  createRoot(container).render(
    <FluentProvider theme={fluentTheme(themeName)} style={{ minHeight: "100vh" }} data-theme={themeName}>
      <ErrorBoundary>{node}</ErrorBoundary>
    </FluentProvider>
  );
}

const media = (q: string) => (typeof window.matchMedia === "function" ? window.matchMedia(q).matches : false);

async function startPreview(notice: "officeMissing" | "onReadyTimeout" | null) {
  const params = new URLSearchParams(window.location.search);
  const locale = pickLocale(params.get("lang") ?? navigator.language);
  const t = translator(await loadMessages(locale));
  const theme = pickTheme({ requested: params.get("theme"), forcedColors: media("(forced-colors: active)"), prefersDark: media("(prefers-color-scheme: dark)") });
  render(<PreviewRoot services={previewServices()} t={t} notice={notice} />, theme, locale);
}

function initialFacts(host: Awaited<ReturnType<typeof readHostFacts>>, config: Awaited<ReturnType<typeof loadConfig>>["config"]): Facts {
  const raw = {
    schema: 1,
    collectedAt: new Date().toISOString(),
    host,
    problemClient: { app: null, version: null },
    probes: { online: navigator.onLine, token: { status: config.auth ? null : "not_configured", errorCode: null }, mailbox: { status: "skipped" }, authMethods: { status: "skipped" } },
    org: { mfaMode: config.mfaMode ?? "unknown", appPasswordsAllowed: config.appPasswordsAllowed ?? null },
  };
  const parsed = parseFacts(raw);
  if (!parsed.ok) throw new Error(`host facts rejected: ${parsed.field}`);
  parsed.facts.problemClient.app = hostApp(parsed.facts);
  return parsed.facts;
}

async function startOffice(office: typeof Office) {
  const env = readHostEnvironment(office);
  const locale = pickLocale(env.displayLanguage);
  const baseUrl = document.baseURI;
  const [messages, host, config] = await Promise.all([loadMessages(locale), readHostFacts(office), loadConfig(baseUrl)]);
  const t = translator(messages);
  const auth = config.config.auth;
  let providerPromise: ReturnType<NonNullable<RunnerDeps["provider"]>> | null = null;
  const probeDeps: RunnerDeps = {
    fetch: (...args) => window.fetch(...args),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    online: () => navigator.onLine,
    provider: auth
      ? () => {
          if (!providerPromise) {
            const settings = {
              clientId: auth.clientId,
              authority: auth.authority ?? DEFAULT_AUTHORITY,
              scopes: GRAPH_SCOPES,
              dialogUrl: new URL(`dialog.html?clientId=${encodeURIComponent(auth.clientId)}&authority=${encodeURIComponent(auth.authority ?? DEFAULT_AUTHORITY)}`, baseUrl).href,
            };
            // MSAL is its own chunk: the pane is on screen before it loads.
            providerPromise = import(/* webpackChunkName: "msal" */ "../auth/msalProvider").then((m) =>
              m.createMsalProvider(settings, host.nestedAppAuth === true, (s) => signInWithDialog(office, s.dialogUrl))
            );
            providerPromise.catch(() => (providerPromise = null));
          }
          return providerPromise;
        }
      : null,
  };
  const theme = pickTheme({ bodyBackgroundColor: env.bodyBackgroundColor, forcedColors: media("(forced-colors: active)") });
  render(
    <OfficeRoot services={officeServices(office)} t={t} facts={initialFacts(host, config.config)} config={config} probeDeps={probeDeps} email={env.userEmail ?? t("placeholder.email")} baseUrl={baseUrl} />,
    theme,
    locale
  );
}

async function main() {
  const boot = await bootOffice();
  if (boot.kind === "office") {
    try {
      await startOffice(boot.office);
      return;
    } catch {
      // An Office API that throws in a way the guards didn't foresee still ends in a usable pane.
    }
  }
  const notice = boot.kind === "preview" && boot.reason === "office-js-missing" ? "officeMissing" : boot.kind === "preview" && boot.reason === "onready-timeout" ? "onReadyTimeout" : null;
  await startPreview(notice);
}

window.addEventListener("unhandledrejection", (e) => {
  // Last line of defence: nothing should get here, but a stray rejection must never blank the pane.
  e.preventDefault();
});

void main().catch(() => {
  const el = document.getElementById("boot-message");
  if (el) el.textContent = "The Sign-in Assistant couldn't start. Close and reopen it, or contact your IT team.";
});
