// A trace for IT: the pane's own failures (a chunk that didn't load, an Office API that threw, a render error), kept
// as a short list the facts report carries as `errors`, and written to the console for whoever opens the dev tools.
// Bounded and PII-free by construction: codes are restricted to a code pattern, details are scrubbed of addresses,
// tokens, GUIDs (tenant and object IDs) and URL queries, then cut short. This module imports nothing, so every room
// may record (it must never pull Office, MSAL or fetch into a caller).

export type ErrorArea =
  "auth" | "boot" | "config" | "dialog" | "graph" | "host" | "probes" | "ui" | "unhandled";

export interface ErrorEntry {
  /** ISO time of the failure. */
  at: string;
  area: ErrorArea;
  /** A short machine code such as "chunk_load_error" or "http_503". */
  code: string;
  /** Scrubbed, at most DETAIL_MAX characters; null when there is nothing to add. */
  detail: string | null;
  /** How many times in a row this same failure happened (a loop of throwing reads is one entry, not twenty). */
  count: number;
}

export const MAX_ERROR_ENTRIES = 20;
export const DETAIL_MAX = 160;
const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;

const entries: ErrorEntry[] = [];

// Order matters: tokens and addresses go before the generic long-string rule can half-match them.
const SCRUBBERS: [RegExp, string][] = [
  [/\bBearer\s+\S+/gi, "Bearer <token>"],
  [/\beyJ[\w-]*\.[\w-]*(?:\.[\w-]*)?/g, "<token>"],
  [/[^\s@"'<>()[\]{},;:]+@[^\s@"'<>()[\]{},;:]+/g, "<address>"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<id>"],
  // The start of a GUID that something upstream cut off (a host or library message shortened before it got here):
  // a tenant ID's first groups are as identifying as the whole.
  [/\b[0-9a-f]{8}-[0-9a-f-]*/gi, "<id>"],
  [/(\bhttps?:\/\/[^\s?#]*)[?#]\S*/gi, "$1?<query>"],
  [/[A-Za-z0-9+/_-]{32,}={0,2}/g, "<redacted>"],
];

// C0/C1 controls, line and paragraph separators and bidi controls: a detail is one plain line.
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+/g;

/**
 * Makes free text safe to keep: no personal data, no controls, bounded. The whole text is scrubbed before it is cut,
 * so nothing is half-matched at the cut; callers that shorten text for their own reasons scrub first, too.
 */
export function scrub(text: string, max: number = DETAIL_MAX): string {
  let s = text.replace(CONTROLS, " ");
  for (const [re, by] of SCRUBBERS) s = s.replace(re, by);
  s = s.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** "Name: message" of anything thrown, scrubbed. Error messages can quote user data, so they are never kept raw. */
export function describeError(error: unknown): string {
  if (
    error instanceof Error ||
    (typeof error === "object" && error !== null && "message" in error)
  ) {
    const e = error as { name?: unknown; message?: unknown; errorCode?: unknown };
    const name = typeof e.name === "string" ? e.name : "Error";
    const code =
      typeof e.errorCode === "string" && CODE.test(e.errorCode) ? ` [${e.errorCode}]` : "";
    return scrub(`${name}${code}: ${String(e.message ?? "")}`);
  }
  return scrub(typeof error === "string" ? error : Object.prototype.toString.call(error));
}

function safeCode(code: string): string {
  return CODE.test(code) ? code : "unknown_error";
}

/**
 * Records one failure. `warn` for failures the pane expects and reports (a network call that failed), `error` for
 * its own bugs (an unhandled rejection, a render error).
 */
export function record(
  area: ErrorArea,
  code: string,
  detail?: unknown,
  level: "warn" | "error" = "warn"
): void {
  const text =
    detail === undefined || detail === null
      ? null
      : typeof detail === "string"
        ? scrub(detail)
        : describeError(detail);
  const entry: ErrorEntry = {
    at: new Date().toISOString(),
    area,
    code: safeCode(code),
    detail: text || null,
    count: 1,
  };
  const last = entries[entries.length - 1];
  if (
    last &&
    last.area === entry.area &&
    last.code === entry.code &&
    last.detail === entry.detail
  ) {
    last.count++;
    return;
  }
  entries.push(entry);
  // The latest entries tell IT the most: when the list is full, the oldest goes.
  if (entries.length > MAX_ERROR_ENTRIES) entries.splice(0, entries.length - MAX_ERROR_ENTRIES);
  try {
    console[level](
      `[Sign-in Assistant] ${entry.area}: ${entry.code}${entry.detail ? ` (${entry.detail})` : ""}`
    );
  } catch {
    // A console that throws (some locked-down webviews) must not turn a recorded failure into a new one.
  }
}

/** For the page's unhandledrejection / error handlers: nothing reaches them by design, so anything that does is a bug. */
export function recordUnhandled(reason: unknown): void {
  const code =
    typeof reason === "object" &&
    reason !== null &&
    typeof (reason as { name?: unknown }).name === "string"
      ? (reason as { name: string }).name
      : "unhandled_rejection";
  record("unhandled", code, reason ?? "no reason given", "error");
}

/** A copy of the trail, oldest first. */
export function errorTrail(): ErrorEntry[] {
  return entries.map((e) => ({ ...e }));
}

/** Empties the trail (tests; a fresh start). */
export function clearErrorTrail(): void {
  entries.length = 0;
}
