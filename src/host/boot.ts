// Decides whether the pane runs inside Outlook or in preview mode (contract §3).

export type BootResult =
  | { kind: "office"; office: typeof Office }
  | {
      kind: "preview";
      reason: "not-in-office" | "office-js-missing" | "onready-timeout" | "not-outlook";
    };

/** office.js sets window.Office; a blocked CDN or a failed load leaves it undefined. */
function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/**
 * Outside Office, office.js's ULS logger frames Microsoft's telemetry proxy three seconds after load. Preview mode
 * promises no network calls (and the pane's CSP would block the frame, logging console errors), so once office.js
 * has said the page isn't in Office, its logger gets a no-op frame loader. Optional chaining keeps this a no-op if
 * office.js changes its internals.
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
    return { kind: "preview", reason: "office-js-missing" };
  const ready = new Promise<BootResult>((resolve) => {
    try {
      office.onReady().then(
        (info) => {
          if (info.host === office.HostType?.Outlook) resolve({ kind: "office", office });
          else {
            quietOfficeTelemetryOutsideOffice();
            resolve({ kind: "preview", reason: info.host ? "not-outlook" : "not-in-office" });
          }
        },
        () => resolve({ kind: "preview", reason: "not-in-office" })
      );
    } catch {
      resolve({ kind: "preview", reason: "office-js-missing" });
    }
  });
  const timeout = new Promise<BootResult>((resolve) =>
    setTimeout(() => resolve({ kind: "preview", reason: "onready-timeout" }), timeoutMs)
  );
  return Promise.race([ready, timeout]);
}
