import {
  BACKOFF_429_MS,
  claimsChallenge,
  graphGet,
  MAX_429_RETRIES,
  methodsFromBody,
  methodType,
  retryAfterMs,
  type GraphDeps,
} from "../../../src/graph/graphClient";
import { startBudget, type Budget } from "../../../src/util/budget";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

type Step = Response | Error | "hang";

/** A fake Graph answering from a script; records each request's time (fake clock) and Authorization header. */
function deps(responses: Step[], over: Partial<GraphDeps> = {}, budgetMs = 9_500) {
  const calls: { url: string; auth: string; at: number }[] = [];
  const start = Date.now();
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    calls.push({
      url,
      auth: (init.headers as Record<string, string>).Authorization as string,
      at: Date.now() - start,
    });
    const next = responses.shift();
    if (next === "hang" || next === undefined)
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError"))
        )
      );
    if (next instanceof Error) throw next;
    return next;
  });
  const budget: Budget = startBudget(budgetMs);
  const d: GraphDeps = {
    fetch: fetch as unknown as typeof globalThis.fetch,
    getToken: jest.fn(async (claims?: string) => (claims ? "fresh-token" : "token")),
    requestTimeoutMs: 8_000,
    budget,
    ...over,
  };
  return { d, calls, budget, elapsed: () => Date.now() - start };
}

/** Runs graphGet to its end on the fake clock; returns the outcome and when it came. */
async function run(d: GraphDeps, elapsed: () => number, path = "/x") {
  let outcome: Awaited<ReturnType<typeof graphGet>> | undefined;
  let at = -1;
  void graphGet(path, d).then((o) => {
    outcome = o;
    at = elapsed();
  });
  for (let i = 0; i < 40 && outcome === undefined; i++) await jest.advanceTimersByTimeAsync(500);
  return { outcome, at };
}

beforeEach(() => {
  jest.useFakeTimers();
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

test("success sends Authorization: Bearer and returns the body", async () => {
  const { d, calls, elapsed } = deps([json(200, { id: "inbox" })]);
  expect((await run(d, elapsed, "/me/mailFolders/inbox")).outcome).toEqual({
    kind: "ok",
    httpStatus: 200,
    body: { id: "inbox" },
  });
  expect(calls.map(({ url, auth }) => ({ url, auth }))).toEqual([
    { url: "https://graph.microsoft.com/v1.0/me/mailFolders/inbox", auth: "Bearer token" },
  ]);
});

describe("429: Retry-After is honoured inside the budget", () => {
  test("Retry-After: 3 → the retry goes out 3 s later, then succeeds", async () => {
    const { d, calls, elapsed } = deps([json(429, {}, { "Retry-After": "3" }), json(200, {})]);
    expect((await run(d, elapsed)).outcome?.kind).toBe("ok");
    expect(calls.map((c) => c.at)).toEqual([0, 3000]);
  });

  test("Retry-After: 100000 (longer than the budget) → 429 at once, no second request, no sleeping", async () => {
    const { d, calls, elapsed } = deps([json(429, { error: { code: "TooManyRequests" } }, { "Retry-After": "100000" })]);
    const { outcome, at } = await run(d, elapsed);
    expect(outcome).toEqual({ kind: "http", httpStatus: 429, code: "TooManyRequests" });
    expect(calls).toHaveLength(1);
    expect(at).toBeLessThanOrEqual(500);
    expect(errorTrail().map((e) => e.code)).toEqual(["throttled"]);
  });

  test("Retry-After as an HTTP date 4 s ahead → the retry waits about 4 s", async () => {
    const date = new Date(Date.now() + 4000).toUTCString();
    const { d, calls, elapsed } = deps([json(429, {}, { "Retry-After": date }), json(200, {})]);
    expect((await run(d, elapsed)).outcome?.kind).toBe("ok");
    expect(calls[1]?.at).toBeGreaterThanOrEqual(3000);
    expect(calls[1]?.at).toBeLessThanOrEqual(4000);
  });

  test("Retry-After as a far HTTP date (2099) → 429 at once", async () => {
    const { d, calls, elapsed } = deps([
      json(429, {}, { "Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT" }),
    ]);
    expect((await run(d, elapsed)).outcome).toMatchObject({ kind: "http", httpStatus: 429 });
    expect(calls).toHaveLength(1);
  });

  test("no readable Retry-After (not exposed cross-origin) → exponential backoff 1 s, 2 s, 4 s, then 429", async () => {
    const { d, calls, elapsed } = deps([json(429, {}), json(429, {}), json(429, {}), json(429, {})]);
    const { outcome } = await run(d, elapsed);
    expect(outcome).toMatchObject({ kind: "http", httpStatus: 429 });
    expect(calls.map((c) => c.at)).toEqual([0, 1000, 3000, 7000]);
    expect(calls).toHaveLength(MAX_429_RETRIES + 1);
  });

  test("backoff stops where the next wait would not fit the budget", async () => {
    // Budget 5 s: waits of 1 s and 2 s fit (request at 3 s); 4 s more would end after the deadline.
    const { d, calls, elapsed } = deps([json(429, {}), json(429, {}), json(429, {})], {}, 5_000);
    const { outcome, at } = await run(d, elapsed);
    expect(outcome).toMatchObject({ kind: "http", httpStatus: 429 });
    expect(calls.map((c) => c.at)).toEqual([0, BACKOFF_429_MS, 3 * BACKOFF_429_MS]);
    expect(at).toBeLessThan(5_000);
  });

  test("an unreadable Retry-After (-1, abc) is treated as absent: backoff, not an instant retry", async () => {
    for (const header of ["-1", "abc"]) {
      const { d, calls, elapsed } = deps([json(429, {}, { "Retry-After": header }), json(200, {})]);
      expect((await run(d, elapsed)).outcome?.kind).toBe("ok");
      expect(calls.map((c) => c.at)).toEqual([0, BACKOFF_429_MS]);
    }
  });
});

describe("the deadline", () => {
  test("no request is sent after it: the budget ending wakes a sleeping retry at once, which returns the last answer", async () => {
    const { d, calls, budget, elapsed } = deps([json(429, {}, { "Retry-After": "5" })]);
    let outcome: unknown;
    let at = -1;
    void graphGet("/x", d).then((o) => {
      outcome = o;
      at = elapsed();
    });
    await jest.advanceTimersByTimeAsync(1000);
    budget.end(); // the runner's deadline (or the run finishing) aborts the budget
    await jest.advanceTimersByTimeAsync(10_000);
    expect(outcome).toMatchObject({ kind: "http", httpStatus: 429 });
    expect(at).toBe(1000);
    expect(calls).toHaveLength(1);
  });

  test("a hanging request is aborted at the budget, not at the longer request timeout", async () => {
    const { d, elapsed } = deps(["hang"], {}, 3_000);
    const { outcome, at } = await run(d, elapsed);
    expect(outcome).toEqual({ kind: "timeout" });
    expect(at).toBeLessThanOrEqual(3_500);
  });

  test("a claims token that never comes ends as a timeout at the deadline", async () => {
    const header = `Bearer claims="${btoa("{}")}"`;
    const { d, elapsed } = deps([json(401, {}, { "WWW-Authenticate": header })], {
      getToken: (claims?: string) => (claims ? new Promise<string>(() => undefined) : Promise.resolve("t")),
    }, 2_000);
    const { outcome, at } = await run(d, elapsed);
    expect(outcome).toEqual({ kind: "timeout" });
    expect(at).toBeLessThanOrEqual(2_500);
  });
});

test("a 5xx retries once with backoff, then returns Graph's code", async () => {
  const { d, calls, elapsed } = deps([json(503, {}), json(500, { error: { code: "InternalServerError" } })]);
  expect((await run(d, elapsed)).outcome).toEqual({
    kind: "http",
    httpStatus: 500,
    code: "InternalServerError",
  });
  expect(calls.map((c) => c.at)).toEqual([0, 800]);
});

test("401 with a claims challenge re-acquires the token with the claims once", async () => {
  const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
  const header = `Bearer realm="", error="insufficient_claims", claims="${Buffer.from(claims).toString("base64")}"`;
  const { d, calls, elapsed } = deps([json(401, {}, { "WWW-Authenticate": header }), json(200, {})]);
  expect((await run(d, elapsed)).outcome?.kind).toBe("ok");
  expect(d.getToken).toHaveBeenLastCalledWith(claims);
  expect(calls[1]?.auth).toBe("Bearer fresh-token");
});

test("401 without claims, 403 and 404 are returned with their codes, without a retry", async () => {
  for (const [status, code] of [
    [401, "InvalidAuthenticationToken"],
    [403, "ErrorAccessDenied"],
    [404, "MailboxNotEnabledForRESTAPI"],
  ] as const) {
    const { d, calls, elapsed } = deps([json(status, { error: { code } })]);
    expect((await run(d, elapsed)).outcome).toEqual({ kind: "http", httpStatus: status, code });
    expect(calls).toHaveLength(1);
  }
});

test("a Graph error code that isn't code-shaped is dropped", async () => {
  const { d, elapsed } = deps([json(403, { error: { code: "x\n[OK] forged" } })]);
  expect((await run(d, elapsed)).outcome).toEqual({ kind: "http", httpStatus: 403, code: null });
});

test("a network error and a timeout are told apart, and the network error is recorded", async () => {
  const a = deps([new TypeError("Failed to fetch")]);
  expect((await run(a.d, a.elapsed)).outcome).toEqual({ kind: "network" });
  expect(errorTrail()).toEqual([
    expect.objectContaining({ area: "graph", code: "network_error", detail: "TypeError: Failed to fetch" }),
  ]);
  const b = deps(["hang"]);
  expect((await run(b.d, b.elapsed)).outcome).toEqual({ kind: "timeout" });
});

test("no token, no request", async () => {
  const { d, calls, elapsed } = deps([], { getToken: async () => null });
  expect((await run(d, elapsed)).outcome).toEqual({ kind: "no-token" });
  expect(calls).toEqual([]);
});

test("Retry-After as seconds, as a date, or missing/unreadable (null)", () => {
  const now = Date.parse("2026-11-25T12:00:00Z");
  expect(retryAfterMs("2", now)).toBe(2000);
  expect(retryAfterMs("1.5", now)).toBe(1500);
  expect(retryAfterMs("Wed, 25 Nov 2026 12:00:04 GMT", now)).toBe(4000);
  expect(retryAfterMs("Wed, 25 Nov 2026 11:00:00 GMT", now)).toBe(0);
  expect(retryAfterMs(null, now)).toBeNull();
  expect(retryAfterMs("", now)).toBeNull();
  expect(retryAfterMs("-5", now)).toBeNull();
  expect(retryAfterMs("soon", now)).toBeNull();
});

test("claims are read from WWW-Authenticate", () => {
  expect(claimsChallenge(`Bearer claims="${btoa("{}")}"`)).toBe("{}");
  expect(claimsChallenge("Bearer realm=x")).toBeNull();
  expect(claimsChallenge('Bearer claims="%%%"')).toBeNull();
});

test("authentication method types lose their Graph prefix and suffix; the list is capped", () => {
  expect(methodType("#microsoft.graph.microsoftAuthenticatorAuthenticationMethod")).toBe(
    "microsoftAuthenticator"
  );
  expect(methodType("#microsoft.graph.fido2AuthenticationMethod")).toBe("fido2");
  expect(methodType("something")).toBeNull();
  expect(
    methodsFromBody({
      value: [
        { "@odata.type": "#microsoft.graph.passwordAuthenticationMethod" },
        { "@odata.type": "#microsoft.graph.phoneAuthenticationMethod" },
        { "@odata.type": "#microsoft.graph.phoneAuthenticationMethod" },
      ],
    })
  ).toEqual(["password", "phone"]);
  expect(methodsFromBody(null)).toEqual([]);
  const many = Array.from({ length: 80 }, (_, i) => ({
    "@odata.type": `#microsoft.graph.m${i}AuthenticationMethod`,
  }));
  expect(methodsFromBody({ value: many })).toHaveLength(50);
});
