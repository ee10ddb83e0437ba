// Microsoft Graph calls. With loadConfig, the only code that calls fetch.
//
// Every call runs inside the caller's budget (a deadline shared by the run): no request is sent, and no wait
// started, that the deadline would cut off, and when the deadline passes the call returns what it last saw.
// - 429: wait for Retry-After when it is readable; cross-origin, Graph may not expose it (Access-Control-Expose-
//   Headers), so without one the wait is exponential backoff. If the wait doesn't fit the budget, the 429 is the
//   answer at once ("Microsoft 365 asked us to slow down", not "your network is slow").
// - 5xx: one retry after a short backoff, if it fits.
// - 401 with a claims challenge: one fresh token with those claims.
// - 2xx whose body isn't what the call expects (null, HTML from a proxy, broken JSON, a list that isn't one): a
//   failure of its own ("bad-body"), recorded for IT, never read as an empty answer.

import type { Budget } from "../util/budget";
import { sleep as abortableSleep } from "../util/budget";
import { record } from "../util/errorLog";
import { settle } from "../util/settle";

export interface GraphDeps {
  /** Defaults to the browser's fetch. */
  fetch?: typeof fetch;
  /** Returns an access token, asking for the given claims when Graph sent a challenge. */
  getToken(claims?: string): Promise<string | null>;
  /** Defaults to a timer that ends early when the budget's signal aborts. */
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
  requestTimeoutMs: number;
  budget: Budget;
  baseUrl?: string;
}

export type GraphOutcome =
  | { kind: "ok"; httpStatus: number; body: unknown }
  | { kind: "bad-body"; httpStatus: number }
  | { kind: "http"; httpStatus: number; code: string | null }
  | { kind: "timeout" }
  | { kind: "network" }
  | { kind: "no-token" };

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";
/** Retries after a 429; Graph asks clients to keep waiting while it throttles, within reason. */
export const MAX_429_RETRIES = 3;
/** Backoff without a readable Retry-After: 1 s, 2 s, 4 s. */
export const BACKOFF_429_MS = 1_000;
export const BACKOFF_5XX_MS = 800;
/** A retry is worth sending only if the request itself still has this long before the deadline. */
export const MIN_REQUEST_MS = 1_000;

/** Retry-After as seconds or an HTTP date, in ms (never negative); null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  const h = header?.trim();
  if (!h) return null;
  if (/^\d+(\.\d+)?$/.test(h)) return Number(h) * 1000;
  const at = Date.parse(h);
  // A bare number that isn't a non-negative count of seconds ("-1", "1e3") is not a date either.
  if (!Number.isFinite(at) || /^[-+.\d]/.test(h)) return null;
  return Math.max(0, at - now);
}

/** The claims from a WWW-Authenticate challenge (claims="<base64>"), decoded to the JSON MSAL expects. */
export function claimsChallenge(header: string | null): string | null {
  const m = header ? /claims="([^"]+)"/i.exec(header) : null;
  if (!m) return null;
  try {
    return atob(m[1] as string);
  } catch {
    // Not base64: there is no usable challenge, which the caller treats like a plain 401.
    return null;
  }
}

/** Marks a body that wasn't JSON at all, so a 2xx can say so (a JSON `null` is a different answer). */
const NOT_JSON = Symbol("not JSON");

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    // An empty or non-JSON body: Graph's status code still says what happened.
    return NOT_JSON;
  }
}

/** What a body that failed its check was, in a few words for IT (never its content: it may quote user data). */
function bodyShape(body: unknown): string {
  if (body === NOT_JSON) return "not JSON";
  if (body === null) return "JSON null";
  if (Array.isArray(body)) return "a JSON array";
  if (typeof body !== "object") return `a JSON ${typeof body}`;
  const value = (body as { value?: unknown }).value;
  if ("value" in body && !Array.isArray(value))
    return `an object whose value is ${value === null ? "null" : typeof value}`;
  return "an object without the expected fields";
}

/** The least any Graph answer with content is: a JSON object. */
export const isJsonObject = (body: unknown): boolean =>
  typeof body === "object" && body !== null && !Array.isArray(body);

/** A Graph collection: an object whose `value` is a list. */
export const isCollection = (body: unknown): boolean =>
  isJsonObject(body) && Array.isArray((body as { value?: unknown }).value);

function graphErrorCode(body: unknown): string | null {
  if (!isJsonObject(body)) return null;
  const code = (body as { error?: { code?: unknown } }).error?.code;
  return typeof code === "string" && /^[A-Za-z0-9_.:-]{1,64}$/.test(code) ? code : null;
}

type Attempt =
  { kind: "response"; res: Response; body: unknown } | { kind: "timeout" } | { kind: "network" };

/** One request, aborted by its own timeout or by the budget, body read inside the same bounds. */
async function attempt(url: string, token: string, deps: GraphDeps): Promise<Attempt> {
  const { budget } = deps;
  const controller = new AbortController();
  const stop = () => controller.abort();
  const timer = setTimeout(stop, Math.min(deps.requestTimeoutMs, budget.remainingMs()));
  budget.signal.addEventListener("abort", stop, { once: true });
  try {
    const res = await (deps.fetch ?? fetch)(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
      signal: controller.signal,
      cache: "no-store",
    });
    const body = await readJson(res);
    return { kind: "response", res, body };
  } catch (e) {
    if (controller.signal.aborted) return { kind: "timeout" };
    record("graph", "network_error", e);
    return { kind: "network" };
  } finally {
    clearTimeout(timer);
    budget.signal.removeEventListener("abort", stop);
  }
}

/**
 * @param accept what a 2xx body must be for this call (default: a JSON object); anything else is "bad-body".
 */
export async function graphGet(
  path: string,
  deps: GraphDeps,
  accept: (body: unknown) => boolean = isJsonObject
): Promise<GraphOutcome> {
  const { budget } = deps;
  const url = `${deps.baseUrl ?? GRAPH_BASE_URL}${path}`;
  const wait = async (ms: number) => (deps.sleep ?? abortableSleep)(ms, budget.signal);
  let token = await deps.getToken();
  if (!token) return { kind: "no-token" };
  let retries429 = 0;
  let retried5xx = false;
  let retriedClaims = false;
  let last: GraphOutcome = { kind: "timeout" };
  for (;;) {
    if (budget.remainingMs() <= 0) return last;
    const a = await attempt(url, token, deps);
    if (a.kind !== "response") return a;
    const { res, body } = a;
    if (res.ok) {
      if (accept(body)) return { kind: "ok", httpStatus: res.status, body };
      record(
        "graph",
        "bad_body",
        `${path.split("?")[0]}: HTTP ${res.status} with ${bodyShape(body)}`
      );
      return { kind: "bad-body", httpStatus: res.status };
    }
    last = { kind: "http", httpStatus: res.status, code: graphErrorCode(body) };

    if (res.status === 429) {
      const asked = retryAfterMs(res.headers.get("Retry-After"));
      const delay = asked ?? BACKOFF_429_MS * 2 ** retries429;
      if (retries429 >= MAX_429_RETRIES || delay + MIN_REQUEST_MS > budget.remainingMs()) {
        record(
          "graph",
          "throttled",
          `${path}: asked to wait ${asked === null ? "(unreadable)" : `${asked} ms`}`
        );
        return last;
      }
      retries429++;
      await wait(delay);
      continue;
    }
    if (
      res.status >= 500 &&
      !retried5xx &&
      BACKOFF_5XX_MS + MIN_REQUEST_MS <= budget.remainingMs()
    ) {
      retried5xx = true;
      await wait(BACKOFF_5XX_MS);
      continue;
    }
    if (res.status === 401 && !retriedClaims) {
      const claims = claimsChallenge(res.headers.get("WWW-Authenticate"));
      if (claims) {
        retriedClaims = true;
        const fresh = await settle(deps.getToken(claims), budget.remainingMs(), budget.signal);
        if (fresh.kind === "expired") return { kind: "timeout" };
        if (fresh.kind === "rejected") record("graph", "claims_token_failed", fresh.error);
        if (fresh.kind !== "value" || !fresh.value) return { kind: "no-token" };
        token = fresh.value;
        continue;
      }
    }
    return last;
  }
}

/** Graph's "#microsoft.graph.fido2AuthenticationMethod" → the contract's "fido2". */
export function methodType(odataType: unknown): string | null {
  if (typeof odataType !== "string") return null;
  const m = /^#microsoft\.graph\.([A-Za-z0-9]{1,60}?)AuthenticationMethod$/.exec(odataType);
  return m ? (m[1] as string) : null;
}

/** The distinct method types of a Graph list, at most 50 (the report's own cap). */
export function methodsFromBody(body: unknown): string[] {
  const value = (body as { value?: unknown })?.value;
  if (!Array.isArray(value)) return [];
  const types = value
    .map((m) => methodType((m as Record<string, unknown>)?.["@odata.type"]))
    .filter((t): t is string => t !== null);
  return [...new Set(types)].slice(0, 50);
}
