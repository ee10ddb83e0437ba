// The bibliography the knowledge tables cite. Rows carry a SourceId; the full reference lives here, once per
// document. Runtime code imports only the SourceId type, so these texts stay out of the pane's bundle; the tests
// check every row cites one of them, and docs/ADMIN.md says how to re-verify them.
// Tags: [MS] Microsoft's own text read directly, [MS-l] a localised or mirrored Microsoft copy, [3P] third-party
// only, [vendor] the app vendor's own page. "Part 3" is docs/knowledge-sources.md Part 3, verified 2026-11-25;
// "Part 4" its Part 4, verified 2026-12-07, which supersedes the earlier parts where they disagree.

export const SOURCES = {
  "ms-pop-imap-settings":
    "[MS] learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/pop3-and-imap4 (IMAP outlook.office365.com:993 SSL/TLS, POP :995 SSL/TLS, SMTP smtp.office365.com:587 STARTTLS)",
  "ms-lifecycle":
    "[MS] Microsoft lifecycle data for Office and Office for Mac (Part 3 'Lifecycle')",
  "ms-deploy-endofsupport": "[MS] learn.microsoft.com/deployoffice/endofsupport/resources",
  "ltsc-2024-end-3p":
    "[3P] lifecycle mirrors: Office LTSC 2024 ends 2029-10-09, mainstream only [MS]; Microsoft's connectivity table says 'October 13th, 2029', a Saturday (Part 3)",
  "mac-2011-end-3p":
    "[3P] quotes of Microsoft's notice 'Support for Office for Mac 2011 ended on October 10, 2017' (not in docs/knowledge-sources.md; added 2026-11-25)",
  "ms-mac-ranges":
    "[MS] Part 3 'Lifecycle': Office 2016 for Mac = 16.0-16.16 (last 16.16.27), Office 2019 for Mac = 16.17-16.78 (by inference from the MAU licence page; [3P] confirms)",
  "ms-connectivity":
    "[MS] learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity",
  "ms-enable-modern-auth":
    "[MS] learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication",
  "ms-modern-auth-config":
    "[MS] learn.microsoft.com/exchange/.../modern-authentication-configuration (2024-01-24); modern-auth-for-office-2013-and-2016",
  "ms-builds":
    "[MS] Part 3 'Builds': 1706 = 8229; 2019 VL = 1808, 16.0.10336+; LTSC 2021 = 2108/14332; LTSC 2024 = 2408/17932",
  "first-builds-3p":
    "[3P] release builds of Office 2013 (RTM 15.0.4420.1017) and Office 2016 (RTM 16.0.4229.1002, September 2015): no lower build of either shipped",
  "builds-range-3p":
    "[3P] build ranges of the MSI and volume-licence families (2016: 4xxx-5xxx; 2019: below 10500)",
  "ms-update-perpetual-c2r":
    "[MS] learn.microsoft.com/office/ltsc/2021/update 'Update Office LTSC 2021' (2023-03-01): Click-to-Run, channel PerpetualVL2021, updated from the Office CDN by default or from IT's share, File › Account › Update Options › Update Now; not WSUS on its own. Office 2019 volume licence (PerpetualVL2019) and LTSC 2024 (PerpetualVL2024) are Click-to-Run the same way",
  "ms-req-sets":
    "[MS] learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets (2026-06-23)",
  "ms-naa-sets":
    "[MS] learn.microsoft.com/javascript/api/requirement-sets/common/nested-app-auth-requirement-sets (2026-03-31)",
  "ms-version-table":
    "[MS] docs/knowledge-sources.md §D Version→build table, pairs taken from Microsoft docs",
  "version-table-3p":
    "[3P] docs/knowledge-sources.md §D Version→build table and its 'Later versions' line",
  "update-history-3p":
    "[3P] mirror of learn.microsoft.com/officeupdates/update-history-microsoft365-apps-by-date (github.com/altrhombus/DataForGeeks): 2026-02-10 shipped Monthly Enterprise 2512, 2511, 2510 and Semi-Annual 2508, 2502, 2408",
  "derived-plausibility":
    "Derived from CHANNEL_BUILDS (2408 = 17928 to 2609 = 20430: about 100 builds a month) and Beta running a month or two ahead",
  "ms-channels":
    "[MS] Part 3 'Update channels': Monthly Enterprise serviced 2 months; Current Channel only the latest version",
  "ms-saec-14":
    "[MS] DeployOffice overview of update channels (before 2025): 14 months per Semi-Annual version",
  "saec-6-2-3p":
    "[3P] Part 3: Semi-Annual 6 + 2 months from 2025-07-08; Semi-Annual Preview retired then",
  "ms-unified-channels":
    "[MS] Learn 'unified update channels', MC1274325: 'After Version 2606 or later is installed, devices show as Monthly Enterprise Channel'",
  "ms-smtp-blog":
    "[MS] techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835 (2026-01-27, v3.0 2026-01-29; still the latest word on 2026-12-07, Part 4)",
  "ms-smtp-controls":
    "[MS] Part 4 'SMTP AUTH': the controls that must all allow SMTP AUTH with basic auth: Set-TransportConfig -SmtpClientAuthenticationDisabled (organisation), Set-CASMailbox -SmtpClientAuthenticationDisabled (mailbox; $null inherits the organisation's value), an authentication policy's AllowBasicAuthSmtp, and security defaults off. Which switch re-enables basic auth after the December 2026 change is not published",
  "ms-smtp-5-7-30":
    "[MS] Exchange Team SMTP AUTH post: '550 5.7.30 Basic authentication is not supported for Client Submission' is the rejection of the final removal; the error of the off-by-default phase is UNVERIFIED (Part 4)",
  "smtp-5-7-139-3p":
    "[3P] Part 4: '535 5.7.139 ... SmtpClientAuthentication is disabled for the Mailbox/Tenant' means SMTP AUTH itself is turned off (a setting), not the basic-auth retirement",
  "ms-l-hve":
    "[MS-l] Microsoft Japan Exchange/Outlook support blog's translation of the Exchange Team post: High Volume Email is generally available, supports basic auth until September 2028, sends to internal recipients only, up to 100 HVE accounts (Part 4)",
  "ms-smtp-alternatives":
    "[MS] Part 4 'SMTP AUTH': for devices that can't do OAuth, Azure Communication Services Email (external recipients), an on-premises Exchange or receive-connector relay, or a third-party service; Direct Send can be blocked with Set-OrganizationConfig -RejectDirectSend $true",
  "ews-retirement":
    "[MS-l] Microsoft Japan support blog's translation of Exchange Team post 4492361 (updated 2026-08-19): from 2026-10-01, tenant by tenant, EWSEnabled left unset becomes False; until 2027-04-01 an admin can turn EWS back on (True with an EwsAllowedAppIDs allow list, or back to unset); on 2027-04-01 EWS is permanently off in Exchange Online, the admin control removed, 'no exceptions'; on-premises Exchange unaffected (Part 4). [MS] office-js docs: 'starting in October 2026'",
  "ms-l-ews-frontline":
    "[MS-l] the same translated post 4492361: Kiosk, F1 and F3 licences have EWS blocked since 2026-10-01 (HTTP 403), a licence matter (Part 4)",
  "ms-l-eas":
    "[MS-l] Microsoft Japan support blog (Part 4 'Exchange ActiveSync'): Exchange Online refuses clients below EAS 16.1 from 2026-03-01 (completed 2026-08-04), so old iOS Mail, Gmail and Samsung Email versions; direct EAS certificate-based authentication to Exchange Online ends at the end of 2026 (MDM profiles move to Entra certificate-based auth); Outlook mobile unaffected",
  "ms-l-cc-builds":
    "[MS-l] mirrors of Microsoft's update history (Part 4 'Outlook for Windows'): Current Channel 2607 = 20228 (20228.20190, 2026-08-11), 2608 = 20326 (20326.20100, 2026-08-18), 2609 = 20430 (20430.20092, 2026-09-22); Beta 2610 = 20520 (20520.20000). No source for 2610-2612 on Current or Monthly Enterprise",
  "ms-l-mec-three":
    "[MS-l] Part 4 'Outlook for Windows': Monthly Enterprise patches three versions at once (N, N-1, N-2: 2607, 2606, 2605 on 2026-08-11); devices still labelled Semi-Annual Enterprise receive Monthly Enterprise versions since 2606",
  "ms-l-new-outlook":
    "[MS-l] MC949965 (Part 4 'Outlook for Windows'): new Outlook becomes the default for Microsoft 365 Enterprise users in March 2027 (opt-out stage, moved from April 2026); users are warned, switched once, and can switch back (toggle, or Help › Go to classic Outlook); admins prevent it with 'Manage user setting for new Outlook automatic migration' (NewOutlookMigrationUserSetting = 0 under HKCU\\Software\\Policies\\Microsoft\\Office\\16.0\\Outlook\\Preferences); perpetual licences and on-premises mailboxes exempt; classic Outlook supported until at least 2029",
  "mac-16113-3p":
    "[3P] quoting MS, Part 4 'Outlook for Mac': 16.113.3 (2026-09-29), 16.113.4 build 26100421 (2026-10-06); Beta 16.114 late September 2026; Mac build numbers encode their date (YYMMDDnn). November/December 2026 versions UNVERIFIED",
  "authenticator-rooted-3p":
    "[3P] mirror of MS, MC1179154 (Part 4 'Microsoft Authenticator'): Authenticator detects jailbroken or rooted phones and blocks, then wipes, work-account credentials on them (rollout February-April 2026)",
  "ms-addin-known-issues":
    "[MS] Office add-ins known issues (2026-08-20, still 'investigating' per Part 4): add-ins don't load in 32-bit Outlook LTSC 2024 for Exchange Online accounts created after June 2026",
  "smtp-superseded-3p":
    "[3P] Part 4 'SMTP AUTH': many vendor pages still give the superseded plan (rejection from 2026-03-01, done 2026-04-30) or say app passwords were 'discontinued'; both are wrong",
  "approved-app-grant-3p":
    "[3P] mirror of an entra-docs change, Part 3 and Part 4: the 'Require approved client app' grant breaks NAA even with an exception; its retirement moved from March 2026 to 2026-06-30, after which it is treated as not selected (the NAA FAQ's 'March 2026' is stale)",
  "ms-mac-kb": "[MS] KB 'Outlook 2016 for Mac repeatedly prompts for authentication' (2024-01-24)",
  "mac-cadence-3p":
    "[MS] NAA requirement sets: Mac 16.89 = build 24090815 (a build date); one minor version a month [3P] (16.78 Oct 2023, 16.102 Oct 2025)",
  "ms-mac-current":
    "[MS] Part 3 'Lifecycle': no minimum Outlook for Mac version for Microsoft 365 is published; the rule is 'a current version on one of the three newest macOS versions'",
  "mac-certificate-3p":
    "[3P] Part 3 'Lifecycle': from 2026-07-13 Office for Mac that was not updated runs in reduced-functionality mode (view only) because a licence certificate expired; Office 2019 for Mac can't be fixed, Office 2021 for Mac needs 16.83+",
  "ms-naa-accounts":
    "[MS] NAA requirement sets; Part 3 'Nested app authentication': not for Outlook.com or Gmail",
  "ms-l-authenticator": "[MS-l] entra concept-authentication-authenticator-app",
  "ms-l-sspr": "[MS-l] azure-docs SSPR pages",
  "ms-l-combined-registration":
    "[MS-l] concept-registration-mfa-sspr-combined ('My Sign Ins Change Password')",
  "msa-security-3p": "[3P] + localized Azure doc [MS-l]",
  "ms-kb-prompts": "[MS] KB 'Outlook continually prompts for your password' (2023-10-30)",
  "ms-kb2427193": "[MS] SupportArticles KB2427193 (2024-01-24)",
  "ms-mac-prompts-path":
    "[MS] 'Outlook 2016 for Mac repeatedly prompts for authentication'; Learn path derived from the doc repo (Part 3 'Links')",
  "ms-l-app-passwords": "[MS-l] entra howto-mfa-app-passwords (2025-03-04)",
  "apple-mail-mac-3p": "[3P slug] Part 3 'Links': corrected Apple Mail for Mac URL",
  "apple-ios-ms": "[MS] support.apple.com/102619, cited by Microsoft (Part 3 'Links')",
  moz: "[vendor] support.mozilla.org, MOZ in docs/knowledge-sources.md Part 2",
  "ms-outlook-mobile":
    "[MS] Learn 'Outlook for iOS and Android in Exchange Online' links its Help Center as support.office.com/article/cd84214e-…; support.microsoft.com/office/<id> is its current address. Replaces the unverified aka.ms/getoutlookmobile",
  "ms-links-part3": "[MS] Part 3 'Links': https://aka.ms/GetOutlookForMac",
  "ms-smtp-auth-mailbox":
    "[MS] learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission: tenant setting plus a per-mailbox override",
  "ms-pillar-diag":
    "[MS] Microsoft 365 admin center 'Outlook user password prompt diagnostics', self-help-diagnostics (Part 3 'Exchange Online')",
} as const;

export type SourceId = keyof typeof SOURCES;

/** What a row cites: one document or several. */
export type SourceRef = SourceId | readonly SourceId[];
