import {
  ACTIONS,
  DEVICE_PLATFORMS,
  PANE_CONTEXTS,
  PROMPT_LOOKS,
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
  type ActionId,
  type DevicePlatform,
  type PaneContext,
  type PromptLook,
} from "./vocabulary";

/** A failure the pane recorded about itself (util/errorLog), carried in the report for IT. */
export interface ReportedError {
  at: string | null;
  area: string;
  code: string;
  detail: string | null;
  count: number;
}

/** What the user told the help desk through the pane (added to the contract's report; every part optional). */
export interface UserReport {
  /** The steps the user ticked, per action, by step key. */
  ticked: Partial<Record<ActionId, string[]>>;
  /** What the password prompt looks like. */
  prompt: PromptLook | null;
  /** The user's own words. */
  note: string | null;
}

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
    /**
     * Added, for an Entra error only: the assistant's own app (clientId) whose sign-in this was, and Entra's
     * correlation ID and timestamp, so IT finds it in the sign-in logs. Never a token, address or tenant ID.
     */
    token: {
      status: TokenStatus | null;
      errorCode: string | null;
      clientId?: string | null;
      correlationId?: string | null;
      timestamp?: string | null;
    };
    /** errorCode (added): Graph's error code, e.g. "MailboxNotEnabledForRESTAPI". */
    mailbox: { status: MailboxStatus | null; httpStatus: number | null; errorCode?: string | null };
    authMethods: { status: AuthMethodsStatus | null; methods: string[] };
  };
  org: { mfaMode: MfaMode; appPasswordsAllowed: boolean | null };
  /**
   * Added: the collectedAt a report gave when it was implausible (before REPORT_DATE_MIN, or more than a day after
   * the day it was read). collectedAt is then null, so the report is judged as of today.
   */
  collectedAtRejected?: string;
  /** Added: what the parser refused or cut, one plain line each, for the help desk (never for the user). */
  inputNotes?: string[];
  /** Added: the pane's own failures (util/errorLog), at most MAX_REPORTED_ERRORS. */
  errors?: ReportedError[];
  /** Added: the ticked steps, what the prompt looks like and the user's note, for the help desk. */
  userReport?: UserReport;
  /**
   * Added: where the pane collected the report. `browser`: a plain browser tab outside Outlook, where nothing was
   * read from a host and the person named the app themselves; devicePlatform is what that browser said it runs on.
   */
  context?: { mode: PaneContext | null; devicePlatform: DevicePlatform | null };
  /** Added: a bundled example situation, not a person's report (the pane's examples page marks every copy so). */
  example?: true;
}

export type ParseResult =
  { ok: true; facts: Facts } | { ok: false; field: string; message: string };

export interface ParseOptions {
  /**
   * The day the report is read. With it, a collectedAt more than a day later is implausible and rejected. Without
   * it only the lower bound applies, so parsing stays deterministic for callers that don't know "today".
   */
  now?: Date;
}

/** The largest report the CLI reads (bytes) and parseFactsJson accepts (characters); a real one is about 1 KB. */
export const MAX_REPORT_BYTES = 1024 * 1024;
/** Collected before this, a report predates the add-in: its date is implausible. */
export const REPORT_DATE_MIN = "2024-01-01T00:00:00.000Z";
const ONE_DAY_MS = 86_400_000;
/** Free text (a typed version, say) and host strings. */
export const TEXT_MAX = 200;
/** What a person types or pastes as a version: "Microsoft Outlook … (Version 2511 Build 16.0.19426.20186) 64-bit". */
export const VERSION_MAX = 120;
/** Version strings Office reports itself ("16.0.19426.20186"). */
const HOST_VERSION_MAX = 64;
export const MAX_METHODS = 50;
export const METHOD_MAX = 64;
export const MAX_REPORTED_ERRORS = 20;
/** The user's note to the help desk: a few sentences. */
export const USER_NOTE_MAX = 500;
const MAX_TICKED = 30;
const STEP_KEY = /^step\.[A-Za-z0-9]+\.[A-Za-z0-9]+$/;
const NOTE_MAX = 80;
/** Notes about the report itself: enough to say what was wrong, never a copy of a hostile report's every key. */
export const MAX_INPUT_NOTES = 20;
/** Names quoted in one note about many ignored keys; the rest are counted. */
const NOTE_EXAMPLES = 3;
/**
 * Graph's authentication method types ("microsoftAuthenticator", "fido2"): letters and digits only. Anything else in
 * the list is free text posing as a method and is never shown as one.
 */
export const METHOD_TYPE_PATTERN = /^[A-Za-z0-9]{1,64}$/;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The trace of a failed Entra sign-in: IDs in GUID form, a time as Entra prints it ("2026-12-07 10:01:02Z"). */
const TOKEN_TRACE: readonly ["clientId" | "correlationId" | "timestamp", RegExp][] = [
  ["clientId", GUID],
  ["correlationId", GUID],
  ["timestamp", /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?Z?$/],
];

/** Error codes the report may carry: AADSTS50076, user_cancelled, MailboxNotEnabledForRESTAPI, 12002. */
export const ERROR_CODE_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

// C0 and C1 controls (terminal escapes, CR/LF that forge lines), line/paragraph separators, and bidi controls
// (text that reads differently from what it is). docs/decisions/003, F1/F11.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Keeps surrogate pairs and drops a lone surrogate (a pair split by a cut, or a bad escape), which encoders refuse. */
const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (m) => (m.length === 2 ? m : ""));

/**
 * The one normaliser for text that reaches the report: controls become a space, bidi controls go, runs of spaces
 * collapse, and the result is cut to `max` UTF-16 units without splitting a character.
 */
export function cleanText(value: string, max: number = TEXT_MAX): string {
  const s = value.replace(CONTROLS, " ").replace(BIDI, "").replace(/ {2,}/g, " ").trim();
  return wellFormed(s.length > max ? s.slice(0, max) : s).trim();
}

/** What the pane stores when the user types a version: the same cut and cleaning a parsed report gets. */
export function normalizeVersion(typed: string | null): string | null {
  if (typed === null) return null;
  const v = cleanText(typed, VERSION_MAX);
  return v === "" ? null : v;
}

/**
 * A calendar date that doesn't exist ("2026-02-30", month 13): Date.parse rolls some over into the next month, which
 * would judge the report as of a day it never named.
 */
export function isImpossibleDate(iso: string): boolean {
  const m = /^\s*([+-]\d{6}|\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return true;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day > days;
}

/**
 * True when the report's date can be believed: a real calendar date, from REPORT_DATE_MIN to one day after `now`
 * (when known).
 */
export function isPlausibleReportDate(iso: string, now?: Date): boolean {
  if (isImpossibleDate(iso)) return false;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return true; // Not a date at all: the contract already says "today is used".
  if (t < Date.parse(REPORT_DATE_MIN)) return false;
  return now ? t <= now.getTime() + ONE_DAY_MS : true;
}

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

/** What was refused or cut, for the help desk. */
type Notes = string[];

function str(o: Obj, key: string, path: string, max = TEXT_MAX, notes?: Notes): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw new FieldError(path, `${path} must be a string or null`);
  const clean = cleanText(v, max);
  if (notes && v.length > max) notes.push(`${path}: cut to ${max} characters`);
  return clean === "" && v !== "" ? null : clean;
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
  const v = str(o, key, path, 64);
  return isOneOf(list, v) ? v : null;
}

/** An error code or null. Anything else (free text, escapes, a forged line) is dropped and noted, never shown. */
function errorCode(o: Obj, key: string, path: string, notes: Notes): string | null {
  const v = str(o, key, path);
  if (v === null || ERROR_CODE_PATTERN.test(v)) return v;
  notes.push(`${path}: not an error code, ignored (${JSON.stringify(cleanText(v, NOTE_MAX))})`);
  return null;
}

function methodList(o: Obj, key: string, path: string, notes: Notes): string[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new FieldError(path, `${path} must be an array of strings`);
  if (v.length > MAX_METHODS)
    throw new FieldError(
      path,
      `${path} has ${v.length} items; at most ${MAX_METHODS} are accepted`
    );
  const ignored: string[] = [];
  const kept = v.flatMap((item, i) => {
    if (typeof item !== "string")
      throw new FieldError(`${path}[${i}]`, `${path}[${i}] must be a string`);
    if (item.length > METHOD_MAX)
      throw new FieldError(
        `${path}[${i}]`,
        `${path}[${i}] is ${item.length} characters long; at most ${METHOD_MAX} are accepted`
      );
    if (METHOD_TYPE_PATTERN.test(item)) return [item];
    ignored.push(item);
    return [];
  });
  if (ignored.length)
    notes.push(`${path}: ${countedNames(ignored, "entry", "entries")} not a method type, ignored`);
  return kept;
}

/** "2 entries (\"a\", \"b\")": how many, with the first few quoted and cut, so one note stays one short line. */
function countedNames(names: readonly string[], one: string, many: string): string {
  const shown = names.slice(0, NOTE_EXAMPLES).map((n) => JSON.stringify(cleanText(n, NOTE_MAX)));
  const more = names.length > NOTE_EXAMPLES ? `, and ${names.length - NOTE_EXAMPLES} more` : "";
  return `${names.length} ${names.length === 1 ? one : many} (${shown.join(", ")}${more})`;
}

/** The pane's error trail: read tolerantly (a bad entry is skipped, not fatal), cleaned and capped. */
function reportedErrors(input: Obj, notes: Notes): ReportedError[] | undefined {
  const v = input.errors;
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) {
    notes.push("errors: not a list, ignored");
    return undefined;
  }
  if (v.length > MAX_REPORTED_ERRORS)
    notes.push(`errors: only the last ${MAX_REPORTED_ERRORS} kept`);
  const out: ReportedError[] = [];
  for (const e of v.slice(-MAX_REPORTED_ERRORS)) {
    if (!isObject(e)) continue;
    const code = typeof e.code === "string" && ERROR_CODE_PATTERN.test(e.code) ? e.code : null;
    const area = typeof e.area === "string" && /^[a-z]{1,16}$/.test(e.area) ? e.area : null;
    if (!code || !area) continue;
    const at = typeof e.at === "string" ? cleanText(e.at, 40) : null;
    const detail = typeof e.detail === "string" ? cleanText(e.detail, 160) || null : null;
    const count =
      typeof e.count === "number" && Number.isInteger(e.count) && e.count > 0
        ? Math.min(e.count, 1e6)
        : 1;
    out.push({ at, area, code, detail, count });
  }
  return out;
}

/** The user's part of the report: read tolerantly (what doesn't fit is dropped and noted), cleaned and capped. */
function userReport(input: Obj, notes: Notes): UserReport | undefined {
  const v = input.userReport;
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) {
    notes.push("userReport: not an object, ignored");
    return undefined;
  }
  const ticked: UserReport["ticked"] = {};
  if (isObject(v.ticked)) {
    // Counted, not listed one note each: a report with 95,000 made-up keys must not become 95,000 lines.
    const unknown: string[] = [];
    for (const [action, keys] of Object.entries(v.ticked)) {
      if (!isOneOf(ACTIONS, action) || !Array.isArray(keys)) {
        unknown.push(action);
        continue;
      }
      const good = keys.filter((k): k is string => typeof k === "string" && STEP_KEY.test(k));
      if (good.length !== keys.length)
        notes.push(`userReport.ticked.${action}: unknown entries ignored`);
      ticked[action] = [...new Set(good)].slice(0, MAX_TICKED);
    }
    if (unknown.length)
      notes.push(`userReport.ticked: ${countedNames(unknown, "key", "keys")} ignored`);
  } else if (v.ticked !== undefined && v.ticked !== null) notes.push("userReport.ticked: ignored");
  const prompt = typeof v.prompt === "string" && isOneOf(PROMPT_LOOKS, v.prompt) ? v.prompt : null;
  if (v.prompt !== undefined && v.prompt !== null && prompt === null)
    notes.push("userReport.prompt: not one of the choices, ignored");
  let note: string | null = null;
  if (typeof v.note === "string") {
    note = cleanText(v.note, USER_NOTE_MAX) || null;
    if (v.note.length > USER_NOTE_MAX)
      notes.push(`userReport.note: cut to ${USER_NOTE_MAX} characters`);
  }
  return { ticked, prompt, note };
}

function collectedAt(input: Obj, options: ParseOptions, notes: Notes, facts: Facts): void {
  const v = str(input, "collectedAt", "collectedAt", 40);
  if (v === null || isPlausibleReportDate(v, options.now)) {
    facts.collectedAt = v;
    return;
  }
  facts.collectedAt = null;
  facts.collectedAtRejected = v;
  notes.push(
    isImpossibleDate(v)
      ? `collectedAt: ${JSON.stringify(v)} is not a real calendar date; judged as of the day it was read`
      : `collectedAt: ${JSON.stringify(v)} is implausible; judged as of the day it was read`
  );
}

function parseObject(input: unknown, options: ParseOptions): Facts {
  if (!isObject(input)) throw new FieldError("(root)", "the report must be a JSON object");
  if (input.schema !== 1) throw new FieldError("schema", "schema must be 1");
  const host = requireObject(input, "host", "host");
  const client = requireObject(input, "problemClient", "problemClient");
  const probes = requireObject(input, "probes", "probes");
  const token = optionalObject(probes, "token", "probes.token");
  const mailbox = optionalObject(probes, "mailbox", "probes.mailbox");
  const methods = optionalObject(probes, "authMethods", "probes.authMethods");
  const org = optionalObject(input, "org", "org");
  const notes: Notes = [];
  const facts: Facts = {
    schema: 1,
    collectedAt: null,
    host: {
      hostName: enumOf(HOST_NAMES, host, "hostName", "host.hostName"),
      hostVersion: str(host, "hostVersion", "host.hostVersion", HOST_VERSION_MAX, notes),
      platform: enumOf(PLATFORMS, host, "platform", "host.platform"),
      officeVersion: str(host, "officeVersion", "host.officeVersion", HOST_VERSION_MAX, notes),
      mailboxRequirementSet: str(host, "mailboxRequirementSet", "host.mailboxRequirementSet", 16),
      nestedAppAuth: bool(host, "nestedAppAuth", "host.nestedAppAuth"),
      accountType: enumOf(ACCOUNT_TYPES, host, "accountType", "host.accountType"),
      ewsTokenStatus: enumOf(EWS_TOKEN_STATUSES, host, "ewsTokenStatus", "host.ewsTokenStatus"),
    },
    problemClient: {
      app: enumOf(PROBLEM_APPS, client, "app", "problemClient.app"),
      version: str(client, "version", "problemClient.version", VERSION_MAX, notes),
    },
    probes: {
      online: bool(probes, "online", "probes.online"),
      token: {
        status: enumOf(TOKEN_STATUSES, token, "status", "probes.token.status"),
        errorCode: errorCode(token, "errorCode", "probes.token.errorCode", notes),
      },
      mailbox: {
        status: enumOf(MAILBOX_STATUSES, mailbox, "status", "probes.mailbox.status"),
        httpStatus: num(mailbox, "httpStatus", "probes.mailbox.httpStatus"),
      },
      authMethods: {
        status: enumOf(AUTH_METHODS_STATUSES, methods, "status", "probes.authMethods.status"),
        methods: methodList(methods, "methods", "probes.authMethods.methods", notes),
      },
    },
    org: {
      mfaMode: enumOf(MFA_MODES, org, "mfaMode", "org.mfaMode") ?? "unknown",
      appPasswordsAllowed: bool(org, "appPasswordsAllowed", "org.appPasswordsAllowed"),
    },
  };
  // Added fields appear only when the report has them, so a contract-only report round-trips unchanged.
  for (const [key, pattern] of TOKEN_TRACE) {
    if (token[key] === undefined) continue;
    const v = str(token, key, `probes.token.${key}`, 64);
    if (v === null || pattern.test(v)) facts.probes.token[key] = v;
    else notes.push(`probes.token.${key}: not in the expected form, ignored`);
  }
  if (mailbox.errorCode !== undefined)
    facts.probes.mailbox.errorCode = errorCode(
      mailbox,
      "errorCode",
      "probes.mailbox.errorCode",
      notes
    );
  collectedAt(input, options, notes, facts);
  const errors = reportedErrors(input, notes);
  if (errors) facts.errors = errors;
  const user = userReport(input, notes);
  if (user) facts.userReport = user;
  // A list whose every entry was free text says nothing about the methods: unknown, never "none registered".
  const m = facts.probes.authMethods;
  if (m.methods.length === 0 && Array.isArray(methods.methods) && methods.methods.length > 0)
    m.status = null;
  const context = optionalObject(input, "context", "context");
  if (input.context !== undefined && input.context !== null)
    facts.context = {
      mode: enumOf(PANE_CONTEXTS, context, "mode", "context.mode"),
      devicePlatform: enumOf(DEVICE_PLATFORMS, context, "devicePlatform", "context.devicePlatform"),
    };
  if (input.example !== undefined && input.example !== null) {
    if (typeof input.example !== "boolean")
      throw new FieldError("example", "example must be true, false or null");
    if (input.example) facts.example = true;
  }
  if (notes.length) facts.inputNotes = cappedNotes(notes);
  return facts;
}

function cappedNotes(notes: Notes): Notes {
  if (notes.length <= MAX_INPUT_NOTES) return notes;
  const rest = notes.length - (MAX_INPUT_NOTES - 1);
  return [...notes.slice(0, MAX_INPUT_NOTES - 1), `and ${rest} more notes about the report`];
}

/** Validates an already-decoded value against the contract. Never throws. */
export function parseFacts(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    return { ok: true, facts: parseObject(input, options) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, field: e.field, message: e.message };
    return { ok: false, field: "(root)", message: String(e) };
  }
}

/** Decodes JSON text (a leading byte-order mark is ignored) and validates it. Never throws. */
export function parseFactsJson(text: string, options: ParseOptions = {}): ParseResult {
  if (text.length > MAX_REPORT_BYTES)
    return {
      ok: false,
      field: "(root)",
      message: `the report is ${text.length} characters long; at most ${MAX_REPORT_BYTES} are accepted`,
    };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, field: "(root)", message: "the report is not valid JSON" };
  }
  return parseFacts(value, options);
}
