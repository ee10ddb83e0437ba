// The answer in one or two sentences: what to do first, and, when another action comes first, whether the app
// itself is out of support. Chosen here so the pane, the report and the CLI say the same.

import { clientParams, type ClientAssessment } from "./classifyClient";
import type { SmtpSituation } from "./dated";
import type { Params } from "./format";
import type { FindingId, ReasonKey, SummaryKey } from "./messages.en";
import type { PlannedAction } from "./plan";
import { MAC_CERTIFICATE } from "./tables/outlookMac";
import { EWS_TIMELINE, phaseStart } from "./tables/timeline";
import type { ActionId } from "./vocabulary";

/**
 * Who has to act, which is what the answer's colour means to the user: nothing to do (green), something they can
 * do themselves (amber), something only IT can do (red).
 */
export type Owner = "none" | "user" | "it";

export function ownerOf(plan: readonly PlannedAction[]): Owner {
  const first = plan[0];
  if (!first || first.action === "none") return "none";
  return first.handoff === "primary" ? "it" : "user";
}

/** Findings that show an old saved sign-in is really the cause, so the answer needn't say "most often". */
const CLEAR_CACHE_EVIDENCE: ReadonlySet<FindingId> = new Set([
  "mailbox-unauthorized",
  "signin-wrong-password",
  "signin-session-revoked",
]);

/** What the rules found behind the first action: whether the answer is a guess, and IT's reason. */
export interface SummaryCauses {
  /** The findings each action was recommended for (Collector.causesOf). */
  causesOf(action: ActionId): FindingId[];
  reason: ReasonKey | null;
  /** The findings of the diagnosis. */
  findings: readonly FindingId[];
}

export interface SummaryPart {
  key: SummaryKey;
  params: Params;
  /**
   * The findings this sentence states. The pane marks the sentence with them (data-finding) and doesn't repeat
   * them under "Why this happens".
   */
  states?: FindingId[];
}

/** Which findings each answer sentence states, where they are in the diagnosis. */
const STATES: Partial<Record<SummaryKey, readonly FindingId[]>> = {
  "check-network": ["offline"],
  "reset-password": ["signin-password-expired"],
  "update-client.replace": ["client-no-modern-auth"],
  "update-client.needs-registry": ["client-needs-registry", "client-out-of-support"],
  "update-client.ews": ["apple-mail-ews-retiring", "apple-mail-ews-off", "apple-mail-ews-removed"],
  "update-client.below-minimum": ["client-below-minimum"],
  "update-client.out-of-support": ["client-out-of-support"],
  "update-client.out-of-servicing": ["client-old-build"],
  "update-client.not-current": ["client-mac-not-current"],
  "update-client.mac-reduced-functionality": [
    "client-mac-reduced-functionality",
    "client-mac-not-current",
  ],
  "support.replace": ["client-no-modern-auth"],
  "support.below-minimum": ["client-below-minimum"],
  "support.out-of-support": ["client-out-of-support"],
  "support.out-of-servicing": ["client-old-build"],
  "support.not-current": ["client-mac-not-current"],
  "support.mac-reduced-functionality": [
    "client-mac-reduced-functionality",
    "client-mac-not-current",
  ],
  "support.ews": ["apple-mail-ews-retiring", "apple-mail-ews-off", "apple-mail-ews-removed"],
};

type UpdateReason =
  | "replace"
  | "below-minimum"
  | "needs-registry"
  | "out-of-support"
  | "out-of-servicing"
  | "mac-reduced-functionality"
  | "not-current"
  | "ews";

/** Why the client needs updating, as far as its assessment says. */
function updateReason(c: ClientAssessment): UpdateReason | null {
  if (c.app === "apple-mail-macos") return "ews";
  if (c.modernAuth === "no") return c.update === "replace" ? "replace" : null;
  if (c.canConnect === false && c.minimum) return "below-minimum";
  const outOfSupport = c.pastEndOfSupport;
  if (c.modernAuth === "needs-registry") return outOfSupport ? "needs-registry" : null;
  if (c.supported === false && c.staleSince && c.servicedUntil) return "out-of-servicing";
  if (c.certificateExpired) return "mac-reduced-functionality";
  if (c.app === "outlook-mac" && c.supported === false && c.staleSince) return "not-current";
  if (outOfSupport) return "out-of-support";
  return null;
}

/** Follow-up sentences for reasons that matter even when another action comes first. */
const SUPPORT_SENTENCE: Partial<Record<UpdateReason, SummaryKey>> = {
  replace: "support.replace",
  "below-minimum": "support.below-minimum",
  "out-of-support": "support.out-of-support",
  "out-of-servicing": "support.out-of-servicing",
  "mac-reduced-functionality": "support.mac-reduced-functionality",
  "not-current": "support.not-current",
  ews: "support.ews",
};

export function summaryParts(
  actions: readonly ActionId[],
  client: ClientAssessment,
  smtp: SmtpSituation,
  causes: SummaryCauses
): SummaryPart[] {
  const first = actions[0] as ActionId;
  const reason = updateReason(client);
  const params: Record<string, Params[string]> = { ...clientParams(client) };
  if (client.endOfSupport) params.endOfSupport = { date: client.endOfSupport };
  if (client.servicedUntil) params.servicedUntil = { date: client.servicedUntil };
  if (client.minimum) params.minimum = client.minimum;
  if (client.macVersion) params.version = client.macVersion;
  if (client.staleSince && client.app === "outlook-mac")
    params.released = { month: client.staleSince };
  // EWS sentences read in the present while EWS is being switched off, and say it is gone once it is.
  if (client.app === "apple-mail-macos") {
    params.state = causes.findings.includes("apple-mail-ews-removed") ? "removed" : "retiring";
    const removedOn = phaseStart(EWS_TIMELINE, "removed");
    if (removedOn) params.ewsRemovedOn = { date: removedOn };
  }
  if (client.certificateExpired) {
    params.since = { date: MAC_CERTIFICATE.from };
    params.fixedIn = MAC_CERTIFICATE.minimum.join(".");
  }

  const firstParams = { ...params };
  let key: SummaryKey = first;
  if (first === "update-client" && reason) key = `update-client.${reason}`;
  if (first === "use-app-password" && smtp.state !== "basic-available")
    key = "use-app-password.disabled-by-default";
  // Where the engine is guessing, the answer says so ("Most often…").
  const firstCauses = causes.causesOf(first);
  if (
    first === "clear-cached-credentials" &&
    !firstCauses.some((f) => CLEAR_CACHE_EVIDENCE.has(f))
  ) {
    key = "clear-cached-credentials.likely";
    // A guess about the app, not its version: its short name keeps the answer short ("Outlook for Mac").
    firstParams.client = { term: `app.${client.app}` };
  }
  if (first === "switch-to-modern-auth" && firstCauses.length === 0)
    key = "switch-to-modern-auth.likely";
  if (first === "contact-admin") {
    firstParams.reason = { term: `reason.${causes.reason ?? "other"}` };
    const cause = causes.causesOf("contact-admin")[0];
    if (cause) return [{ key, params: firstParams, states: [cause] }];
  }
  const parts: SummaryPart[] = [{ key, params: firstParams }];
  const follow = reason ? SUPPORT_SENTENCE[reason] : undefined;
  if (follow && first !== "update-client" && actions.includes("update-client"))
    parts.push({ key: follow, params });
  const present = new Set(causes.findings);
  return parts.map((part) => {
    const states = (STATES[part.key] ?? []).filter((f) => present.has(f));
    return states.length ? { ...part, states } : part;
  });
}
