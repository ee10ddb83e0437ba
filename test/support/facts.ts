import { parseFacts, type Facts } from "../../src/diagnosis";

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};

/** A healthy baseline report: pane in Outlook on the web, Exchange Online, every probe OK. */
export const BASE = {
  schema: 1,
  collectedAt: "2026-11-24T08:30:00.000Z",
  host: {
    hostName: "OutlookWebApp",
    hostVersion: "15.20.9412.9",
    platform: "OfficeOnline",
    officeVersion: null,
    mailboxRequirementSet: "1.15",
    nestedAppAuth: true,
    accountType: "office365",
    ewsTokenStatus: null,
  },
  // No app named: the pane in Outlook on the web, where nothing is wrong, asks which app prompts.
  problemClient: { app: null, version: null },
  probes: {
    online: true,
    token: { status: "ok", errorCode: null },
    mailbox: { status: "ok", httpStatus: 200 },
    authMethods: { status: "ok", methods: ["microsoftAuthenticator", "password"] },
  },
  org: { mfaMode: "conditionalAccess", appPasswordsAllowed: false },
};

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (
    typeof a !== "object" ||
    a === null ||
    Array.isArray(a) ||
    typeof b !== "object" ||
    b === null ||
    Array.isArray(b)
  )
    return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out;
}

/** Facts = BASE deep-merged with the overrides, validated like any report. */
export function facts(overrides: DeepPartial<typeof BASE> | Record<string, unknown> = {}): Facts {
  const parsed = parseFacts(merge(BASE, overrides));
  if (!parsed.ok) throw new Error(`bad test facts: ${parsed.field}`);
  return parsed.facts;
}

export const NOW = new Date("2026-11-25T12:00:00Z");
