// Outlook for Mac: version families. Sources per row; see domain-facts.md sections A and E.

import type { ModernAuth } from "../vocabulary";

export interface MacFamily {
  id: string;
  label: string;
  from: number[];
  to: number[];
  modernAuth: ModernAuth;
  supported: boolean | null;
}

export const MAC_FAMILIES: readonly MacFamily[] = [
  {
    // Office for Mac 2011 is basic-auth only, so it cannot connect to Exchange Online. [MS]
    id: "outlook-mac-2011",
    label: "Outlook for Mac 2011",
    from: [14],
    to: [15],
    modernAuth: "no",
    supported: false,
    // Source: learn.microsoft.com/microsoft-365/enterprise/modern-auth-for-office-2013-and-2016 [MS]
  },
  {
    // Outlook 2016 for Mac (15.x) stores ADAL tokens in the Keychain; not supported for connecting since
    // Oct 13 2020. [MS] office-365-services-connectivity; KB "Outlook 2016 for Mac repeatedly prompts" (2024-01-24)
    id: "outlook-mac-2016-15",
    label: "Outlook 2016 for Mac",
    from: [15],
    to: [16],
    modernAuth: "yes",
    supported: false,
    // Source: learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity [MS]
  },
  {
    // Office 2016 for Mac moved to 16.x numbering and ended at 16.16. [3P] build boundary; support end [MS].
    id: "outlook-mac-2016-16",
    label: "Outlook 2016 for Mac",
    from: [16, 0],
    to: [16, 17],
    modernAuth: "yes",
    supported: false,
    // Source: office-365-services-connectivity [MS]; 16.16 as the last 2016 build [3P]
  },
  {
    // Microsoft 365 / 2021 / 2024 for Mac: modern auth by default. No minimum build for Exchange Online is
    // documented (UNVERIFIED); NAA needs 16.89. [MS] nested-app-auth-requirement-sets
    id: "outlook-mac-current",
    label: "Outlook for Mac",
    from: [16, 17],
    to: [17],
    modernAuth: "yes",
    supported: true,
    // Source: learn.microsoft.com/javascript/api/requirement-sets/common/nested-app-auth-requirement-sets [MS]
  },
];

/** Keychain items to delete when Outlook for Mac keeps prompting. [MS] KB "Outlook 2016 for Mac repeatedly prompts for authentication" (2024-01-24) */
export const MAC_KEYCHAIN_ITEMS = [
  "Exchange",
  "MicrosoftOffice15_2_Data:ADAL:<GUID>",
  "Microsoft Office Identities Cache 2",
  "Microsoft Office Identities Settings 2",
] as const;
