// Microsoft Graph calls. With loadConfig, the only code that calls fetch. Every request has a timeout; 429 waits
// for Retry-After once (at most 10 s), a 5xx retries once after a short backoff, and a 401 with a claims
// challenge gets one fresh token with those claims.

export interface GraphDeps {
  fetch: typeof fetch;
  /** Returns an access token, asking for the given claims when Graph sent a challenge. */
  getToken(claims?: string): Promise<string | null>;
  sleep(ms: number): Promise<void>;
  requestTimeoutMs: number;
  baseUrl?: string;
}

export type GraphOutcome =
  | { kind: "ok"; httpStatus: number; body: unknown }
  | { kind: "http"; httpStatus: number; code: string | null }
  | { kind: "timeout" }
  | { kind: "network" }
  | { kind: "no-token" };

export const MAX_RETRY_AFTER_MS = 10_000;
const BACKOFF_5XX_MS = 800;

/** Seconds or an HTTP date, bounded to [0, 10 s]; missing or unreadable means 1 s. */
export function retryAfterMs(header: string | null, now = Date.now()): number {
  if (!header) return 1000;
  const secs = Number(header);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return 1000;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

/** The claims from a WWW-Authenticate challenge (claims="<base64>"), decoded to the JSON MSAL expects. */
export function claimsChallenge(header: string | null): string | null {
  const m = header ? /claims="([^"]+)"/i.exec(header) : null;
  if (!m) return null;
  try {
    return atob(m[1] as string);
  } catch {
    return null;
  }
}

async function errorCode(res: Response): Promise<string | null> {
  try {
    const body = (await res.json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === "string" ? body.error.code : null;
  } catch {
    return null;
  }
}

export async function graphGet(path: string, deps: GraphDeps): Promise<GraphOutcome> {
  const url = `${deps.baseUrl ?? "https://graph.microsoft.com/v1.0"}${path}`;
  let token = await deps.getToken();
  if (!token) return { kind: "no-token" };
  let retried429 = false;
  let retried5xx = false;
  let retriedClaims = false;
  for (;;) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), deps.requestTimeoutMs);
    let res: Response;
    try {
      res = await deps.fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
        signal: controller.signal,
        cache: "no-store",
      });
    } catch {
      return controller.signal.aborted ? { kind: "timeout" } : { kind: "network" };
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) {
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        body = null;
      }
      return { kind: "ok", httpStatus: res.status, body };
    }
    if (res.status === 429 && !retried429) {
      retried429 = true;
      await deps.sleep(retryAfterMs(res.headers.get("Retry-After")));
      continue;
    }
    if (res.status >= 500 && !retried5xx) {
      retried5xx = true;
      await deps.sleep(BACKOFF_5XX_MS);
      continue;
    }
    if (res.status === 401 && !retriedClaims) {
      const claims = claimsChallenge(res.headers.get("WWW-Authenticate"));
      if (claims) {
        retriedClaims = true;
        token = await deps.getToken(claims);
        if (!token) return { kind: "no-token" };
        continue;
      }
    }
    return { kind: "http", httpStatus: res.status, code: await errorCode(res) };
  }
}

/** Graph's "#microsoft.graph.fido2AuthenticationMethod" → the contract's "fido2". */
export function methodType(odataType: unknown): string | null {
  if (typeof odataType !== "string") return null;
  const m = /^#microsoft\.graph\.(\w+?)AuthenticationMethod$/.exec(odataType);
  return m ? (m[1] as string) : null;
}

export function methodsFromBody(body: unknown): string[] {
  const value = (body as { value?: unknown })?.value;
  if (!Array.isArray(value)) return [];
  const types = value
    .map((m) => methodType((m as Record<string, unknown>)?.["@odata.type"]))
    .filter((t): t is string => t !== null);
  return [...new Set(types)];
}
