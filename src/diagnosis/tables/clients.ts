// What each problem client (contract §1 problemClient.app) can do with Exchange Online.
// Version-specific Outlook rows live in outlookWindows.ts and outlookMac.ts.

import type { ModernAuth, ProblemApp } from "../vocabulary";

export type Protocol = "outlook" | "eas" | "imap-pop" | "smtp" | "web" | "unknown";

export interface ClientProfile {
  label: string;
  protocol: Protocol;
  /** Modern-auth capability when the version says nothing more. */
  modernAuth: ModernAuth;
  supported: boolean | null;
  /** The usual fix when the client can do modern auth but still prompts. */
  usualFix: "clear-cached-credentials" | "switch-to-modern-auth" | "none";
}

export const CLIENTS: Record<ProblemApp, ClientProfile> = {
  "outlook-windows-classic": {
    label: "Outlook for Windows (classic)",
    protocol: "outlook",
    modernAuth: "unknown",
    supported: null,
    usualFix: "clear-cached-credentials",
    // Source: see outlookWindows.ts
  },
  "outlook-windows-new": {
    // New Outlook for Windows is built on Outlook on the web and signs in with modern auth only. [MS] DEP
    label: "new Outlook for Windows",
    protocol: "web",
    modernAuth: "yes",
    supported: true,
    usualFix: "none",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "outlook-mac": {
    label: "Outlook for Mac",
    protocol: "outlook",
    modernAuth: "unknown",
    supported: null,
    usualFix: "clear-cached-credentials",
    // Source: see outlookMac.ts
  },
  "outlook-web": {
    label: "Outlook on the web",
    protocol: "web",
    modernAuth: "yes",
    supported: true,
    usualFix: "none",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "outlook-ios": {
    // Outlook for iOS and Android support modern auth natively and are recommended. [MS] DEP
    label: "Outlook for iOS",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "clear-cached-credentials",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "outlook-android": {
    label: "Outlook for Android",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "clear-cached-credentials",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "apple-mail-macos": {
    // OAuth supported "for several years"; exact macOS version UNVERIFIED. [MS] techcommunity Exchange blog (TC)
    label: "Apple Mail on Mac",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "switch-to-modern-auth",
    // Source: techcommunity.microsoft.com/blog/exchange/microsoft-and-apple-working-together-to-improve-exchange-online-security/3513846 [MS]
  },
  "apple-mail-ios": {
    // OAuth only for accounts added with "Sign in"; migrated or restored profiles can stay on basic. [MS] TC, JP
    label: "Apple Mail on iPhone or iPad",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "switch-to-modern-auth",
    // Source: techcommunity.microsoft.com/.../3513846 [MS]; jpazureid.github.io (Microsoft Japan identity blog)
  },
  "android-mail": {
    // Gmail app needs Chrome in the work profile; Samsung Email UNVERIFIED. [MS] INT (PR only)
    label: "Mail app on Android",
    protocol: "eas",
    modernAuth: "unknown",
    supported: null,
    usualFix: "switch-to-modern-auth",
    // Source: learn.microsoft.com/mem/intune/configuration/email-settings-ios; MicrosoftDocs/memdocs PR 2942
  },
  thunderbird: {
    // OAuth2 for IMAP, POP and SMTP. [MS] DEP; support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202
    label: "Thunderbird",
    protocol: "imap-pop",
    modernAuth: "yes",
    supported: true,
    usualFix: "switch-to-modern-auth",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]; support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202
  },
  "other-imap-pop": {
    label: "IMAP or POP mail app",
    protocol: "imap-pop",
    modernAuth: "unknown",
    supported: null,
    usualFix: "switch-to-modern-auth",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "device-smtp": {
    // SMTP AUTH client submission is the last place basic auth (and so app passwords) still works. [MS]
    label: "Printer, scanner or app that sends mail (SMTP)",
    protocol: "smtp",
    modernAuth: "unknown",
    supported: null,
    usualFix: "none",
    // Source: techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835 [MS]
  },
  other: {
    label: "Other mail app",
    protocol: "unknown",
    modernAuth: "unknown",
    supported: null,
    usualFix: "switch-to-modern-auth",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
};
