// Nested app authentication (NestedAppAuth 1.1): the first Outlook builds that let an add-in sign in through
// Outlook. The pane's live checks need it (or the dialog fallback); these rows explain to IT why they didn't run.

import type { SourceRef } from "./sources";

export interface NaaMinimum {
  /** Which Outlook the row is about, in the words of the help-desk note. */
  host: string;
  minimum: string;
  source: SourceRef;
}

const NAA_SETS: SourceRef = "ms-naa-sets";

export const NAA_MINIMUMS = {
  windowsSubscription: {
    host: "classic Outlook for Windows (Microsoft 365)",
    minimum: "Version 2409 (build 16.0.18025.20000)",
    source: NAA_SETS,
  },
  windowsRetail: {
    host: "classic Outlook for Windows (retail perpetual)",
    minimum: "Version 2501 (build 16.0.18429.20132)",
    source: NAA_SETS,
  },
  windowsLtsc2024: {
    host: "Outlook LTSC 2024",
    minimum: "Version 2408 (build 16.0.17932.20222)",
    source: NAA_SETS,
  },
  mac: { host: "Outlook for Mac", minimum: "16.89 (24090815)", source: NAA_SETS },
  mobile: { host: "Outlook for iOS and Android", minimum: "4.2433.0", source: NAA_SETS },
} as const satisfies Record<string, NaaMinimum>;

/** Mailboxes where NAA never works, whatever the Outlook version. */
export const NAA_UNSUPPORTED_ACCOUNTS = {
  accountTypes: ["outlookCom", "gmail"] as readonly string[],
  source: "ms-naa-accounts" as SourceRef,
};

/**
 * The deprecated "Require approved client app" Conditional Access grant breaks NAA even with an exception. It
 * retired on this day; from the next day Entra treats it as not selected.
 */
export const APPROVED_CLIENT_APP_GRANT = {
  retiresOn: "2026-06-30",
  source: "approved-app-grant-3p" as SourceRef,
} as const;

/**
 * A known issue where the pane can't load at all: 32-bit Outlook LTSC 2024 with an Exchange Online account created
 * after June 2026. The bitness isn't visible to the pane, so IT hears of it for every LTSC 2024 client.
 */
export const LTSC_2024_32BIT_ISSUE = {
  accountsCreatedAfter: "2026-06",
  statusAsOf: "2026-08-20",
  source: "ms-addin-known-issues" as SourceRef,
} as const;
