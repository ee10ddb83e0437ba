// What each problem client (docs/contract.md §1 problemClient.app) can do with Exchange Online.
// Version-specific Outlook rows live in outlookWindows.ts and outlookMac.ts.

import type { ModernAuth, ProblemApp } from "../vocabulary";
import type { UpdateRoute } from "./updateRoutes";

export type Protocol = "outlook" | "eas" | "ews" | "imap-pop" | "smtp" | "web" | "unknown";

export interface ClientProfile {
  label: string;
  protocol: Protocol;
  /** Modern-auth capability when the version says nothing more. */
  modernAuth: ModernAuth;
  supported: boolean | null;
  /** The usual fix when the client can do modern auth but still prompts. */
  usualFix: "clear-cached-credentials" | "switch-to-modern-auth" | "none";
  /** How it gets to a version that works, when its version says nothing more. */
  update: UpdateRoute;
  /**
   * A kind of app rather than a product ("Something else", "Mail app on Android"): sentences say "the app" or
   * "the device" instead of building "Something else's account settings" from its name.
   */
  generic?: true;
}

export const CLIENTS: Record<ProblemApp, ClientProfile> = {
  "outlook-windows-classic": {
    label: "Outlook for Windows (classic)",
    protocol: "outlook",
    modernAuth: "unknown",
    supported: null,
    usualFix: "clear-cached-credentials",
    update: "windows-unknown",
    // Source: see outlookWindows.ts
  },
  "outlook-windows-new": {
    // New Outlook for Windows is built on Outlook on the web and signs in with modern auth only. [MS] DEP
    label: "new Outlook for Windows",
    protocol: "web",
    modernAuth: "yes",
    supported: true,
    usualFix: "none",
    update: "self-updating",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "outlook-mac": {
    label: "Outlook for Mac",
    protocol: "outlook",
    modernAuth: "unknown",
    supported: null,
    usualFix: "clear-cached-credentials",
    update: "autoupdate",
    // Source: see outlookMac.ts
  },
  "outlook-web": {
    label: "Outlook on the web",
    protocol: "web",
    modernAuth: "yes",
    supported: true,
    usualFix: "none",
    update: "self-updating",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "outlook-ios": {
    // Outlook for iOS and Android support modern auth natively and are recommended. [MS] DEP
    label: "Outlook for iOS",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "clear-cached-credentials",
    update: "store",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "outlook-android": {
    label: "Outlook for Android",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "clear-cached-credentials",
    update: "store",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "apple-mail-macos": {
    // OAuth supported "for several years"; exact macOS version UNVERIFIED. [MS] techcommunity Exchange blog (TC)
    // Mail, Calendar and Contacts on macOS reach Microsoft 365 through EWS, not EAS [3P, 2026-10] (Part 3).
    label: "Apple Mail on Mac",
    protocol: "ews",
    modernAuth: "yes",
    supported: true,
    usualFix: "switch-to-modern-auth",
    update: "outlook-for-mac",
    // Source: techcommunity.microsoft.com/blog/exchange/microsoft-and-apple-working-together-to-improve-exchange-online-security/3513846 [MS]
  },
  "apple-mail-ios": {
    // OAuth only for accounts added with "Sign in"; migrated or restored profiles can stay on basic. [MS] TC, JP
    label: "Apple Mail on iPhone or iPad",
    protocol: "eas",
    modernAuth: "yes",
    supported: true,
    usualFix: "switch-to-modern-auth",
    update: "other-app",
    // Source: techcommunity.microsoft.com/.../3513846 [MS]; jpazureid.github.io (Microsoft Japan identity blog)
  },
  "android-mail": {
    // Gmail app needs Chrome in the work profile; Samsung Email UNVERIFIED. [MS] INT (PR only)
    label: "Mail app on Android",
    protocol: "eas",
    modernAuth: "unknown",
    supported: null,
    usualFix: "switch-to-modern-auth",
    update: "other-app",
    generic: true,
    // Source: learn.microsoft.com/mem/intune/configuration/email-settings-ios; MicrosoftDocs/memdocs PR 2942
  },
  thunderbird: {
    // OAuth2 for IMAP, POP and SMTP. [MS] DEP; support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202
    label: "Thunderbird",
    protocol: "imap-pop",
    modernAuth: "yes",
    supported: true,
    usualFix: "switch-to-modern-auth",
    update: "other-app",
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]; support.mozilla.org/kb/microsoft-oauth-authentication-and-thunderbird-202
  },
  "other-imap-pop": {
    label: "IMAP or POP mail app",
    protocol: "imap-pop",
    modernAuth: "unknown",
    supported: null,
    usualFix: "switch-to-modern-auth",
    update: "other-app",
    generic: true,
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
  "device-smtp": {
    // SMTP AUTH client submission is the last place basic auth (and so app passwords) still works. [MS]
    label: "Printer, scanner or app that sends mail (SMTP)",
    protocol: "smtp",
    modernAuth: "unknown",
    supported: null,
    usualFix: "none",
    update: "device-firmware",
    generic: true,
    // Source: techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835 [MS]
  },
  other: {
    label: "Other mail app",
    protocol: "unknown",
    modernAuth: "unknown",
    supported: null,
    usualFix: "switch-to-modern-auth",
    update: "other-app",
    generic: true,
    // Source: learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online [MS]
  },
};

/**
 * iOS 18 moved the Mail settings from Settings › Mail to Settings › Apps › Mail, so the guide names both paths.
 * [vendor] Apple iOS 18 Settings layout (support.apple.com); not in docs/knowledge-sources.md, added 2026-11-25.
 */
export const APPLE_IOS_MAIL_SETTINGS_MOVED_IN = 18;
