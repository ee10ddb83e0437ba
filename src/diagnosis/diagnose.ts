// facts -> diagnosis. The only place the add-in decides anything; the pane and the CLI only present the result.

import {
  ASK_FIRST_HOSTS,
  PHONE_HOSTS,
  VERSIONED_APPS,
  askChoices,
  versionChoicesFor,
  type AskChoice,
  type VersionChoice,
} from "./ask";
import { addMonthsToDay, isoDay, onOrBefore } from "./calendar";
import { classifyClient, hostApp, type ClientAssessment } from "./classifyClient";
import { ewsSituation, smtpSituation } from "./dated";
import { DEVICE_APPS } from "./deviceApps";
import type { Facts } from "./facts";
import { englishMessage, SUMMARY_MESSAGES_EN, type FindingId } from "./messages.en";
import { causeOf } from "./cause";
import { summaryForIt } from "./itSummary";
import { planFor, type GuideNotes, type PlannedAction } from "./plan";
import { reasonFor } from "./reasons";
import { accountRules, networkRules } from "./rules/accountRules";
import { appPasswordRules } from "./rules/appPasswordRules";
import { clientRules, hostRules } from "./rules/clientRules";
import { Collector, type Finding } from "./rules/collector";
import type { RuleContext } from "./rules/context";
import { authMethodRules, mailboxRules, tokenRules } from "./rules/probeRules";
import { reportRules } from "./rules/reportRules";
import { signInOffer, type SignInOffer } from "./signIn";
import { ownerOf, summaryParts, type Owner, type SummaryPart } from "./summary";
import { KNOWLEDGE_AS_OF, KNOWLEDGE_REVIEW_MONTHS } from "./tables/knowledge";
import { LINKS } from "./tables/links";
import { MAC_RELEASES } from "./tables/outlookMac";
import { CHANNEL_BUILDS } from "./tables/outlookWindows";
import type { Params } from "./format";
import {
  PROBLEM_APPS,
  SEVERITIES,
  type ActionId,
  type ModernAuth,
  type ProblemApp,
  type Severity,
} from "./vocabulary";

export type { Finding } from "./rules/collector";

export interface Diagnosis {
  schema: 1;
  problemClient: {
    app: ProblemApp;
    label: string;
    modernAuth: ModernAuth;
    supported: boolean | null;
    /**
     * Added: who named the app. "user": the person chose it (facts.problemClient.app); "host": nobody did, so it is
     * the app the pane runs in; "default": neither is known. Steps that remove an account from a phone appear only
     * for "user".
     */
    chosenBy: "user" | "host" | "default";
  };
  actions: ActionId[];
  findings: Finding[];
  links: string[];
  /** Added fields (the contract allows additions): the answer, and notes for the help desk. */
  summary: {
    action: ActionId;
    severity: Severity;
    /** The whole answer in English (every part). */
    message: string;
    /** Parameters of the first part (kept for readers of earlier reports). */
    params: Params;
    /** The answer as catalogue keys: the first action's sentence, then any support sentence. */
    parts: SummaryPart[];
    /** Who has to act: nothing to do, the user, or only IT. The pane colours the answer by this. */
    owner: Owner;
    /** Added: the answer's lead written for the help desk (English), for the report and the CLI. */
    forIt: string;
  };
  /**
   * The findings that explain the answer to the user ("Why this happens"), in order: every warning and error the
   * answer doesn't state itself (summary.parts[].states), then the notes that help the user act (which device,
   * who manages the mailbox, app passwords won't help).
   */
  why: FindingId[];
  /**
   * What the pane should ask: which app prompts (instead of a verdict), and its version (when it matters).
   * Added: `choices`, the "which app?" choices in the order to show them (a computer first); `versionChoices`, the
   * "which Outlook?" choices for the problem app (empty when its version doesn't decide the fix), each with the
   * words to store as problemClient.version; `deviceApps`, the apps to offer first in a browser outside Outlook,
   * those of the device it runs on (empty inside Outlook, where the host's own app is offered).
   */
  ask: {
    app: boolean;
    version: boolean;
    choices: AskChoice[];
    versionChoices: VersionChoice[];
    deviceApps: readonly ProblemApp[];
  };
  adminNotes: string[];
  judgedAt: string;
  /** The day the knowledge tables were last verified; verdicts judged long after it carry a note for IT. */
  knowledgeAsOf: string;
  /** The full client assessment, so the guide tailors its steps without re-deciding anything. */
  assessment: ClientAssessment;
  /** One guide per action, in the same order: steps, parameters, links and hand-off. */
  plan: PlannedAction[];
  /** Whether interactive sign-in can help, and what the latest sign-in result means. */
  signIn: SignInOffer;
}

export interface DiagnoseOptions {
  /** Used when the report has no valid collectedAt. */
  now: Date;
}

const RULES = [
  reportRules,
  networkRules,
  clientRules,
  hostRules,
  accountRules,
  tokenRules,
  mailboxRules,
  authMethodRules,
  appPasswordRules,
];

/**
 * Info findings worth a line under the answer; the rest of the info findings are for the report. Instructions
 * ("do these steps on the other computer", "don't create an app password") are notes in the guide instead.
 */
const WHY_INFO: readonly FindingId[] = [
  "account-on-premises",
  "smtp-on-premises",
  "account-outlook-com",
  "account-gmail",
  "apple-mail-ews-retiring",
  "new-outlook-switch",
  "client-modern-auth-unknown",
  "client-version-not-understood",
  "smtp-ask-admin",
];

/**
 * First actions that don't depend on the app's version (a password to change, a network to fix, IT to act): asking
 * which Outlook then only pushes the first step down, so the version question waits until they are done.
 */
const VERSION_MOOT: ReadonlySet<ActionId> = new Set([
  "reset-password",
  "check-network",
  "contact-admin",
]);

/** Findings a guide in the plan already says (the app password's deadline): said once, in the guide. */
const SAID_BY_GUIDE: Partial<Record<FindingId, ActionId>> = {
  "app-password-stopgap": "use-app-password",
};

/** The instructions the findings carry, as notes on the first guide. */
function guideNotes(findings: readonly Finding[]): GuideNotes {
  const params = (id: FindingId) => findings.find((f) => f.id === id)?.params;
  const elsewhere = params("host-differs");
  const noAppPassword = params("app-password-not-for-outlook");
  return {
    before: elsewhere ? [{ key: "step.note.elsewhere", kind: "note", params: elsewhere }] : [],
    after: noAppPassword
      ? [{ key: "step.note.noAppPassword", kind: "note", params: noAppPassword }]
      : [],
  };
}

/**
 * What to list under the answer: the cause first, then what the answer doesn't already say in its own sentences
 * (SummaryPart.states) and the guides don't say either.
 */
function whyOf(
  findings: readonly Finding[],
  parts: readonly SummaryPart[],
  actions: readonly ActionId[],
  cause: FindingId | null
): FindingId[] {
  const said = new Set(parts.flatMap((p) => p.states ?? []));
  for (const [id, action] of Object.entries(SAID_BY_GUIDE))
    if (actions.includes(action)) said.add(id as FindingId);
  if (cause) said.add(cause);
  const ids = (severity: Severity) =>
    findings.filter((f) => f.severity === severity && !said.has(f.id)).map((f) => f.id);
  const info = new Set(ids("info"));
  return [
    ...(cause ? [cause] : []),
    ...ids("error"),
    ...ids("warning"),
    ...WHY_INFO.filter((id) => info.has(id)),
  ];
}

/** Every Outlook the contract names: classic and new for Windows, Mac, web, iOS and Android. */
const OUTLOOK_APPS: ReadonlySet<ProblemApp> = new Set(
  PROBLEM_APPS.filter((app) => app.startsWith("outlook-"))
);

/** A report is judged as of its collectedAt, so a replay months later gives the same answer (docs/contract.md §2). */
export function judgementDate(facts: Facts, fallback: Date): Date {
  const t = facts.collectedAt ? Date.parse(facts.collectedAt) : NaN;
  return Number.isFinite(t) ? new Date(t) : fallback;
}

function worst(findings: readonly Finding[]): Severity {
  let max = 0;
  for (const f of findings) max = Math.max(max, SEVERITIES.indexOf(f.severity));
  return SEVERITIES[max] as Severity;
}

/** The last day a verdict is trusted without a note: KNOWLEDGE_REVIEW_MONTHS after KNOWLEDGE_AS_OF. */
const REVIEW_BY = addMonthsToDay(KNOWLEDGE_AS_OF, KNOWLEDGE_REVIEW_MONTHS);

/** What the help desk should know that the user can't see: tenant-side checks, and how fresh the knowledge is. */
function notesForIt(ctx: RuleContext, actions: readonly ActionId[], out: Collector): void {
  const c = ctx.client;
  if (c.app === "outlook-windows-classic" && actions.includes("clear-cached-credentials")) {
    out.noteForIt(
      "If Outlook still prompts after signing out and in and clearing Credential Manager, check for registry settings that turn off modern sign-in: HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity EnableADAL=0 or DisableAADWAM=1 (Microsoft advises against both)."
    );
  }
  if (OUTLOOK_APPS.has(c.app) && actions[0] !== "none") {
    out.noteForIt(
      `Tenant-side settings users can't see: run "Outlook user password prompt diagnostics" in the Microsoft 365 admin center for this user (${LINKS.outlookPromptAdminDiag.url}).`
    );
  }
  if (c.newerThanKnown) out.noteForIt(newerThanKnownNote(c));
  if (c.versionRejected) {
    out.noteForIt(
      `The version reported for ${c.label} is not one Microsoft had released by ${isoDay(ctx.now)}, so its support status is unknown.`
    );
  }
  if (!onOrBefore(ctx.now, REVIEW_BY)) {
    out.noteForIt(
      `This assistant's knowledge (support dates, versions, deadlines) was last verified on ${KNOWLEDGE_AS_OF}, more than ${KNOWLEDGE_REVIEW_MONTHS} months before this report (judged ${isoDay(ctx.now)}); its verdicts may be out of date. Check the tables in src/diagnosis/tables/ against Microsoft's pages and ship an update (docs/ADMIN.md, "Keeping the knowledge current").`
    );
  }
}

/**
 * A version newer than every table row. The note agrees with the verdict: counted as current only when it is; a
 * Mac build whose number carries an older date is judged by that date, and the note says so.
 */
function newerThanKnownNote(c: ClientAssessment): string {
  const add = `Add the new versions to the table (docs/ADMIN.md, "Keeping the knowledge current").`;
  if (c.app === "outlook-mac") {
    const newest = MAC_RELEASES[MAC_RELEASES.length - 1];
    const table = `Outlook for Mac release table (newest: 16.${newest?.minor}, ${newest?.month})`;
    const verdict =
      c.supported === false
        ? `its build number dates it to ${c.releaseMonth ?? "an earlier month"}, so it is judged by that date and is not current`
        : c.releaseMonth
          ? `its build number dates it to ${c.releaseMonth}, so it is counted as current`
          : "it is counted as current";
    return `${c.label} is newer than the assistant's ${table}; ${verdict}. ${add}`;
  }
  const newest = CHANNEL_BUILDS[CHANNEL_BUILDS.length - 1];
  return `${c.label} is newer than the assistant's version table (newest: Version ${newest?.version}, build ${newest?.build}); it is counted as current. ${add}`;
}

export function diagnose(facts: Facts, options: DiagnoseOptions): Diagnosis {
  const now = judgementDate(facts, options.now);
  const host = hostApp(facts);
  const app: ProblemApp = facts.problemClient.app ?? host ?? "other";
  const client: ClientAssessment = classifyClient(facts, app, now);
  const accountType = facts.host.accountType;
  const ctx: RuleContext = {
    facts,
    now,
    hostApp: host,
    client,
    exchangeOnline: accountType === "office365" || accountType === null,
    offline: facts.probes.online === false,
    smtp: smtpSituation(now),
    ews: ewsSituation(now),
  };
  const out = new Collector();
  // In a browser outside Outlook with no app named yet, there is no app to judge: its rules wait for the answer,
  // so the report is judged as the question (and offline or account findings still count).
  const appUnnamed = facts.context?.mode === "browser" && facts.problemClient.app === null;
  for (const rule of RULES)
    if (!appUnnamed || (rule !== clientRules && rule !== appPasswordRules)) rule(ctx, out);
  // A phone reading mail in Outlook is signed in: until the person says the phone's app is the one that prompts,
  // nothing may tell them to delete its account (their one working mailbox). The pane asks which app instead.
  const chosenBy = facts.problemClient.app !== null ? "user" : host !== null ? "host" : "default";
  if (chosenBy !== "user" && PHONE_HOSTS.has(app)) {
    out.ruleOut("clear-cached-credentials");
    out.removeFinding("cached-credentials-likely");
  }

  // A found cause (offline, a policy, an expired password) rules the saved-sign-in guess out, and its finding too.
  if (out.isRuledOut("clear-cached-credentials")) out.removeFinding("cached-credentials-likely");
  let actions = out.orderedActions();
  if (actions.length === 0) {
    out.addFinding("all-good", "ok");
    actions = ["none"];
  }
  notesForIt(ctx, actions, out);
  const adminReason = actions.includes("contact-admin")
    ? reasonFor(out.causesOf("contact-admin"))
    : null;
  const plan = planFor(
    actions,
    { client, accountType, smtp: ctx.smtp, ews: ctx.ews, hostApp: host },
    adminReason,
    guideNotes(out.findings)
  );
  const links = [...new Set(plan.flatMap((p) => p.links.map((id) => LINKS[id].url)))];
  const parts = summaryParts(actions, client, ctx.smtp, {
    causesOf: (a) => out.causesOf(a),
    reason: adminReason,
    findings: out.findings.map((f) => f.id),
  });
  const cause = causeOf({
    actions,
    client,
    smtp: ctx.smtp,
    findings: out.findings,
    parts,
    reason: adminReason,
  });
  if (cause) out.addFinding(cause.id, "info", cause.params);
  const hostIsFine = actions[0] === "none";
  const browser = facts.context?.mode === "browser";
  const device = facts.context?.devicePlatform ?? null;
  // The pane runs in the very app and Office told its version: nothing to ask (a typed one changes nothing).
  const versionFromHost =
    host === app &&
    (facts.host.officeVersion ?? facts.host.hostVersion) !== null &&
    client.versionKnown;
  return {
    schema: 1,
    problemClient: {
      app,
      label: client.label,
      modernAuth: client.modernAuth,
      supported: client.supported,
      chosenBy,
    },
    actions,
    findings: out.findings,
    links,
    summary: {
      action: actions[0] as ActionId,
      severity: worst(out.findings),
      message: parts.map((p) => englishMessage(SUMMARY_MESSAGES_EN[p.key], p.params)).join(" "),
      params: parts[0]?.params ?? {},
      parts,
      owner: ownerOf(plan),
      forIt: summaryForIt(
        actions,
        client,
        parts[0]?.key === "clear-cached-credentials.likely",
        adminReason
      ),
    },
    why: whyOf(out.findings, parts, actions, cause?.id ?? null),
    ask: {
      // In Outlook on the web, new Outlook or on a phone, with nothing wrong there and no app named: ask which
      // app prompts. In a plain browser outside Outlook, nothing was read from an app: until the person names one,
      // ask.
      app:
        appUnnamed ||
        (hostIsFine && chosenBy !== "user" && host !== null && ASK_FIRST_HOSTS.has(host)),
      version:
        VERSIONED_APPS.has(app) && !versionFromHost && !VERSION_MOOT.has(actions[0] ?? "none"),
      choices: askChoices(host),
      versionChoices: versionFromHost ? [] : versionChoicesFor(app),
      deviceApps: browser && device ? DEVICE_APPS[device] : [],
    },
    adminNotes: out.adminNotes,
    judgedAt: now.toISOString(),
    knowledgeAsOf: KNOWLEDGE_AS_OF,
    assessment: client,
    plan,
    signIn: signInOffer(facts),
  };
}
