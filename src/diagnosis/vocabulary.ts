// The contract's closed vocabularies (docs/contract.md). Every enum the report or the
// diagnosis carries is listed once here, so the parser, the engine and the tests agree on one spelling.

export const HOST_NAMES = [
  "Outlook",
  "newOutlookWindows",
  "OutlookWebApp",
  "OutlookIOS",
  "OutlookAndroid",
] as const;
export type HostName = (typeof HOST_NAMES)[number];

export const PLATFORMS = ["PC", "Mac", "OfficeOnline", "iOS", "Android", "Universal"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACCOUNT_TYPES = ["office365", "enterprise", "outlookCom", "gmail"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const EWS_TOKEN_STATUSES = ["enabled", "disabled", "removed"] as const;
export type EwsTokenStatus = (typeof EWS_TOKEN_STATUSES)[number];

export const PROBLEM_APPS = [
  "outlook-windows-classic",
  "outlook-windows-new",
  "outlook-mac",
  "outlook-web",
  "outlook-ios",
  "outlook-android",
  "apple-mail-macos",
  "apple-mail-ios",
  "android-mail",
  "thunderbird",
  "other-imap-pop",
  "device-smtp",
  "other",
] as const;
export type ProblemApp = (typeof PROBLEM_APPS)[number];

export const TOKEN_STATUSES = [
  "ok",
  "interaction_required",
  "failed",
  "unsupported",
  "not_configured",
  "timeout",
] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

export const MAILBOX_STATUSES = ["ok", "failed", "skipped", "timeout"] as const;
export type MailboxStatus = (typeof MAILBOX_STATUSES)[number];

export const AUTH_METHODS_STATUSES = MAILBOX_STATUSES;
export type AuthMethodsStatus = MailboxStatus;

export const MFA_MODES = [
  "conditionalAccess",
  "securityDefaults",
  "perUserMfa",
  "unknown",
] as const;
export type MfaMode = (typeof MFA_MODES)[number];

export const ACTIONS = [
  "check-network",
  "register-mfa",
  "reset-password",
  "clear-cached-credentials",
  "enable-modern-auth-registry",
  "update-client",
  "switch-to-modern-auth",
  "use-app-password",
  "contact-admin",
  "none",
] as const;
export type ActionId = (typeof ACTIONS)[number];

/** What the prompt looks like, as the user says in the pane (added to the report for the help desk). */
export const PROMPT_LOOKS = [
  "windows-security",
  "microsoft-window",
  "mac-keychain",
  "other",
] as const;
export type PromptLook = (typeof PROMPT_LOOKS)[number];

export const SEVERITIES = ["ok", "info", "warning", "error"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MODERN_AUTH = ["yes", "needs-registry", "no", "unknown"] as const;
export type ModernAuth = (typeof MODERN_AUTH)[number];

/** Where the pane collected a report (added to the report; a report without it came from inside Outlook). */
export const PANE_CONTEXTS = ["office", "browser"] as const;
export type PaneContext = (typeof PANE_CONTEXTS)[number];

/** The device a browser outside Outlook runs on, as the browser tells it (added to the report). */
export const DEVICE_PLATFORMS = ["windows", "mac", "ios", "android", "other"] as const;
export type DevicePlatform = (typeof DEVICE_PLATFORMS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
