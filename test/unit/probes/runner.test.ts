import type { TokenProvider, TokenResult } from "../../../src/auth/types";
import {
  GRAPH_DEADLINE_MS,
  runProbes,
  TOKEN_DEADLINE_MS,
  type ProbeUpdate,
  type RunnerDeps,
} from "../../../src/probes/runner";

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
  silent: TokenResult | "hang" | "throw",
  interactive: TokenResult = ok
): TokenProvider {
  return {
    silent: jest.fn(async () => {
      if (silent === "throw") throw new Error("MSAL exploded");
      return silent === "hang" ? new Promise<TokenResult>(() => undefined) : silent;
    }),
    interactive: jest.fn(async () => interactive),
  };
}

function deps(p: TokenProvider | null, route: (url: string) => Response | "hang"): RunnerDeps {
  return {
    provider: p ? async () => p : null,
    fetch: (async (url: string, init: RequestInit) => {
      const r = route(url);
      if (r === "hang")
        return new Promise((_, reject) =>
          init.signal?.addEventListener("abort", () =>
            reject(new DOMException("aborted", "AbortError"))
          )
        );
      return r;
    }) as unknown as typeof fetch,
    sleep: async () => undefined,
    online: () => true,
  };
}

const graph =
  (mailbox: Response | "hang", methods: Response | "hang" = json(200, METHODS)) =>
  (url: string) =>
    url.includes("mailFolders") ? mailbox : methods;

test("all good: token, mailbox and methods, each reported as it arrives", async () => {
  const updates: ProbeUpdate[] = [];
  const probes = await runProbes(deps(provider(ok), graph(json(200, { id: "x" }))), false, (u) =>
    updates.push(u)
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
});

test("not configured: nothing is probed", async () => {
  const probes = await runProbes(
    deps(null, () => json(500)),
    false,
    () => undefined
  );
  expect(probes.token).toEqual({ status: "not_configured", errorCode: null });
  expect(probes.mailbox.status).toBe("skipped");
});

test("offline: no sign-in attempt", async () => {
  const p = provider(ok);
  const probes = await runProbes(
    { ...deps(p, () => json(200)), online: () => false },
    false,
    () => undefined
  );
  expect(probes.online).toBe(false);
  expect(p.silent).not.toHaveBeenCalled();
});

test("interaction required without a click never opens a popup", async () => {
  const p = provider({
    status: "interaction_required",
    errorCode: "AADSTS50076",
    accessToken: null,
  });
  const probes = await runProbes(
    deps(p, () => json(200)),
    false,
    () => undefined
  );
  expect(probes.token).toEqual({ status: "interaction_required", errorCode: "AADSTS50076" });
  expect(p.interactive).not.toHaveBeenCalled();
  expect(probes.mailbox.status).toBe("skipped");
});

test("after a click (Sign in) the interactive flow runs and the probes continue", async () => {
  const p = provider({
    status: "interaction_required",
    errorCode: "AADSTS50076",
    accessToken: null,
  });
  const probes = await runProbes(deps(p, graph(json(200))), true, () => undefined);
  expect(p.interactive).toHaveBeenCalledTimes(1);
  expect(probes.mailbox.status).toBe("ok");
});

test("a token blocked by Conditional Access reports AADSTS53003", async () => {
  const probes = await runProbes(
    deps(provider({ status: "failed", errorCode: "AADSTS53003", accessToken: null }), () =>
      json(200)
    ),
    false,
    () => undefined
  );
  expect(probes.token).toEqual({ status: "failed", errorCode: "AADSTS53003" });
});

test.each([
  [403, "failed", 403],
  [404, "failed", 404],
  [500, "failed", 500],
])("mailbox HTTP %i → %s", async (status, expected, http) => {
  const probes = await runProbes(deps(provider(ok), graph(json(status))), false, () => undefined);
  expect(probes.mailbox).toEqual({ status: expected, httpStatus: http });
});

test("MSAL throwing ends as a timeout-free failed token, not a rejection", async () => {
  const probes = await runProbes(
    deps(provider("throw"), () => json(200)),
    false,
    () => undefined
  );
  expect(probes.token.status).toBe("timeout");
  expect(probes.mailbox.status).toBe("skipped");
});

test("everything hanging still ends within the 15 s bound", async () => {
  jest.useFakeTimers();
  const done = jest.fn();
  const run = runProbes(
    deps(provider("hang"), () => "hang"),
    false,
    () => undefined
  ).then(done);
  await jest.advanceTimersByTimeAsync(TOKEN_DEADLINE_MS + 10);
  expect(done).toHaveBeenCalled();
  expect((await run, done.mock.calls[0][0]).token.status).toBe("timeout");
  jest.useRealTimers();
});

test("Graph hanging after a good token ends as timeouts within the bound", async () => {
  jest.useFakeTimers();
  const done = jest.fn();
  void runProbes(
    deps(provider(ok), () => "hang"),
    false,
    () => undefined
  ).then(done);
  await jest.advanceTimersByTimeAsync(GRAPH_DEADLINE_MS + 10);
  expect(done).toHaveBeenCalled();
  const probes = done.mock.calls[0][0];
  expect(probes.mailbox.status).toBe("timeout");
  expect(probes.authMethods.status).toBe("timeout");
  expect(TOKEN_DEADLINE_MS + GRAPH_DEADLINE_MS).toBeLessThanOrEqual(15_000);
  jest.useRealTimers();
});
