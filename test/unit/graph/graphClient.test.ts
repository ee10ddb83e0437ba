import {
  claimsChallenge,
  graphGet,
  methodsFromBody,
  methodType,
  retryAfterMs,
  type GraphDeps,
} from "../../../src/graph/graphClient";

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

function deps(responses: Array<Response | Error | "hang">, over: Partial<GraphDeps> = {}) {
  const calls: { url: string; auth: string }[] = [];
  const sleeps: number[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, auth: (init.headers as Record<string, string>).Authorization as string });
    const next = responses.shift();
    if (next === "hang")
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError"))
        )
      );
    if (next instanceof Error) throw next;
    return next as Response;
  });
  const d: GraphDeps = {
    fetch: fetch as unknown as typeof globalThis.fetch,
    getToken: jest.fn(async (claims?: string) => (claims ? "fresh-token" : "token")),
    sleep: async (ms) => void sleeps.push(ms),
    requestTimeoutMs: 50,
    ...over,
  };
  return { d, calls, sleeps };
}

test("success sends Authorization: Bearer and returns the body", async () => {
  const { d, calls } = deps([json(200, { id: "inbox" })]);
  expect(await graphGet("/me/mailFolders/inbox", d)).toEqual({
    kind: "ok",
    httpStatus: 200,
    body: { id: "inbox" },
  });
  expect(calls).toEqual([
    { url: "https://graph.microsoft.com/v1.0/me/mailFolders/inbox", auth: "Bearer token" },
  ]);
});

test("429 waits for Retry-After once, then succeeds", async () => {
  const { d, calls, sleeps } = deps([json(429, {}, { "Retry-After": "3" }), json(200, {})]);
  expect((await graphGet("/x", d)).kind).toBe("ok");
  expect(sleeps).toEqual([3000]);
  expect(calls).toHaveLength(2);
});

test("429 twice gives up after one wait, and the wait is bounded at 10 s", async () => {
  const { d, sleeps } = deps([json(429, {}, { "Retry-After": "120" }), json(429, {})]);
  expect(await graphGet("/x", d)).toEqual({ kind: "http", httpStatus: 429, code: null });
  expect(sleeps).toEqual([10_000]);
});

test("a 5xx retries once with backoff", async () => {
  const { d, sleeps } = deps([
    json(503, {}),
    json(500, { error: { code: "InternalServerError" } }),
  ]);
  expect(await graphGet("/x", d)).toEqual({
    kind: "http",
    httpStatus: 500,
    code: "InternalServerError",
  });
  expect(sleeps).toHaveLength(1);
});

test("401 with a claims challenge re-acquires the token with the claims once", async () => {
  const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
  const header = `Bearer realm="", error="insufficient_claims", claims="${Buffer.from(claims).toString("base64")}"`;
  const { d, calls } = deps([json(401, {}, { "WWW-Authenticate": header }), json(200, {})]);
  expect((await graphGet("/x", d)).kind).toBe("ok");
  expect(d.getToken).toHaveBeenLastCalledWith(claims);
  expect(calls[1]?.auth).toBe("Bearer fresh-token");
});

test("401 without claims, 403 and 404 are returned with their codes", async () => {
  for (const [status, code] of [
    [401, "InvalidAuthenticationToken"],
    [403, "ErrorAccessDenied"],
    [404, "MailboxNotEnabledForRESTAPI"],
  ] as const) {
    const { d } = deps([json(status, { error: { code } })]);
    expect(await graphGet("/x", d)).toEqual({ kind: "http", httpStatus: status, code });
  }
});

test("a network error and a timeout are told apart", async () => {
  expect(await graphGet("/x", deps([new TypeError("Failed to fetch")]).d)).toEqual({
    kind: "network",
  });
  expect(await graphGet("/x", deps(["hang"]).d)).toEqual({ kind: "timeout" });
});

test("no token, no request", async () => {
  const { d, calls } = deps([], { getToken: async () => null });
  expect(await graphGet("/x", d)).toEqual({ kind: "no-token" });
  expect(calls).toEqual([]);
});

test("Retry-After as seconds, as a date, or missing", () => {
  expect(retryAfterMs("2")).toBe(2000);
  expect(retryAfterMs(new Date(Date.now() + 4000).toUTCString(), Date.now())).toBeGreaterThan(2500);
  expect(retryAfterMs(null)).toBe(1000);
  expect(retryAfterMs("-5")).toBe(0);
});

test("claims are read from WWW-Authenticate", () => {
  expect(claimsChallenge(`Bearer claims="${btoa("{}")}"`)).toBe("{}");
  expect(claimsChallenge("Bearer realm=x")).toBeNull();
});

test("authentication method types lose their Graph prefix and suffix", () => {
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
});
