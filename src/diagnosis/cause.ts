// The first line under "Why this happens": the cause, in the person's words. The answer above it says what to do;
// this says why that is needed (since MFA, Microsoft 365 refuses the password the app saved), so the model "MFA →
// sign in through the Microsoft window" is stated once. Where a check already found the cause (an error or a
// warning the answer doesn't state), that finding is the first line and no cause line is added.

import { clientParams, type ClientAssessment } from "./classifyClient";
import type { SmtpSituation } from "./dated";
import type { Params } from "./format";
import type { FindingId, ReasonKey } from "./messages.en";
import type { Finding } from "./rules/collector";
import type { SummaryPart } from "./summary";
import type { ActionId } from "./vocabulary";

export type CauseId = Extract<FindingId, `cause-${string}`>;

const date = (iso: string) => ({ date: iso });

/** The device's password for sending mail: refused since MFA, and (judged on or after the change) since the change. */
function deviceCause(smtp: SmtpSituation): { id: CauseId; params: Params } {
  if (smtp.state === "basic-available") return { id: "cause-device-password", params: {} };
  const since = smtp.state === "removed" ? smtp.removedOn : smtp.offSince;
  return since
    ? { id: "cause-device-basic-off", params: { since: date(since) } }
    : { id: "cause-device-password", params: {} };
}

const DEVICE_REASONS: ReadonlySet<ReasonKey> = new Set([
  "smtp-removed",
  "smtp-off",
  "smtp-no-app-passwords",
  "smtp-app-passwords-off",
  "smtp-ask",
  "smtp-lasting",
]);

export interface CauseInput {
  actions: readonly ActionId[];
  client: ClientAssessment;
  smtp: SmtpSituation;
  findings: readonly Finding[];
  parts: readonly SummaryPart[];
  reason: ReasonKey | null;
}

/** The cause line for the first action, or null where a found cause (or nothing at all) explains it. */
export function causeOf(input: CauseInput): { id: CauseId; params: Params } | null {
  const { actions, client, findings, parts } = input;
  const first = actions[0];
  const stated = new Set(parts.flatMap((p) => p.states ?? []));
  const found = findings.some(
    (f) => (f.severity === "error" || f.severity === "warning") && !stated.has(f.id)
  );
  const app = { ...clientParams(client), client: { term: `app.${client.app}` } };
  if (client.protocol === "smtp" && first !== "none") {
    if (first === "contact-admin" && input.reason && !DEVICE_REASONS.has(input.reason)) return null;
    return deviceCause(input.smtp);
  }
  if (found) return null;
  switch (first) {
    case "clear-cached-credentials":
      return { id: "cause-saved-sign-in", params: app };
    case "switch-to-modern-auth":
      return { id: "cause-plain-password", params: app };
    case "update-client":
      if (client.modernAuth === "no")
        return { id: "cause-no-modern-auth", params: clientParams(client) };
      if (client.modernAuth === "needs-registry")
        return { id: "cause-registry", params: clientParams(client) };
      if (client.app === "apple-mail-macos") return null;
      return { id: "cause-old-version", params: clientParams(client) };
    case "enable-modern-auth-registry":
      return { id: "cause-registry", params: clientParams(client) };
    case "register-mfa":
      return { id: "cause-mfa-registration", params: app };
    case "reset-password":
      return { id: "cause-password-expired", params: app };
    case "contact-admin":
      return input.reason === "policy" || input.reason === "device"
        ? { id: "cause-policy", params: {} }
        : null;
    default:
      return null;
  }
}
