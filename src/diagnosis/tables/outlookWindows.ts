// Outlook for Windows (classic): what a version number says about modern auth and support.
// Every row names its source; [MS] = Microsoft documentation, [3P] = third-party only (see domain-facts.md).

import type { ModernAuth } from "../vocabulary";

export interface WindowsFamily {
  id: string;
  label: string;
  /** Inclusive first and exclusive last version this row matches, as dotted numbers. */
  from: number[];
  to: number[];
  modernAuth: ModernAuth;
  /** Lowest build that can still connect to Microsoft 365 (null: the whole family can't). */
  minimumForMicrosoft365: number[] | null;
  /** Date after which the product is out of support, ISO (null: in support or serviced by channel). */
  endOfSupport: string | null;
}

export const WINDOWS_FAMILIES: readonly WindowsFamily[] = [
  {
    // Office 2010: basic auth only; "users may be prompted multiple times for credentials". [MS]
    // learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/... modern-authentication-configuration (2024-01-24)
    id: "outlook-2010",
    label: "Outlook 2010",
    from: [14],
    to: [15],
    modernAuth: "no",
    minimumForMicrosoft365: null,
    endOfSupport: "2020-10-13",
    // Source: learn.microsoft.com/microsoft-365/enterprise/modern-auth-for-office-2013-and-2016 (2024-01-24)
  },
  {
    // Outlook 2013: modern auth only with EnableADAL=1 and Version=1, from 15.0.4971.1000 (KB4043461) on.
    // Out of support since April 11 2023. [MS]
    id: "outlook-2013",
    label: "Outlook 2013",
    from: [15],
    to: [16],
    modernAuth: "needs-registry",
    minimumForMicrosoft365: [15, 0, 4971, 1000],
    endOfSupport: "2023-04-11",
    // Source: learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication; learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity
  },
  {
    // Office 2016 MSI (volume licence) keeps the 16.0.4xxx-5xxx builds; minimum 16.0.4600.1000 (KB4051890).
    // End of support Oct 14 2025. [MS]
    id: "outlook-2016-msi",
    label: "Outlook 2016 (MSI)",
    from: [16, 0, 4000],
    to: [16, 0, 6000],
    modernAuth: "yes",
    minimumForMicrosoft365: [16, 0, 4600, 1000],
    endOfSupport: "2025-10-14",
    // Source: learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity; DeployOffice endofsupport/resources.md
  },
  {
    // Office 2019 volume licensed stays on 16.0.10336-16.0.10499 builds. [3P] for the build range;
    // end of support Oct 14 2025 and "only the most current version is supported" are [MS].
    id: "outlook-2019-vl",
    label: "Outlook 2019 (volume licence)",
    from: [16, 0, 10336],
    to: [16, 0, 10500],
    modernAuth: "yes",
    minimumForMicrosoft365: [16, 0, 10336],
    endOfSupport: "2025-10-14",
    // Source: learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity (support); build range [3P]
  },
];

/**
 * Microsoft 365 Apps (Click-to-Run): Version (YYMM) to build major. The release month is the version's YYMM.
 * Rows marked [3P] are third-party pairs; the rest appear in Microsoft docs (domain-facts.md section D).
 */
export interface ChannelBuild {
  version: number;
  build: number;
}

// Row sources, abbreviated in the comments below:
//   "Outlook requirement sets page" = learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets (2026-06-23) [MS]
//   "NAA requirement sets" = learn.microsoft.com/javascript/api/requirement-sets/common/nested-app-auth-requirement-sets (2026-03-31) [MS]

export const CHANNEL_BUILDS: readonly ChannelBuild[] = [
  // Version 1706 is the oldest Microsoft 365 Apps build that can connect since Nov 1 2021 (MC229143). [MS]
  // Its build major 8229 is [3P]. learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity
  { version: 1706, build: 8229 }, // office-365-services-connectivity [MS]; build [3P]
  { version: 1910, build: 12130 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2008, build: 13127 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2104, build: 13929 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2110, build: 14527 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2206, build: 15330 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2304, build: 16327 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2404, build: 17530 }, // Outlook requirement sets page (2026-06-23) [MS]
  { version: 2408, build: 17928 }, // NAA requirement sets (2026-03-31) [MS]; domain-facts.md §D Version→build table
  { version: 2409, build: 18025 }, // NAA requirement sets (2026-03-31) [MS]; domain-facts.md §D Version→build table
  { version: 2410, build: 18129 }, // domain-facts.md §D Version→build table [MS]
  { version: 2411, build: 18227 }, // domain-facts.md §D Version→build table [MS]
  { version: 2412, build: 18324 }, // Outlook requirement sets page (2026-06-23) [MS]; domain-facts.md §D Version→build table
  { version: 2501, build: 18429 }, // NAA requirement sets (2026-03-31) [MS]; domain-facts.md §D Version→build table
  { version: 2502, build: 18526 }, // domain-facts.md §D Version→build table [MS]
  { version: 2503, build: 18623 }, // domain-facts.md §D Version→build table [3P]
  { version: 2504, build: 18730 }, // domain-facts.md §D Version→build table [MS]
  { version: 2505, build: 18827 }, // domain-facts.md §D Version→build table [3P]
  { version: 2506, build: 18925 }, // domain-facts.md §D Version→build table [3P]
  { version: 2507, build: 19029 }, // domain-facts.md §D Version→build table [MS]
  { version: 2508, build: 19127 }, // domain-facts.md §D Version→build table [MS]
  { version: 2509, build: 19231 }, // domain-facts.md §D Version→build table [MS]
  { version: 2510, build: 19328 }, // domain-facts.md §D Version→build table [MS]
  { version: 2511, build: 19426 }, // domain-facts.md §D Version→build table [MS]
  { version: 2512, build: 19530 }, // domain-facts.md §D Version→build table [3P]
  { version: 2601, build: 19628 }, // domain-facts.md §D Version→build table [MS]
  { version: 2602, build: 19725 }, // Outlook requirement sets page (2026-06-23) [MS]; domain-facts.md §D Version→build table
  { version: 2603, build: 19822 }, // domain-facts.md §D Version→build table [MS]
  { version: 2604, build: 19929 }, // domain-facts.md §D Version→build table [MS]
  { version: 2605, build: 20026 }, // domain-facts.md §D Version→build table [3P]
  { version: 2606, build: 20131 }, // domain-facts.md §D Version→build table [MS]
  { version: 2607, build: 20228 }, // domain-facts.md §D Version→build table [MS]
  { version: 2608, build: 20326 }, // domain-facts.md §D Version→build table [3P]
  { version: 2609, build: 20430 }, // domain-facts.md §D Version→build table [3P] (Current Channel 2026-09-22)
  { version: 2610, build: 20520 }, // domain-facts.md §D Version→build table [3P] (Beta Channel)
];

/** Perpetual volume-licensed builds that share the Click-to-Run numbering but stay on one build major. */
export const PERPETUAL_BUILDS: readonly { build: number; label: string }[] = [
  // Office LTSC 2021 is Version 2108, build 14332. [3P]; end-of-support date UNVERIFIED (domain-facts "gaps").
  { build: 14332, label: "Outlook LTSC 2021" }, // build [3P]
  // Office LTSC 2024 is Version 2408, build 17932. [MS] nested-app-auth-requirement-sets
  { build: 17932, label: "Outlook LTSC 2024" }, // NAA requirement sets (2026-03-31) [MS]
];

/**
 * How long a Click-to-Run version counts as current. Semi-Annual Enterprise Channel versions were serviced for
 * 14 months ([MS] DeployOffice overview of update channels, before 2025); the newer 6 + 2 month cycle is [3P] only
 * (domain-facts.md section D, "Channel changes"). An older build still connects, so the longer window avoids
 * telling users with a serviced build to update; past it, the diagnosis adds a low-priority "update-client".
 */
export const CHANNEL_SERVICE_MONTHS = 14;

/** Outlook 2013 registry keys that turn on modern auth. [MS] enable-modern-authentication */
export const OUTLOOK_2013_REGISTRY = {
  path: "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Common\\Identity",
  values: [
    { name: "EnableADAL", type: "REG_DWORD", data: 1 },
    { name: "Version", type: "REG_DWORD", data: 1 },
  ],
  autodiscover: {
    path: "HKEY_CURRENT_USER\\Software\\Microsoft\\Exchange",
    name: "AlwaysUseMSOAuthForAutoDiscover",
    type: "REG_DWORD",
    data: 1,
  },
  // Source: learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication [MS]
} as const;
