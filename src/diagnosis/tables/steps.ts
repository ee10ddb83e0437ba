// The numbered steps of each action's guide, tailored to the problem client. Texts are message keys (the locale
// catalogues hold the words); commands, item names and links are data here, so every guide is one table row.

import type { ClientAssessment } from "../classifyClient";
import type { ActionId, AccountType } from "../vocabulary";
import type { LinkId } from "./links";
import { MAC_KEYCHAIN_ITEMS } from "./outlookMac";
import { OUTLOOK_2013_REGISTRY } from "./outlookWindows";
import { SMTP_AUTH_DEFAULT_OFF_DEADLINE } from "./timeline";

export interface Step {
  key: string;
  /** Text to show in a copy box: commands, registry lines, Keychain item names. */
  copy?: string[];
  link?: LinkId;
  download?: { filename: string; mime: string; content: string };
}

export interface StepContext {
  client: ClientAssessment;
  accountType: AccountType | null;
  /** The user's address, to build cmdkey targets; a placeholder in preview mode. Never stored. */
  email: string;
}

/** The Outlook 2013 modern-auth keys as a .reg file (Windows Registry Editor format, CRLF line ends). */
export function outlook2013RegFile(): string {
  const r = OUTLOOK_2013_REGISTRY;
  const dword = (n: number) => `dword:${n.toString(16).padStart(8, "0")}`;
  return [
    "Windows Registry Editor Version 5.00",
    "",
    `[${r.path}]`,
    ...r.values.map((v) => `"${v.name}"=${dword(v.data)}`),
    "",
    `[${r.autodiscover.path}]`,
    `"${r.autodiscover.name}"=${dword(r.autodiscover.data)}`,
    "",
  ].join("\r\n");
}

function outlook2013RegCommands(): string[] {
  const r = OUTLOOK_2013_REGISTRY;
  return [
    ...r.values.map(
      (v) =>
        `reg add "${r.path.replace("HKEY_CURRENT_USER", "HKCU")}" /v ${v.name} /t ${v.type} /d ${v.data} /f`
    ),
    `reg add "${r.autodiscover.path.replace("HKEY_CURRENT_USER", "HKCU")}" /v ${r.autodiscover.name} /t ${r.autodiscover.type} /d ${r.autodiscover.data} /f`,
  ];
}

/**
 * Credential Manager targets Office writes for an address. [MS] KB4051374: MicrosoftOffice15_Data:SSPI / 16_Data:SSPI.
 * cmdkey has no documented wildcard, so the list is filtered with findstr and the deletes name each target.
 */
function cmdkeyLines(email: string): string[] {
  return [
    `cmdkey /delete:MicrosoftOffice16_Data:SSPI:${email}`,
    `cmdkey /delete:MicrosoftOffice15_Data:SSPI:${email}`,
  ];
}

const CMDKEY_LIST = 'cmdkey /list | findstr /i "MicrosoftOffice Office16 Office15 Outlook"';

const isPhone = (c: ClientAssessment) => c.app === "outlook-ios" || c.app === "outlook-android";
const isWebLike = (c: ClientAssessment) =>
  c.app === "outlook-web" || c.app === "outlook-windows-new";

function clearCachedCredentials(ctx: StepContext): Step[] {
  const c = ctx.client;
  if (c.app === "outlook-windows-classic") {
    return [
      { key: "step.clearWin.close" },
      { key: "step.clearWin.open" },
      { key: "step.clearWin.remove" },
      { key: "step.clearWin.list", copy: [CMDKEY_LIST] },
      { key: "step.clearWin.delete", copy: cmdkeyLines(ctx.email) },
      { key: "step.clearWin.restart" },
      { key: "step.clearWin.stillAsks", link: "outlookPasswordPromptDiag" },
    ];
  }
  if (c.app === "outlook-mac") {
    return [
      { key: "step.clearMac.quit" },
      { key: "step.clearMac.open" },
      { key: "step.clearMac.delete", copy: [...MAC_KEYCHAIN_ITEMS] },
      { key: "step.clearMac.restart", link: "macKeychainKb" },
    ];
  }
  if (isPhone(c)) {
    return [
      { key: "step.clearPhone.remove" },
      { key: "step.clearPhone.restart" },
      { key: "step.clearPhone.add" },
    ];
  }
  if (isWebLike(c)) {
    return [
      { key: "step.clearWeb.signOut" },
      { key: "step.clearWeb.closeBrowser" },
      { key: "step.clearWeb.signIn" },
    ];
  }
  return [{ key: "step.clearApp.remove" }, { key: "step.clearApp.signIn" }];
}

function updateClient(ctx: StepContext): Step[] {
  const c = ctx.client;
  if (c.app === "outlook-windows-classic") {
    return [
      { key: "step.updateWin.compare" },
      { key: "step.updateWin.check", link: "updateOffice" },
      { key: "step.updateWin.c2r" },
      { key: "step.updateWin.perpetual" },
    ];
  }
  if (c.app === "outlook-mac")
    return [
      { key: "step.updateMac.compare" },
      { key: "step.updateMac.autoupdate" },
      { key: "step.updateMac.old" },
    ];
  if (isPhone(c))
    return [
      { key: "step.updatePhone.store", link: "outlookMobile" },
      { key: "step.updatePhone.signIn" },
    ];
  return [
    { key: "step.updateOther.modern" },
    { key: "step.updateOther.outlook", link: "outlookMobile" },
  ];
}

function switchToModernAuth(ctx: StepContext): Step[] {
  switch (ctx.client.app) {
    case "apple-mail-ios":
      return [
        { key: "step.appleIos.delete" },
        { key: "step.appleIos.add" },
        { key: "step.appleIos.signIn", link: "appleMailIos" },
      ];
    case "apple-mail-macos":
      return [
        { key: "step.appleMac.remove" },
        { key: "step.appleMac.add" },
        { key: "step.appleMac.signIn", link: "appleMailMac" },
      ];
    case "thunderbird":
      return [
        { key: "step.thunderbird.incoming" },
        { key: "step.thunderbird.outgoing" },
        {
          key: "step.thunderbird.servers",
          copy: [
            "IMAP: outlook.office365.com, port 993, SSL/TLS",
            "POP: outlook.office365.com, port 995, SSL/TLS",
            "SMTP: smtp.office365.com, port 587, STARTTLS",
          ],
        },
        { key: "step.thunderbird.signIn", link: "thunderbirdOauth" },
      ];
    case "device-smtp":
      return [
        { key: "step.device.oauth" },
        { key: "step.device.firmware" },
        { key: "step.device.admin" },
      ];
    default:
      return [
        { key: "step.genericOauth.find" },
        { key: "step.genericOauth.readd" },
        { key: "step.genericOauth.outlook", link: "outlookMobile" },
      ];
  }
}

const STEPS: Record<ActionId, (ctx: StepContext) => Step[]> = {
  "check-network": () => [
    { key: "step.network.connection" },
    { key: "step.network.vpn" },
    { key: "step.network.browser" },
    { key: "step.network.admin", link: "connectivityAnalyzer" },
    { key: "step.network.again" },
  ],
  "register-mfa": (ctx) => [
    {
      key: "step.mfa.open",
      link: ctx.accountType === "outlookCom" ? "msaSecurity" : "securityInfo",
    },
    { key: "step.mfa.add" },
    { key: "step.mfa.app", link: "authenticatorDownload" },
    { key: "step.mfa.return" },
  ],
  "reset-password": () => [
    { key: "step.reset.open", link: "sspr" },
    { key: "step.reset.verify" },
    { key: "step.reset.change", link: "changePassword" },
    { key: "step.reset.signIn" },
  ],
  "clear-cached-credentials": clearCachedCredentials,
  "enable-modern-auth-registry": () => [
    { key: "step.reg2013.updateFirst", link: "updateOffice" },
    { key: "step.reg2013.minimum" },
    { key: "step.reg2013.close" },
    {
      key: "step.reg2013.apply",
      copy: outlook2013RegCommands(),
      download: {
        filename: "outlook2013-modern-auth.reg",
        mime: "text/plain",
        content: outlook2013RegFile(),
      },
    },
    { key: "step.reg2013.restart", link: "modernAuthOffice2013" },
  ],
  "update-client": updateClient,
  "switch-to-modern-auth": switchToModernAuth,
  "use-app-password": () => [
    { key: "step.appPw.why" },
    { key: "step.appPw.create", link: "securityInfo" },
    { key: "step.appPw.paste", copy: ["smtp.office365.com", "587 (STARTTLS)"] },
    { key: "step.appPw.deadline", link: "smtpAuthTimeline" },
  ],
  "contact-admin": () => [{ key: "step.admin.tell" }, { key: "step.admin.send" }],
  none: () => [{ key: "step.none.ok" }, { key: "step.none.pick" }],
};

export function stepsFor(action: ActionId, ctx: StepContext): Step[] {
  return STEPS[action](ctx);
}

export { SMTP_AUTH_DEFAULT_OFF_DEADLINE };
