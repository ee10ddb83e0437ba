// Microsoft lifecycle: when each perpetual product stopped (or stops) getting support. One row per product; the
// Outlook version families in outlookWindows.ts and outlookMac.ts point here, so each date lives in one place.
// Tags: [MS] Microsoft's own text read directly; [3P] third-party only (see domain-facts.md).

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
  source: string;
}

export const LIFECYCLE: Readonly<Record<ProductId, LifecycleRow>> = {
  "office-2010": {
    endOfSupport: "2020-10-13",
    source: "[MS] Microsoft lifecycle data (domain-facts.md Part 3)",
  },
  "office-2013": {
    endOfSupport: "2023-04-11",
    source: "[MS] Microsoft lifecycle data (domain-facts.md Part 3)",
  },
  "office-2016": {
    endOfSupport: "2025-10-14",
    source:
      "[MS] Microsoft lifecycle data; DeployOffice endofsupport/resources (domain-facts.md Part 3)",
  },
  "office-2019": {
    endOfSupport: "2025-10-14",
    source:
      "[MS] Microsoft lifecycle data; DeployOffice endofsupport/resources (domain-facts.md Part 3)",
  },
  "office-ltsc-2021": {
    endOfSupport: "2026-10-13",
    source: "[MS] Microsoft lifecycle data, Office LTSC 2021 (domain-facts.md Part 3)",
  },
  "office-ltsc-2024": {
    // Microsoft's connectivity table says "October 13th, 2029", a Saturday: taken as a typo for the Patch Tuesday.
    endOfSupport: "2029-10-09",
    source: "[3P] lifecycle mirrors; mainstream support only [MS] (domain-facts.md Part 3)",
  },
  "office-mac-2011": {
    endOfSupport: "2017-10-10",
    source:
      "[3P] quotes of Microsoft's notice 'Support for Office for Mac 2011 ended on October 10, 2017' (not in domain-facts.md; added 2026-11-25)",
  },
  "office-2016-mac": {
    endOfSupport: "2020-10-13",
    source:
      "[MS] Microsoft lifecycle data; versions 16.0-16.16 (domain-facts.md Part 3; the Mac deployment page swaps the Mac dates)",
  },
  "office-2019-mac": {
    endOfSupport: "2023-10-10",
    source:
      "[MS] Microsoft lifecycle data; versions 16.17-16.78 by inference from the MAU licence page, [3P] confirms (domain-facts.md Part 3)",
  },
  "office-ltsc-2021-mac": {
    endOfSupport: "2026-10-13",
    source: "[MS] Microsoft lifecycle data, Office LTSC 2021 for Mac (domain-facts.md Part 3)",
  },
};
