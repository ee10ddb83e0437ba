// Helpers for browser tests in "Office mode": the fake host instead of office.js, config.json and Graph routes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Route } from "playwright-core";
import { openProbe, type PageProbe } from "./browser";
import type { StaticServer } from "./staticServer";

const FAKE_OFFICE = readFileSync(join(__dirname, "../e2e/fixtures/fakeOffice.js"), "utf8");

export const CONFIG = {
  organizationName: "Contoso",
  auth: { clientId: "11111111-1111-1111-1111-111111111111" },
  mfaMode: "conditionalAccess",
  appPasswordsAllowed: false,
  helpDesk: {
    name: "Contoso IT",
    email: "servicedesk@contoso.example",
    url: "https://servicedesk.contoso.example/",
  },
};

export const METHODS = {
  value: [
    { "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", id: "1" },
    { "@odata.type": "#microsoft.graph.passwordAuthenticationMethod", id: "2" },
  ],
};

export type GraphHandler = (route: Route, path: string) => Promise<void> | void;

export async function openInFakeOutlook(
  browser: Browser,
  server: StaticServer,
  opts: {
    host?: Record<string, unknown>;
    config?: unknown | null;
    configStatus?: number;
    configBody?: string;
    graph?: GraphHandler;
    colorScheme?: "light" | "dark";
  } = {}
): Promise<PageProbe & { graphCalls: string[] }> {
  const probe = await openProbe(browser, {
    colorScheme: opts.colorScheme,
    officeJs: (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE }),
  });
  await probe.page.addInitScript((host) => {
    (window as unknown as { __fakeHost: unknown }).__fakeHost = host;
  }, opts.host ?? {});
  const graphCalls: string[] = [];
  await probe.context.route("https://graph.microsoft.com/**", async (route) => {
    const path = new URL(route.request().url()).pathname.replace("/v1.0", "");
    graphCalls.push(path);
    if (opts.graph) return opts.graph(route, path);
    return route.fulfill({
      status: 200,
      contentType: "application/json",
      body: JSON.stringify(path.includes("mailFolders") ? { id: "inbox" } : METHODS),
    });
  });
  server.overrides.set("/config.json", (_req, res) => {
    if (opts.configBody !== undefined || opts.configStatus) {
      res.writeHead(opts.configStatus ?? 200, { "Content-Type": "application/json" });
      return res.end(opts.configBody ?? "");
    }
    if (opts.config === null) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify(opts.config ?? CONFIG));
  });
  return { ...probe, graphCalls };
}

/** Waits until no check is pending any more. */
export async function checksSettled(
  probe: PageProbe,
  timeout = 20000
): Promise<Record<string, string>> {
  await probe.page.waitForSelector('[data-testid="diagnosis"][data-state="ready"]', { timeout });
  await probe.page.waitForFunction(
    () =>
      document.querySelectorAll('[data-check][data-status="pending"]').length === 0 &&
      document.querySelectorAll("[data-check]").length === 6,
    null,
    { timeout }
  );
  return probe.page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("[data-check]")].map((e) => [
        e.getAttribute("data-check"),
        e.getAttribute("data-status"),
      ])
    )
  );
}

export async function actionsOf(probe: PageProbe): Promise<string[]> {
  return probe.page
    .locator("[data-action]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-action") ?? ""));
}
