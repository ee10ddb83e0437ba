// The six checks the pane lists, derived from facts. Pure: the UI only renders these rows.
// "notChecked" (with its reason) is deliberately different from "failed".

import type { Diagnosis } from "./diagnose";
import type { Params } from "./format";
import { hasMfaMethod } from "./tables/authMethods";
import type { Facts } from "./facts";
import type { ModernAuth } from "./vocabulary";

export type CheckId = "network" | "client" | "modernAuth" | "token" | "mailbox" | "methods";
export type CheckStatus = "pending" | "ok" | "warning" | "failed" | "notChecked";

/** The catalogue keys a check's detail line can use; words inside a line come as TermParams. */
export type DetailKey =
  | "detail.network.online"
  | "detail.network.offline"
  | "detail.network.unknown"
  | "detail.client"
  | "detail.endOfSupport"
  | "detail.servicedUntil"
  | "detail.newerThanKnown"
  | `detail.modernAuth.${ModernAuth}`
  | "detail.notConfigured"
  | "detail.unsupported"
  | "detail.skipped"
  | "detail.offline"
  | "detail.timeout"
  | "detail.tokenError"
  | "detail.http"
  | "detail.methods"
  | "detail.methodsNone"
  | "detail.ok";

export interface CheckDetail {
  key: DetailKey;
  params?: Params;
}

export interface CheckRow {
  id: CheckId;
  status: CheckStatus;
  detail: CheckDetail[];
}

export type ProbeName = "token" | "mailbox" | "authMethods";

export function checkRows(
  facts: Facts,
  d: Diagnosis,
  pending: ReadonlySet<ProbeName> = new Set()
): CheckRow[] {
  const p = facts.probes;
  const offline = p.online === false;
  const rows: CheckRow[] = [];

  rows.push({
    id: "network",
    status: p.online === true ? "ok" : offline ? "failed" : "notChecked",
    detail: [
      {
        key:
          p.online === true
            ? "detail.network.online"
            : offline
              ? "detail.network.offline"
              : "detail.network.unknown",
      },
    ],
  });

  const c = d.problemClient;
  const a = d.assessment;
  const clientDetail: CheckDetail[] = [
    {
      key: "detail.client",
      params: {
        client: a.name,
        modernAuth: { term: `detail.modernAuth.${c.modernAuth}` },
        supported: { term: `detail.supported.${c.supported}` },
      },
    },
  ];
  if (a.supported === false && a.staleSince && a.servicedUntil)
    clientDetail.push({
      key: "detail.servicedUntil",
      params: { servicedUntil: { date: a.servicedUntil } },
    });
  else if (a.pastEndOfSupport && a.endOfSupport)
    clientDetail.push({
      key: "detail.endOfSupport",
      params: { endOfSupport: { date: a.endOfSupport } },
    });
  if (a.newerThanKnown) clientDetail.push({ key: "detail.newerThanKnown" });
  rows.push({
    id: "client",
    status: c.supported === false ? "warning" : c.supported === true ? "ok" : "notChecked",
    detail: clientDetail,
  });
  rows.push({
    id: "modernAuth",
    status:
      c.modernAuth === "yes"
        ? "ok"
        : c.modernAuth === "no"
          ? "failed"
          : c.modernAuth === "needs-registry"
            ? "warning"
            : "notChecked",
    detail: [{ key: `detail.modernAuth.${c.modernAuth}` }],
  });

  const notChecked = (reason: DetailKey): CheckDetail[] => [{ key: reason }];
  const tokenRow = (): CheckRow => {
    if (pending.has("token")) return { id: "token", status: "pending", detail: [] };
    if (offline) return { id: "token", status: "notChecked", detail: notChecked("detail.offline") };
    switch (p.token.status) {
      case "ok":
        return { id: "token", status: "ok", detail: [{ key: "detail.ok" }] };
      case "not_configured":
        return { id: "token", status: "notChecked", detail: notChecked("detail.notConfigured") };
      case "unsupported":
        return { id: "token", status: "notChecked", detail: notChecked("detail.unsupported") };
      case "timeout":
        return { id: "token", status: "failed", detail: [{ key: "detail.timeout" }] };
      case "interaction_required":
        return {
          id: "token",
          status: "warning",
          detail: p.token.errorCode
            ? [{ key: "detail.tokenError", params: { code: p.token.errorCode } }]
            : [],
        };
      case "failed":
        return {
          id: "token",
          status: "failed",
          detail: [{ key: "detail.tokenError", params: { code: p.token.errorCode ?? "?" } }],
        };
      default:
        return { id: "token", status: "notChecked", detail: notChecked("detail.notConfigured") };
    }
  };
  rows.push(tokenRow());

  const graphRow = (id: "mailbox" | "methods", probe: ProbeName): CheckRow => {
    if (pending.has(probe)) return { id, status: "pending", detail: [] };
    if (offline) return { id, status: "notChecked", detail: notChecked("detail.offline") };
    const status = probe === "mailbox" ? p.mailbox.status : p.authMethods.status;
    const tokenStatus = p.token.status;
    if (status === "ok") {
      if (id === "mailbox")
        return {
          id,
          status: "ok",
          detail: [{ key: "detail.http", params: { status: String(p.mailbox.httpStatus ?? 200) } }],
        };
      const methods = p.authMethods.methods;
      const hasMfa = hasMfaMethod(methods);
      return {
        id,
        status: hasMfa ? "ok" : "failed",
        detail: [
          methods.length
            ? { key: "detail.methods", params: { methods: methods.join(", ") } }
            : { key: "detail.methodsNone" },
        ],
      };
    }
    if (status === "timeout") return { id, status: "failed", detail: [{ key: "detail.timeout" }] };
    if (status === "failed") {
      const http = id === "mailbox" ? p.mailbox.httpStatus : null;
      return {
        id,
        status: "failed",
        detail: http ? [{ key: "detail.http", params: { status: String(http) } }] : [],
      };
    }
    if (tokenStatus === "not_configured" || tokenStatus === null)
      return { id, status: "notChecked", detail: notChecked("detail.notConfigured") };
    if (tokenStatus === "unsupported")
      return { id, status: "notChecked", detail: notChecked("detail.unsupported") };
    return { id, status: "notChecked", detail: notChecked("detail.skipped") };
  };
  rows.push(graphRow("mailbox", "mailbox"));
  rows.push(graphRow("methods", "authMethods"));
  return rows;
}
