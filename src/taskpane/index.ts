// Entry point. React, Fluent UI, the engine and English ship in the initial scripts, which the browser downloads
// alongside office.js. Office-only code (host facts, config, probes, MSAL) loads only inside Outlook.

import { bootOffice } from "../host/boot";
import { recordUnhandled } from "../util/errorLog";
import { preparePreview, probablyNotInOffice, type PreparedPreview } from "./startPreview";

async function main(): Promise<void> {
  const speculative: Promise<PreparedPreview> | null = probablyNotInOffice()
    ? preparePreview()
    : null;
  speculative?.catch(() => undefined);
  const boot = await bootOffice();
  if (boot.kind === "office") {
    try {
      const { startOffice } = await import(/* webpackChunkName: "office" */ "./startOffice");
      await startOffice(boot.office);
      return;
    } catch {
      // An Office API failing in a way the guards didn't foresee still ends in a usable pane (preview guidance).
    }
  }
  const notice =
    boot.kind === "preview" && boot.reason === "office-js-missing"
      ? "officeMissing"
      : boot.kind === "preview" && boot.reason === "onready-timeout"
        ? "onReadyTimeout"
        : null;
  const preview = await (speculative ?? preparePreview());
  preview.show(notice);
}

window.addEventListener("unhandledrejection", (e) => {
  // Last line of defence: nothing should get here, but a stray rejection must never blank the pane.
  recordUnhandled(e.reason);
  e.preventDefault();
});

main().catch(() => {
  const el = document.getElementById("boot-message");
  if (el)
    el.textContent =
      "The Sign-in Assistant couldn't start. Close and reopen it, or contact your IT team.";
});
