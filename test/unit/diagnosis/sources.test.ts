// Every knowledge row cites the bibliography in tables/sources.ts, and every entry there is cited by some row.
import { CHANNELS } from "../../../src/diagnosis/tables/channels";
import { LIFECYCLE } from "../../../src/diagnosis/tables/lifecycle";
import { LINKS } from "../../../src/diagnosis/tables/links";
import {
  APPROVED_CLIENT_APP_GRANT,
  LTSC_2024_32BIT_ISSUE,
  NAA_MINIMUMS,
  NAA_UNSUPPORTED_ACCOUNTS,
} from "../../../src/diagnosis/tables/naa";
import {
  MAC_CERTIFICATE,
  MAC_CURRENCY,
  MAC_FAMILIES,
  MAC_KEYCHAIN_SOURCE,
  MAC_RELEASES,
  MAC_VERSION_ANCHOR,
} from "../../../src/diagnosis/tables/outlookMac";
import {
  CHANNEL_BUILDS,
  FIRST_SHIPPED_BUILD_SOURCE,
  M365_APPS_MINIMUM,
  OUTLOOK_2013_REGISTRY,
  PERPETUAL_BUILDS,
  PERPETUAL_PATCH,
  PLAUSIBILITY,
  WINDOWS_FAMILIES,
} from "../../../src/diagnosis/tables/outlookWindows";
import { EXCHANGE_ONLINE_SERVERS } from "../../../src/diagnosis/tables/servers";
import { SOURCES, type SourceId, type SourceRef } from "../../../src/diagnosis/tables/sources";
import { cited } from "../../support/sources";
import { AUTHENTICATOR_ROOTED_BLOCK } from "../../../src/diagnosis/tables/authMethods";
import {
  EAS_CHANGES,
  EWS_FRONTLINE_BLOCK,
  SMTP_ALTERNATIVES,
  SMTP_AUTH_CONTROLS,
  SMTP_ERRORS,
  SMTP_SUPERSEDED_PLAN,
} from "../../../src/diagnosis/tables/exchangeOnline";
import { NEW_OUTLOOK_SWITCH } from "../../../src/diagnosis/tables/newOutlook";
import {
  EWS_TIMELINE,
  SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT,
  SMTP_AUTH_TIMELINE,
} from "../../../src/diagnosis/tables/timeline";

const ROWS: [string, SourceRef][] = [
  ...Object.entries(LIFECYCLE).map(([k, r]) => [`lifecycle ${k}`, r.source] as [string, SourceRef]),
  ...WINDOWS_FAMILIES.map((r) => [`windows ${r.id}`, r.source] as [string, SourceRef]),
  ...PERPETUAL_BUILDS.map((r) => [`perpetual ${r.build}`, r.source] as [string, SourceRef]),
  ...CHANNEL_BUILDS.map((r) => [`channel ${r.version}`, r.source] as [string, SourceRef]),
  ["M365 minimum", M365_APPS_MINIMUM.source],
  ["plausibility", PLAUSIBILITY.source],
  ["first shipped builds", FIRST_SHIPPED_BUILD_SOURCE],
  ["perpetual patch", PERPETUAL_PATCH.source],
  ["2013 registry", OUTLOOK_2013_REGISTRY.source],
  ...MAC_FAMILIES.map((r) => [`mac ${r.id}`, r.source] as [string, SourceRef]),
  ["mac anchor", MAC_VERSION_ANCHOR.source],
  ...MAC_RELEASES.map((r) => [`mac release 16.${r.minor}`, r.source] as [string, SourceRef]),
  ["mac currency", MAC_CURRENCY.source],
  ["mac certificate", MAC_CERTIFICATE.source],
  ["keychain", MAC_KEYCHAIN_SOURCE],
  ["Exchange Online servers", EXCHANGE_ONLINE_SERVERS.source],
  ["monthly enterprise", CHANNELS.monthlyEnterprise.source],
  ["current channel", CHANNELS.currentChannel.source],
  ["semi-annual", CHANNELS.semiAnnualEnterprise.source],
  ...CHANNELS.semiAnnualEnterprise.policies.map(
    (p) => [`semi-annual ${p.supportMonths}`, p.source] as [string, SourceRef]
  ),
  ...SMTP_AUTH_TIMELINE.map((p) => [`smtp ${p.state}`, p.source] as [string, SourceRef]),
  ["smtp final date", SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT.source],
  ...EWS_TIMELINE.map((p) => [`ews ${p.state}`, p.source] as [string, SourceRef]),
  ...Object.entries(NAA_MINIMUMS).map(([k, r]) => [`naa ${k}`, r.source] as [string, SourceRef]),
  ["naa accounts", NAA_UNSUPPORTED_ACCOUNTS.source],
  ["approved client app grant", APPROVED_CLIENT_APP_GRANT.source],
  ["smtp controls", SMTP_AUTH_CONTROLS.source],
  ["smtp superseded plan", SMTP_SUPERSEDED_PLAN.source],
  ["ltsc 2024 32-bit known issue", LTSC_2024_32BIT_ISSUE.source],
  ...SMTP_ERRORS.map((e) => [`smtp error ${e.reply.slice(0, 9)}`, e.source] as [string, SourceRef]),
  ["high volume email", SMTP_ALTERNATIVES.highVolumeEmail.source],
  ["smtp alternatives", SMTP_ALTERNATIVES.source],
  ["ews frontline licences", EWS_FRONTLINE_BLOCK.source],
  ["exchange activesync", EAS_CHANGES.source],
  ["new outlook switch", NEW_OUTLOOK_SWITCH.source],
  ["authenticator rooted phones", AUTHENTICATOR_ROOTED_BLOCK.source],
  ...Object.entries(LINKS).map(([k, r]) => [`link ${k}`, r.source] as [string, SourceRef]),
];

test.each(ROWS)("%s cites a source with its tag", (_, ref) => {
  expect(cited(ref)).toMatch(/\[(MS|MS-l|3P|3P slug|vendor)\]|^Derived/);
});

test("every source in the bibliography is cited by some row", () => {
  const used = new Set(ROWS.flatMap(([, ref]) => (typeof ref === "string" ? [ref] : [...ref])));
  expect(Object.keys(SOURCES).filter((id) => !used.has(id as SourceId))).toEqual([]);
});
