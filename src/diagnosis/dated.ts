// Where the dated Exchange Online changes stand on the judgement day: worked out once, used by the rules, the
// guides and the summary, so every sentence about a deadline agrees with every other.

import { calendarDaysUntil, previousDay } from "./calendar";
import {
  EWS_TIMELINE,
  phaseOn,
  phaseStart,
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
  };
}

export function ewsSituation(now: Date): EwsSituation {
  return {
    state: phaseOn(EWS_TIMELINE, now).state,
    offFrom: phaseStart(EWS_TIMELINE, "off-by-default"),
    removedOn: phaseStart(EWS_TIMELINE, "removed"),
  };
}
