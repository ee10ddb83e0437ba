// The only place the add-in's external URLs live. Every one is https on a domain in ALLOWED_LINK_DOMAINS.
// Sources: docs/knowledge-sources.md section C and Part 3 "Links" unless a row says otherwise.

import type { SourceRef } from "./sources";

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
  source: SourceRef;
}

export const LINKS: Readonly<Record<LinkId, Link>> = {
  securityInfo: {
    url: "https://mysignins.microsoft.com/security-info",
    audience: "user",
    source: "ms-l-authenticator",
  },
  authenticatorDownload: {
    url: "https://go.microsoft.com/fwlink/?linkid=866594",
    audience: "user",
    source: "ms-l-authenticator",
  },
  sspr: { url: "https://aka.ms/sspr", audience: "user", source: "ms-l-sspr" },
  changePassword: {
    url: "https://go.microsoft.com/fwlink/?linkid=2224198",
    audience: "user",
    source: "ms-l-combined-registration",
  },
  msaSecurity: {
    url: "https://account.microsoft.com/security",
    audience: "user",
    source: "msa-security-3p",
  },
  outlookPasswordPromptDiag: {
    url: "https://aka.ms/SaRA-OutlookPwdPrompt",
    audience: "user",
    source: "ms-kb-prompts",
  },
  connectivityAnalyzer: {
    url: "https://testconnectivity.microsoft.com/tests/o365",
    audience: "admin",
    source: "ms-kb2427193",
  },
  modernAuthOffice2013: {
    url: "https://learn.microsoft.com/microsoft-365/admin/security-and-compliance/enable-modern-authentication",
    audience: "user",
    source: "ms-enable-modern-auth",
  },
  updateOffice: {
    url: "https://learn.microsoft.com/deployoffice/endofsupport/office-365-services-connectivity",
    audience: "user",
    source: "ms-connectivity",
  },
  macKeychainKb: {
    url: "https://learn.microsoft.com/troubleshoot/outlook/sign-in/repeated-prompts-authentication",
    audience: "user",
    source: "ms-mac-prompts-path",
  },
  appPasswordsHelp: {
    url: "https://learn.microsoft.com/entra/identity/authentication/howto-mfa-app-passwords",
    audience: "user",
    source: "ms-l-app-passwords",
  },
  appleMailMac: {
    url: "https://support.apple.com/guide/mail/add-and-manage-email-accounts-mail35803/mac",
    audience: "user",
    source: "apple-mail-mac-3p",
  },
  appleMailIos: {
    url: "https://support.apple.com/102619",
    audience: "user",
    source: "apple-ios-ms",
  },
  thunderbirdOauth: {
    url: "https://support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202",
    audience: "user",
    source: "moz",
  },
  outlookMobile: {
    // The Outlook for iOS and Android Help Center (the source says how the address was found).
    url: "https://support.microsoft.com/office/cd84214e-a5ac-4e95-9ea3-e07f78d0cde6",
    audience: "user",
    source: "ms-outlook-mobile",
  },
  outlookForMac: {
    url: "https://aka.ms/GetOutlookForMac",
    audience: "user",
    source: "ms-links-part3",
  },
  smtpAuthTimeline: {
    url: "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
    audience: "admin",
    source: "ms-smtp-blog",
  },
  smtpAuthMailbox: {
    url: "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
    audience: "admin",
    source: "ms-smtp-auth-mailbox",
  },
  outlookPromptAdminDiag: {
    url: "https://aka.ms/PillarOutlookPasswordPrompt",
    audience: "admin",
    source: "ms-pillar-diag",
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

/**
 * True for an https URL whose host is an allowed domain or a subdomain of one, or exactly one of `extraHosts` (the
 * help desk's own host: its subdomains may belong to anyone, "https://com/" would otherwise allow every .com site).
 * An extra host that is a single label or an IP literal allows nothing.
 */
export function isAllowedLink(url: string, extraHosts: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  if (ALLOWED_LINK_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) return true;
  return extraHosts.some((h) => {
    const extra = h.toLowerCase();
    const trustable = /\.[a-z0-9-]*[a-z][a-z0-9-]*\.?$/.test(extra) && !extra.startsWith("[");
    return trustable && host === extra;
  });
}
