// Reads the contract's `host` block from Office. Every read is guarded: a client that lacks an API yields null.

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
    if (guard(() => office.context.requirements.isSetSupported("Mailbox", v)) === true) return v;
  }
  return null;
}

function supports(office: typeof Office, set: string, version: string): boolean | null {
  return guard(() => office.context.requirements.isSetSupported(set, version));
}

/** diagnostics.ews.getTokenStatusAsync (Mailbox 1.16): enabled | disabled | removed. */
function ewsTokenStatus(office: typeof Office): Promise<string | null> {
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

export async function readHostFacts(office: typeof Office): Promise<HostFacts> {
  const diag = guard(() => office.context.mailbox.diagnostics);
  const ctxDiag = guard(() => office.context.diagnostics);
  return {
    hostName: guard(() => diag?.hostName ?? null),
    hostVersion: guard(() => diag?.hostVersion ?? null),
    platform: guard(
      () =>
        (ctxDiag?.platform as string | undefined) ??
        (office.context.platform as unknown as string | undefined) ??
        null
    ),
    officeVersion: guard(() => ctxDiag?.version ?? null),
    mailboxRequirementSet: highestMailboxSet(office),
    nestedAppAuth: supports(office, "NestedAppAuth", "1.1"),
    accountType: guard(() => office.context.mailbox.userProfile.accountType as string),
    ewsTokenStatus: await ewsTokenStatus(office),
  };
}

export interface HostEnvironment {
  displayLanguage: string | null;
  bodyBackgroundColor: string | null;
  userEmail: string | null;
}

export function readHostEnvironment(office: typeof Office): HostEnvironment {
  return {
    displayLanguage: guard(() => office.context.displayLanguage),
    bodyBackgroundColor: guard(() => office.context.officeTheme?.bodyBackgroundColor ?? null),
    userEmail: guard(() => office.context.mailbox.userProfile.emailAddress),
  };
}
