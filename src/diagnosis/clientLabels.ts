// The names the engine gives a classified client ("Outlook 2019 (volume licence)", "Outlook for Microsoft 365
// (Version 2610 or later)"). The English text is the label in the diagnosis JSON and the CLI, for IT; sentences
// get the same name as a catalogue term with its parameters, so a German or French sentence never carries an
// English "(volume licence)" or "or later". Versions are passed as text, so no language groups them ("2.610").

import type { TermParam } from "./format";

export const CLIENT_LABELS_EN = {
  "outlook-2010": "Outlook 2010",
  "outlook-2013": "Outlook 2013",
  "outlook-2016-msi": "Outlook 2016 (MSI)",
  "outlook-2019-vl": "Outlook 2019 (volume licence)",
  "outlook-ltsc-2021": "Outlook LTSC 2021",
  "outlook-ltsc-2024": "Outlook LTSC 2024",
  "m365-version": "Outlook for Microsoft 365 (Version {version})",
  "m365-or-later": "Outlook for Microsoft 365 (Version {version} or later)",
  "m365-older": "Outlook for Microsoft 365 (older than Version {version})",
  "outlook-mac-2011": "Outlook for Mac 2011",
  "outlook-mac-2016": "Outlook 2016 for Mac",
  "outlook-mac-2019": "Outlook 2019 for Mac",
  "outlook-mac-current": "Outlook for Mac",
  "outlook-mac-or-later": "Outlook for Mac ({version} or later)",
  "outlook-mac-version": "Outlook for Mac {version}",
  // Named in people's words ("Office 2019", "LTSC 2021", "Microsoft 365"): the product, without a build.
  m365: "Outlook for Microsoft 365",
  "outlook-2010-or-older": "Outlook 2010 or older",
  "outlook-2016": "Outlook 2016",
  "outlook-2019": "Outlook 2019",
  "outlook-2021": "Outlook 2021",
  "outlook-2024": "Outlook 2024",
  "outlook-mac-older": "Outlook for Mac 2011 or older",
  "outlook-mac-2021": "Outlook 2021 for Mac",
  "outlook-mac-2024": "Outlook 2024 for Mac",
} as const;

export type ClientLabelKey = keyof typeof CLIENT_LABELS_EN;

/** A client name as a catalogue term ("client.outlook-2019-vl"), with the version it names. */
export function clientLabelTerm(
  key: ClientLabelKey,
  params: Readonly<Record<string, string>> = {}
): TermParam {
  return Object.keys(params).length ? { term: `client.${key}`, params } : { term: `client.${key}` };
}
