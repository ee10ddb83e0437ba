// Turns problemClient (+ host facts when the pane runs in the problem app) into a client assessment: what it is,
// whether it can connect, whether it is in support on the judgement day, and how it gets updated.

import {
  isoMonth,
  monthIndexOf,
  monthOfChannelVersion,
  onOrAfter,
  onOrBefore,
  parseMonth,
  type MonthIndex,
} from "./calendar";
import { CLIENT_LABELS_EN, clientLabelTerm, type ClientLabelKey } from "./clientLabels";
import type { Facts } from "./facts";
import { formatMessage, type Param } from "./format";
import { isServiced, servicingOf } from "./servicing";
import { CLIENTS } from "./tables/clients";
import { LIFECYCLE, type ProductId } from "./tables/lifecycle";
import {
  MAC_CERTIFICATE,
  MAC_CURRENCY,
  MAC_FAMILIES,
  MAC_RELEASES,
  MAC_VERSION_ANCHOR,
  type MacRelease,
} from "./tables/outlookMac";
import {
  CHANNEL_BUILDS,
  FIRST_SHIPPED_BUILD,
  M365_APPS_MINIMUM,
  PERPETUAL_BUILDS,
  PERPETUAL_PATCH,
  PLAUSIBILITY,
  WINDOWS_FAMILIES,
  type ChannelBuild,
} from "./tables/outlookWindows";
import type { ProblemApp } from "./vocabulary";
import { compareVersions, parseVersion, type ParsedVersion } from "./version";
import { assessWords, readVersionWords } from "./versionWords";
import type { ClientAssessment } from "./assessment";

export type { ClientAssessment } from "./assessment";

/** The app the pane itself runs in, from Office's host name and platform. */
export function hostApp(facts: Facts): ProblemApp | null {
  switch (facts.host.hostName) {
    case "Outlook":
      if (facts.host.platform === "Mac") return "outlook-mac";
      if (facts.host.platform === "PC") return "outlook-windows-classic";
      return null;
    case "newOutlookWindows":
      return "outlook-windows-new";
    case "OutlookWebApp":
      return "outlook-web";
    case "OutlookIOS":
      return "outlook-ios";
    case "OutlookAndroid":
      return "outlook-android";
    default:
      return null;
  }
}

/**
 * The version to judge. When the user gave none and the pane runs in the same desktop app, the host's own
 * version is the client's. In Outlook on the web and new Outlook hostVersion is the Exchange server's version,
 * so it is never used as a client version.
 */
function clientVersionText(facts: Facts, app: ProblemApp): string | null {
  if (facts.problemClient.version) return facts.problemClient.version;
  if (hostApp(facts) !== app) return null;
  if (app === "outlook-windows-classic" || app === "outlook-mac") {
    return facts.host.officeVersion ?? facts.host.hostVersion;
  }
  return null;
}

const joinVersion = (parts: readonly number[]) => parts.join(".");
const versionName = (version: number) => `Version ${version}`;

function unclassified(app: ProblemApp): ClientAssessment {
  const p = CLIENTS[app];
  return {
    app,
    label: p.label,
    name: { term: `app.${app}` },
    generic: p.generic === true,
    protocol: p.protocol,
    modernAuth: p.modernAuth,
    supported: p.supported,
    canConnect: null,
    versionKnown: false,
    versionRejected: false,
    versionRead: "none",
    versionNotUnderstood: false,
    minimum: null,
    endOfSupport: null,
    pastEndOfSupport: false,
    channelVersion: null,
    newerThanKnown: false,
    servicedUntil: null,
    staleSince: null,
    lastVersion: null,
    macVersion: null,
    releaseMonth: null,
    certificateExpired: false,
    product: null,
    update: p.update,
    familyId: null,
  };
}

/**
 * The parameters every sentence about the client gets: its name, and whether that name is a kind of app. Catalogue
 * texts choose their wording with `{generic, select, yes {…} other {…{client}…}}`, so no language builds
 * "Something else's settings" from a generic name.
 */
export function clientParams(c: Pick<ClientAssessment, "name" | "generic">): {
  client: Param;
  generic: "yes" | "no";
} {
  return { client: c.name, generic: c.generic ? "yes" : "no" };
}

/** The English label for the report, and the same name as a catalogue term for sentences in every language. */
function named(
  a: ClientAssessment,
  key: ClientLabelKey,
  params: Readonly<Record<string, string>> = {}
): ClientAssessment {
  return {
    ...a,
    label: formatMessage(CLIENT_LABELS_EN[key], params),
    name: clientLabelTerm(key, params),
  };
}

const inSupport = (product: ProductId, now: Date) =>
  onOrBefore(now, LIFECYCLE[product].endOfSupport);

/** A typed "Version YYMM" Microsoft could have shipped by the judgement day. */
function plausibleChannelVersion(version: number, now: Date): boolean {
  const month = monthOfChannelVersion(version);
  return month !== null && month <= monthIndexOf(now) + PLAUSIBILITY.versionLeadMonths;
}

/** A build beyond the newest row that the calendar allows (about a year's worth of builds of slack). */
function plausibleNewBuild(build: number, newest: ChannelBuild, now: Date): boolean {
  const newestMonth = monthOfChannelVersion(newest.version) ?? monthIndexOf(now);
  const months = Math.max(0, monthIndexOf(now) - newestMonth) + PLAUSIBILITY.buildLeadMonths;
  return build <= newest.build + PLAUSIBILITY.buildsPerMonth * months;
}

/** Which Microsoft 365 Apps version a build major belongs to, and whether that is exact or a lower bound. */
function channelForBuild(
  build: number,
  now: Date
): { version: number; orLater: boolean } | "rejected" | null {
  const newest = CHANNEL_BUILDS[CHANNEL_BUILDS.length - 1] as ChannelBuild;
  let index = -1;
  for (let i = 0; i < CHANNEL_BUILDS.length; i++)
    if ((CHANNEL_BUILDS[i] as ChannelBuild).build <= build) index = i;
  if (index < 0) return null;
  const row = CHANNEL_BUILDS[index] as ChannelBuild;
  if (row.build === build) return { version: row.version, orLater: false };
  if (row === newest)
    return plausibleNewBuild(build, newest, now)
      ? { version: row.version, orLater: true }
      : "rejected";
  // Between two rows of consecutive months the build is that version (a later build of it, or a preview of the
  // next); across a gap in the table only a lower bound is known.
  const next = CHANNEL_BUILDS[index + 1] as ChannelBuild;
  const consecutive =
    (monthOfChannelVersion(next.version) ?? 0) - (monthOfChannelVersion(row.version) ?? 0) === 1;
  return { version: row.version, orLater: !consecutive };
}

function channelAssessment(
  a: ClientAssessment,
  version: number,
  orLater: boolean,
  now: Date
): ClientAssessment {
  const newest = (CHANNEL_BUILDS[CHANNEL_BUILDS.length - 1] as ChannelBuild).version;
  const newerThanKnown = version > newest || (orLater && version === newest);
  const canConnect = version >= M365_APPS_MINIMUM.version;
  const servicing = servicingOf(version);
  // A version the tables don't reach yet counts as current: it is newer than everything they know.
  const serviced = newerThanKnown ? true : (isServiced(version, now) ?? false);
  return {
    ...named(a, orLater ? "m365-or-later" : "m365-version", { version: String(version) }),
    modernAuth: "yes",
    supported: canConnect && serviced,
    canConnect,
    versionKnown: true,
    minimum: versionName(M365_APPS_MINIMUM.version),
    channelVersion: version,
    newerThanKnown,
    servicedUntil: newerThanKnown ? null : (servicing?.endsOn ?? null),
    staleSince: canConnect && !serviced ? isoMonth(monthOfChannelVersion(version) ?? 0) : null,
    update: "office-account",
    familyId: "m365-apps",
  };
}

function rejected(a: ClientAssessment): ClientAssessment {
  return { ...a, versionRejected: true };
}

/** A build below its generation's first release, or a volume-licence build with an update number it never had. */
function impossibleBuild(v: ParsedVersion): boolean {
  const [major, minor, build, patch] = v.parts;
  const first = major !== undefined ? FIRST_SHIPPED_BUILD[major] : undefined;
  if (minor === 0 && first !== undefined && build !== undefined && build < first) return true;
  const perpetual =
    (major === 16 && PERPETUAL_BUILDS.some((p) => p.build === build)) ||
    WINDOWS_FAMILIES.some(
      (f) =>
        f.update === "perpetual-c2r" &&
        compareVersions(v.parts, f.from) >= 0 &&
        compareVersions(v.parts, f.to) < 0
    );
  return (
    perpetual &&
    patch !== undefined &&
    (patch < PERPETUAL_PATCH.min || patch >= PERPETUAL_PATCH.below)
  );
}

function classifyWindows(a: ClientAssessment, v: ParsedVersion, now: Date): ClientAssessment {
  if (impossibleBuild(v)) return rejected(a);
  const family = WINDOWS_FAMILIES.find(
    (f) => compareVersions(v.parts, f.from) >= 0 && compareVersions(v.parts, f.to) < 0
  );
  if (family) {
    const canConnect = family.minimumForMicrosoft365
      ? compareVersions(v.parts, family.minimumForMicrosoft365) >= 0
      : false;
    return {
      ...named(a, family.labelKey),
      modernAuth: family.modernAuth,
      supported: canConnect && inSupport(family.product, now),
      canConnect,
      versionKnown: true,
      minimum: family.minimumForMicrosoft365 ? joinVersion(family.minimumForMicrosoft365) : null,
      endOfSupport: LIFECYCLE[family.product].endOfSupport,
      pastEndOfSupport: !inSupport(family.product, now),
      product: family.product,
      update: family.update,
      familyId: family.id,
    };
  }
  const build = v.parts[0] === 16 ? v.parts[2] : undefined;
  if (build !== undefined) {
    const perpetual = PERPETUAL_BUILDS.find((p) => p.build === build);
    if (perpetual) {
      return {
        ...named(a, perpetual.labelKey),
        modernAuth: "yes",
        supported: inSupport(perpetual.product, now),
        canConnect: true,
        versionKnown: true,
        endOfSupport: LIFECYCLE[perpetual.product].endOfSupport,
        pastEndOfSupport: !inSupport(perpetual.product, now),
        channelVersion: perpetual.version,
        product: perpetual.product,
        update: perpetual.update,
        familyId: "perpetual",
      };
    }
  }
  const byBuild = build !== undefined ? channelForBuild(build, now) : null;
  if (byBuild && byBuild !== "rejected" && !byBuild.orLater)
    return channelAssessment(a, byBuild.version, false, now);
  if (v.channelVersion !== null) {
    if (plausibleChannelVersion(v.channelVersion, now))
      return channelAssessment(a, v.channelVersion, false, now);
    return rejected(a);
  }
  if (byBuild === "rejected") return rejected(a);
  if (byBuild) return channelAssessment(a, byBuild.version, byBuild.orLater, now);
  if (build !== undefined) {
    // A 16.0 build below every known Click-to-Run build: older than the oldest version that can connect.
    return {
      ...named(a, "m365-older", { version: String(M365_APPS_MINIMUM.version) }),
      modernAuth: "yes",
      supported: false,
      canConnect: false,
      versionKnown: true,
      minimum: versionName(M365_APPS_MINIMUM.version),
      update: "office-account",
      familyId: "m365-apps",
    };
  }
  return a;
}

function plausibleMac(v: ParsedVersion, now: Date): boolean {
  if (v.parts[0] !== 16 || v.parts[1] === undefined) return true;
  const months = monthIndexOf(now) - parseMonth(MAC_VERSION_ANCHOR.month);
  return (
    v.parts[1] <= MAC_VERSION_ANCHOR.minor + Math.max(0, months) + MAC_VERSION_ANCHOR.leadMonths
  );
}

/** The month a Mac build was built, from its build number (16.102.25101829 was built 2025-10-18). */
function macBuildMonth(build: number | undefined, now: Date): MonthIndex | null {
  if (build === undefined || build < 10_000_000 || build > 99_999_999) return null;
  const year = 2000 + Math.floor(build / 1_000_000);
  const month = Math.floor(build / 10_000) % 100;
  if (month < 1 || month > 12) return null;
  const index = year * 12 + (month - 1);
  // A build date after the judgement month isn't a date: fall back to the table.
  return index <= monthIndexOf(now) ? index : null;
}

/**
 * The month a current-licence Mac version shipped: its build date when the build number carries one, else the
 * release table (one minor version a month between rows). null when the version is newer than the table.
 */
function macReleaseMonth(v: ParsedVersion, now: Date): MonthIndex | null {
  const minor = v.parts[1] ?? 0;
  const built = macBuildMonth(v.parts[2], now);
  if (built !== null) return built;
  const newest = MAC_RELEASES[MAC_RELEASES.length - 1] as MacRelease;
  if (minor > newest.minor) return null;
  const row =
    [...MAC_RELEASES].reverse().find((r) => r.minor <= minor) ?? (MAC_RELEASES[0] as MacRelease);
  return parseMonth(row.month) + (minor - row.minor);
}

/** Outlook for Mac with a licence that still updates: current, or old enough to need Microsoft AutoUpdate. */
function currentMacAssessment(a: ClientAssessment, v: ParsedVersion, now: Date): ClientAssessment {
  const newest = MAC_RELEASES[MAC_RELEASES.length - 1] as MacRelease;
  const minor = v.parts[1] ?? 0;
  const newerThanKnown = minor > newest.minor;
  const month = macReleaseMonth(v, now);
  const current = month === null || monthIndexOf(now) - month <= MAC_CURRENCY.currentMonths;
  const certificateExpired =
    compareVersions(v.parts, MAC_CERTIFICATE.minimum) < 0 && onOrAfter(now, MAC_CERTIFICATE.from);
  // A Mac version number is the version itself, newer than the table or not: name it ("Outlook for Mac 16.113").
  // Only a bare "16" names no version.
  const labelled =
    v.parts[1] === undefined
      ? named(a, "outlook-mac-current")
      : named(a, "outlook-mac-version", { version: `16.${minor}` });
  return {
    ...labelled,
    supported: current && !certificateExpired,
    newerThanKnown,
    macVersion: `16.${minor}`,
    releaseMonth: month === null ? null : isoMonth(month),
    staleSince: current || month === null ? null : isoMonth(month),
    certificateExpired,
  };
}

function classifyMac(a: ClientAssessment, v: ParsedVersion, now: Date): ClientAssessment {
  if (!plausibleMac(v, now)) return rejected(a);
  const family = MAC_FAMILIES.find(
    (f) => compareVersions(v.parts, f.from) >= 0 && compareVersions(v.parts, f.to) < 0
  );
  if (!family) return a;
  const assessed: ClientAssessment = {
    ...named(a, family.labelKey),
    modernAuth: family.modernAuth,
    supported: family.product ? inSupport(family.product, now) : true,
    canConnect: family.modernAuth !== "no",
    versionKnown: true,
    endOfSupport: family.product ? LIFECYCLE[family.product].endOfSupport : null,
    pastEndOfSupport: family.product ? !inSupport(family.product, now) : false,
    lastVersion: family.lastVersion,
    product: family.product,
    update: family.update,
    familyId: family.id,
  };
  return family.product === null ? currentMacAssessment(assessed, v, now) : assessed;
}

export function classifyClient(facts: Facts, app: ProblemApp, now: Date): ClientAssessment {
  const a = unclassified(app);
  if (app !== "outlook-windows-classic" && app !== "outlook-mac")
    return { ...a, versionKnown: true };
  const text = clientVersionText(facts, app);
  const parsed = parseVersion(text);
  if (parsed) return byNumber(a, parsed, app, now);
  // No version number: the product may be named in words ("Outlook 2016", "LTSC 2021", "Microsoft 365").
  const words = text ? readVersionWords(text, app) : null;
  if (words?.kind === "product") return assessWords(a, words.product, now);
  if (words?.kind === "channel") return byNumber(a, words.parsed, app, now);
  return text ? { ...a, versionNotUnderstood: true } : a;
}

function byNumber(
  a: ClientAssessment,
  parsed: ParsedVersion,
  app: ProblemApp,
  now: Date
): ClientAssessment {
  const assessed =
    app === "outlook-mac" ? classifyMac(a, parsed, now) : classifyWindows(a, parsed, now);
  return assessed.versionKnown ? { ...assessed, versionRead: "number" } : assessed;
}
