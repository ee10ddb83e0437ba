import {
  ACCOUNT_TYPES,
  AUTH_METHODS_STATUSES,
  EWS_TOKEN_STATUSES,
  HOST_NAMES,
  MAILBOX_STATUSES,
  MFA_MODES,
  PLATFORMS,
  PROBLEM_APPS,
  TOKEN_STATUSES,
  isOneOf,
  type AccountType,
  type AuthMethodsStatus,
  type EwsTokenStatus,
  type HostName,
  type MailboxStatus,
  type MfaMode,
  type Platform,
  type ProblemApp,
  type TokenStatus,
} from "./vocabulary";

/** A facts report as the contract defines it (§1). Unknown enum strings survive as `null` ("unknown"). */
export interface Facts {
  schema: 1;
  collectedAt: string | null;
  host: {
    hostName: HostName | null;
    hostVersion: string | null;
    platform: Platform | null;
    officeVersion: string | null;
    mailboxRequirementSet: string | null;
    nestedAppAuth: boolean | null;
    accountType: AccountType | null;
    ewsTokenStatus: EwsTokenStatus | null;
  };
  problemClient: { app: ProblemApp | null; version: string | null };
  probes: {
    online: boolean | null;
    token: { status: TokenStatus | null; errorCode: string | null };
    mailbox: { status: MailboxStatus | null; httpStatus: number | null };
    authMethods: { status: AuthMethodsStatus | null; methods: string[] };
  };
  org: { mfaMode: MfaMode; appPasswordsAllowed: boolean | null };
}

export type ParseResult =
  { ok: true; facts: Facts } | { ok: false; field: string; message: string };

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function requireObject(parent: Obj, key: string, path: string): Obj {
  const v = parent[key];
  if (!isObject(v)) throw new FieldError(path, `${path} must be an object`);
  return v;
}

function optionalObject(parent: Obj, key: string, path: string): Obj {
  const v = parent[key];
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw new FieldError(path, `${path} must be an object`);
  return v;
}

function str(o: Obj, key: string, path: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw new FieldError(path, `${path} must be a string or null`);
  return v.length > 200 ? v.slice(0, 200) : v;
}

function bool(o: Obj, key: string, path: string): boolean | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "boolean") throw new FieldError(path, `${path} must be true, false or null`);
  return v;
}

function num(o: Obj, key: string, path: string): number | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new FieldError(path, `${path} must be a number or null`);
  return v;
}

/** A string outside the vocabulary is "unknown" (null), per the contract; a non-string is an error. */
function enumOf<T extends string>(list: readonly T[], o: Obj, key: string, path: string): T | null {
  const v = str(o, key, path);
  return isOneOf(list, v) ? v : null;
}

function stringList(o: Obj, key: string, path: string): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new FieldError(path, `${path} must be an array of strings`);
  return v.map((item, i) => {
    if (typeof item !== "string")
      throw new FieldError(`${path}[${i}]`, `${path}[${i}] must be a string`);
    return item;
  });
}

function parseObject(input: unknown): Facts {
  if (!isObject(input)) throw new FieldError("(root)", "the report must be a JSON object");
  if (input.schema !== 1) throw new FieldError("schema", "schema must be 1");
  const host = requireObject(input, "host", "host");
  const client = requireObject(input, "problemClient", "problemClient");
  const probes = requireObject(input, "probes", "probes");
  const token = optionalObject(probes, "token", "probes.token");
  const mailbox = optionalObject(probes, "mailbox", "probes.mailbox");
  const methods = optionalObject(probes, "authMethods", "probes.authMethods");
  const org = optionalObject(input, "org", "org");
  return {
    schema: 1,
    collectedAt: str(input, "collectedAt", "collectedAt"),
    host: {
      hostName: enumOf(HOST_NAMES, host, "hostName", "host.hostName"),
      hostVersion: str(host, "hostVersion", "host.hostVersion"),
      platform: enumOf(PLATFORMS, host, "platform", "host.platform"),
      officeVersion: str(host, "officeVersion", "host.officeVersion"),
      mailboxRequirementSet: str(host, "mailboxRequirementSet", "host.mailboxRequirementSet"),
      nestedAppAuth: bool(host, "nestedAppAuth", "host.nestedAppAuth"),
      accountType: enumOf(ACCOUNT_TYPES, host, "accountType", "host.accountType"),
      ewsTokenStatus: enumOf(EWS_TOKEN_STATUSES, host, "ewsTokenStatus", "host.ewsTokenStatus"),
    },
    problemClient: {
      app: enumOf(PROBLEM_APPS, client, "app", "problemClient.app"),
      version: str(client, "version", "problemClient.version"),
    },
    probes: {
      online: bool(probes, "online", "probes.online"),
      token: {
        status: enumOf(TOKEN_STATUSES, token, "status", "probes.token.status"),
        errorCode: str(token, "errorCode", "probes.token.errorCode"),
      },
      mailbox: {
        status: enumOf(MAILBOX_STATUSES, mailbox, "status", "probes.mailbox.status"),
        httpStatus: num(mailbox, "httpStatus", "probes.mailbox.httpStatus"),
      },
      authMethods: {
        status: enumOf(AUTH_METHODS_STATUSES, methods, "status", "probes.authMethods.status"),
        methods: stringList(methods, "methods", "probes.authMethods.methods"),
      },
    },
    org: {
      mfaMode: enumOf(MFA_MODES, org, "mfaMode", "org.mfaMode") ?? "unknown",
      appPasswordsAllowed: bool(org, "appPasswordsAllowed", "org.appPasswordsAllowed"),
    },
  };
}

/** Validates an already-decoded value against the contract. Never throws. */
export function parseFacts(input: unknown): ParseResult {
  try {
    return { ok: true, facts: parseObject(input) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, field: e.field, message: e.message };
    return { ok: false, field: "(root)", message: String(e) };
  }
}

/** Decodes JSON text and validates it. Never throws. */
export function parseFactsJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, field: "(root)", message: "the report is not valid JSON" };
  }
  return parseFacts(value);
}
