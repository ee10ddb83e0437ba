import { CLIENTS } from "../tables/clients";
import { Collector, P } from "./collector";
import type { RuleContext } from "./context";

const month = (iso: string) => iso.slice(0, 7);

/** What the problem client's version and kind say, independent of the live probes. */
export function clientRules(ctx: RuleContext, out: Collector): void {
  const c = ctx.client;
  const params = { client: c.label };
  if (!c.versionKnown) out.find("client-version-unknown", "info", params);

  if (c.modernAuth === "no") {
    out.find("client-no-modern-auth", "error", params);
    out.act("update-client", P.cannotConnect);
    return;
  }
  if (c.canConnect === false) {
    out.find("client-below-minimum", "error", { ...params, minimum: c.minimum ?? "?" });
    out.act("update-client", P.cannotConnect);
  }
  if (c.modernAuth === "needs-registry") {
    out.find("client-needs-registry", "warning", params);
    if (c.endOfSupport)
      out.find("client-out-of-support", "warning", { ...params, date: c.endOfSupport });
    // Updating is the real fix (Outlook 2013 has been out of support since April 2023); the keys are a stopgap.
    out.act("update-client", P.cannotConnect);
    out.act("enable-modern-auth-registry", P.registry);
    return;
  }
  if (c.supported === false && c.canConnect !== false) {
    if (c.staleSince)
      out.find("client-old-build", "warning", { ...params, month: month(c.staleSince) });
    else out.find("client-out-of-support", "warning", { ...params, date: c.endOfSupport ?? "?" });
    out.act("update-client", P.planUpdate);
  }
  if (c.modernAuth === "unknown" && c.protocol !== "smtp" && c.versionKnown) {
    out.find("client-modern-auth-unknown", "info", params);
  }

  const usual = CLIENTS[c.app].usualFix;
  if (usual === "clear-cached-credentials") {
    if (c.supported !== false || c.canConnect)
      out.find("cached-credentials-likely", "info", params);
    out.act("clear-cached-credentials", P.clearCache);
  } else if (usual === "switch-to-modern-auth") {
    if (c.modernAuth === "yes") out.find("client-set-up-with-password", "warning", params);
    out.act("switch-to-modern-auth", P.switchAuth);
  }
  if (
    c.supported === true &&
    c.modernAuth === "yes" &&
    (c.app === "outlook-windows-classic" || c.app === "outlook-mac")
  ) {
    out.find("client-current", "ok", params);
  }
}

const HOST_LABELS: Record<string, string> = {
  "outlook-windows-classic": "Outlook for Windows (classic)",
  "outlook-windows-new": "new Outlook for Windows",
  "outlook-mac": "Outlook for Mac",
  "outlook-web": "Outlook on the web",
  "outlook-ios": "Outlook for iOS",
  "outlook-android": "Outlook for Android",
};

/** The pane often runs somewhere other than the app that prompts; say so, so the steps happen on the right device. */
export function hostRules(ctx: RuleContext, out: Collector): void {
  if (ctx.hostApp && ctx.hostApp !== ctx.client.app) {
    out.find("host-differs", "info", {
      host: HOST_LABELS[ctx.hostApp] ?? ctx.hostApp,
      client: ctx.client.label,
    });
  }
}
