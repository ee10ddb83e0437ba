// Reads the contract's `host` block from Office. Every read is guarded: a client that lacks an API yields null, and
// a value of an unexpected type (a number where a string belongs) is null too, so nothing downstream has to cope.

import { record } from "../util/errorLog";
import { settle } from "../util/settle";
import { guard } from "./guard";

export interface HostFacts {
  hostName: string | null;
  hostVersion: string | null;
  platform: string | null;
  officeVersion: string | null;
  mailboxRequirementSet: string | null;
  nestedAppAuth: boolean | null;
  accountType: string | null;
  ewsTokenStatus: string | null;
}

/** Mailbox requirement sets, highest first; probed with isSetSupported because clients report no number. */
export const MAILBOX_SETS = [
  "1.16",
  "1.15",
  "1.14",
  "1.13",
  "1.12",
  "1.11",
  "1.10",
  "1.9",
  "1.8",
  "1.7",
  "1.6",
  "1.5",
  "1.4",
  "1.3",
  "1.2",
  "1.1",
];

export function highestMailboxSet(office: typeof Office): string | null {
  for (const v of MAILBOX_SETS) {
    if (supports(office, "Mailbox", v) === true) return v;
  }
  return null;
}

function supports(office: typeof Office, set: string, version: string): boolean | null {
  const v: unknown = guard(() => office.context.requirements.isSetSupported(set, version));
  return typeof v === "boolean" ? v : null;
}

/** Longest host string kept: a real one is a few dozen characters, anything longer is not what it claims to be. */
const MAX_TEXT = 200;

/** A guarded read of a string the host should give; anything else (an object, a number, "") is null. */
function text(read: () => unknown): string | null {
  const v = guard(read);
  return typeof v === "string" && v.trim() && v.length <= MAX_TEXT ? v.trim() : null;
}

/**
 * diagnostics.ews.getTokenStatusAsync (Mailbox 1.16): enabled | disabled | removed. No rule reads it (it is for IT's
 * report), and it can take seconds, so nothing waits for it: the pane adds it to the facts when it arrives.
 */
export function readEwsTokenStatus(office: typeof Office): Promise<string | null> {
  // The typings predate Mailbox 1.16, so the call is reached through a narrow structural type.
  type Ews = {
    getTokenStatusAsync?: (cb: (r: { status: string; value?: unknown }) => void) => void;
  };
  const ews = guard(() => (office.context.mailbox.diagnostics as unknown as { ews?: Ews }).ews);
  if (!ews?.getTokenStatusAsync || supports(office, "Mailbox", "1.16") !== true)
    return Promise.resolve(null);
  const call = new Promise<string | null>((resolve) => {
    try {
      ews.getTokenStatusAsync?.((r) => {
        if (r.status !== "succeeded") return resolve(null);
        const v = String(r.value ?? "").toLowerCase();
        resolve(["enabled", "disabled", "removed"].includes(v) ? v : null);
      });
    } catch (e) {
      record("host", "ews_token_status_failed", e);
      resolve(null);
    }
  });
  return settle(call, 3000).then((s) => (s.kind === "value" ? s.value : null));
}

/**
 * The facts Office answers at once (property reads and isSetSupported), for the first screen. ewsTokenStatus is
 * null here: readEwsTokenStatus fills it in later.
 */
export function readHostFacts(office: typeof Office): HostFacts {
  const diag = guard(() => office.context.mailbox.diagnostics);
  const ctxDiag = guard(() => office.context.diagnostics);
  return {
    hostName: text(() => diag?.hostName),
    hostVersion: text(() => diag?.hostVersion),
    platform: text(() => ctxDiag?.platform ?? office.context.platform),
    officeVersion: text(() => ctxDiag?.version),
    mailboxRequirementSet: highestMailboxSet(office),
    nestedAppAuth: supports(office, "NestedAppAuth", "1.1"),
    accountType: text(() => office.context.mailbox.userProfile.accountType),
    ewsTokenStatus: null,
  };
}

export interface HostEnvironment {
  displayLanguage: string | null;
  bodyBackgroundColor: string | null;
  userEmail: string | null;
}

export function readHostEnvironment(office: typeof Office): HostEnvironment {
  return {
    displayLanguage: text(() => office.context.displayLanguage),
    bodyBackgroundColor: text(() => office.context.officeTheme?.bodyBackgroundColor),
    userEmail: text(() => office.context.mailbox.userProfile.emailAddress),
  };
}
