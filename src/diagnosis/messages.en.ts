// English wording of every finding and summary the engine can produce: one sentence a non-technical user
// understands. The locale catalogues (src/i18n) translate the same ids with the same {placeholders}. Facts
// (versions, dates, counts) are always placeholders filled from the tables, never written into the text.

import { CLIENT_LABELS_EN, type ClientLabelKey } from "./clientLabels";
import { formatMessage, type Params } from "./format";
import { isKnownMethod, METHOD_NAMES_EN } from "./tables/authMethods";
import { CLIENTS } from "./tables/clients";
import { isOneOf, PROBLEM_APPS } from "./vocabulary";

export const FINDING_MESSAGES_EN = {
  "client-current": "{client} can sign in with modern authentication and is up to date.",
  "client-no-modern-auth":
    "{client} can't use the modern sign-in that Microsoft 365 requires, so it will keep asking for your password.",
  "client-below-minimum":
    "{client} is too old to connect to Microsoft 365; it needs at least {minimum}.",
  "client-needs-registry":
    "{client} can only use modern sign-in after two registry settings are turned on.",
  "client-out-of-support":
    "{client} has been out of support since {endOfSupport}, so plan to update it.",
  "client-old-build":
    "{client} stopped getting updates on {servicedUntil}; installing the latest updates keeps sign-in working.",
  "client-mac-not-current":
    "{client} came out in {released}; Microsoft supports only current versions of Outlook for Mac, so install the latest updates with Microsoft AutoUpdate.",
  "client-mac-reduced-functionality":
    "Since {since}, Office for Mac versions older than {fixedIn}, such as {client}, may open only in reduced-functionality mode (view only); updating with Microsoft AutoUpdate fixes that.",
  "client-version-unknown":
    "We couldn't tell which version of {client} you have; choose it above for a more exact answer.",
  "client-version-unrecognised":
    "The version given for {client} isn't one Microsoft has released; copy it again from the app's About window.",
  "client-version-not-understood":
    "We didn't recognise the version you gave for {client}, so these steps suit any version. Choose it from the list, or copy it from the app's About window.",
  "client-modern-auth-unknown":
    "{generic, select, yes {This app} other {{client}}} may not support modern sign-in (OAuth); check its account settings, or use Outlook instead.",
  "client-set-up-with-password":
    "{client} is probably set up with a password instead of “Sign in with Microsoft”, which Microsoft 365 no longer accepts.",
  "cached-credentials-likely":
    "{client} is probably holding on to an old saved password or sign-in; removing it lets it sign in afresh.",
  "host-differs":
    "{generic, select, yes {Do these steps where that app runs, not here in {host}.} other {Do these steps where {client} runs, not here in {host}.}}",
  "apple-mail-ews-retiring":
    "{client} connects to Microsoft 365 through EWS, which Microsoft starts switching off on {ewsOffFrom} and turns off for good on {ewsRemovedOn}; Outlook for Mac is the lasting fix.",
  "apple-mail-ews-off":
    "{client} connects to Microsoft 365 through EWS, which Microsoft has been switching off since {ewsOffFrom}. Your IT team can still allow it until {ewsRemovedOn}, so re-adding the account helps only while they do; from {ewsRemovedOn} no one can, and Outlook for Mac is the lasting fix.",
  "apple-mail-ews-removed":
    "{client} connects to Microsoft 365 through EWS, which has been off for good since {ewsRemovedOn}, and no one can turn it back on; use Outlook for Mac or Outlook on the web.",
  "eas-minimum":
    "{state, select, upcoming {From {refusedFrom}, Microsoft 365 refuses phone mail apps too old for current Exchange ActiveSync (older iPhone Mail, Gmail or Samsung Email versions): if the app stops connecting, update the phone's system or the app, or use Outlook for iOS and Android.} other {Since {refusedFrom}, Microsoft 365 has refused phone mail apps too old for current Exchange ActiveSync (older iPhone Mail, Gmail or Samsung Email versions): if the app can't connect at all, update the phone's system or the app, or use Outlook for iOS and Android.}}",
  "new-outlook-switch":
    "Since {month}, Microsoft has been switching work accounts to the new Outlook once. If Outlook suddenly looks different and asks you to sign in, you may simply have been switched: sign in, or go back with the New Outlook toggle or Help › Go to classic Outlook.",
  "account-on-premises":
    "Your mailbox is on your organisation's own Exchange server, so your IT team manages how it signs in.",
  "account-outlook-com":
    "This is a personal Outlook.com account, so work-account settings don't apply to it.",
  "account-gmail":
    "This is a Gmail account; its password and sign-in are managed by Google, not Microsoft.",
  offline:
    "This device is offline, so nothing can reach Microsoft 365 until the connection is back.",
  "network-timeout":
    "Microsoft 365 didn't answer in time; your network may be slow or blocking it.",
  "token-ok": "You can sign in to Microsoft 365 with modern authentication.",
  "token-not-configured":
    "Your IT team hasn't turned on the live sign-in check, so this diagnosis uses what the pane can see on this device.",
  "token-unsupported":
    "This Outlook can't run the live sign-in check, so this diagnosis uses what the pane can see on this device.",
  "token-timeout": "The sign-in check took too long and was stopped.",
  "token-failed": "The live sign-in check didn't work; the report has the details for IT.",
  "signin-mfa-required":
    "Your organisation now asks for a second step when you sign in, and it hasn't been completed yet.",
  "signin-mfa-registration-required":
    "You need to set up a way to approve sign-ins, such as the Microsoft Authenticator app, before you can sign in.",
  "signin-mfa-not-completed":
    "The second sign-in step wasn't completed; try again and approve the request. If the Authenticator app refuses your work account on this phone (it does on jailbroken or rooted phones), set up another method or phone in Security info.",
  "signin-blocked-by-policy":
    "Your organisation's security rules blocked this assistant's sign-in check; only your IT team can allow it, and the report tells them which sign-in to look for.",
  "signin-device-not-compliant":
    "Your organisation only allows sign-in from devices it manages, and this one doesn't qualify yet.",
  "signin-account-locked":
    "Your account is locked after too many attempts; wait a while or ask your IT team to unlock it.",
  "signin-password-expired":
    "Your password has expired and must be changed before anything can sign in.",
  "signin-wrong-password":
    "The password being used is wrong; an old saved password is the usual cause.",
  "signin-account-disabled": "Your account is turned off; only your IT team can turn it back on.",
  "signin-session-revoked":
    "Your sign-in was ended (for example after a password change); you just need to sign in again.",
  "signin-account-not-in-tenant":
    "This account isn't known to your organisation's Microsoft 365; check the address or ask your IT team.",
  "signin-consent-required":
    "Your IT team still has to approve this assistant's access before the live check can run.",
  "signin-app-misconfigured":
    "This assistant isn't set up correctly by your IT team yet, so the live check can't run.",
  "signin-user-not-assigned":
    "Your IT team hasn't given you access to this assistant's live check yet.",
  "signin-popup-blocked":
    "The sign-in window was blocked; allow pop-ups for Outlook and try again.",
  "signin-user-cancelled": "The sign-in window was closed before sign-in finished.",
  "signin-interaction-in-progress": "A sign-in window is already open; finish it first.",
  "signin-bridge-unavailable":
    "This Outlook can't sign the assistant in on its own; Sign in opens a separate sign-in window instead.",
  "signin-no-network": "Sign-in failed because there is no network connection.",
  "signin-interaction-required": "You need to sign in once more before the live checks can run.",
  "signin-no-sign-in-here":
    "This Outlook can't sign the assistant in, so the live check can't run here; the diagnosis uses what the pane can see on this device.",
  "signin-cookies-blocked":
    "Your browser blocks the cookies that signing in inside Outlook on the web needs. Allow third-party cookies for login.microsoftonline.com, or use the Outlook app; Sign in now opens a separate window that works without them.",
  "signin-host-sign-in-failed":
    "Outlook's own sign-in window failed, a known problem in some Outlook versions. Select Sign in to use a separate sign-in window, or use Outlook on the web.",
  "signin-sign-in-window-closed":
    "The sign-in window closed by itself right after it opened. Select Sign in to try again; if it keeps closing, use Outlook on the web in your browser.",
  "signin-dialog-failed":
    "The sign-in window couldn't start because of how the assistant is set up; only your IT team can fix that.",
  "signin-add-in-load-failed":
    "Part of the assistant didn't load, often because it was updated while open. Close the pane and open it again.",
  "signin-browser-unsupported":
    "This Outlook window lacks a browser feature that sign-in needs; update Outlook or use Outlook on the web.",
  "signin-unknown-failure":
    "The sign-in check failed for a reason the assistant couldn't identify; your IT team can see the details in the report.",
  "mailbox-ok":
    "Your mailbox answers over modern authentication, so Microsoft 365 itself is working for you.",
  "mailbox-unauthorized":
    "Microsoft 365 rejected the sign-in for your mailbox; signing in again usually fixes it.",
  "mailbox-forbidden": "Access to your mailbox was refused; only your IT team can change that.",
  "mailbox-not-found":
    "Your mailbox isn't in Exchange Online (it may be on your organisation's own server, or not licensed yet).",
  "mailbox-throttled":
    "Microsoft 365 asked us to slow down; the mailbox check will work again in a moment.",
  "mailbox-service-error": "Microsoft 365 had a temporary problem answering; try again later.",
  "mailbox-unreachable": "Your mailbox couldn't be reached over the network.",
  "mailbox-failed": "The mailbox check didn't work; the report has the details for IT.",
  "mailbox-timeout": "Your mailbox didn't answer in time.",
  "mailbox-skipped": "Your mailbox wasn't checked because sign-in didn't complete.",
  "mfa-methods-ok": "You have a way to approve sign-ins ({methods}).",
  "mfa-method-missing":
    "You haven't set up a way to approve sign-ins (such as the Authenticator app), which your organisation requires.",
  "mfa-methods-unknown": "We couldn't check which sign-in methods you have set up.",
  "app-password-not-for-outlook":
    "App passwords don't work for {generic, select, yes {mail apps} other {{client}}} with Microsoft 365: don't create one.",
  "app-password-stopgap":
    "An app password lets this device keep sending mail until password sign-in for sending mail is turned off by default after {deadline} ({days, plural, one {# day} other {# days}} left).",
  "app-password-after-deadline":
    "An app password only works if your IT team has turned password sign-in for sending mail back on.",
  "app-passwords-disabled":
    "Your organisation doesn't allow app passwords, so the device needs another way to send mail.",
  "app-passwords-unavailable":
    "App passwords don't exist with your organisation's sign-in security, so the device needs another way to send mail.",
  "smtp-ask-admin":
    "Only your IT team knows whether this device may send mail with an app password, or how it should send instead.",
  "smtp-basic-auth-disabled":
    "Since {offSince}, Microsoft 365 turns off password sign-in for sending mail by default; your IT team can re-enable it or move the device to a supported method.",
  "smtp-basic-auth-removed":
    "Since {removedOn}, Microsoft 365 no longer accepts password sign-in for sending mail; the device needs modern sign-in (OAuth) or another way to send.",
  "smtp-on-premises":
    "This device sends through your organisation's own mail server, which your IT team manages.",
  "smtp-consumer-basic-ended":
    "Outlook.com no longer accepts passwords from apps and devices; the device must support “Sign in with Microsoft”.",
  "cause-saved-sign-in":
    "Since MFA was turned on, Microsoft 365 refuses the password or sign-in {generic, select, yes {the app} other {{client}}} saved before, so it keeps asking. It has to sign in again through the Microsoft sign-in window.",
  "cause-plain-password":
    "Microsoft 365 no longer accepts a plain password from mail apps: {generic, select, yes {the app} other {{client}}} has to sign in through Microsoft's own sign-in page (OAuth) instead.",
  "cause-no-modern-auth":
    "Microsoft 365 accepts only the modern sign-in through the Microsoft sign-in window, and {client} doesn't have it, so every password it asks for is refused.",
  "cause-registry":
    "{client} signs in the old way, with a password alone, which Microsoft 365 refuses; only two registry settings switch it to the modern sign-in.",
  "cause-old-version":
    "Sign-in to Microsoft 365 keeps changing, and only versions that still get updates keep up with it; {client} no longer gets them.",
  "cause-mfa-registration":
    "Your organisation now requires a second sign-in step (MFA), and Microsoft 365 won't let {generic, select, yes {the app} other {{client}}} in until you have set one up.",
  "cause-password-expired":
    "Your organisation's passwords expire after a set time; until you choose a new one, Microsoft 365 refuses the old one everywhere.",
  "cause-policy":
    "Each time something signs in, Microsoft 365 checks your organisation's rules (Conditional Access), and they refused this sign-in.",
  "cause-device-password":
    "Since your organisation turned on MFA, Microsoft 365 refuses the normal password this device uses to send mail.",
  "cause-device-basic-off":
    "Since {since}, Microsoft 365 refuses the password this device uses to send mail, unless IT turns password sign-in for sending mail back on.",
  "all-good": "Nothing is wrong that this pane can see.",
  "report-date-implausible":
    "This report's date ({date}) can't be right, so it was judged as of today instead.",
} as const;

export type FindingId = keyof typeof FINDING_MESSAGES_EN;

/**
 * The one-sentence answer for the first action. Variants after a dot say why (update-client.replace); the
 * "support." sentences follow the answer when the client's support matters but another action comes first.
 */
export const SUMMARY_MESSAGES_EN = {
  "check-network":
    "You're offline or Microsoft 365 can't be reached, so {generic, select, yes {the app} other {{client}}} can't sign in.",
  "register-mfa":
    "{generic, select, yes {The app} other {{client}}} needs you to finish setting up multi-factor sign-in (MFA) first.",
  "reset-password":
    "Your password has expired, so {generic, select, yes {the app} other {{client}}} can't sign in until you choose a new one.",
  "clear-cached-credentials":
    "{generic, select, yes {The app} other {{client}}} keeps offering an old password or sign-in that Microsoft 365 turns down; removing it and signing in again should stop the prompts.",
  "clear-cached-credentials.likely":
    "Most often, signing out of {generic, select, yes {the app} other {{client}}} and back in the new way stops the prompts.",
  "enable-modern-auth-registry":
    "{client} can't sign in with your organisation's security settings until two registry settings are on.",
  "update-client":
    "{generic, select, yes {The app} other {{client}}} can't sign in the way Microsoft 365 requires; use an app that supports modern sign-in.",
  "update-client.replace":
    "{client} can't sign in to Microsoft 365, and no update changes that: it has to be replaced.",
  "update-client.below-minimum":
    "{client} is too old to connect to Microsoft 365: it needs at least {minimum}.",
  "update-client.needs-registry":
    "{client} has been out of support since {endOfSupport} and can sign in only with extra registry settings: replace it, or turn the settings on as a stopgap.",
  "update-client.out-of-support":
    "{client} has been out of support since {endOfSupport}: plan the move to a supported version with IT.",
  "update-client.out-of-servicing":
    "{client} stopped getting updates on {servicedUntil}: install the latest updates.",
  "update-client.not-current":
    "{client} came out in {released} and isn't current any more: update it with Microsoft AutoUpdate.",
  "update-client.mac-reduced-functionality":
    "{client} is older than {fixedIn}, so since {since} it may open only in reduced-functionality mode (view only): update it with Microsoft AutoUpdate.",
  "update-client.ews":
    "{state, select, removed {{client} can no longer reach Microsoft 365: Microsoft 365 has turned off EWS, which it uses, for good. Use Outlook for Mac or Outlook on the web.} other {{client} reaches Microsoft 365 through EWS, which Microsoft 365 is switching off, for good from {ewsRemovedOn}: Outlook for Mac is the lasting fix.}}",
  "switch-to-modern-auth":
    "{generic, select, yes {The app} other {{client}}} needs to be set up again with “Sign in with Microsoft”.",
  "switch-to-modern-auth.likely":
    "Most often, setting the account up again in {generic, select, yes {the app} other {{client}}} with “Sign in with Microsoft” (OAuth2) stops the prompts.",
  "use-app-password": "The device can keep sending mail for now with an app password.",
  "use-app-password.disabled-by-default":
    "The device can send mail with an app password only if IT has turned password sign-in for sending mail back on.",
  "contact-admin": "{reason} Only your IT team can fix this.",
  none: "Everything this pane can check is working.",
  "support.replace":
    "This version also can't connect to Microsoft 365 at all: it has to be replaced.",
  "support.below-minimum": "This version is also too old to connect: it needs at least {minimum}.",
  "support.out-of-support":
    "This version has also been out of support since {endOfSupport}, so plan an update.",
  "support.out-of-servicing":
    "This version also stopped getting updates on {servicedUntil}, so install the latest updates.",
  "support.not-current":
    "Also, {client} came out in {released} and isn't current any more: update it with Microsoft AutoUpdate.",
  "support.mac-reduced-functionality":
    "This version is also older than {fixedIn}, so since {since} it may open only in reduced-functionality mode (view only): update it with Microsoft AutoUpdate.",
  "support.ews":
    "{state, select, removed {Move to Outlook for Mac: {client} can no longer reach Microsoft 365, because EWS, which it uses, has been turned off for good.} other {For a lasting fix, move to Outlook for Mac: {client} reaches Microsoft 365 through EWS, which is being switched off, for good from {ewsRemovedOn}.}}",
} as const;

export type SummaryKey = keyof typeof SUMMARY_MESSAGES_EN;

/**
 * Why only IT can carry out a contact-admin action, in the user's words: the answer's first sentence when IT comes
 * first, and the line on the "Ask your IT team" card. Chosen from the finding that led there (reasons.ts).
 */
export const REASON_MESSAGES_EN = {
  policy:
    "Your organisation's security rules blocked this assistant's sign-in check from this device or location.",
  device:
    "Your organisation only allows sign-in from devices it manages, and this one doesn't qualify yet.",
  locked: "Your account is locked after too many sign-in attempts.",
  disabled: "Your account is turned off.",
  "not-in-tenant": "Your organisation's Microsoft 365 doesn't recognise this account.",
  "on-premises":
    "Your mailbox is on your organisation's own mail server, which your IT team looks after.",
  "mailbox-forbidden": "Microsoft 365 refused access to your mailbox.",
  "mailbox-not-found":
    "Microsoft 365 can't find your mailbox: it may be on your organisation's own server, or not licensed yet.",
  "smtp-removed": "Microsoft 365 no longer accepts a password from devices that send mail.",
  "smtp-off":
    "Microsoft 365 has turned off password sign-in for devices that send mail, and only IT can turn it back on.",
  "smtp-no-app-passwords":
    "App passwords don't exist with your organisation's sign-in security, so the device needs another way to send mail.",
  "smtp-app-passwords-off":
    "Your organisation doesn't allow app passwords, so the device needs another way to send mail.",
  "smtp-ask": "Only your IT team knows how this device should send mail now.",
  "smtp-lasting":
    "An app password is only a stopgap: the device needs a lasting way to send mail before the deadline.",
  "assistant-setup":
    "Your IT team still has to finish setting up this assistant's live checks; the steps for your app don't depend on them.",
  other: "Something only your IT team can change is stopping the sign-in.",
} as const;

export type ReasonKey = keyof typeof REASON_MESSAGES_EN;

/** The engine's own English: app names come from the clients table, dates and counts in en-US style. */
export function englishMessage(template: string, params: Params): string {
  return formatMessage(template, params, {
    locale: "en-US",
    term: (key, termParams) => {
      const [kind, ...rest] = key.split(".");
      const id = rest.join(".");
      if (kind === "app" && isOneOf(PROBLEM_APPS, id)) return CLIENTS[id].label;
      if (kind === "client" && id in CLIENT_LABELS_EN)
        return formatMessage(CLIENT_LABELS_EN[id as ClientLabelKey], termParams ?? {});
      if (kind === "reason" && id in REASON_MESSAGES_EN) return REASON_MESSAGES_EN[id as ReasonKey];
      if (kind === "method") return isKnownMethod(id) ? METHOD_NAMES_EN[id] : id;
      return key;
    },
  });
}
