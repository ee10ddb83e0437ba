// Runs the live probes: the token first (the Graph calls need it), then the mailbox and the MFA methods side by
// side. Each phase has a deadline, so a whole run ends within 15 s even when every call hangs; results are
// reported as they arrive so the pane can show each check moving from pending to its result.
//
// Every outcome is named for what happened: a provider that rejects (its chunk didn't load, MSAL threw) is a
// failed token with a code, a deadline that passes is a timeout, and Graph's answers keep their HTTP status.

import { findSignInError, type Facts } from "../diagnosis";
import { describeShape, mapAuthError } from "../auth/errors";
import type { TokenProvider, TokenResult } from "../auth/types";
import { startBudget, type Budget } from "../util/budget";
import { record } from "../util/errorLog";
import { settle, type Settled } from "../util/settle";
import {
  graphGet,
  isCollection,
  isJsonObject,
  methodsFromBody,
  type GraphDeps,
  type GraphOutcome,
} from "../graph/graphClient";

export type Probes = Facts["probes"];
export type ProbeUpdate = Partial<Pick<Probes, "token" | "mailbox" | "authMethods">>;

export interface RunnerDeps {
  /** null when the admin configured no client ID: nothing is probed. */
  provider: (() => Promise<TokenProvider>) | null;
  /** The assistant's own app registration: the report names it, so IT filters the sign-in logs by the right app. */
  clientId?: string | null;
  /** Test seams; the browser's fetch and an abortable timer otherwise. */
  fetch?: typeof fetch;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
  online(): boolean;
}

export const TOKEN_DEADLINE_MS = 5_000;
export const GRAPH_DEADLINE_MS = 9_500;
export const REQUEST_TIMEOUT_MS = 8_000;
/** Lets a Graph call return its own outcome (a 429, a timeout) after the deadline aborts it, before the backstop. */
const GRACE_MS = 250;

/** The code a 2xx with an unreadable body carries in the report. */
export const BAD_BODY = "graph_bad_body";

/** The inbox, as asked for with $select=id. */
const isFolder = (body: unknown): boolean =>
  isJsonObject(body) && typeof (body as { id?: unknown }).id === "string";

export function mailboxFrom(o: GraphOutcome): Probes["mailbox"] {
  switch (o.kind) {
    case "ok":
      return { status: "ok", httpStatus: o.httpStatus };
    case "http":
      return { status: "failed", httpStatus: o.httpStatus, errorCode: o.code };
    case "bad-body":
      // Graph said 2xx, but what came back can't be its answer (a proxy's page, a cut-off body).
      return { status: "failed", httpStatus: o.httpStatus, errorCode: BAD_BODY };
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
  // An unreadable answer is a failed check, never "no methods registered".
  if (o.kind === "no-token") return { status: "skipped", methods: [] };
  return { status: "failed", methods: [] };
}

/** The token phase's end, named: a rejection keeps its cause (mapped to a code), only the deadline is a timeout. */
export function tokenFrom(s: Settled<TokenResult>): TokenResult {
  if (s.kind === "value") return s.value;
  if (s.kind === "expired") {
    record("probes", "token_deadline", `no answer within ${TOKEN_DEADLINE_MS} ms`);
    return { status: "timeout", errorCode: null, accessToken: null };
  }
  // The provider itself broke (its chunk didn't load, MSAL threw): failed, whatever the code would mean elsewhere.
  const mapped = mapAuthError(s.error);
  const errorCode = mapped.errorCode ?? "unknown_error";
  record("auth", errorCode, describeShape(s.error));
  return { ...mapped, status: "failed", errorCode, accessToken: null };
}

/** Refusals by a policy: IT looks them up in the sign-in logs, filtered by the app that was refused. */
const POLICY_REFUSALS: ReadonlySet<string> = new Set(["blocked-by-policy", "device-not-compliant"]);

/**
 * What the report keeps of the token phase: the status and the code; for an Entra error, its correlation ID and
 * timestamp when it carried them; for a policy refusal, the assistant's own application ID (whose sign-in it was).
 */
export function tokenProbe(token: TokenResult, clientId: string | null): Probes["token"] {
  const probe: Probes["token"] = { status: token.status, errorCode: token.errorCode };
  if (token.status === "ok" || token.status === "not_configured") return probe;
  const group = findSignInError(token.errorCode)?.group;
  if (clientId && group && POLICY_REFUSALS.has(group)) probe.clientId = clientId;
  if (token.correlationId) probe.correlationId = token.correlationId;
  if (token.timestamp) probe.timestamp = token.timestamp;
  return probe;
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

  const getProvider = deps.provider;
  let provider: TokenProvider | null = null;
  const acquire = async (): Promise<TokenResult> => {
    provider = await getProvider();
    const silent = await provider.silent();
    if (silent.status === "ok" || !interactive) return silent;
    return provider.interactive();
  };
  // The interactive window waits for the user, so only the silent attempt has a deadline.
  const token = tokenFrom(
    interactive
      ? await acquire().then(
          (value): Settled<TokenResult> => ({ kind: "value", value }),
          (error: unknown): Settled<TokenResult> => ({ kind: "rejected", error })
        )
      : await settle(acquire(), TOKEN_DEADLINE_MS)
  );
  emit({ token: tokenProbe(token, deps.clientId ?? null) });
  if (token.status !== "ok" || !token.accessToken) {
    emit(SKIPPED);
    return result;
  }

  const budget = startBudget(GRAPH_DEADLINE_MS);
  try {
    await runGraph(deps, budget, token.accessToken, () => provider, emit);
  } finally {
    // Ends the budget even when both calls answered early: nothing of this run may wake up later.
    budget.end();
  }
  result.online = deps.online();
  return result;
}

async function runGraph(
  deps: RunnerDeps,
  budget: Budget,
  accessToken: string,
  provider: () => TokenProvider | null,
  emit: (u: ProbeUpdate) => void
): Promise<void> {
  let current = accessToken;
  const graph: GraphDeps = {
    fetch: deps.fetch,
    sleep: deps.sleep,
    budget,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    getToken: async (claims) => {
      if (!claims) return current;
      const fresh = await provider()?.silent(claims);
      if (fresh?.accessToken) current = fresh.accessToken;
      return fresh?.accessToken ?? null;
    },
  };
  // graphGet keeps to the budget itself; the settle is the backstop should a dependency ignore the signal.
  const call = async (path: string, accept: (body: unknown) => boolean): Promise<GraphOutcome> => {
    const s = await settle(graphGet(path, graph, accept), GRAPH_DEADLINE_MS + GRACE_MS);
    if (s.kind === "value") return s.value;
    if (s.kind === "rejected") record("graph", "unexpected_error", s.error, "error");
    return s.kind === "expired" ? { kind: "timeout" } : { kind: "network" };
  };
  await Promise.all([
    call("/me/mailFolders/inbox?$select=id", isFolder).then((o) =>
      emit({ mailbox: mailboxFrom(o) })
    ),
    call("/me/authentication/methods", isCollection).then((o) =>
      emit({ authMethods: methodsFrom(o) })
    ),
  ]);
}
