// Runs the live probes: the token first (the Graph calls need it), then the mailbox and the MFA methods side by
// side. Each phase has a deadline, so a whole run ends within 15 s even when every call hangs; results are
// reported as they arrive so the pane can show each check moving from pending to its result.

import type { Facts } from "../diagnosis";
import type { TokenProvider, TokenResult } from "../auth/types";
import { settleWithin } from "../util/settleWithin";
import { graphGet, methodsFromBody, type GraphDeps, type GraphOutcome } from "../graph/graphClient";

export type Probes = Facts["probes"];
export type ProbeUpdate = Partial<Pick<Probes, "token" | "mailbox" | "authMethods">>;

export interface RunnerDeps {
  /** null when the admin configured no client ID: nothing is probed. */
  provider: (() => Promise<TokenProvider>) | null;
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  online(): boolean;
}

export const TOKEN_DEADLINE_MS = 5_000;
export const GRAPH_DEADLINE_MS = 9_500;
export const REQUEST_TIMEOUT_MS = 8_000;

export function mailboxFrom(o: GraphOutcome): Probes["mailbox"] {
  switch (o.kind) {
    case "ok":
      return { status: "ok", httpStatus: o.httpStatus };
    case "http":
      return { status: "failed", httpStatus: o.httpStatus };
    case "timeout":
      return { status: "timeout", httpStatus: null };
    case "no-token":
      return { status: "skipped", httpStatus: null };
    default:
      return { status: "failed", httpStatus: null };
  }
}

export function methodsFrom(o: GraphOutcome): Probes["authMethods"] {
  if (o.kind === "ok") return { status: "ok", methods: methodsFromBody(o.body) };
  if (o.kind === "timeout") return { status: "timeout", methods: [] };
  if (o.kind === "no-token") return { status: "skipped", methods: [] };
  return { status: "failed", methods: [] };
}

const SKIPPED: ProbeUpdate = {
  mailbox: { status: "skipped", httpStatus: null },
  authMethods: { status: "skipped", methods: [] },
};

/**
 * @param interactive true only when the user clicked Sign in: then the provider may open a window.
 */
export async function runProbes(
  deps: RunnerDeps,
  interactive: boolean,
  onUpdate: (u: ProbeUpdate) => void
): Promise<Probes> {
  const result: Probes = {
    online: deps.online(),
    ...(SKIPPED as Required<ProbeUpdate>),
    token: { status: "not_configured", errorCode: null },
  };
  const emit = (u: ProbeUpdate) => {
    Object.assign(result, u);
    onUpdate(u);
  };
  if (!deps.provider) {
    emit({ token: { status: "not_configured", errorCode: null }, ...SKIPPED });
    return result;
  }
  if (!result.online) {
    emit({ token: { status: "failed", errorCode: "no_network_connectivity" }, ...SKIPPED });
    return result;
  }

  const timeoutToken: TokenResult = { status: "timeout", errorCode: null, accessToken: null };
  const getProvider = deps.provider;
  let provider: TokenProvider | null = null;
  const acquire = async (): Promise<TokenResult> => {
    provider = await getProvider();
    const silent = await provider.silent();
    if (silent.status === "ok" || !interactive) return silent;
    return provider.interactive();
  };
  // The interactive window waits for the user, so only the silent attempt has a deadline.
  const token = interactive
    ? await acquire().catch(() => timeoutToken)
    : await settleWithin(acquire(), TOKEN_DEADLINE_MS, timeoutToken);
  emit({ token: { status: token.status, errorCode: token.errorCode } });
  if (token.status !== "ok" || !token.accessToken) {
    emit(SKIPPED);
    return result;
  }

  let current = token.accessToken;
  const graph: GraphDeps = {
    fetch: deps.fetch,
    sleep: deps.sleep,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    getToken: async (claims) => {
      if (!claims) return current;
      const fresh = await (provider as TokenProvider | null)?.silent(claims);
      if (fresh?.accessToken) current = fresh.accessToken;
      return fresh?.accessToken ?? null;
    },
  };
  const timeout: GraphOutcome = { kind: "timeout" };
  await Promise.all([
    settleWithin(
      graphGet("/me/mailFolders/inbox?$select=id", graph),
      GRAPH_DEADLINE_MS,
      timeout
    ).then((o) => emit({ mailbox: mailboxFrom(o) })),
    settleWithin(graphGet("/me/authentication/methods", graph), GRAPH_DEADLINE_MS, timeout).then(
      (o) => emit({ authMethods: methodsFrom(o) })
    ),
  ]);
  result.online = deps.online();
  return result;
}
