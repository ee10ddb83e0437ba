// Is a Microsoft 365 Apps version still serviced on a given day? Only the build number is known, never the
// channel, so the rule is: a version is "current" while at least one channel still ships updates for it, and
// "out of servicing" only when none does. That never tells someone on a still-serviced channel to update, and it
// still flags a year-old build (2510 on 2026-11-25) whatever channel it came from.
//
// Per channel, from the version month V (all dates are the second Tuesday of the month named):
//   Current Channel       V … V+1 (only the latest version)            — always inside Monthly Enterprise's window
//   Monthly Enterprise    available V+2, serviced 2 months → until V+4
//   Semi-Annual (Feb/Aug) available V+5, serviced 14 months (reached the channel before 2025-07-08)
//                         or 6 + 2 = 8 months (from 2025-07-08); no version reaches it from July 2026 (2606 merge)
// So 2408 ends 2026-03-10 (14 months), 2502 ends 2026-03-10 and 2508 ends 2026-09-08 (8 months), 2608 ends
// 2026-12-08 (Monthly Enterprise only, after the merge).

import { monthOfChannelVersion, parseMonth, secondTuesday, startOfDay } from "./calendar";
import { CHANNELS } from "./tables/channels";

export interface Servicing {
  /** First day no channel services the version any more (ISO). */
  endsOn: string;
  /** The channel whose window lasts longest for this version. */
  longestChannel: "monthlyEnterprise" | "semiAnnualEnterprise";
}

/** Months of Semi-Annual Enterprise support for a version that reached the channel on an ISO day. */
export function semiAnnualSupportMonths(availableOn: string): number {
  let months = 0;
  for (const p of CHANNELS.semiAnnualEnterprise.policies) {
    if (p.availableFrom === null || startOfDay(availableOn) >= startOfDay(p.availableFrom))
      months = p.supportMonths;
  }
  return months;
}

function semiAnnualEnd(versionMonth: number): string | null {
  const sae = CHANNELS.semiAnnualEnterprise;
  if (!sae.versionMonths.includes((versionMonth % 12) + 1)) return null;
  const availableMonth = versionMonth + sae.availabilityOffsetMonths;
  if (availableMonth >= parseMonth(sae.lastAvailabilityBefore)) return null;
  return secondTuesday(availableMonth + semiAnnualSupportMonths(secondTuesday(availableMonth)));
}

/** When servicing of a Microsoft 365 Apps version ends; null when the version number isn't a real month. */
export function servicingOf(version: number): Servicing | null {
  const month = monthOfChannelVersion(version);
  if (month === null) return null;
  const mec = CHANNELS.monthlyEnterprise;
  const monthlyEnd = secondTuesday(month + mec.availabilityOffsetMonths + mec.supportMonths);
  const semiAnnual = semiAnnualEnd(month);
  if (semiAnnual && startOfDay(semiAnnual) > startOfDay(monthlyEnd))
    return { endsOn: semiAnnual, longestChannel: "semiAnnualEnterprise" };
  return { endsOn: monthlyEnd, longestChannel: "monthlyEnterprise" };
}

export function isServiced(version: number, on: Date): boolean | null {
  const s = servicingOf(version);
  return s ? on.getTime() < startOfDay(s.endsOn) : null;
}
