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

export async function bootOffice(timeoutMs = 10_000): Promise<BootResult> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function")
    return { kind: "preview", reason: "office-js-missing" };
  const ready = new Promise<BootResult>((resolve) => {
    try {
      office.onReady().then(
        (info) => {
          if (info.host === office.HostType?.Outlook) resolve({ kind: "office", office });
          else resolve({ kind: "preview", reason: info.host ? "not-outlook" : "not-in-office" });
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
