// Turns problemClient (+ host facts when the pane runs in the problem app) into a client assessment.

import type { Facts } from "./facts";
import { CLIENTS, type Protocol } from "./tables/clients";
import { MAC_FAMILIES } from "./tables/outlookMac";
import {
  CHANNEL_BUILDS,
  CHANNEL_SERVICE_MONTHS,
  PERPETUAL_BUILDS,
  WINDOWS_FAMILIES,
} from "./tables/outlookWindows";
import type { ModernAuth, ProblemApp } from "./vocabulary";
import { compareVersions, parseVersion, type ParsedVersion } from "./version";

export interface ClientAssessment {
  app: ProblemApp;
  label: string;
  protocol: Protocol;
  modernAuth: ModernAuth;
  supported: boolean | null;
  /** false when the build is below the minimum that can connect to Microsoft 365 at all. */
  canConnect: boolean | null;
  versionKnown: boolean;
  minimum: string | null;
  endOfSupport: string | null;
  /** Release month (YYYY-MM) of a Click-to-Run build older than the servicing window. */
  staleSince: string | null;
  familyId: string | null;
}

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

function monthOf(version: number): string {
  const yy = Math.floor(version / 100);
  const mm = version % 100;
  return `20${String(yy).padStart(2, "0")}-${String(mm).padStart(2, "0")}`;
}

function monthsBetween(month: string, now: Date): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
}

function channelVersionForBuild(build: number): number | null {
  let found: number | null = null;
  for (const row of CHANNEL_BUILDS) if (row.build <= build) found = row.version;
  return found;
}

function base(app: ProblemApp): ClientAssessment {
  const p = CLIENTS[app];
  return {
    app,
    label: p.label,
    protocol: p.protocol,
    modernAuth: p.modernAuth,
    supported: p.supported,
    canConnect: null,
    versionKnown: false,
    minimum: null,
    endOfSupport: null,
    staleSince: null,
    familyId: null,
  };
}

function classifyWindows(a: ClientAssessment, v: ParsedVersion, now: Date): ClientAssessment {
  const family = WINDOWS_FAMILIES.find(
    (f) => compareVersions(v.parts, f.from) >= 0 && compareVersions(v.parts, f.to) < 0
  );
  if (family) {
    const canConnect = family.minimumForMicrosoft365
      ? compareVersions(v.parts, family.minimumForMicrosoft365) >= 0
      : false;
    return {
      ...a,
      label: family.label,
      modernAuth: family.modernAuth,
      supported: family.endOfSupport
        ? now.getTime() < Date.parse(family.endOfSupport) && canConnect
        : canConnect,
      canConnect,
      versionKnown: true,
      minimum: family.minimumForMicrosoft365 ? joinVersion(family.minimumForMicrosoft365) : null,
      endOfSupport: family.endOfSupport,
      familyId: family.id,
    };
  }
  const build = v.parts[0] === 16 ? v.parts[2] : undefined;
  const perpetual =
    build !== undefined ? PERPETUAL_BUILDS.find((p) => p.build === build) : undefined;
  if (perpetual) {
    return {
      ...a,
      label: perpetual.label,
      modernAuth: "yes",
      supported: true,
      canConnect: true,
      versionKnown: true,
      familyId: "perpetual",
    };
  }
  const channel = v.channelVersion ?? (build !== undefined ? channelVersionForBuild(build) : null);
  if (channel === null) {
    // A 16.0 build below every known Click-to-Run build: older than Version 1706, which can't connect.
    if (v.parts[0] === 16 && build !== undefined) {
      return {
        ...a,
        label: "Microsoft 365 Apps (Outlook)",
        modernAuth: "yes",
        supported: false,
        canConnect: false,
        versionKnown: true,
        minimum: "Version 1706",
        familyId: "m365-apps",
      };
    }
    return a;
  }
  const month = monthOf(channel);
  const stale = monthsBetween(month, now) > CHANNEL_SERVICE_MONTHS;
  const canConnect = channel >= 1706;
  return {
    ...a,
    label: `Outlook for Microsoft 365 (Version ${channel})`,
    modernAuth: "yes",
    supported: canConnect && !stale,
    canConnect,
    versionKnown: true,
    minimum: canConnect ? null : "Version 1706",
    staleSince: stale ? month : null,
    familyId: "m365-apps",
  };
}

function classifyMac(a: ClientAssessment, v: ParsedVersion): ClientAssessment {
  const family = MAC_FAMILIES.find(
    (f) => compareVersions(v.parts, f.from) >= 0 && compareVersions(v.parts, f.to) < 0
  );
  if (!family) return a;
  return {
    ...a,
    label: family.label,
    modernAuth: family.modernAuth,
    supported: family.supported,
    canConnect: family.modernAuth !== "no",
    versionKnown: true,
    familyId: family.id,
  };
}

export function classifyClient(facts: Facts, app: ProblemApp, now: Date): ClientAssessment {
  const a = base(app);
  if (app !== "outlook-windows-classic" && app !== "outlook-mac")
    return { ...a, versionKnown: true };
  const parsed = parseVersion(clientVersionText(facts, app));
  if (!parsed) return a;
  return app === "outlook-mac" ? classifyMac(a, parsed) : classifyWindows(a, parsed, now);
}
