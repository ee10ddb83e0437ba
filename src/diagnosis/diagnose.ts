// facts -> diagnosis. The only place the add-in decides anything; the pane and the CLI only present the result.

import { classifyClient, hostApp, type ClientAssessment } from "./classifyClient";
import type { Facts } from "./facts";
import { formatMessage } from "./format";
import { linkIdsFor, urlsFor } from "./links";
import { SUMMARY_MESSAGES_EN } from "./messages.en";
import { accountRules, networkRules } from "./rules/accountRules";
import { appPasswordRules } from "./rules/appPasswordRules";
import { clientRules, hostRules } from "./rules/clientRules";
import { Collector, type Finding } from "./rules/collector";
import type { RuleContext } from "./rules/context";
import { authMethodRules, mailboxRules, tokenRules } from "./rules/probeRules";
import { reportRules } from "./rules/reportRules";
import {
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
  };
  actions: ActionId[];
  findings: Finding[];
  links: string[];
  /** Added fields (the contract allows additions): a one-sentence summary, and notes for the help desk. */
  summary: {
    action: ActionId;
    severity: Severity;
    message: string;
    params: Record<string, string>;
  };
  adminNotes: string[];
  judgedAt: string;
  /** The full client assessment, so the guide tailors its steps without re-deciding anything. */
  assessment: ClientAssessment;
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

/** A report is judged as of its collectedAt, so a replay months later gives the same answer (contract §2). */
export function judgementDate(facts: Facts, fallback: Date): Date {
  const t = facts.collectedAt ? Date.parse(facts.collectedAt) : NaN;
  return Number.isFinite(t) ? new Date(t) : fallback;
}

function worst(findings: readonly Finding[]): Severity {
  let max = 0;
  for (const f of findings) max = Math.max(max, SEVERITIES.indexOf(f.severity));
  return SEVERITIES[max] as Severity;
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
  };
  const out = new Collector();
  for (const rule of RULES) rule(ctx, out);

  let actions = out.orderedActions();
  if (actions.length === 0) {
    out.find("all-good", "ok");
    actions = ["none"];
  }
  const links = [...new Set(actions.flatMap((a) => urlsFor(linkIdsFor(a, client, accountType))))];
  const first = actions[0] as ActionId;
  const params = { client: client.label };
  return {
    schema: 1,
    problemClient: {
      app,
      label: client.label,
      modernAuth: client.modernAuth,
      supported: client.supported,
    },
    actions,
    findings: out.findings,
    links,
    summary: {
      action: first,
      severity: worst(out.findings),
      message: formatMessage(SUMMARY_MESSAGES_EN[first], params),
      params,
    },
    adminNotes: out.adminNotes,
    judgedAt: now.toISOString(),
    assessment: client,
  };
}
