// The only place the add-in's external URLs live. Every one is https on a domain in ALLOWED_LINK_DOMAINS.
// Sources: domain-facts.md section C and Part 3 "Links" unless a row says otherwise.

export type LinkId =
  | "securityInfo"
  | "authenticatorDownload"
  | "sspr"
  | "changePassword"
  | "msaSecurity"
  | "outlookPasswordPromptDiag"
  | "connectivityAnalyzer"
  | "modernAuthOffice2013"
  | "updateOffice"
  | "macKeychainKb"
  | "appPasswordsHelp"
  | "appleMailMac"
  | "appleMailIos"
  | "thunderbirdOauth"
  | "outlookMobile"
  | "outlookForMac"
  | "smtpAuthTimeline"
  | "smtpAuthMailbox"
  | "outlookPromptAdminDiag";

export interface Link {
  url: string;
  audience: "user" | "admin";
  source: string;
}

export const LINKS: Readonly<Record<LinkId, Link>> = {
  securityInfo: {
    url: "https://mysignins.microsoft.com/security-info",
    audience: "user",
    source: "[MS-l] entra concept-authentication-authenticator-app",
  },
  authenticatorDownload: {
    url: "https://go.microsoft.com/fwlink/?linkid=866594",
    audience: "user",
    source: "[MS-l] entra concept-authentication-authenticator-app",
  },
  sspr: { url: "https://aka.ms/sspr", audience: "user", source: "[MS-l] azure-docs SSPR pages" },
  changePassword: {
    url: "https://go.microsoft.com/fwlink/?linkid=2224198",
    audience: "user",
    source: "[MS-l] concept-registration-mfa-sspr-combined ('My Sign Ins Change Password')",
  },
  msaSecurity: {
    url: "https://account.microsoft.com/security",
    audience: "user",
    source: "[3P] + localized Azure doc [MS-l]",
  },
  outlookPasswordPromptDiag: {
    url: "https://aka.ms/SaRA-OutlookPwdPrompt",
    audience: "user",
    source: "[MS] KB 'Outlook continually prompts for your password' (2023-10-30)",
  },
  connectivityAnalyzer: {
    url: "https://testconnectivity.microsoft.com/tests/o365",
    audience: "admin",
    source: "[MS] SupportArticles KB2427193 (2024-01-24)",
  },
  modernAuthOffice2013: {
    url: "https://learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication",
    audience: "user",
    source: "[MS] enable-modern-authentication",
  },
  updateOffice: {
    url: "https://learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity",
    audience: "user",
    source: "[MS] office-365-services-connectivity",
  },
  macKeychainKb: {
    url: "https://learn.microsoft.com/troubleshoot/outlook/sign-in/repeated-prompts-authentication",
    audience: "user",
    source:
      "[MS] 'Outlook 2016 for Mac repeatedly prompts for authentication'; path derived from the doc repo (domain-facts.md Part 3 'Links')",
  },
  appPasswordsHelp: {
    url: "https://learn.microsoft.com/entra/identity/authentication/howto-mfa-app-passwords",
    audience: "user",
    source: "[MS-l] howto-mfa-app-passwords (2025-03-04)",
  },
  appleMailMac: {
    url: "https://support.apple.com/guide/mail/add-and-manage-email-accounts-mail35803/mac",
    audience: "user",
    source: "[3P slug] domain-facts.md Part 3 'Links' (corrected Apple Mail URL)",
  },
  appleMailIos: {
    url: "https://support.apple.com/102619",
    audience: "user",
    source: "[MS] cited by Microsoft (domain-facts.md Part 3 'Links')",
  },
  thunderbirdOauth: {
    url: "https://support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202",
    audience: "user",
    source: "[vendor] MOZ in domain-facts.md Part 2",
  },
  outlookMobile: {
    // The Outlook for iOS and Android Help Center. Learn's "Outlook for iOS and Android in Exchange Online" links it
    // as support.office.com/article/cd84214e-…; support.microsoft.com/office/<id> is that page's current address.
    url: "https://support.microsoft.com/office/cd84214e-a5ac-4e95-9ea3-e07f78d0cde6",
    audience: "user",
    source:
      "[MS] learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/outlook-for-ios-and-android/outlook-for-ios-and-android (Help Center link); replaces the unverified aka.ms/getoutlookmobile",
  },
  outlookForMac: {
    url: "https://aka.ms/GetOutlookForMac",
    audience: "user",
    source: "[MS] domain-facts.md Part 3 'Links'",
  },
  smtpAuthTimeline: {
    url: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
    audience: "admin",
    source: "[MS] Exchange Team blog (2026-01-27, v3.0 2026-01-29)",
  },
  smtpAuthMailbox: {
    url: "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
    audience: "admin",
    source:
      "[MS] 'Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online': tenant setting plus a per-mailbox override",
  },
  outlookPromptAdminDiag: {
    url: "https://aka.ms/PillarOutlookPasswordPrompt",
    audience: "admin",
    source:
      "[MS] Microsoft 365 admin center 'Outlook user password prompt diagnostics' (self-help-diagnostics; domain-facts.md Part 3)",
  },
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
