import type { TokenProvider, TokenResult } from "../../../src/auth/types";
import {
  GRAPH_DEADLINE_MS,
  runProbes,
  TOKEN_DEADLINE_MS,
  type ProbeUpdate,
  type RunnerDeps,
} from "../../../src/probes/runner";
import { clearErrorTrail, errorTrail } from "../../../src/util/errorLog";

const ok: TokenResult = { status: "ok", errorCode: null, accessToken: "t" };
const json = (status: number, body: unknown = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });
const METHODS = {
  value: [
    { "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod" },
    { "@odata.type": "#microsoft.graph.passwordAuthenticationMethod" },
  ],
};

function provider(
  silent: TokenResult | "hang" | Error,
  interactive: TokenResult | Error = ok
): TokenProvider {
  return {
    silent: jest.fn(async () => {
      if (silent instanceof Error) throw silent;
      return silent === "hang" ? new Promise<TokenResult>(() => undefined) : silent;
    }),
    interactive: jest.fn(async () => {
      if (interactive instanceof Error) throw interactive;
      return interactive;
    }),
  };
}

type Route = (url: string) => Response | "hang";

function deps(p: TokenProvider | null | (() => Promise<TokenProvider>), route: Route) {
  const requests: { url: string; at: number }[] = [];
  const start = Date.now();
  const d: RunnerDeps = {
    provider: p === null ? null : typeof p === "function" ? p : async () => p,
    fetch: (async (url: string, init: RequestInit) => {
      requests.push({ url, at: Date.now() - start });
      const r = route(url);
      if (r === "hang")
        return new Promise((_, reject) =>
          init.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError"))
          )
        );
      return r;
    }) as unknown as typeof fetch,
    online: () => true,
  };
  return { d, requests };
}

const graph =
  (mailbox: Response | "hang", methods: Response | "hang" = json(200, METHODS)): Route =>
  (url) =>
    url.includes("mailFolders") ? mailbox : methods;

/** Runs the probes on the fake clock to the end; returns the result and when it came. */
async function settleRun(d: RunnerDeps, interactive = false, updates: ProbeUpdate[] = []) {
  const start = Date.now();
  let result: Awaited<ReturnType<typeof runProbes>> | undefined;
  let at = -1;
  void runProbes(d, interactive, (u) => updates.push(u)).then((r) => {
    result = r;
    at = Date.now() - start;
  });
  for (let i = 0; i < 40 && result === undefined; i++) await jest.advanceTimersByTimeAsync(500);
  if (!result) throw new Error("the run never ended");
  return { probes: result, at };
}

beforeEach(() => {
  jest.useFakeTimers();
  clearErrorTrail();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

test("all good: token, mailbox and methods, each reported as it arrives", async () => {
  const updates: ProbeUpdate[] = [];
  const { probes } = await settleRun(
    deps(provider(ok), graph(json(200, { id: "x" }))).d,
    false,
    updates
  );
  expect(probes).toEqual({
    online: true,
    token: { status: "ok", errorCode: null },
    mailbox: { status: "ok", httpStatus: 200 },
    authMethods: { status: "ok", methods: ["microsoftAuthenticator", "password"] },
  });
  expect(updates.map((u) => Object.keys(u)[0])).toEqual([
    "token",
    expect.any(String),
    expect.any(String),
  ]);
  expect(errorTrail()).toEqual([]);
});

test("not configured: nothing is probed", async () => {
  const { d, requests } = deps(null, () => json(500));
  const { probes } = await settleRun(d);
  expect(probes.token).toEqual({ status: "not_configured", errorCode: null });
  expect(probes.mailbox.status).toBe("skipped");
  expect(requests).toEqual([]);
});

test("offline: no sign-in attempt", async () => {
  const p = provider(ok);
  const { probes } = await settleRun({ ...deps(p, () => json(200)).d, online: () => false });
  expect(probes.online).toBe(false);
  expect(probes.token).toEqual({ status: "failed", errorCode: "no_network_connectivity" });
  expect(p.silent).not.toHaveBeenCalled();
});

test("interaction required without a click never opens a popup", async () => {
  const p = provider({ status: "interaction_required", errorCode: "AADSTS50076", accessToken: null });
  const { probes } = await settleRun(deps(p, () => json(200)).d);
  expect(probes.token).toEqual({ status: "interaction_required", errorCode: "AADSTS50076" });
  expect(p.interactive).not.toHaveBeenCalled();
  expect(probes.mailbox.status).toBe("skipped");
});

test("after a click (Sign in) the interactive flow runs and the probes continue", async () => {
  const p = provider({ status: "interaction_required", errorCode: "AADSTS50076", accessToken: null });
  const { probes } = await settleRun(deps(p, graph(json(200, { id: "inbox" }))).d, true);
  expect(p.interactive).toHaveBeenCalledTimes(1);
  expect(probes.mailbox.status).toBe("ok");
});

test("NAA unavailable: the provider's unsupported + code reaches the report unchanged (the engine decides on Sign in)", async () => {
  const p = provider({ status: "unsupported", errorCode: "nested_app_auth_unavailable", accessToken: null });
  const { probes } = await settleRun(deps(p, () => json(200)).d);
  expect(probes.token).toEqual({ status: "unsupported", errorCode: "nested_app_auth_unavailable" });
  expect(p.interactive).not.toHaveBeenCalled();
});

test("a token blocked by Conditional Access reports AADSTS53003", async () => {
  const p = provider({ status: "failed", errorCode: "AADSTS53003", accessToken: null });
  const { probes } = await settleRun(deps(p, () => json(200)).d);
  expect(probes.token).toEqual({ status: "failed", errorCode: "AADSTS53003" });
});

test.each([
  [403, "ErrorAccessDenied"],
  [404, "MailboxNotEnabledForRESTAPI"],
  [500, "InternalServerError"],
])("mailbox HTTP %i → failed with that status and Graph's code %s", async (status, code) => {
  // A fresh Response per request: a retried 5xx reads its body again.
  const { d, requests } = deps(provider(ok), (url) =>
    url.includes("mailFolders") ? json(status, { error: { code } }) : json(200, METHODS)
  );
  const { probes } = await settleRun(d);
  expect(probes.mailbox).toEqual({ status: "failed", httpStatus: status, errorCode: code });
  // A 5xx is retried once; 403 and 404 are answers.
  expect(requests.filter((r) => r.url.includes("mailFolders"))).toHaveLength(status >= 500 ? 2 : 1);
});

describe("a provider that rejects is a failed token with a code, never a timeout", () => {
  test("MSAL throwing ends as a timeout-free failed token: failed with unknown_error, at once", async () => {
    const { probes, at } = await settleRun(deps(provider(new Error("MSAL exploded")), () => json(200)).d);
    expect(probes.token).toEqual({ status: "failed", errorCode: "unknown_error" });
    expect(probes.mailbox.status).toBe("skipped");
    expect(at).toBeLessThan(TOKEN_DEADLINE_MS);
    expect(errorTrail()).toEqual([
      expect.objectContaining({
        area: "auth",
        code: "unknown_error",
        detail: 'Error errorCode=null message="MSAL exploded"',
      }),
    ]);
  });

  test("an MSAL error keeps its errorCode", async () => {
    const e = Object.assign(new Error("x"), { name: "BrowserAuthError", errorCode: "crypto_nonexistent" });
    const { probes } = await settleRun(deps(provider(e), () => json(200)).d);
    expect(probes.token).toEqual({ status: "failed", errorCode: "crypto_nonexistent" });
  });

  test("the MSAL chunk failing to load (ChunkLoadError) is chunk_load_error", async () => {
    const chunkError = Object.assign(new Error("Loading chunk msal failed.\n(error: https://a/msal.1.js)"), {
      name: "ChunkLoadError",
    });
    const { d } = deps(() => Promise.reject(chunkError), () => json(200));
    const { probes } = await settleRun(d);
    expect(probes.token).toEqual({ status: "failed", errorCode: "chunk_load_error" });
  });

  test("a rejection on the interactive path (after Sign in) is failed with its code too", async () => {
    const p = provider(
      { status: "interaction_required", errorCode: "AADSTS50076", accessToken: null },
      Object.assign(new Error("boom"), { errorCode: "popup_window_error_x" })
    );
    const { probes } = await settleRun(deps(p, () => json(200)).d, true);
    expect(probes.token).toEqual({ status: "failed", errorCode: "popup_window_error_x" });
  });
});

describe("deadlines", () => {
  test("everything hanging (the provider too) ends within 15 s, the token as a timeout", async () => {
    const { d, requests } = deps(() => new Promise<TokenProvider>(() => undefined), () => "hang");
    const { probes, at } = await settleRun(d);
    expect(probes.token).toEqual({ status: "timeout", errorCode: null });
    expect(at).toBeGreaterThanOrEqual(TOKEN_DEADLINE_MS);
    expect(at).toBeLessThanOrEqual(15_000);
    expect(requests).toEqual([]);
    expect(errorTrail().map((e) => e.code)).toEqual(["token_deadline"]);
  });

  test("a good token and Graph hanging: timeouts, and the whole run ends within 15 s", async () => {
    const { probes, at } = await settleRun(deps(provider(ok), () => "hang").d);
    expect(probes.mailbox.status).toBe("timeout");
    expect(probes.authMethods.status).toBe("timeout");
    expect(at).toBeLessThanOrEqual(GRAPH_DEADLINE_MS + 500);
    expect(TOKEN_DEADLINE_MS + GRAPH_DEADLINE_MS).toBeLessThanOrEqual(15_000);
  });

  test("the slowest silent token plus hanging Graph still ends within 15 s", async () => {
    const slow: TokenProvider = {
      silent: () => new Promise((r) => setTimeout(() => r(ok), TOKEN_DEADLINE_MS - 100)),
      interactive: async () => ok,
    };
    const { at } = await settleRun(deps(slow, () => "hang").d);
    expect(at).toBeLessThanOrEqual(15_000);
  });

  test("throttled with Retry-After: 100000 → 429 at once ('slow down'), not a timeout", async () => {
    const { d, requests } = deps(
      provider(ok),
      graph(json(429, {}, { "Retry-After": "100000" }), json(429, {}, { "Retry-After": "100000" }))
    );
    const { probes, at } = await settleRun(d);
    expect(probes.mailbox).toMatchObject({ status: "failed", httpStatus: 429 });
    expect(probes.authMethods.status).toBe("failed");
    expect(requests).toHaveLength(2);
    expect(at).toBeLessThan(1000);
  });

  test("nothing of a run wakes up after it ended: no request once the result is in", async () => {
    const { d, requests } = deps(
      provider(ok),
      graph(json(503, {}), "hang") // mailbox: 5xx then a retry in 0.8 s; methods: hangs to the deadline
    );
    await settleRun(d);
    const count = requests.length;
    await jest.advanceTimersByTimeAsync(30_000);
    expect(requests).toHaveLength(count);
  });
});
