// Asks office.js where the page runs: inside Outlook, or not (and why not), in the words of util/startEnd.
import type { StartEnd } from "../util/startEnd";

export type BootResult =
  | { kind: "office"; office: typeof Office }
  | { kind: "outside"; end: Exclude<StartEnd, "outlook" | "chunk" | "crashed"> };

/** office.js sets window.Office; a blocked CDN or a failed load leaves it undefined. */
function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/**
 * Outside Office, office.js's ULS logger frames Microsoft's telemetry proxy three seconds after load. Outside
 * Outlook the pane makes no calls it doesn't need (and the pane's CSP would block the frame, logging console
 * errors), so once office.js has said the page isn't in Office, its logger gets a no-op frame loader. Optional
 * chaining keeps this a no-op if office.js changes its internals.
 */
function quietOfficeTelemetryOutsideOffice(): void {
  type Uls = { loadProxyFrame?: () => void };
  const osf = (globalThis as { OSF?: { Logger?: { ulsEndpoint?: Uls | null } } }).OSF;
  const uls = osf?.Logger?.ulsEndpoint;
  if (uls && typeof uls.loadProxyFrame === "function") uls.loadProxyFrame = () => undefined;
}

export async function bootOffice(timeoutMs = 10_000): Promise<BootResult> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function")
    return { kind: "outside", end: "office-js-missing" };
  const ready = new Promise<BootResult>((resolve) => {
    try {
      office.onReady().then(
        (info) => {
          if (info.host === office.HostType?.Outlook) resolve({ kind: "office", office });
          else {
            quietOfficeTelemetryOutsideOffice();
            resolve({ kind: "outside", end: info.host ? "not-outlook" : "not-in-office" });
          }
        },
        () => resolve({ kind: "outside", end: "not-in-office" })
      );
    } catch {
      resolve({ kind: "outside", end: "office-js-failed" });
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<BootResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "outside", end: "onready-timeout" }), timeoutMs);
  });
  const result = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  return result;
}
