// What Exchange Online accepts from devices and mail apps that can't (or don't yet) sign in with OAuth, beyond the
// dated phases in timeline.ts: which settings must all allow SMTP AUTH, which SMTP errors mean what, where a
// device can send instead, which licences lose EWS, and which phone mail apps Exchange ActiveSync refuses.

import type { SourceRef } from "./sources";

/**
 * Every setting that must allow SMTP AUTH with basic auth for a device to send. Microsoft hasn't said which switch
 * turns basic auth back on after the December 2026 change, so the guidance lists all of them and never calls one
 * "the" switch.
 */
export const SMTP_AUTH_CONTROLS = {
  settings: [
    { scope: "organisation", how: "Set-TransportConfig -SmtpClientAuthenticationDisabled $false" },
    {
      scope: "mailbox",
      how: "Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false ($null inherits the organisation's value)",
    },
    {
      scope: "authentication policy",
      how: "AllowBasicAuthSmtp in the policy assigned to the user",
    },
    { scope: "tenant", how: "security defaults turned off" },
  ],
  /** Which one re-enables basic auth after the default change is not published. */
  reEnableSwitchPublished: false,
  source: "ms-smtp-controls" as SourceRef,
} as const;

export type SmtpErrorMeaning = "smtp-auth-disabled-setting" | "basic-auth-removed";

export interface SmtpError {
  /** The SMTP reply as a device shows it (enhanced status code first). */
  reply: string;
  meaning: SmtpErrorMeaning;
  source: SourceRef;
}

/**
 * SMTP replies a device may show. 5.7.139 is a setting (SMTP AUTH turned off for the mailbox or the tenant), not
 * the retirement; 5.7.30 is documented for the final removal. The reply in the "off by default, admin can turn it
 * back on" phase is not documented (SMTP_OFF_BY_DEFAULT_REPLY_VERIFIED).
 */
export const SMTP_ERRORS: readonly SmtpError[] = [
  {
    reply:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox/Tenant",
    meaning: "smtp-auth-disabled-setting",
    source: "smtp-5-7-139-3p",
  },
  {
    reply: "550 5.7.30 Basic authentication is not supported for Client Submission",
    meaning: "basic-auth-removed",
    source: "ms-smtp-5-7-30",
  },
];
// Widened to boolean: the wording must keep working once Microsoft documents the reply.
/** Dates from a plan Microsoft replaced, still on many vendor pages; seeing them means the page is out of date. */
export const SMTP_SUPERSEDED_PLAN = {
  rejectionFrom: "2026-03-01",
  doneBy: "2026-04-30",
  source: "smtp-superseded-3p" as SourceRef,
} as const;

export const SMTP_OFF_BY_DEFAULT_REPLY_VERIFIED: boolean = false;

/** Ways to send mail that Microsoft names for devices and apps that can't do OAuth. */
export const SMTP_ALTERNATIVES = {
  highVolumeEmail: {
    /** Basic auth is accepted for High Volume Email until this month (inclusive). */
    basicAuthUntil: "2028-09",
    internalRecipientsOnly: true,
    maxAccounts: 100,
    source: "ms-l-hve" as SourceRef,
  },
  others: [
    "Azure Communication Services Email (external recipients)",
    "an on-premises Exchange server or receive-connector relay",
    "a third-party sending service",
  ],
  directSendBlock: "Set-OrganizationConfig -RejectDirectSend $true",
  source: "ms-smtp-alternatives" as SourceRef,
} as const;

/** Licences whose users have had EWS blocked in Exchange Online since `from` (HTTP 403): no one can fix it per user. */
export const EWS_FRONTLINE_BLOCK = {
  licences: ["Kiosk", "F1", "F3"],
  from: "2026-10-01",
  httpStatus: 403,
  source: "ms-l-ews-frontline" as SourceRef,
} as const;

/**
 * Exchange ActiveSync (the native mail apps on phones): clients below EAS 16.1 are refused; direct EAS
 * certificate-based authentication to Exchange Online ends with 2026 (Outlook for iOS and Android is unaffected).
 */
export const EAS_CHANGES = {
  minimumProtocol: "16.1",
  refusedFrom: "2026-03-01",
  refusalCompleted: "2026-08-04",
  /** The first day direct EAS certificate-based authentication no longer works (it ends at the end of 2026). */
  certificateAuthEndsOn: "2027-01-01",
  source: "ms-l-eas" as SourceRef,
} as const;
