// The numbered steps of each action's guide, chosen for the problem client and the judgement day. Texts are
// message keys (the locale catalogues hold the words); every fact a step mentions (a version, a date, a count)
// arrives as a parameter from the other tables, and commands, item names and links are data here.

import { clientParams, type ClientAssessment } from "../classifyClient";
import type { EwsSituation, SmtpSituation } from "../dated";
import { formatMessage, type Params } from "../format";
import type { FindingId } from "../messages.en";
import type { AccountType, ActionId, ProblemApp } from "../vocabulary";
import { APPLE_IOS_MAIL_SETTINGS_MOVED_IN } from "./clients";
import type { LinkId } from "./links";
import { MAC_KEYCHAIN_ITEMS } from "./outlookMac";
import { OUTLOOK_2013_REGISTRY } from "./outlookWindows";
import { EXCHANGE_ONLINE_SERVERS } from "./servers";
import { SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT } from "./timeline";

export const STEP_KEYS = [
  "step.network.connection",
  "step.network.vpn",
  "step.network.browser",
  "step.network.admin",
  "step.network.again",
  "step.mfa.open",
  "step.mfa.add",
  "step.mfa.app",
  "step.mfa.return",
  "step.reset.open",
  "step.reset.verify",
  "step.reset.change",
  "step.reset.signIn",
  "step.gentleWin.signOut",
  "step.gentleWin.signIn",
  "step.gentleMac.signOut",
  "step.gentleMac.signIn",
  "step.gentle.approve",
  "step.gentle.troubleshooter",
  "step.clearWin.close",
  "step.clearWin.open",
  "step.clearWin.remove",
  "step.clearWin.list",
  "step.clearWin.delete",
  "step.clearWin.restart",
  "step.clearMac.quit",
  "step.clearMac.open",
  "step.clearMac.delete",
  "step.clearMac.restart",
  "step.clearPhone.what",
  "step.clearPhone.remove",
  "step.clearPhone.restart",
  "step.clearPhone.add",
  "step.clearWeb.signOut",
  "step.clearWeb.closeBrowser",
  "step.clearWeb.signIn",
  "step.clearWeb.readdNew",
  "step.clearWeb.privateWindow",
  "step.clearApp.remove",
  "step.clearApp.signIn",
  "step.reg2013.updateFirst",
  "step.reg2013.updateBeforeEnd",
  "step.reg2013.minimum",
  "step.reg2013.close",
  "step.reg2013.apply",
  "step.reg2013.restart",
  "step.replace.why",
  "step.replace.windows",
  "step.replace.mac",
  "step.replace.web",
  "step.org.who",
  "step.org.minimum",
  "step.org.outOfSupport",
  "step.org.askMove",
  "step.org.askUpdate",
  "step.c2rPerpetual.meanwhile",
  "step.office2013.who",
  "step.c2r.check",
  "step.c2r.belowMinimum",
  "step.c2r.outOfServicing",
  "step.c2r.update",
  "step.c2r.managed",
  "step.updateWin.find",
  "step.updateWin.c2r",
  "step.updateWin.managed",
  "step.updateMac.autoupdate",
  "step.updateMac.restart",
  "step.macLicence.why",
  "step.macLicence.ask",
  "step.selfUpdate.reopen",
  "step.selfUpdate.still",
  "step.updatePhone.store",
  "step.updatePhone.signIn",
  "step.outlookMac.install",
  "step.outlookMac.add",
  "step.outlookMac.web",
  "step.updateOther.modern",
  "step.updateOther.outlook",
  "step.appleIos.delete",
  "step.appleIos.add",
  "step.appleIos.signIn",
  "step.appleMac.ewsNote",
  "step.appleMac.remove",
  "step.appleMac.add",
  "step.appleMac.signIn",
  "step.thunderbird.incoming",
  "step.thunderbird.outgoing",
  "step.thunderbird.servers",
  "step.thunderbird.signIn",
  "step.device.oauth",
  "step.device.firmware",
  "step.device.admin",
  "step.genericOauth.find",
  "step.genericOauth.readd",
  "step.genericOauth.outlook",
  "step.appPw.why",
  "step.appPw.whyOff",
  "step.appPw.mailbox",
  "step.appPw.create",
  "step.appPw.paste",
  "step.appPw.deadline",
  "step.appPw.finalDate",
  "step.none.ok",
  "step.none.pick",
  "step.mfaSetup.moreInfo",
  "step.mfaSetup.noPhone",
  "step.note.elsewhere",
  "step.note.noAppPassword",
] as const;

export type StepKey = (typeof STEP_KEYS)[number];

/**
 * How a step is shown. A plain step is something to do, with a tick box, and counts towards progress. A "note" is
 * a statement (why, a deadline, an alternative): text, never a tick box. An "advanced" step sits under
 * "Advanced (for IT)" and doesn't count, so a user who follows the main path reaches "done".
 */
export type StepKind = "note" | "advanced";

export interface Step {
  key: StepKey;
  kind?: StepKind;
  /** Values the text needs. `email` and `summary` are filled when the step is shown (see RENDER_TIME_PARAMS). */
  params?: Params;
  /** Text to show in a copy box: commands, registry lines, Keychain item names; may hold {email}. */
  copy?: string[];
  link?: LinkId;
  download?: { filename: string; mime: string; content: string };
  /**
   * The step closes or restarts the app the pane runs in, signs out of it or removes the account from it: the
   * pane closes with it (closesHost.ts). Set by the plan against the host app; the pane marks it data-closes-host.
   */
  closesHost?: true;
  /**
   * The finding this note states (the app password's deadline): said here instead of under "Why this happens", so
   * the pane marks the note with it (data-finding) and every warning stays visible once.
   */
  finding?: FindingId;
}

/**
 * Parameters only the pane has when it shows a step: the user's address (never part of a diagnosis or a report)
 * and the summary sentence in the user's language.
 */
export const RENDER_TIME_PARAMS = ["email", "summary"] as const;

export interface Guide {
  steps: Step[];
  /** Links the guide offers besides those attached to its steps. */
  moreLinks: LinkId[];
}

export interface GuideContext {
  client: ClientAssessment;
  /** The app the pane runs in (null outside Outlook): which steps end the pane depends on it. */
  hostApp?: ProblemApp | null;
  accountType: AccountType | null;
  smtp: SmtpSituation;
  ews: EwsSituation;
}

const date = (iso: string | null) => (iso ? { date: iso } : "?");
const only = (steps: Step[]): Guide => ({ steps, moreLinks: [] });
const note = (step: Step): Step => ({ ...step, kind: "note" });
const advanced = (step: Step): Step => ({ ...step, kind: "advanced" });

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
  const hkcu = (path: string) => path.replace("HKEY_CURRENT_USER", "HKCU");
  return [
    ...r.values.map((v) => `reg add "${hkcu(r.path)}" /v ${v.name} /t ${v.type} /d ${v.data} /f`),
    `reg add "${hkcu(r.autodiscover.path)}" /v ${r.autodiscover.name} /t ${r.autodiscover.type} /d ${r.autodiscover.data} /f`,
  ];
}

/**
 * Credential Manager targets Office writes for an address. [MS] KB4051374: MicrosoftOffice15_Data:SSPI / 16_Data:SSPI.
 * cmdkey has no documented wildcard, so the list is filtered with findstr and the deletes name each target. The
 * target is quoted: an address's local part may hold &, | or ^, which cmd.exe would treat as operators (F16).
 */
const CMDKEY_DELETES = [
  'cmdkey /delete:"MicrosoftOffice16_Data:SSPI:{email}"',
  'cmdkey /delete:"MicrosoftOffice15_Data:SSPI:{email}"',
];
const CMDKEY_LIST = 'cmdkey /list | findstr /i "MicrosoftOffice Office16 Office15 Outlook"';

/**
 * Characters an address may legally hold that cmd.exe acts on even inside double quotes: %VAR% (and !VAR! with
 * delayed expansion) is expanded, and a " ends the quoting. No escape works inside quotes on the interactive
 * command line (^ is literal there), so such an address isn't written into a command at all.
 */
const UNSAFE_IN_QUOTED_CMD = /["%!\r\n]/;

/**
 * A copy-box line with the user's address filled in. When the address can't be put safely into a cmd.exe line,
 * the line gets `generic` instead (the placeholder address the pane shows when it knows none), so pasting it can
 * never expand a variable or run anything: at worst cmdkey reports "Element not found".
 */
export function copyLine(template: string, email: string, generic: string): string {
  return formatMessage(template, { email: UNSAFE_IN_QUOTED_CMD.test(email) ? generic : email });
}

const isPhone = (c: ClientAssessment) => c.app === "outlook-ios" || c.app === "outlook-android";
const isWebLike = (c: ClientAssessment) =>
  c.app === "outlook-web" || c.app === "outlook-windows-new";

/**
 * The gentle path first: sign out and back in the new way, finish the Microsoft sign-in window, approve on the
 * phone. Credential Manager, cmdkey and Keychain Access are for when that isn't enough, under "Advanced (for IT)".
 */
function clearCachedCredentials(ctx: GuideContext): Guide {
  const c = ctx.client;
  const client = clientParams(c);
  if (c.app === "outlook-windows-classic") {
    return only([
      { key: "step.gentleWin.signOut" },
      { key: "step.gentleWin.signIn" },
      { key: "step.gentle.approve" },
      note({ key: "step.gentle.troubleshooter", link: "outlookPasswordPromptDiag" }),
      advanced({ key: "step.clearWin.close" }),
      advanced({ key: "step.clearWin.open" }),
      advanced({ key: "step.clearWin.remove" }),
      advanced({ key: "step.clearWin.list", copy: [CMDKEY_LIST] }),
      advanced({ key: "step.clearWin.delete", copy: CMDKEY_DELETES }),
      advanced({ key: "step.clearWin.restart" }),
    ]);
  }
  if (c.app === "outlook-mac") {
    return only([
      { key: "step.gentleMac.signOut" },
      { key: "step.gentleMac.signIn" },
      { key: "step.gentle.approve" },
      advanced({ key: "step.clearMac.quit" }),
      advanced({ key: "step.clearMac.open" }),
      advanced({ key: "step.clearMac.delete", copy: [...MAC_KEYCHAIN_ITEMS] }),
      advanced({ key: "step.clearMac.restart", link: "macKeychainKb" }),
    ]);
  }
  if (isPhone(c)) {
    return only([
      // What deleting the account does, before the person does it: the one destructive step in these guides.
      note({ key: "step.clearPhone.what", params: client }),
      { key: "step.clearPhone.remove" },
      { key: "step.clearPhone.restart" },
      { key: "step.clearPhone.add" },
    ]);
  }
  if (isWebLike(c)) {
    return only([
      { key: "step.clearWeb.signOut", params: client },
      { key: "step.clearWeb.closeBrowser" },
      { key: "step.clearWeb.signIn" },
      { key: "step.gentle.approve" },
      advanced({
        key:
          c.app === "outlook-windows-new"
            ? "step.clearWeb.readdNew"
            : "step.clearWeb.privateWindow",
      }),
    ]);
  }
  return only([{ key: "step.clearApp.remove", params: client }, { key: "step.clearApp.signIn" }]);
}

/** Why a perpetual product needs more than its updates: below the build that connects, or out of support. */
function perpetualNotes(c: ClientAssessment, link?: LinkId): Step[] {
  return [
    ...(c.canConnect === false
      ? [note({ key: "step.org.minimum", params: { minimum: c.minimum ?? "?" } })]
      : []),
    ...(c.pastEndOfSupport
      ? [
          note({
            key: "step.org.outOfSupport",
            params: { endOfSupport: date(c.endOfSupport) },
            ...(link ? { link } : {}),
          }),
        ]
      : []),
  ];
}

/** Update advice follows the product: replace, the organisation's updates, Office Account, AutoUpdate, a store. */
function updateClient(ctx: GuideContext): Guide {
  const c = ctx.client;
  const client = clientParams(c);
  const outOfSupport = c.pastEndOfSupport;
  switch (c.update) {
    case "replace":
      return only([
        note({
          key: "step.replace.why",
          params: { ...client, endOfSupport: date(c.endOfSupport) },
        }),
        c.app === "outlook-mac"
          ? { key: "step.replace.mac", link: "outlookForMac" }
          : { key: "step.replace.windows", link: "updateOffice" },
        { key: "step.replace.web" },
      ]);
    // What to ask IT first; who updates it and why, after.
    case "organisation":
      return only([
        { key: outOfSupport ? "step.org.askMove" : "step.org.askUpdate" },
        note({ key: "step.org.who", params: client }),
        ...perpetualNotes(c, "updateOffice"),
      ]);
    // Click-to-Run volume licences update from inside Outlook; out of support, moving on is the first ask.
    case "perpetual-c2r":
      return only([
        ...(outOfSupport ? [{ key: "step.org.askMove" } as Step] : []),
        ...perpetualNotes(c),
        { key: outOfSupport ? "step.c2rPerpetual.meanwhile" : "step.c2r.update" },
        note({ key: "step.c2r.managed", link: "updateOffice" }),
      ]);
    // Sold as MSI and as Click-to-Run: the same two ways as the registry stopgap names.
    case "office-2013":
      return only([
        { key: outOfSupport ? "step.org.askMove" : "step.org.askUpdate" },
        note({ key: "step.office2013.who", params: client }),
        ...perpetualNotes(c, "updateOffice"),
      ]);
    case "office-account":
      return only([
        c.canConnect === false
          ? note({ key: "step.c2r.belowMinimum", params: { ...client, minimum: c.minimum ?? "?" } })
          : c.servicedUntil && c.supported === false
            ? note({
                key: "step.c2r.outOfServicing",
                params: { ...client, servicedUntil: date(c.servicedUntil) },
              })
            : { key: "step.c2r.check" },
        { key: "step.c2r.update" },
        note({ key: "step.c2r.managed", link: "updateOffice" }),
      ]);
    case "windows-unknown":
      return only([
        { key: "step.updateWin.find" },
        { key: "step.updateWin.c2r" },
        note({ key: "step.updateWin.managed", link: "updateOffice" }),
      ]);
    case "autoupdate":
      return only([{ key: "step.updateMac.autoupdate" }, { key: "step.updateMac.restart" }]);
    case "mac-licence":
      return only([
        // A licence named in words ("2021 for Mac") has no known last version: say only that it is out of support.
        ...(c.lastVersion === null
          ? perpetualNotes(c)
          : [
              note({
                key: "step.macLicence.why",
                params: {
                  ...client,
                  endOfSupport: date(c.endOfSupport),
                  lastVersion: c.lastVersion,
                },
              }),
            ]),
        { key: "step.macLicence.ask", link: "outlookForMac" },
        { key: "step.updateMac.autoupdate" },
      ]);
    case "self-updating":
      return only([
        { key: "step.selfUpdate.reopen", params: client },
        note({ key: "step.selfUpdate.still" }),
      ]);
    case "store":
      return only([
        { key: "step.updatePhone.store", link: "outlookMobile" },
        { key: "step.updatePhone.signIn" },
      ]);
    // Why (EWS being switched off, with its dates) is the answer's own sentence and finding: straight to the fix.
    case "outlook-for-mac":
      return only(OUTLOOK_FOR_MAC_STEPS);
    case "device-firmware":
      return only(DEVICE_STEPS);
    default:
      return only([
        { key: "step.updateOther.modern", params: client },
        note({ key: "step.updateOther.outlook", link: "outlookMobile" }),
      ]);
  }
}

const OUTLOOK_FOR_MAC_STEPS: Step[] = [
  { key: "step.outlookMac.install", link: "outlookForMac" },
  { key: "step.outlookMac.add" },
  { key: "step.outlookMac.web" },
];

const DEVICE_STEPS: Step[] = [
  { key: "step.device.oauth" },
  note({ key: "step.device.firmware" }),
  note({ key: "step.device.admin" }),
];

function switchToModernAuth(ctx: GuideContext): Guide {
  const client = clientParams(ctx.client);
  switch (ctx.client.app) {
    case "apple-mail-ios":
      return only([
        {
          key: "step.appleIos.delete",
          params: { oldIos: String(APPLE_IOS_MAIL_SETTINGS_MOVED_IN - 1) },
        },
        { key: "step.appleIos.add" },
        { key: "step.appleIos.signIn", link: "appleMailIos" },
      ]);
    case "apple-mail-macos":
      return only([
        ...(ctx.ews.state === "off-by-default"
          ? [
              note({
                key: "step.appleMac.ewsNote",
                params: { ewsRemovedOn: date(ctx.ews.removedOn) },
              }),
            ]
          : []),
        { key: "step.appleMac.remove" },
        { key: "step.appleMac.add" },
        { key: "step.appleMac.signIn", link: "appleMailMac" },
      ]);
    case "thunderbird":
      return only([
        { key: "step.thunderbird.incoming" },
        { key: "step.thunderbird.outgoing" },
        {
          key: "step.thunderbird.servers",
          params: {
            imapPort: String(EXCHANGE_ONLINE_SERVERS.imap.port),
            popPort: String(EXCHANGE_ONLINE_SERVERS.pop.port),
            smtpPort: String(EXCHANGE_ONLINE_SERVERS.smtp.port),
          },
          // Only the host names: that is what goes into the server field; ports and security are in the text.
          copy: [EXCHANGE_ONLINE_SERVERS.imap.host, EXCHANGE_ONLINE_SERVERS.smtp.host],
        },
        { key: "step.thunderbird.signIn", link: "thunderbirdOauth" },
      ]);
    case "device-smtp":
      return only(DEVICE_STEPS);
    default:
      return only([
        { key: "step.genericOauth.find", params: client },
        { key: "step.genericOauth.readd" },
        note({ key: "step.genericOauth.outlook", params: client, link: "outlookMobile" }),
      ]);
  }
}

/** App passwords for an SMTP device, worded by where the SMTP AUTH timeline stands on the judgement day. */
function useAppPassword(ctx: GuideContext): Guide {
  const { smtp } = ctx;
  const setup: Step[] = [
    { key: "step.appPw.mailbox" },
    { key: "step.appPw.create", link: "securityInfo" },
    {
      key: "step.appPw.paste",
      params: { smtpPort: String(EXCHANGE_ONLINE_SERVERS.smtp.port) },
      copy: [EXCHANGE_ONLINE_SERVERS.smtp.host],
    },
  ];
  if (smtp.state === "basic-available") {
    return {
      // The set-up first; why it works only here (not for Outlook or mail apps) and until when, after it.
      steps: [
        ...setup,
        // The deadline is said once, in the deadline note below.
        note({ key: "step.appPw.why" }),
        note({
          key: "step.appPw.deadline",
          params: { deadline: date(smtp.lastDay), days: smtp.daysLeft ?? 0 },
          link: "smtpAuthTimeline",
          finding: "app-password-stopgap",
        }),
      ],
      moreLinks: ["appPasswordsHelp"],
    };
  }
  const a = SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT;
  return {
    steps: [
      note({ key: "step.appPw.whyOff", params: { offSince: date(smtp.offSince) } }),
      ...setup,
      note({
        key: "step.appPw.finalDate",
        params: { half: String(a.half), year: String(a.year), when: smtp.announcement },
        link: "smtpAuthTimeline",
      }),
    ],
    moreLinks: ["appPasswordsHelp"],
  };
}

const GUIDES: Record<ActionId, (ctx: GuideContext) => Guide> = {
  "check-network": (ctx) =>
    only([
      { key: "step.network.connection" },
      { key: "step.network.vpn" },
      { key: "step.network.browser", params: clientParams(ctx.client) },
      { key: "step.network.again" },
      advanced({ key: "step.network.admin", link: "connectivityAnalyzer" }),
    ]),
  "register-mfa": (ctx) =>
    only([
      {
        key: "step.mfa.open",
        link: ctx.accountType === "outlookCom" ? "msaSecurity" : "securityInfo",
      },
      { key: "step.mfa.add" },
      { key: "step.mfa.app", link: "authenticatorDownload" },
      { key: "step.mfa.return", params: clientParams(ctx.client) },
    ]),
  "reset-password": (ctx) =>
    only([
      { key: "step.reset.open", link: "sspr" },
      { key: "step.reset.verify" },
      note({ key: "step.reset.change", link: "changePassword" }),
      { key: "step.reset.signIn", params: clientParams(ctx.client) },
    ]),
  "clear-cached-credentials": clearCachedCredentials,
  "enable-modern-auth-registry": (ctx) =>
    only([
      {
        // Say "out of support since" only once that day has passed.
        key: ctx.client.pastEndOfSupport
          ? "step.reg2013.updateFirst"
          : "step.reg2013.updateBeforeEnd",
        params: { client: ctx.client.name, endOfSupport: date(ctx.client.endOfSupport) },
        link: "updateOffice",
      },
      {
        key: "step.reg2013.minimum",
        params: { client: ctx.client.name, minimumBuild: ctx.client.minimum ?? "?" },
      },
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
    ]),
  "update-client": updateClient,
  "switch-to-modern-auth": switchToModernAuth,
  "use-app-password": useAppPassword,
  // Nothing for the user to do but hand over the report: the card shows the reason (plan.reason) and the hand-off.
  "contact-admin": () => only([]),
  none: () => only([note({ key: "step.none.ok" }), note({ key: "step.none.pick" })]),
};

/**
 * Guides that end in a Microsoft sign-in window. Right after MFA is switched on, that window often asks for
 * "More information required" (set up a second step) instead of a password: the commonest sticking point, which no
 * live check is needed to explain. Devices that send mail never see that window, and the other guides don't sign in.
 */
const SIGNS_IN: ReadonlySet<ActionId> = new Set([
  "register-mfa",
  "reset-password",
  "clear-cached-credentials",
  "enable-modern-auth-registry",
  "update-client",
  "switch-to-modern-auth",
]);

function mfaSetupNotes(ctx: GuideContext): Step[] {
  return [
    note({
      key: "step.mfaSetup.moreInfo",
      link: ctx.accountType === "outlookCom" ? "msaSecurity" : "securityInfo",
    }),
    note({ key: "step.mfaSetup.noPhone" }),
  ];
}

/** The notes go before "approve the sign-in" where a guide has it, else after its last step on the main path. */
function withMfaSetup(guide: Guide, ctx: GuideContext): Guide {
  const steps = guide.steps;
  const approve = steps.findIndex(
    (s) => s.key === "step.gentle.approve" || s.key === "step.mfa.return"
  );
  let at = approve;
  if (at < 0) {
    const lastMain = steps.reduce((last, s, i) => (s.kind === "advanced" ? last : i), -1);
    at = lastMain + 1;
  }
  return { ...guide, steps: [...steps.slice(0, at), ...mfaSetupNotes(ctx), ...steps.slice(at)] };
}

export function guideFor(action: ActionId, ctx: GuideContext): Guide {
  const guide = GUIDES[action](ctx);
  return SIGNS_IN.has(action) && ctx.client.protocol !== "smtp" ? withMfaSetup(guide, ctx) : guide;
}

/** Every link a guide shows, steps first. */
export function guideLinks(guide: Guide): LinkId[] {
  const fromSteps = guide.steps.flatMap((s) => (s.link ? [s.link] : []));
  return [...new Set([...fromSteps, ...guide.moreLinks])];
}
