// Where the dated Exchange Online changes stand on the judgement day: worked out once, used by the rules, the
// guides and the summary, so every sentence about a deadline agrees with every other.

import { calendarDaysUntil, previousDay } from "./calendar";
import {
  EWS_TIMELINE,
  phaseOn,
  phaseStart,
  SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT,
  SMTP_AUTH_TIMELINE,
  type EwsState,
  type SmtpAuthState,
} from "./tables/timeline";

export interface SmtpSituation {
  state: SmtpAuthState;
  /** The last day basic SMTP AUTH is on by default (ISO), when that day is announced. */
  lastDay: string | null;
  /** The day it is disabled by default. */
  offSince: string | null;
  /** The day it stops for good; null until Microsoft announces it. */
  removedOn: string | null;
  /** Calendar days from the judgement day to offSince; only before that day, so never 0 or less. */
  daysLeft: number | null;
  /**
   * Where Microsoft's promised announcement of the final date stands: still ahead ("upcoming"), in its half-year
   * ("due"), or that half-year is over and the tables still have no date ("overdue"). Wording follows it, so a
   * report judged in 2028 never says Microsoft "will announce in 2027".
   */
  announcement: "upcoming" | "due" | "overdue";
}

/** The half-year Microsoft said it would announce the final SMTP AUTH date in, as first and next-after days. */
export function announcementWindow(): { from: string; until: string } {
  const { year } = SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT;
  // Widened from the row's literal type: the code must keep working when the row says "first half".
  const half: number = SMTP_AUTH_FINAL_DATE_ANNOUNCEMENT.half;
  return half === 1
    ? { from: `${year}-01-01`, until: `${year}-07-01` }
    : { from: `${year}-07-01`, until: `${year + 1}-01-01` };
}

function announcementOn(now: Date): SmtpSituation["announcement"] {
  const w = announcementWindow();
  if (now.getTime() < Date.parse(`${w.from}T00:00:00Z`)) return "upcoming";
  return now.getTime() < Date.parse(`${w.until}T00:00:00Z`) ? "due" : "overdue";
}

export interface EwsSituation {
  state: EwsState;
  offFrom: string | null;
  removedOn: string | null;
}

export function smtpSituation(now: Date): SmtpSituation {
  const state = phaseOn(SMTP_AUTH_TIMELINE, now).state;
  const offSince = phaseStart(SMTP_AUTH_TIMELINE, "disabled-by-default");
  return {
    state,
    offSince,
    lastDay: offSince ? previousDay(offSince) : null,
    removedOn: phaseStart(SMTP_AUTH_TIMELINE, "removed"),
    daysLeft: state === "basic-available" && offSince ? calendarDaysUntil(offSince, now) : null,
    announcement: announcementOn(now),
  };
}

export function ewsSituation(now: Date): EwsSituation {
  return {
    state: phaseOn(EWS_TIMELINE, now).state,
    offFrom: phaseStart(EWS_TIMELINE, "off-by-default"),
    removedOn: phaseStart(EWS_TIMELINE, "removed"),
  };
}
