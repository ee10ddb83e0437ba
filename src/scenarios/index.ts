// Example facts reports: the preview mode's scenario picker and the engine's fixture tests both use these.
import allGood from "./all-good-web-not-configured.json";
import appleMailMacEws from "./apple-mail-macos-ews-off.json";
import blockedByCa from "./blocked-by-conditional-access.json";
import classicNeedsRegistration from "./classic-current-needs-registration.json";
import graphTimeout from "./graph-timeout.json";
import iphoneMail from "./iphone-mail-set-up-with-password.json";
import ltsc2021 from "./ltsc-2021-out-of-support.json";
import m365OutOfServicing from "./m365-2510-out-of-servicing.json";
import mac2011 from "./mac-2011.json";
import mac2019 from "./mac-2019.json";
import macKeychain from "./mac-outlook-keychain.json";
import noMfa from "./no-mfa-method-registered.json";
import offline from "./offline.json";
import onPremises from "./on-premises-mailbox.json";
import passwordExpired from "./password-expired.json";
import printerCa from "./printer-conditional-access.json";
import printerPerUser from "./printer-smtp-per-user-mfa.json";
import thunderbird from "./thunderbird-imap.json";
import outlook2010 from "./web-helping-outlook-2010.json";
import outlook2013 from "./web-helping-outlook-2013.json";
import outlook2016 from "./web-helping-outlook-2016-msi.json";

export interface Scenario {
  id: string;
  title: string;
  facts: unknown;
}

/** Titles are for the preview picker, which is a tool for admins and the help desk, so they stay in English. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: "classic-current-needs-registration",
    title: "Current Outlook, MFA sign-in not completed",
    facts: classicNeedsRegistration,
  },
  {
    id: "m365-2510-out-of-servicing",
    title: "Outlook for Microsoft 365, Version 2510, out of servicing",
    facts: m365OutOfServicing,
  },
  {
    id: "ltsc-2021-out-of-support",
    title: "Outlook LTSC 2021, out of support",
    facts: ltsc2021,
  },
  {
    id: "web-helping-outlook-2016-msi",
    title: "Outlook 2016 (MSI), out of support",
    facts: outlook2016,
  },
  {
    id: "web-helping-outlook-2013",
    title: "Outlook 2013 without modern auth keys",
    facts: outlook2013,
  },
  { id: "web-helping-outlook-2010", title: "Outlook 2010, no modern auth", facts: outlook2010 },
  {
    id: "mac-outlook-keychain",
    title: "Outlook for Mac 16.102 (October 2025), stale Keychain items and not current",
    facts: macKeychain,
  },
  { id: "mac-2019", title: "Outlook 2019 for Mac (16.78), out of support", facts: mac2019 },
  { id: "mac-2011", title: "Outlook for Mac 2011", facts: mac2011 },
  {
    id: "apple-mail-macos-ews-off",
    title: "Apple Mail on Mac, EWS being switched off",
    facts: appleMailMacEws,
  },
  {
    id: "iphone-mail-set-up-with-password",
    title: "Apple Mail on iPhone set up with a password",
    facts: iphoneMail,
  },
  { id: "thunderbird-imap", title: "Thunderbird on IMAP", facts: thunderbird },
  {
    id: "printer-smtp-per-user-mfa",
    title: "Printer on SMTP AUTH, per-user MFA, app passwords allowed",
    facts: printerPerUser,
  },
  {
    id: "printer-conditional-access",
    title: "Printer on SMTP AUTH, Conditional Access",
    facts: printerCa,
  },
  {
    id: "blocked-by-conditional-access",
    title: "Sign-in blocked by Conditional Access",
    facts: blockedByCa,
  },
  { id: "password-expired", title: "Password expired", facts: passwordExpired },
  {
    id: "no-mfa-method-registered",
    title: "Outlook for Android, no MFA method registered",
    facts: noMfa,
  },
  { id: "offline", title: "Device offline", facts: offline },
  { id: "graph-timeout", title: "Microsoft 365 not answering in time", facts: graphTimeout },
  { id: "on-premises-mailbox", title: "Mailbox on Exchange on-premises", facts: onPremises },
  {
    id: "all-good-web-not-configured",
    title: "Everything fine, live checks not configured",
    facts: allGood,
  },
];
