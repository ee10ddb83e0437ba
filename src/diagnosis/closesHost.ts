// Steps that end the pane: the pane lives inside an Outlook, so "sign out, then close Outlook", "quit Outlook",
// "delete the account" or "restart the computer" closes it, and the steps after it go with it. The engine marks
// those steps against the app the pane runs in, and names the line the card shows before the first of them.

import type { StepKey } from "./tables/steps";
import type { ProblemApp } from "./vocabulary";

/**
 * What a step does to the app it is about (the problem client):
 * - app: closes, quits, restarts or signs out of the app;
 * - account: removes the work account from the app;
 * - device: restarts the computer or phone the app runs on;
 * - browser: closes every browser window (and with it Outlook on the web, wherever the pane runs in one).
 */
export type StepEffect = "app" | "account" | "device" | "browser";

export const STEP_EFFECTS: Readonly<Partial<Record<StepKey, StepEffect>>> = {
  "step.gentleWin.signOut": "app",
  "step.gentleMac.signOut": "app",
  "step.clearWin.close": "app",
  "step.clearWin.restart": "device",
  "step.clearMac.quit": "app",
  "step.clearPhone.remove": "account",
  "step.clearPhone.restart": "device",
  "step.clearWeb.signOut": "app",
  "step.clearWeb.closeBrowser": "browser",
  "step.clearWeb.readdNew": "account",
  "step.clearApp.remove": "account",
  "step.reg2013.close": "app",
  "step.c2r.update": "app",
  "step.c2rPerpetual.meanwhile": "app",
  "step.updateWin.c2r": "app",
  "step.updateMac.restart": "app",
  "step.selfUpdate.reopen": "app",
  "step.updatePhone.store": "app",
};

/** The line the card shows before the first step that ends the pane (catalogue key). */
export type ClosesHostLineKey =
  "closesHost.app" | "closesHost.account" | "closesHost.device" | "closesHost.browser";

export const CLOSES_HOST_LINE: Readonly<Record<StepEffect, ClosesHostLineKey>> = {
  app: "closesHost.app",
  account: "closesHost.account",
  device: "closesHost.device",
  browser: "closesHost.browser",
};

/**
 * Whether a step about `client` ends the pane that runs in `host`. The pane runs in the problem app itself, or
 * (for closing the browser) in Outlook on the web, which closes with every browser window.
 */
export function stepClosesHost(key: StepKey, client: ProblemApp, host: ProblemApp | null): boolean {
  const effect = STEP_EFFECTS[key];
  if (!effect || host === null) return false;
  if (effect === "browser") return host === client || host === "outlook-web";
  return host === client;
}
