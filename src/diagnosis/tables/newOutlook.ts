// The move of Microsoft 365 Enterprise users from classic Outlook for Windows to new Outlook. Microsoft gives a
// month, not a day, so the switch counts from the month's first day.

import type { SourceRef } from "./sources";

export const NEW_OUTLOOK_SWITCH = {
  /** The month new Outlook becomes the default (users are warned first, then switched once). */
  month: "2027-03",
  /** How a switched user goes back. */
  goBack: ["the “New Outlook” toggle", "Help › Go to classic Outlook"],
  policy: {
    name: "Manage user setting for new Outlook automatic migration",
    key: "HKCU\\Software\\Policies\\Microsoft\\Office\\16.0\\Outlook\\Preferences",
    value: "NewOutlookMigrationUserSetting",
    data: 0,
  },
  /** Who is not switched. */
  exempt: ["perpetual licences", "on-premises mailboxes"],
  classicSupportedUntilAtLeast: 2029,
  source: "ms-l-new-outlook" as SourceRef,
} as const;
