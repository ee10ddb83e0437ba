// What the pane checked, in the user's words (Internet, Your app, Your work account can sign in, Your mailbox,
// Your sign-in methods), derived from the facts and the diagnosis. Pure: the UI only renders these rows.
// Three outcomes, each with its reason: OK, a problem, or couldn't check (a timeout is not a failure). A row that
// checks something other than the app in question says so instead of showing green. Codes and HTTP statuses
// stay in the report.

import { hostApp } from "./classifyClient";
import type { Diagnosis } from "./diagnose";
import type { Params } from "./format";
import type { FindingId } from "./messages.en";
import { hasMfaMethod, methodTerms } from "./tables/authMethods";
import { findSignInError, type SignInErrorGroup } from "./tables/signInErrors";
import type { Facts } from "./facts";

export type CheckId = "network" | "client" | "token" | "mailbox" | "methods";
/** pending: running; notChecked: couldn't check (with why); notApplicable: checks something other than the app. */
export type CheckStatus = "pending" | "ok" | "problem" | "notChecked" | "notApplicable";

/** The catalogue keys a check's reason can use: its own lines, or a finding's sentence. */
export type DetailKey =
  | "detail.network.online"
  | "detail.network.offline"
  | "detail.network.unknown"
  | "detail.network.elsewhere"
  | "detail.client.ok"
  | "detail.client.selfUpdating"
  | "detail.client.store"
  | "detail.client.noModernAuth"
  | "detail.client.belowMinimum"
  | "detail.client.needsRegistry"
  | "detail.client.versionUnknown"
  | "detail.client.versionRejected"
  | "detail.client.cantSee"
  | "detail.client.modernCapable"
  | "detail.client.ews"
  | "detail.client.notCurrent"
  | "detail.endOfSupport"
  | "detail.servicedUntil"
  | "detail.newerThanKnown"
  | "detail.token.ok"
  | "detail.token.failed"
  | "detail.mailbox.ok"
  | "detail.mailbox.failed"
  | "detail.notConfigured"
  | "detail.unsupported"
  | "detail.skipped"
  | "detail.offline"
  | "detail.timeout"
  | "detail.methods"
  | "detail.methodsNone"
  | "detail.methodsUnknown"
  | `finding.${FindingId}`;

export interface CheckDetail {
  key: DetailKey;
  params?: Params;
}

export interface CheckRow {
  id: CheckId;
  status: CheckStatus;
  detail: CheckDetail[];
}

export type ProbeName = "token" | "mailbox" | "authMethods";

/**
 * Sign-in errors that say nothing about the user's account: the check itself couldn't run (the window was closed
 * or blocked, the bridge is missing, this assistant isn't set up yet).
 */
const CHECK_COULD_NOT_RUN: ReadonlySet<SignInErrorGroup> = new Set([
  "consent-required",
  "app-misconfigured",
  "user-not-assigned",
  "popup-blocked",
  "user-cancelled",
  "interaction-in-progress",
  "bridge-unavailable",
  "no-network",
]);

const row = (id: CheckId, status: CheckStatus, ...detail: CheckDetail[]): CheckRow => ({
  id,
  status,
  detail,
});

function networkRow(facts: Facts, d: Diagnosis): CheckRow {
  const online = facts.probes.online;
  if (online === false) return row("network", "problem", { key: "detail.network.offline" });
  if (online === null) return row("network", "notChecked", { key: "detail.network.unknown" });
  // The pane can only see the device it runs on; the app in question may be on another one.
  if (hostApp(facts) !== d.problemClient.app)
    return row("network", "notApplicable", { key: "detail.network.elsewhere" });
  return row("network", "ok", { key: "detail.network.online" });
}

function clientRow(d: Diagnosis): CheckRow {
  const a = d.assessment;
  if (a.versionRejected)
    return row("client", "notChecked", { key: "detail.client.versionRejected" });
  if (a.modernAuth === "no") return row("client", "problem", { key: "detail.client.noModernAuth" });
  const support: CheckDetail[] = [];
  if (a.supported === false && a.staleSince && a.servicedUntil)
    support.push({
      key: "detail.servicedUntil",
      params: { servicedUntil: { date: a.servicedUntil } },
    });
  else if (a.pastEndOfSupport && a.endOfSupport)
    support.push({
      key: "detail.endOfSupport",
      params: { endOfSupport: { date: a.endOfSupport } },
    });
  else if (a.app === "outlook-mac" && a.supported === false && a.staleSince)
    support.push({
      key: "detail.client.notCurrent",
      params: { version: a.macVersion ?? "?", released: { month: a.staleSince } },
    });
  if (a.canConnect === false)
    return row(
      "client",
      "problem",
      { key: "detail.client.belowMinimum", params: { minimum: a.minimum ?? "?" } },
      ...support
    );
  if (a.modernAuth === "needs-registry")
    return row("client", "problem", { key: "detail.client.needsRegistry" }, ...support);
  if (support.length) return row("client", "problem", ...support);
  if (a.app === "apple-mail-macos" && d.findings.some((f) => f.id.startsWith("apple-mail-ews-")))
    return row("client", "problem", {
      key: "detail.client.ews",
      params: {
        state: d.findings.some((f) => f.id === "apple-mail-ews-removed") ? "removed" : "retiring",
      },
    });
  if (!a.versionKnown) return row("client", "notChecked", { key: "detail.client.versionUnknown" });
  switch (a.update) {
    case "self-updating":
      return row("client", "ok", { key: "detail.client.selfUpdating" });
    case "store":
      return row("client", "ok", { key: "detail.client.store" });
    default:
      break;
  }
  if (a.app === "outlook-windows-classic" || a.app === "outlook-mac") {
    const newer: CheckDetail[] = a.newerThanKnown ? [{ key: "detail.newerThanKnown" }] : [];
    return row("client", "ok", { key: "detail.client.ok" }, ...newer);
  }
  // Apple Mail, Thunderbird and the rest: the pane can't see how they are set up.
  return row("client", "notChecked", {
    key: a.modernAuth === "yes" ? "detail.client.modernCapable" : "detail.client.cantSee",
  });
}

/** Why a live check didn't run: offline, not configured, not supported here, or sign-in had to work first. */
function notRun(id: CheckId, facts: Facts): CheckRow {
  const p = facts.probes;
  if (p.online === false) return row(id, "notChecked", { key: "detail.offline" });
  if (p.token.status === "not_configured" || p.token.status === null)
    return row(id, "notChecked", { key: "detail.notConfigured" });
  if (p.token.status === "unsupported") return row(id, "notChecked", { key: "detail.unsupported" });
  return row(id, "notChecked", { key: "detail.skipped" });
}

function tokenRow(facts: Facts): CheckRow {
  const { status, errorCode } = facts.probes.token;
  switch (status) {
    case "ok":
      return row("token", "ok", { key: "detail.token.ok" });
    case "timeout":
      return row("token", "notChecked", { key: "detail.timeout" });
    case "interaction_required":
    case "failed": {
      const known = findSignInError(errorCode);
      if (known)
        return row("token", CHECK_COULD_NOT_RUN.has(known.group) ? "notChecked" : "problem", {
          key: `finding.signin-${known.group}`,
        });
      return status === "interaction_required"
        ? row("token", "problem", { key: "finding.signin-interaction-required" })
        : row("token", "problem", { key: "detail.token.failed" });
    }
    default:
      return notRun("token", facts);
  }
}

function mailboxRow(facts: Facts): CheckRow {
  const { status, httpStatus } = facts.probes.mailbox;
  if (status === "ok") return row("mailbox", "ok", { key: "detail.mailbox.ok" });
  if (status === "timeout") return row("mailbox", "notChecked", { key: "detail.timeout" });
  if (status !== "failed") return notRun("mailbox", facts);
  if (httpStatus === null || httpStatus === 0)
    return row("mailbox", "notChecked", { key: "finding.mailbox-unreachable" });
  if (httpStatus === 401) return row("mailbox", "problem", { key: "finding.mailbox-unauthorized" });
  if (httpStatus === 403) return row("mailbox", "problem", { key: "finding.mailbox-forbidden" });
  if (httpStatus === 404) return row("mailbox", "problem", { key: "finding.mailbox-not-found" });
  if (httpStatus === 429) return row("mailbox", "notChecked", { key: "finding.mailbox-throttled" });
  if (httpStatus >= 500)
    return row("mailbox", "notChecked", { key: "finding.mailbox-service-error" });
  return row("mailbox", "problem", { key: "detail.mailbox.failed" });
}

function methodsRow(facts: Facts): CheckRow {
  const { status, methods } = facts.probes.authMethods;
  if (status === "ok")
    return hasMfaMethod(methods)
      ? row("methods", "ok", {
          key: "detail.methods",
          params: { methods: { list: methodTerms(methods) } },
        })
      : row("methods", "problem", { key: "detail.methodsNone" });
  if (status === "timeout" || status === "failed")
    return row("methods", "notChecked", { key: "detail.methodsUnknown" });
  return notRun("methods", facts);
}

export function checkRows(
  facts: Facts,
  d: Diagnosis,
  pending: ReadonlySet<ProbeName> = new Set()
): CheckRow[] {
  const offline = facts.probes.online === false;
  const live = (id: CheckId, probe: ProbeName, make: (f: Facts) => CheckRow): CheckRow => {
    if (pending.has(probe)) return row(id, "pending");
    // Offline, the probes say nothing about the account: what they reported is not shown as a result.
    if (offline) return row(id, "notChecked", { key: "detail.offline" });
    return make(facts);
  };
  return [
    networkRow(facts, d),
    clientRow(d),
    live("token", "token", tokenRow),
    live("mailbox", "mailbox", mailboxRow),
    live("methods", "authMethods", methodsRow),
  ];
}
