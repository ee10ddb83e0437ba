import { onOrBefore } from "../calendar";
import { clientParams } from "../classifyClient";
import { CLIENTS } from "../tables/clients";
import { LIFECYCLE } from "../tables/lifecycle";
import { MAC_CERTIFICATE } from "../tables/outlookMac";
import { Collector, PRIORITY } from "./collector";
import type { RuleContext } from "./context";

const date = (iso: string) => ({ date: iso });

/** What the problem client's version and kind say, independent of the live probes. */
export function clientRules(ctx: RuleContext, out: Collector): void {
  const c = ctx.client;
  const params = clientParams(c);
  if (c.versionRejected) out.addFinding("client-version-unrecognised", "info", params);
  else if (c.versionNotUnderstood) out.addFinding("client-version-not-understood", "info", params);
  else if (!c.versionKnown) out.addFinding("client-version-unknown", "info", params);

  if (c.modernAuth === "no") {
    out.addFinding("client-no-modern-auth", "error", params);
    out.recommend("update-client", PRIORITY.cannotConnect);
    return;
  }
  if (c.canConnect === false) {
    out.addFinding("client-below-minimum", "error", { ...params, minimum: c.minimum ?? "?" });
    out.recommend("update-client", PRIORITY.cannotConnect);
  }
  if (c.modernAuth === "needs-registry") {
    out.addFinding("client-needs-registry", "warning", params);
    if (c.endOfSupport && c.pastEndOfSupport)
      out.addFinding("client-out-of-support", "warning", {
        ...params,
        endOfSupport: date(c.endOfSupport),
      });
    // Updating is the real fix (the product is out of support); the registry keys are a stopgap.
    out.recommend("update-client", PRIORITY.cannotConnect);
    out.recommend("enable-modern-auth-registry", PRIORITY.registry);
    return;
  }
  if (c.supported === false && c.canConnect !== false) {
    if (c.staleSince && c.servicedUntil)
      out.addFinding("client-old-build", "warning", {
        ...params,
        servicedUntil: date(c.servicedUntil),
      });
    else if (c.endOfSupport && c.pastEndOfSupport)
      out.addFinding("client-out-of-support", "warning", {
        ...params,
        endOfSupport: date(c.endOfSupport),
      });
    else if (c.app === "outlook-mac") macCurrencyRules(ctx, out);
    out.recommend("update-client", PRIORITY.planUpdate);
  }
  if (c.modernAuth === "unknown" && c.protocol !== "smtp" && c.versionKnown) {
    out.addFinding("client-modern-auth-unknown", "info", params);
  }

  const ewsGone = appleMailEwsRules(ctx, out);
  const usual = usualFix(ctx);
  if (usual === "clear-cached-credentials") {
    if (c.supported !== false || c.canConnect)
      out.addFinding("cached-credentials-likely", "info", params);
    out.recommend("clear-cached-credentials", PRIORITY.clearCache);
  } else if (usual === "switch-to-modern-auth" && !ewsGone) {
    if (c.modernAuth === "yes") out.addFinding("client-set-up-with-password", "warning", params);
    out.recommend("switch-to-modern-auth", PRIORITY.switchAuth);
  }
  // "Up to date" needs a version number: a product named in words ("Outlook 2024") says nothing about its updates.
  if (
    c.supported === true &&
    c.versionRead === "number" &&
    c.modernAuth === "yes" &&
    (c.app === "outlook-windows-classic" || c.app === "outlook-mac")
  ) {
    out.addFinding("client-current", "ok", params);
  }
  macLicenceNote(ctx, out);
}

/**
 * The usual fix for the client. Outlook on the web and new Outlook have none the pane could guess on its own (it
 * asks which app prompts instead), but once the user says that one of them keeps asking, signing out and back in
 * is the first thing to try.
 */
function usualFix(ctx: RuleContext): (typeof CLIENTS)[keyof typeof CLIENTS]["usualFix"] {
  const c = ctx.client;
  const usual = CLIENTS[c.app].usualFix;
  const userNamedIt = ctx.facts.problemClient.app !== null;
  return usual === "none" && c.protocol === "web" && userNamedIt
    ? "clear-cached-credentials"
    : usual;
}

/**
 * Apple Mail on a Mac reaches Exchange Online through EWS, which is being switched off (iOS Mail uses EAS and is
 * unaffected). Re-adding the account is no lasting fix once the tenant's EWS is off: Outlook for Mac is.
 * Returns true when re-adding the account can no longer help at all.
 */
function appleMailEwsRules(ctx: RuleContext, out: Collector): boolean {
  const { client, ews } = ctx;
  if (client.app !== "apple-mail-macos" || !ctx.exchangeOnline) return false;
  // Microsoft itself says only "starting in October 2026"; the exact days are third-party [3P], so the user's
  // sentences name the month and hedge, and the exact days go to IT with their source.
  const month = (iso: string) => ({ month: iso.slice(0, 7) });
  const params = {
    ...clientParams(client),
    ...(ews.offFrom ? { ewsOffFrom: date(ews.offFrom), ewsOffMonth: month(ews.offFrom) } : {}),
    ...(ews.removedOn
      ? { ewsRemovedOn: date(ews.removedOn), ewsRemovedMonth: month(ews.removedOn) }
      : {}),
  };
  out.noteForIt(
    `Apple Mail, Calendar and Contacts on macOS use EWS. Exchange Online disables EWS from ${ews.offFrom ?? "a date to be announced"} (apps on the tenant's EWS allow list keep it until ${ews.removedOn ?? "a date to be announced"}), then permanently. Source: Microsoft's docs say "starting in October 2026"; the exact dates are third-party reports of Message Center MC1227454. iOS Mail uses Exchange ActiveSync and is unaffected. Lasting fix: Outlook for Mac or Outlook on the web.`
  );
  switch (ews.state) {
    case "available":
      out.addFinding("apple-mail-ews-retiring", "info", params);
      out.recommend("update-client", PRIORITY.planUpdate);
      return false;
    case "off-by-default":
      out.addFinding("apple-mail-ews-off", "warning", params);
      out.recommend("update-client", PRIORITY.cannotConnect);
      return false;
    default:
      out.addFinding("apple-mail-ews-removed", "error", params);
      out.recommend("update-client", PRIORITY.cannotConnect);
      return true;
  }
}

/**
 * Outlook for Mac has no published minimum: "a current version" is the rule. An old build is told to update
 * with Microsoft AutoUpdate; below 16.83 it may also open in reduced-functionality mode since the certificate date.
 */
function macCurrencyRules(ctx: RuleContext, out: Collector): void {
  const c = ctx.client;
  const params = { ...clientParams(c), version: c.macVersion ?? "?" };
  if (c.certificateExpired)
    out.addFinding("client-mac-reduced-functionality", "warning", {
      ...params,
      since: date(MAC_CERTIFICATE.from),
      fixedIn: MAC_CERTIFICATE.minimum.join("."),
    });
  if (c.staleSince)
    out.addFinding("client-mac-not-current", "warning", {
      ...params,
      released: { month: c.staleSince },
    });
}

/** A Mac version doesn't show its licence; once Office LTSC 2021 for Mac is out of support, IT should know. */
function macLicenceNote(ctx: RuleContext, out: Collector): void {
  const row = LIFECYCLE["office-ltsc-2021-mac"];
  if (ctx.client.familyId !== "outlook-mac-current" || onOrBefore(ctx.now, row.endOfSupport))
    return;
  out.noteForIt(
    `Outlook for Mac's version doesn't show its licence: an Office LTSC 2021 for Mac licence has been out of support since ${row.endOfSupport}. Check the licence in Outlook › About Outlook.`
  );
}

/** The pane often runs somewhere other than the app that prompts; say so, so the steps happen on the right device. */
export function hostRules(ctx: RuleContext, out: Collector): void {
  if (ctx.hostApp && ctx.hostApp !== ctx.client.app) {
    out.addFinding("host-differs", "info", {
      host: { term: `app.${ctx.hostApp}` },
      ...clientParams(ctx.client),
    });
  }
}
