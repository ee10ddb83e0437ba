// Microsoft lifecycle: when each perpetual product stopped (or stops) getting support. One row per product; the
// Outlook version families in outlookWindows.ts and outlookMac.ts point here, so each date lives in one place.
// Each row cites sources.ts.

import type { SourceRef } from "./sources";

export type ProductId =
  | "office-2010"
  | "office-2013"
  | "office-2016"
  | "office-2019"
  | "office-ltsc-2021"
  | "office-ltsc-2024"
  | "office-mac-2011"
  | "office-2016-mac"
  | "office-2019-mac"
  | "office-ltsc-2021-mac";

export interface LifecycleRow {
  /** Last day of support (inclusive, ISO). Microsoft's end date is a Patch Tuesday with the final update. */
  endOfSupport: string;
  source: SourceRef;
}

export const LIFECYCLE: Readonly<Record<ProductId, LifecycleRow>> = {
  "office-2010": {
    endOfSupport: "2020-10-13",
    source: "ms-lifecycle",
  },
  "office-2013": {
    endOfSupport: "2023-04-11",
    source: "ms-lifecycle",
  },
  "office-2016": {
    endOfSupport: "2025-10-14",
    source: ["ms-lifecycle", "ms-deploy-endofsupport"],
  },
  "office-2019": {
    endOfSupport: "2025-10-14",
    source: ["ms-lifecycle", "ms-deploy-endofsupport"],
  },
  "office-ltsc-2021": {
    endOfSupport: "2026-10-13",
    source: "ms-lifecycle",
  },
  "office-ltsc-2024": {
    // Microsoft's connectivity table says "October 13th, 2029", a Saturday: taken as a typo for the Patch Tuesday.
    endOfSupport: "2029-10-09",
    source: "ltsc-2024-end-3p",
  },
  "office-mac-2011": {
    endOfSupport: "2017-10-10",
    source: "mac-2011-end-3p",
  },
  "office-2016-mac": {
    endOfSupport: "2020-10-13",
    source: ["ms-lifecycle", "ms-mac-ranges"],
  },
  "office-2019-mac": {
    endOfSupport: "2023-10-10",
    source: ["ms-lifecycle", "ms-mac-ranges"],
  },
  "office-ltsc-2021-mac": {
    endOfSupport: "2026-10-13",
    source: "ms-lifecycle",
  },
};
