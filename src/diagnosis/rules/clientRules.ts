import { channelVersionOfMonth, onOrAfter, onOrBefore, parseMonth, previousDay } from "../calendar";
import { clientParams, type ClientAssessment } from "../classifyClient";
import { CHANNELS } from "../tables/channels";
import { CLIENTS } from "../tables/clients";
import { EAS_CHANGES, EWS_FRONTLINE_BLOCK } from "../tables/exchangeOnline";
import { LTSC_2024_32BIT_ISSUE } from "../tables/naa";
import { NEW_OUTLOOK_SWITCH } from "../tables/newOutlook";
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
    if (c.staleSince && c.servicedUntil && c.channelVersion !== null) channelNoteForIt(c, out);
  }
  if (c.modernAuth === "unknown" && c.protocol !== "smtp" && c.versionKnown) {
    out.addFinding("client-modern-auth-unknown", "info", params);
  }

  const ewsGone = appleMailEwsRules(ctx, out);
  easRules(ctx, out);
  newOutlookRules(ctx, out);
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
  ltsc2024Note(ctx, out);
}

/** The pane itself may not load in 32-bit LTSC 2024 for new Exchange Online accounts: IT should know the fallback. */
function ltsc2024Note(ctx: RuleContext, out: Collector): void {
  if (ctx.client.product !== "office-ltsc-2024" || !ctx.exchangeOnline) return;
  const k = LTSC_2024_32BIT_ISSUE;
  out.noteForIt(
    `Known issue (Microsoft, "investigating" as of ${k.statusAsOf}): add-ins, this one included, don't load in 32-bit Outlook LTSC 2024 for Exchange Online accounts created after ${k.accountsCreatedAfter}. If the pane won't open there, run it in Outlook on the web.`
  );
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
  // Microsoft's own text gives the days: the user's sentences name them, in the tense of the judgement day.
  const month = (iso: string) => ({ month: iso.slice(0, 7) });
  const params = {
    ...clientParams(client),
    ...(ews.offFrom ? { ewsOffFrom: date(ews.offFrom), ewsOffMonth: month(ews.offFrom) } : {}),
    ...(ews.removedOn
      ? { ewsRemovedOn: date(ews.removedOn), ewsRemovedMonth: month(ews.removedOn) }
      : {}),
  };
  out.noteForIt(ewsNoteForIt(ctx));
  out.noteForIt(frontlineEwsNote(ctx));
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

/** Where EWS stands for the help desk, in Microsoft's own terms and the tense of the judgement day. */
function ewsNoteForIt(ctx: RuleContext): string {
  const { ews } = ctx;
  const off = ews.offFrom ?? "a date to be announced";
  const gone = ews.removedOn ?? "a date to be announced";
  const tail =
    "On-premises Exchange is not affected; iOS Mail uses Exchange ActiveSync and is unaffected. Lasting fix: Outlook for Mac or Outlook on the web. Source: Microsoft's Exchange Team post 4492361 (Microsoft's Japanese translation, updated 2026-08-19).";
  switch (ews.state) {
    case "available":
      return `Apple Mail, Calendar and Contacts on macOS use EWS. From ${off} Exchange Online turns EWS off tenant by tenant (EWSEnabled left unset is set to False); until ${gone} an admin can still allow it (EWSEnabled True with an EwsAllowedAppIDs allow list, or back to unset); from ${gone} EWS is permanently off and no one can allow it. ${tail}`;
    case "off-by-default":
      return `Apple Mail, Calendar and Contacts on macOS use EWS, which Exchange Online has been turning off tenant by tenant since ${off} (EWSEnabled left unset is set to False). Until ${gone} an admin can still allow it: EWSEnabled True with an EwsAllowedAppIDs allow list that includes Apple's apps, or back to unset (Microsoft pre-filled allow lists in September 2026 from observed use, so check whether Apple's apps are on it). From ${gone} EWS is permanently off, the admin control is removed, with no exceptions. ${tail}`;
    default:
      return `Apple Mail, Calendar and Contacts on macOS use EWS, which has been permanently off in Exchange Online since ${gone}: the admin control is gone and there are no exceptions, so nothing on the tenant brings it back. ${tail}`;
  }
}

/** Frontline licences lost EWS regardless of the tenant's setting: a licence matter, not a fix for the user. */
function frontlineEwsNote(ctx: RuleContext): string {
  const b = EWS_FRONTLINE_BLOCK;
  const licences = b.licences.join(", ").replace(/, ([^,]*)$/, " and $1");
  return onOrAfter(ctx.now, b.from)
    ? `Users with ${licences} licences have had EWS blocked since ${b.from} (HTTP ${b.httpStatus}), whatever the tenant's setting: a licence matter that neither the user nor re-adding the account can fix.`
    : `Users with ${licences} licences lose EWS on ${b.from} (HTTP ${b.httpStatus}), whatever the tenant's setting: a licence matter that neither the user nor re-adding the account can fix.`;
}

/**
 * Native phone mail apps (Exchange ActiveSync): Exchange Online refuses versions below EAS 16.1, and MDM profiles
 * that sign in with a certificate directly against Exchange Online stop working after 2026. Outlook for iOS and
 * Android is unaffected by both.
 */
function easRules(ctx: RuleContext, out: Collector): void {
  const c = ctx.client;
  if (c.protocol !== "eas" || c.app === "outlook-ios" || c.app === "outlook-android") return;
  if (!ctx.exchangeOnline) return;
  const e = EAS_CHANGES;
  const refused = onOrAfter(ctx.now, e.refusedFrom);
  out.addFinding("eas-minimum", "info", {
    state: refused ? "in-force" : "upcoming",
    refusedFrom: date(e.refusedFrom),
  });
  out.noteForIt(
    refused
      ? `Exchange Online has refused Exchange ActiveSync clients below EAS ${e.minimumProtocol} since ${e.refusedFrom} (completed ${e.refusalCompleted}): old iOS Mail, Gmail and Samsung Email versions. Fix: update the phone's OS or the app, or use Outlook for iOS and Android.`
      : `Exchange Online refuses Exchange ActiveSync clients below EAS ${e.minimumProtocol} from ${e.refusedFrom}: old iOS Mail, Gmail and Samsung Email versions. Fix: update the phone's OS or the app, or use Outlook for iOS and Android.`
  );
  const lastDay = previousDay(e.certificateAuthEndsOn);
  out.noteForIt(
    onOrAfter(ctx.now, e.certificateAuthEndsOn)
      ? `Direct Exchange ActiveSync certificate-based authentication to Exchange Online ended after ${lastDay}: a mail profile (MDM) that still signs in with a certificate directly against Exchange Online can't connect. Move such profiles to Microsoft Entra certificate-based authentication; Outlook for iOS and Android is unaffected.`
      : `Direct Exchange ActiveSync certificate-based authentication to Exchange Online ends after ${lastDay}: mail profiles (MDM) that sign in with a certificate directly against Exchange Online must move to Microsoft Entra certificate-based authentication before then. Outlook for iOS and Android is unaffected.`
  );
}

/**
 * New Outlook becomes the default for Microsoft 365 Enterprise users in a given month; a user then finds Outlook
 * changed and asking to sign in. Perpetual licences and on-premises mailboxes are exempt.
 */
function newOutlookRules(ctx: RuleContext, out: Collector): void {
  const c = ctx.client;
  const n = NEW_OUTLOOK_SWITCH;
  if (!ctx.exchangeOnline) return;
  const windowsSubscription =
    c.app === "outlook-windows-new" || (c.app === "outlook-windows-classic" && c.product === null);
  if (!windowsSubscription) return;
  const started = onOrAfter(ctx.now, `${n.month}-01`);
  // The user hears of it once it has begun and only about the app that changed; IT hears of it before.
  if (started && c.app === "outlook-windows-new")
    out.addFinding("new-outlook-switch", "info", { month: { month: n.month } });
  const p = n.policy;
  out.noteForIt(
    `${started ? `Since ${n.month}` : `From ${n.month}`} new Outlook ${started ? "has been" : "becomes"} the default for Microsoft 365 Enterprise users (MC949965): users are warned, switched once and can switch back (${n.goBack.join(", or ")}). To prevent it, set the policy "${p.name}" (${p.value} = ${p.data} under ${p.key}). Exempt: ${n.exempt.join(" and ")}. Classic Outlook stays supported until at least ${n.classicSupportedUntilAtLeast}.`
  );
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

/**
 * A Microsoft 365 Apps version no channel services any more: IT should move the device to a current version, not
 * back to Semi-Annual Enterprise, which now delivers Monthly Enterprise versions.
 */
function channelNoteForIt(c: ClientAssessment, out: Collector): void {
  const mec = CHANNELS.monthlyEnterprise;
  const sae = CHANNELS.semiAnnualEnterprise;
  const merged = channelVersionOfMonth(parseMonth(sae.lastAvailabilityBefore) - 1);
  out.noteForIt(
    `Version ${c.channelVersion} stopped getting updates on every channel on ${c.servicedUntil}. Monthly Enterprise patches ${mec.versionsPatchedAtOnce} versions at once (N, N-1, N-2) and devices still labelled Semi-Annual Enterprise receive Monthly Enterprise versions since Version ${merged}: update the device to a current Monthly Enterprise or Current Channel version.`
  );
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
