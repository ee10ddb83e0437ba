// The start-up watchdog: a tiny same-origin script that taskpane.html and dialog.html load (async) before office.js.
// office.js is a blocking script from Microsoft's CDN and the page's own scripts are deferred behind it, so a CDN
// that never answers, or a first chunk that never arrives, leaves the page blank or on "Loading…" with nothing to
// press. After WATCHDOG_MS without the page's "started" flag (src/util/started.ts) it says the page couldn't start,
// with Run again and, for the pane, the help desk config.json names. If the page starts after all, its message goes.
// The CSP allows no inline script; this file is built by webpack like the others. No innerHTML: text nodes only.

import { readStartContact, type StartContact } from "../config/startContact";
import { STARTED_ATTRIBUTE } from "../util/started";
import { WATCHDOG_MESSAGES, type WatchdogKey } from "./messages";

/** Past the pane's own deadlines (Office.onReady's 10 s), so the page's own failure screen speaks first. */
export const WATCHDOG_MS = 12_000;
const ID = "start-watchdog";

type Lang = keyof typeof WATCHDOG_MESSAGES;

function language(): Lang {
  // Outlook names its language in the URL (_host_Info=Outlook$Win32$16.02$de-DE$…); otherwise the browser's.
  const hinted = /_host_Info=[^&]*?\$([a-z]{2})-[A-Za-z]{2}\$/i.exec(window.location.search)?.[1];
  const lang = (hinted ?? navigator.language ?? "en").slice(0, 2).toLowerCase();
  return lang in WATCHDOG_MESSAGES ? (lang as Lang) : "en";
}

const started = () => document.documentElement.hasAttribute(STARTED_ATTRIBUTE);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function show(dialog: boolean): HTMLElement {
  const words = WATCHDOG_MESSAGES[language()];
  const t = (key: WatchdogKey) => words[key];
  const box = element("div");
  box.id = ID;
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "start-watchdog");
  // CSSOM, not a style attribute: the CSP allows no inline styles.
  for (const [name, value] of Object.entries({
    position: "fixed",
    inset: "0",
    padding: "16px",
    background: "Canvas",
    color: "CanvasText",
    font: "14px/1.4 'Segoe UI', system-ui, sans-serif",
    "z-index": "2147483647",
    overflow: "auto",
  }))
    box.style.setProperty(name, value);
  box.appendChild(element("p", t(dialog ? "watchdog.dialogFailed" : "watchdog.failed")));
  const again = element("button", t("watchdog.runAgain"));
  again.type = "button";
  again.setAttribute("data-testid", "watchdog-run-again");
  again.addEventListener("click", () => window.location.reload());
  box.appendChild(again);
  // While office.js blocks the parser there is no <body> yet: the message goes on <html> itself.
  (document.body ?? document.documentElement).appendChild(box);
  return box;
}

function addContact(box: HTMLElement, contact: StartContact): void {
  const line = [contact.name, contact.email, contact.phone].filter(Boolean).join(" · ");
  const p = element("p", `${WATCHDOG_MESSAGES[language()]["watchdog.helpDesk"]} ${line}`);
  p.setAttribute("data-testid", "watchdog-help-desk");
  box.appendChild(p);
}

function watch(): void {
  const dialog = /\/dialog\.html$/.test(window.location.pathname);
  window.setTimeout(() => {
    if (started() || document.getElementById(ID)) return;
    const box = show(dialog);
    // Only now, when it is needed, is config.json asked for: a page that starts sends no extra request.
    if (!dialog)
      void readStartContact(window.location.href).then((c) => {
        if (c && box.isConnected) addContact(box, c);
      });
    // office.js may still arrive late and the page start after all: then the page speaks for itself.
    const poll = window.setInterval(() => {
      if (!started()) return;
      box.remove();
      window.clearInterval(poll);
    }, 500);
  }, WATCHDOG_MS);
}

watch();
