// The only place the add-in's external URLs live. Every one is https on a domain in ALLOWED_LINK_DOMAINS.
// Sources: domain-facts.md section C unless a row says otherwise.

import type { ActionId } from "../vocabulary";

export type LinkId =
  | "securityInfo"
  | "authenticatorDownload"
  | "sspr"
  | "ssprSetup"
  | "changePassword"
  | "myAccount"
  | "msaSecurity"
  | "outlookPasswordPromptDiag"
  | "officeSignInDiag"
  | "connectivityAnalyzer"
  | "modernAuthOffice2013"
  | "updateOffice"
  | "macKeychainKb"
  | "appPasswordsHelp"
  | "appleMailMac"
  | "appleMailIos"
  | "thunderbirdOauth"
  | "outlookMobile"
  | "smtpAuthTimeline";

export interface Link {
  url: string;
  audience: "user" | "admin";
}

export const LINKS: Record<LinkId, Link> = {
  // Security info: register, change or delete MFA methods; app passwords. [MS-l] entra concept-authentication-authenticator-app
  securityInfo: {
    url: "https://mysignins.microsoft.com/security-info",
    audience: "user",
    // Source: entra concept-authentication-authenticator-app [MS-l]
  },
  // Microsoft Authenticator download (Android and iOS). [MS-l]
  authenticatorDownload: {
    url: "https://go.microsoft.com/fwlink/?linkid=866594",
    audience: "user",
    // Source: entra concept-authentication-authenticator-app [MS-l]
  },
  // Self-service password reset. [MS-l] azure-docs SSPR pages
  sspr: { url: "https://aka.ms/sspr", audience: "user" },
  ssprSetup: {
    url: "https://aka.ms/ssprsetup",
    audience: "user",
    // Source: azure-docs SSPR pages [MS-l]
  },
  // "My Sign Ins Change Password". [MS-l] concept-registration-mfa-sspr-combined
  changePassword: {
    url: "https://go.microsoft.com/fwlink/?linkid=2224198",
    audience: "user",
    // Source: concept-registration-mfa-sspr-combined [MS-l]
  },
  myAccount: {
    url: "https://myaccount.microsoft.com",
    audience: "user",
    // Source: concept-registration-mfa-sspr-combined [MS-l]
  },
  // Consumer Microsoft account security. [3P] + localized Azure doc [MS-l]
  msaSecurity: {
    url: "https://account.microsoft.com/security",
    audience: "user",
    // Source: [3P] + localized Azure doc [MS-l]
  },
  // "Diag: Outlook keeps asking for my password". [MS] KB "Outlook continually prompts for your password" (2023-10-30)
  outlookPasswordPromptDiag: {
    url: "https://aka.ms/SaRA-OutlookPwdPrompt",
    audience: "user",
    // Source: KB Outlook continually prompts for your password (2023-10-30) [MS]
  },
  // Microsoft 365 sign-in troubleshooter (Get Help app). [MS] activation KB (2025-05-19)
  officeSignInDiag: {
    url: "https://aka.ms/SaRA-OfficeSignIn-sarahome",
    audience: "user",
    // Source: SupportArticles activation KB (2025-05-19) [MS]
  },
  // Remote Connectivity Analyzer. [MS] KB2427193 (2024-01-24)
  connectivityAnalyzer: {
    url: "https://testconnectivity.microsoft.com/tests/o365",
    audience: "admin",
    // Source: SupportArticles KB2427193 (2024-01-24) [MS]
  },
  // Outlook 2013 registry keys. [MS]
  modernAuthOffice2013: {
    url: "https://learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication",
    audience: "user",
    // Source: enable-modern-authentication [MS]
  },
  // Which Office versions can still connect. [MS]
  updateOffice: {
    url: "https://learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity",
    audience: "user",
    // Source: office-365-services-connectivity [MS]
  },
  // Outlook for Mac keeps prompting: Keychain items. [MS] KB (2024-01-24). Exact Learn path UNVERIFIED.
  macKeychainKb: {
    url: "https://learn.microsoft.com/outlook/troubleshoot/authentication/outlook-mac-prompts-for-authentication",
    audience: "user",
    // Source: KB Outlook 2016 for Mac repeatedly prompts for authentication (2024-01-24) [MS]; path UNVERIFIED
  },
  // App passwords: who can create them and where they still work. [MS-l] howto-mfa-app-passwords (2025-03-04)
  appPasswordsHelp: {
    url: "https://learn.microsoft.com/entra/identity/authentication/howto-mfa-app-passwords",
    audience: "user",
    // Source: howto-mfa-app-passwords (2025-03-04) [MS-l]
  },
  // Vendor pages (issue 5: "links to the vendor's own support pages"). Apple paths from Apple's support site;
  // not readable offline here: UNVERIFIED.
  appleMailMac: {
    url: "https://support.apple.com/guide/mail/add-email-accounts-mail35803/mac",
    audience: "user",
    // Source: Apple Mail User Guide (UNVERIFIED offline)
  },
  appleMailIos: {
    url: "https://support.apple.com/en-us/102619",
    audience: "user",
    // Source: Apple support: add an email account to your iPhone (UNVERIFIED offline)
  },
  // Thunderbird OAuth2 with Microsoft 365. MOZ in domain-facts Part 2.
  thunderbirdOauth: {
    url: "https://support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202",
    audience: "user",
    // Source: MOZ [vendor]
  },
  // Outlook mobile is the recommended modern-auth client for phones. [MS] deprecation-of-basic-authentication-exchange-online
  outlookMobile: {
    url: "https://aka.ms/getoutlookmobile",
    audience: "user",
    // Source: Microsoft short link for Outlook mobile (UNVERIFIED offline)
  },
  // SMTP AUTH basic-auth timeline. [MS] Exchange Team blog, Jan 27 2026 (v3.0 Jan 29 2026)
  smtpAuthTimeline: {
    url: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
    audience: "admin",
    // Source: Exchange Team blog (2026-01-27) [MS]
  },
};

/** The links each action's guidance shows, in the order the guide shows them. */
export const ACTION_LINKS: Record<ActionId, readonly LinkId[]> = {
  "check-network": ["connectivityAnalyzer"],
  "register-mfa": ["securityInfo", "authenticatorDownload"],
  "reset-password": ["sspr", "changePassword"],
  "clear-cached-credentials": ["outlookPasswordPromptDiag"],
  "enable-modern-auth-registry": ["modernAuthOffice2013", "updateOffice"],
  "update-client": ["updateOffice"],
  "switch-to-modern-auth": [],
  "use-app-password": ["securityInfo", "appPasswordsHelp", "smtpAuthTimeline"],
  "contact-admin": [],
  none: [],
};

/** Domains a link may point to: Microsoft-owned, plus the vendors whose mail apps the guide covers. */
export const ALLOWED_LINK_DOMAINS: readonly string[] = [
  "microsoft.com",
  "microsoftonline.com",
  "aka.ms",
  "office.com",
  "live.com",
  "support.apple.com",
  "support.mozilla.org",
];

/** True for an https URL whose host is an allowed domain or a subdomain of one (plus any extra domains). */
export function isAllowedLink(url: string, extraDomains: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return [...ALLOWED_LINK_DOMAINS, ...extraDomains].some(
    (d) => host === d || host.endsWith(`.${d}`)
  );
}
