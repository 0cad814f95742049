import { fromJalali, isValidJalaliDate, toJalali } from './persian/index.ts';

const dayMs = 86_400_000;

// Building a formatter costs far more than using one; one per time zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the programme runs (Asia/Tehran), as `YYYY-MM-DD`: a deadline passes at Tehran's midnight. */
export function todayIso(timeZone = 'Asia/Tehran', now: Date = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** An ISO date plus (or minus) whole days. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/**
 * An ISO date plus whole Jalali months: "one month" from 1401/08/05 is 1401/09/05. A day that the
 * target month lacks falls back to its last day (1401/06/31 + 1 month = 1401/07/30), as people
 * count months in Iran.
 */
export function addJalaliMonths(isoDate: string, months: number): string {
  const { year, month, day } = toJalali(isoDate);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  let targetDay = day;
  while (!isValidJalaliDate(targetYear, targetMonth, targetDay)) targetDay -= 1;
  return fromJalali(targetYear, targetMonth, targetDay);
}
