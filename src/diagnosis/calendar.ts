// Calendar arithmetic on UTC days and months. Everything the engine decides by date goes through here, so a
// judgement never depends on the machine's time zone.

/** A month as one integer (year × 12 + month − 1), so months subtract and add like numbers. */
export type MonthIndex = number;

export function monthIndexOf(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** "2025-10" → its MonthIndex; NaN when the text is no month. */
export function parseMonth(iso: string): MonthIndex {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : NaN;
}

export function isoMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Microsoft 365 Apps version YYMM (2609) → its month; null when MM isn't a month. */
export function monthOfChannelVersion(version: number): MonthIndex | null {
  const yy = Math.floor(version / 100);
  const mm = version % 100;
  if (!Number.isInteger(version) || mm < 1 || mm > 12) return null;
  return (2000 + yy) * 12 + mm - 1;
}

export function channelVersionOfMonth(index: MonthIndex): number {
  return (Math.floor(index / 12) - 2000) * 100 + (index % 12) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO day ("2026-12-31") of a date, in UTC. */
export function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Milliseconds at 00:00 UTC of an ISO day. */
export function startOfDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** True when `date` falls on or after the ISO day. */
export function onOrAfter(date: Date, iso: string): boolean {
  return date.getTime() >= startOfDay(iso);
}

/** True when `date` falls on or before the ISO day (the whole day counts). */
export function onOrBefore(date: Date, iso: string): boolean {
  return date.getTime() < startOfDay(iso) + 86_400_000;
}

/** Whole calendar days from the judgement day to an ISO day: 1 on the day before, 0 on the day itself. */
export function calendarDaysUntil(iso: string, date: Date): number {
  return Math.round((startOfDay(iso) - startOfDay(isoDay(date))) / 86_400_000);
}

/** The ISO day before an ISO day. */
export function previousDay(iso: string): string {
  return isoDay(new Date(startOfDay(iso) - 86_400_000));
}

/** The ISO day `months` calendar months after an ISO day (clamped to the month's last day). */
export function addMonthsToDay(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = y * 12 + (m - 1) + months;
  const year = Math.floor(target / 12);
  const month = target % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(year, month, Math.min(d, last))));
}

/**
 * The second Tuesday of a month ("Patch Tuesday"), when Microsoft releases Office updates and a version's
 * servicing ends. [MS] learn.microsoft.com/officeupdates/update-history-microsoft365-apps-by-date
 */
const SECOND_TUESDAYS = new Map<MonthIndex, string>();

export function secondTuesday(index: MonthIndex): string {
  let day = SECOND_TUESDAYS.get(index);
  if (day === undefined) {
    const year = Math.floor(index / 12);
    const month = index % 12;
    const weekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
    day = `${year}-${pad(month + 1)}-${pad(1 + ((2 - weekday + 7) % 7) + 7)}`;
    SECOND_TUESDAYS.set(index, day);
  }
  return day;
}
