// The answer in one or two sentences: what to do first, and, when another action comes first, whether the app
// itself is out of support. Chosen here so the pane, the report and the CLI say the same.

import type { ClientAssessment } from "./classifyClient";
import type { SmtpSituation } from "./dated";
import type { Params } from "./format";
import type { SummaryKey } from "./messages.en";
import type { ActionId } from "./vocabulary";

export interface SummaryPart {
  key: SummaryKey;
  params: Params;
}

type UpdateReason =
  "replace" | "below-minimum" | "needs-registry" | "out-of-support" | "out-of-servicing" | "ews";

/** Why the client needs updating, as far as its assessment says. */
function updateReason(c: ClientAssessment): UpdateReason | null {
  if (c.app === "apple-mail-macos") return "ews";
  if (c.modernAuth === "no") return c.update === "replace" ? "replace" : null;
  if (c.canConnect === false && c.minimum) return "below-minimum";
  const outOfSupport = c.pastEndOfSupport;
  if (c.modernAuth === "needs-registry") return outOfSupport ? "needs-registry" : null;
  if (c.supported === false && c.staleSince && c.servicedUntil) return "out-of-servicing";
  if (outOfSupport) return "out-of-support";
  return null;
}

/** Follow-up sentences for reasons that matter even when another action comes first. */
const SUPPORT_SENTENCE: Partial<Record<UpdateReason, SummaryKey>> = {
  replace: "support.replace",
  "below-minimum": "support.below-minimum",
  "out-of-support": "support.out-of-support",
  "out-of-servicing": "support.out-of-servicing",
  ews: "support.ews",
};

export function summaryParts(
  actions: readonly ActionId[],
  client: ClientAssessment,
  smtp: SmtpSituation
): SummaryPart[] {
  const first = actions[0] as ActionId;
  const reason = updateReason(client);
  const params: Record<string, Params[string]> = { client: client.name };
  if (client.endOfSupport) params.endOfSupport = { date: client.endOfSupport };
  if (client.servicedUntil) params.servicedUntil = { date: client.servicedUntil };
  if (client.minimum) params.minimum = client.minimum;

  let key: SummaryKey = first;
  if (first === "update-client" && reason) key = `update-client.${reason}`;
  if (first === "use-app-password" && smtp.state !== "basic-available")
    key = "use-app-password.disabled-by-default";
  const parts: SummaryPart[] = [{ key, params }];
  const follow = reason ? SUPPORT_SENTENCE[reason] : undefined;
  if (follow && first !== "update-client" && actions.includes("update-client"))
    parts.push({ key: follow, params });
  return parts;
}
