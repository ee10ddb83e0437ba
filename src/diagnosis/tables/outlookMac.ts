// Outlook for Mac: version families. End-of-support dates live in lifecycle.ts.
// A Mac version number doesn't show the licence: 16.79 and later may be Microsoft 365, LTSC 2021 or LTSC 2024.

import type { ClientLabelKey } from "../clientLabels";
import type { ModernAuth } from "../vocabulary";
import type { ProductId } from "./lifecycle";
import type { SourceRef } from "./sources";
import type { UpdateRoute } from "./updateRoutes";

export interface MacFamily {
  id: string;
  /** Its name (clientLabels.ts): English in the report, translated in sentences. */
  labelKey: ClientLabelKey;
  /** The perpetual product the range belongs to; null for current builds (support follows the subscription). */
  product: ProductId | null;
  from: number[];
  to: number[];
  modernAuth: ModernAuth;
  update: UpdateRoute;
  /** The last version the product's licence updates to ("16.78"); null when updates continue. */
  lastVersion: string | null;
  source: SourceRef;
}

export const MAC_FAMILIES: readonly MacFamily[] = [
  {
    id: "outlook-mac-2011",
    labelKey: "outlook-mac-2011",
    product: "office-mac-2011",
    from: [14],
    to: [15],
    modernAuth: "no",
    update: "replace",
    lastVersion: null,
    source: "ms-modern-auth-config",
  },
  {
    id: "outlook-mac-2016-15",
    labelKey: "outlook-mac-2016",
    product: "office-2016-mac",
    from: [15],
    to: [16],
    modernAuth: "yes",
    update: "mac-licence",
    lastVersion: "16.16",
    source: ["ms-mac-kb", "ms-connectivity"],
  },
  {
    id: "outlook-mac-2016-16",
    labelKey: "outlook-mac-2016",
    product: "office-2016-mac",
    from: [16, 0],
    to: [16, 17],
    modernAuth: "yes",
    update: "mac-licence",
    lastVersion: "16.16",
    source: "ms-mac-ranges",
  },
  {
    id: "outlook-mac-2019",
    labelKey: "outlook-mac-2019",
    product: "office-2019-mac",
    from: [16, 17],
    to: [16, 79],
    modernAuth: "yes",
    update: "mac-licence",
    lastVersion: "16.78",
    source: "ms-mac-ranges",
  },
  {
    // No minimum Mac version for Microsoft 365 is published: the rule is "a current version on one of the three
    // newest macOS versions" [MS]. NAA needs 16.89 [MS].
    id: "outlook-mac-current",
    labelKey: "outlook-mac-current",
    product: null,
    from: [16, 79],
    to: [17],
    modernAuth: "yes",
    update: "autoupdate",
    lastVersion: null,
    source: ["ms-mac-ranges", "ms-naa-sets"],
  },
];

/**
 * Mac versions rise by one a month (16.78 in October 2023, 16.89 in September 2024, 16.102 built 2025-10-18,
 * 16.113 in September 2026), so a minor version far beyond the calendar is not one Microsoft shipped.
 */
export const MAC_VERSION_ANCHOR = {
  minor: 89,
  month: "2024-09",
  leadMonths: 12,
  source: "mac-cadence-3p" as SourceRef,
} as const;

/**
 * Outlook for Mac versions with the month they shipped. Between rows (and before the first) a version is one
 * month per minor version; a version beyond the newest row is newer than this table knows, and its month comes
 * only from its build number. A build number carries its build date as YYMMDDnn (16.102.25101829 was built
 * 2025-10-18, 16.113.26100421 on 2026-10-04), which wins when it is there. Add a row when a newer version is
 * verified.
 */
export interface MacRelease {
  minor: number;
  month: string;
  source: SourceRef;
}

export const MAC_RELEASES: readonly MacRelease[] = [
  { minor: 78, month: "2023-10", source: ["ms-mac-ranges", "mac-cadence-3p"] },
  { minor: 89, month: "2024-09", source: "mac-cadence-3p" },
  { minor: 102, month: "2025-10", source: "mac-cadence-3p" },
  // 16.113.3 shipped 2026-09-29 and 16.113.4 (build 26100421) on 2026-10-06; Beta 16.114 late September 2026.
  { minor: 113, month: "2026-09", source: "mac-16113-3p" },
];

/**
 * When a current-licence Outlook for Mac stops being "a current version" (Microsoft publishes no minimum): it
 * gets a new version every month through Microsoft AutoUpdate, so a version shipped more than `currentMonths`
 * months before the judgement month is not current and needs AutoUpdate. The slack covers staged roll-outs and
 * IT deferring updates for a while.
 */
export const MAC_CURRENCY = {
  currentMonths: 3,
  source: ["ms-mac-current", "mac-cadence-3p"] as SourceRef,
} as const;

/**
 * From this day Office for Mac that wasn't updated runs in reduced-functionality mode (view only) because a
 * licence certificate expired; Office 2021 for Mac needs this version or later, Office 2019 for Mac can't be fixed.
 */
export const MAC_CERTIFICATE = {
  from: "2026-07-13",
  minimum: [16, 83],
  source: "mac-certificate-3p" as SourceRef,
} as const;

/** Keychain items to delete when Outlook for Mac keeps prompting. */
export const MAC_KEYCHAIN_ITEMS = [
  "Exchange",
  // Each ADAL item's name ends in a different GUID: searching for this prefix finds them all (never copy "<GUID>").
  "MicrosoftOffice15_2_Data:ADAL",
  "Microsoft Office Identities Cache 2",
  "Microsoft Office Identities Settings 2",
] as const;
export const MAC_KEYCHAIN_SOURCE: SourceRef = "ms-mac-kb";
