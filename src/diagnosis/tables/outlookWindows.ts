// Outlook for Windows (classic): what a version number says about modern auth, connectivity and support.
// Every row cites its sources (sources.ts).
// End-of-support dates live in lifecycle.ts; servicing of Microsoft 365 Apps versions in channels.ts.

import type { ClientLabelKey } from "../clientLabels";
import type { ModernAuth } from "../vocabulary";
import type { ProductId } from "./lifecycle";
import type { SourceId, SourceRef } from "./sources";
import type { UpdateRoute } from "./updateRoutes";

export interface WindowsFamily {
  id: string;
  /** Its name (clientLabels.ts): English in the report, translated in sentences. */
  labelKey: ClientLabelKey;
  product: ProductId;
  /** Inclusive first and exclusive last version this row matches, as dotted numbers. */
  from: number[];
  to: number[];
  modernAuth: ModernAuth;
  /** Lowest build that can still connect to Microsoft 365 (null: the whole family can't). */
  minimumForMicrosoft365: number[] | null;
  update: UpdateRoute;
  source: SourceRef;
}

export const WINDOWS_FAMILIES: readonly WindowsFamily[] = [
  {
    // Basic auth only: "users use Basic Authentication and may be prompted multiple times for credentials".
    id: "outlook-2010",
    labelKey: "outlook-2010",
    product: "office-2010",
    from: [14],
    to: [15],
    modernAuth: "no",
    minimumForMicrosoft365: null,
    update: "replace",
    source: "ms-modern-auth-config",
  },
  {
    // Modern auth only with EnableADAL=1 and Version=1, and only from 15.0.4971.1000 (SP1 + Oct 2017, KB4043461).
    id: "outlook-2013",
    labelKey: "outlook-2013",
    product: "office-2013",
    from: [15],
    to: [16],
    modernAuth: "needs-registry",
    minimumForMicrosoft365: [15, 0, 4971, 1000],
    update: "office-2013",
    source: ["ms-enable-modern-auth", "ms-connectivity"],
  },
  {
    // Office 2016 MSI (volume licence) keeps the 16.0.4xxx-5xxx builds; minimum 16.0.4600.1000 (KB4051890).
    id: "outlook-2016-msi",
    labelKey: "outlook-2016-msi",
    product: "office-2016",
    from: [16, 0, 4000],
    to: [16, 0, 6000],
    modernAuth: "yes",
    minimumForMicrosoft365: [16, 0, 4600, 1000],
    update: "organisation",
    source: ["ms-connectivity", "builds-range-3p"],
  },
  {
    // Office 2019 volume licensed is Version 1808, builds 16.0.10336 and later [MS]; it stays below 10500 [3P].
    // "Only the most current version is supported" [MS], so the family's first build is its floor.
    id: "outlook-2019-vl",
    labelKey: "outlook-2019-vl",
    product: "office-2019",
    from: [16, 0, 10336],
    to: [16, 0, 10500],
    modernAuth: "yes",
    minimumForMicrosoft365: [16, 0, 10336],
    update: "perpetual-c2r",
    source: ["ms-builds", "ms-connectivity", "builds-range-3p", "ms-update-perpetual-c2r"],
  },
];

/** Perpetual volume-licensed builds that share the Click-to-Run numbering but stay on one build major. */
export interface PerpetualBuild {
  build: number;
  version: number;
  labelKey: ClientLabelKey;
  product: ProductId;
  update: UpdateRoute;
  source: SourceRef;
}

export const PERPETUAL_BUILDS: readonly PerpetualBuild[] = [
  {
    build: 14332,
    version: 2108,
    labelKey: "outlook-ltsc-2021",
    product: "office-ltsc-2021",
    update: "perpetual-c2r",
    source: ["ms-builds", "ms-update-perpetual-c2r"],
  },
  {
    build: 17932,
    version: 2408,
    labelKey: "outlook-ltsc-2024",
    product: "office-ltsc-2024",
    update: "perpetual-c2r",
    source: ["ms-builds", "ms-naa-sets", "ms-update-perpetual-c2r"],
  },
];

/** The oldest Microsoft 365 Apps version that can connect since Nov 1 2021 (MC229143). */
export const M365_APPS_MINIMUM = {
  version: 1706,
  build: 8229,
  source: ["ms-connectivity", "ms-builds"] as SourceRef,
} as const;

/** Microsoft 365 Apps (Click-to-Run): Version (YYMM) to build major. A version's builds all share its major. */
export interface ChannelBuild {
  version: number;
  build: number;
  source: SourceRef;
}

const REQ_SETS: SourceId = "ms-req-sets";
const NAA_SETS: SourceId = "ms-naa-sets";
const FACTS_MS: SourceId = "ms-version-table";
const FACTS_3P: SourceId = "version-table-3p";
const HISTORY_3P: SourceId = "update-history-3p";
const CC_BUILDS: SourceId = "ms-l-cc-builds";

export const CHANNEL_BUILDS: readonly ChannelBuild[] = [
  {
    version: M365_APPS_MINIMUM.version,
    build: M365_APPS_MINIMUM.build,
    source: M365_APPS_MINIMUM.source,
  },
  { version: 1910, build: 12130, source: REQ_SETS },
  { version: 2008, build: 13127, source: REQ_SETS },
  { version: 2104, build: 13929, source: REQ_SETS },
  { version: 2110, build: 14527, source: REQ_SETS },
  { version: 2206, build: 15330, source: REQ_SETS },
  { version: 2304, build: 16327, source: REQ_SETS },
  { version: 2312, build: 17126, source: HISTORY_3P },
  { version: 2401, build: 17231, source: HISTORY_3P },
  { version: 2402, build: 17328, source: HISTORY_3P },
  { version: 2403, build: 17425, source: HISTORY_3P },
  { version: 2404, build: 17530, source: REQ_SETS }, // 17530.15000; Current Channel ships 17531
  { version: 2405, build: 17628, source: HISTORY_3P },
  { version: 2406, build: 17726, source: HISTORY_3P },
  { version: 2407, build: 17830, source: HISTORY_3P },
  { version: 2408, build: 17928, source: [NAA_SETS, FACTS_MS] },
  { version: 2409, build: 18025, source: [NAA_SETS, FACTS_MS] },
  { version: 2410, build: 18129, source: FACTS_MS },
  { version: 2411, build: 18227, source: FACTS_MS },
  { version: 2412, build: 18324, source: [REQ_SETS, FACTS_MS] },
  { version: 2501, build: 18429, source: [NAA_SETS, FACTS_MS] },
  { version: 2502, build: 18526, source: FACTS_MS },
  { version: 2503, build: 18623, source: FACTS_3P },
  { version: 2504, build: 18730, source: FACTS_MS },
  { version: 2505, build: 18827, source: FACTS_3P },
  { version: 2506, build: 18925, source: FACTS_3P },
  { version: 2507, build: 19029, source: FACTS_MS },
  { version: 2508, build: 19127, source: FACTS_MS },
  { version: 2509, build: 19231, source: FACTS_MS },
  { version: 2510, build: 19328, source: FACTS_MS },
  { version: 2511, build: 19426, source: FACTS_MS },
  { version: 2512, build: 19530, source: [FACTS_3P, HISTORY_3P] },
  { version: 2601, build: 19628, source: FACTS_MS },
  { version: 2602, build: 19725, source: [REQ_SETS, FACTS_MS] },
  { version: 2603, build: 19822, source: FACTS_MS },
  { version: 2604, build: 19929, source: FACTS_MS },
  { version: 2605, build: 20026, source: FACTS_3P },
  { version: 2606, build: 20131, source: FACTS_MS },
  // Current Channel: 2607 = 20228.20190 (2026-08-11), 2608 = 20326.20100 (2026-08-18), 2609 = 20430.20092
  // (2026-09-22). 2610 = 20520.20000 is a Beta build: no source gives 2610-2612 on Current or Monthly Enterprise,
  // so a build above 20520 is "Version 2610 or later", never a later number.
  { version: 2607, build: 20228, source: [FACTS_MS, CC_BUILDS] },
  { version: 2608, build: 20326, source: [FACTS_3P, CC_BUILDS] },
  { version: 2609, build: 20430, source: [FACTS_3P, CC_BUILDS] },
  { version: 2610, build: 20520, source: [FACTS_3P, CC_BUILDS] },
];

/**
 * How far past the newest row a build or a typed version may be and still be believed. Builds rise by about 100
 * a month (2408 = 17928 to 2609 = 20430 is 2,502 builds in 25 months); Beta runs a month or two ahead of release.
 * A build more than a year's worth beyond what the calendar allows, or a version month beyond the judgement month
 * plus the lead, is not one Microsoft shipped: it is "unknown", never "up to date" (docs/decisions/003, F12).
 */
export const PLAUSIBILITY = {
  buildsPerMonth: 110,
  buildLeadMonths: 12,
  versionLeadMonths: 2,
  source: "derived-plausibility" as SourceRef,
} as const;

/**
 * The first build each Office generation shipped with (Office 2013 RTM 15.0.4420.1017, Office 2016 RTM
 * 16.0.4229.1002): a lower build was never released, so "16.0.1" is a typo, not "older than Version 1706".
 */
export const FIRST_SHIPPED_BUILD: Readonly<Record<number, number>> = { 15: 4420, 16: 4229 };
export const FIRST_SHIPPED_BUILD_SOURCE: SourceRef = "first-builds-3p";

/**
 * The update part of a volume-licensed Click-to-Run build (16.0.17932.<patch>): these builds number their
 * monthly updates in the 10000s and 20000s (2019 VL 10336.20039, LTSC 2021 14332.20145 to .21017, LTSC 2024
 * 17932.20130 to .20328), so "16.0.17932.1" or "16.0.14332.99999" is not a build Microsoft shipped.
 */
export const PERPETUAL_PATCH = {
  min: 10000,
  below: 30000,
  source: "version-table-3p" as SourceRef,
};

/** Outlook 2013 registry keys that turn on modern auth. */
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
  source: "ms-enable-modern-auth" as SourceRef,
} as const;
