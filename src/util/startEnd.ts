// How the pane's start ended: one word per outcome, used for the mode the pane shows, the notice it adds, the
// start-failure pane's reason and the error trail's code, so each outcome has one spelling everywhere.

export const START_ENDS = [
  /** Office.onReady said Outlook: the pane runs inside it. */
  "outlook",
  /** office.js answered that the page is not in an Office host: a plain browser tab. */
  "not-in-office",
  /** Another Office app (Word, Excel…) opened the page: treated like a plain browser tab. */
  "not-outlook",
  /** office.js didn't load (blocked, offline), so nothing could be asked of Outlook. */
  "office-js-missing",
  /** office.js loaded but Office.onReady never answered. */
  "onready-timeout",
  /** office.js threw while reading the page's address (a malformed `_host_Info`). */
  "office-js-failed",
  /** One of the pane's own scripts didn't load (often: the site was updated while the pane was open). */
  "chunk",
  /** The pane's own start-up code threw. */
  "crashed",
] as const;
export type StartEnd = (typeof START_ENDS)[number];

/** The ends that, inside Outlook, mean the pane could not start. */
export type StartFailureEnd = Exclude<StartEnd, "outlook" | "not-in-office" | "not-outlook">;

/** The error trail's code for each end: the codes IT already knows from earlier versions stay as they were. */
const TRAIL_CODES: Record<StartEnd, string> = {
  outlook: "outlook",
  "not-in-office": "not_in_office",
  "not-outlook": "not_outlook",
  "office-js-missing": "office_js_missing",
  "onready-timeout": "onready_timeout",
  "office-js-failed": "office_js_failed",
  chunk: "chunk_load_error",
  crashed: "start_failed",
};

export const trailCode = (end: StartEnd): string => TRAIL_CODES[end];
