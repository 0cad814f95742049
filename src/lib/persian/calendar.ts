/**
 * Jalali (Solar Hijri) calendar helpers on top of jalaali-js.
 *
 * jalaali-js was checked day by day against ICU's Persian calendar (Node 20,
 * `Intl.DateTimeFormat('en-u-ca-persian')`, which follows the University of
 * Tehran table) for 1300/01/01–1499/12/end and agrees on every day; see
 * calendar-icu.test.ts. Outside that range the two use different leap rules
 * (they first disagree in 1177 and 1503), so dates there are the library's.
 */

import {
  MAX_JALAALI_YEAR,
  d2g,
  d2j,
  g2d,
  isValidJalaaliDate,
  j2d,
  jalaaliMonthLength,
} from 'jalaali-js';
import { toLatinDigits, toPersianDigits } from './digits.js';

/** A date in the Jalali calendar; month 1 is Farvardin. */
export interface JalaliDate {
  year: number;
  month: number;
  day: number;
}

// Year 1 is the epoch; jalaali-js accepts earlier years but they are
// meaningless here and would produce Gregorian years before 0622.
const MIN_YEAR = 1;
const MAX_YEAR = MAX_JALAALI_YEAR;
// Checked before calling d2j, which throws a plain Error out of range.
const FIRST_DAY = j2d(MIN_YEAR, 1, 1);
const LAST_DAY = j2d(MAX_YEAR, 12, jalaaliMonthLength(MAX_YEAR, 12));

/** Persian month names, فروردین … اسفند; index 0 is month 1. */
export const jalaliMonthNamesFa: readonly string[] = Object.freeze([
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
]);

// The Iranian week starts on Saturday. سه‌شنبه and پنج‌شنبه contain ZWNJ.
const WEEKDAYS_FA: readonly string[] = Object.freeze([
  'شنبه',
  'یکشنبه',
  'دوشنبه',
  'سه\u200cشنبه',
  'چهارشنبه',
  'پنج\u200cشنبه',
  'جمعه',
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Only timestamps with an explicit offset: without one, JavaScript reads the
// time as server-local, so the "UTC date" would depend on where we run.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

function isLeapGregorian(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function gregorianMonthLength(year: number, month: number): number {
  if (month === 2) return isLeapGregorian(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidGregorian(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= gregorianMonthLength(year, month);
}

/** Offset such as Z, +03:30, -0500 or +03, in minutes east of UTC. */
function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!match) return 0; // "Z": the timestamp regex admits nothing else
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 23 || minutes > 59) throw new RangeError(`Invalid UTC offset: ${offset}`);
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Julian day number of the UTC calendar date of `input`; the common parser
 * behind every function that takes an ISO date. Avoids `Date.parse`, whose
 * handling of non-ISO text is implementation-defined, and `Date.UTC`, which
 * maps years 0–99 to 1900–1999.
 */
function isoToDayNumber(input: string): number {
  const date = ISO_DATE.exec(input);
  const stamp = date ? null : ISO_TIMESTAMP.exec(input);
  const match = date ?? stamp;
  if (!match) throw new RangeError(`Expected YYYY-MM-DD or an ISO timestamp with offset: ${input}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidGregorian(year, month, day)) throw new RangeError(`No such date: ${input}`);
  let dayNumber = g2d(year, month, day);
  if (stamp) {
    const hour = Number(stamp[4]);
    const minute = Number(stamp[5]);
    const second = Number(stamp[6] ?? 0);
    if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`No such time: ${input}`);
    // Local minutes since midnight minus the offset gives UTC minutes, which
    // may fall on the previous or next day; seconds cannot cross a day.
    const utcMinutes = hour * 60 + minute - offsetMinutes(stamp[7] ?? 'Z');
    dayNumber += Math.floor(utcMinutes / 1440);
  }
  return dayNumber;
}

function dayNumberToJalali(dayNumber: number, input: string): JalaliDate {
  if (dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw new RangeError(`Date outside the supported Jalali years: ${input}`);
  }
  const { jy, jm, jd } = d2j(dayNumber);
  return { year: jy, month: jm, day: jd };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Converts a Gregorian date to Jalali.
 *
 * @param isoDate `YYYY-MM-DD`, or an ISO 8601 timestamp with an explicit
 *   offset (`2022-10-27T21:00:00Z`, `…+03:30`), in which case the UTC
 *   calendar date is used.
 * @throws RangeError on malformed input, a non-existent date, or a date before
 *   Jalali year 1 or after the last year jalaali-js supports.
 * @example toJalali('2022-10-27') // { year: 1401, month: 8, day: 5 }
 */
export function toJalali(isoDate: string): JalaliDate {
  return dayNumberToJalali(isoToDayNumber(isoDate), isoDate);
}

/**
 * Whether year/month/day is a real Jalali date: integers, month 1–12, day
 * within the month (31 in months 1–6, 30 in 7–11, 29 in Esfand or 30 in a leap
 * year), year from 1 to the last year jalaali-js supports.
 */
export function isValidJalaliDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    isValidJalaaliDate(year, month, day)
  );
}

/**
 * Converts a Jalali date to an ISO `YYYY-MM-DD` Gregorian date.
 *
 * @throws RangeError when the date does not exist (1402/12/30, month 13,
 *   day 31 in months 7–12, non-integers, …).
 * @example fromJalali(1401, 8, 5) // '2022-10-27'
 */
export function fromJalali(year: number, month: number, day: number): string {
  if (!isValidJalaliDate(year, month, day)) {
    throw new RangeError(`No such Jalali date: ${year}/${month}/${day}`);
  }
  const { gy, gm, gd } = d2g(j2d(year, month, day));
  return `${pad(gy, 4)}-${pad(gm, 2)}-${pad(gd, 2)}`;
}

/**
 * Formats a Gregorian date as a zero-padded Jalali date, `۱۴۰۱/۰۸/۰۵` by
 * default.
 *
 * @param isoDate as for {@link toJalali}
 * @param options.persianDigits Persian digits (default) or Latin ones
 * @param options.separator between year, month and day; default `/`
 * @throws RangeError as {@link toJalali} does
 */
export function formatJalali(
  isoDate: string,
  options: { persianDigits?: boolean; separator?: string } = {},
): string {
  const { persianDigits = true, separator = '/' } = options;
  const { year, month, day } = toJalali(isoDate);
  const text = [pad(year, 4), pad(month, 2), pad(day, 2)].join(separator);
  return persianDigits ? toPersianDigits(text) : text;
}

// Year first, four-digit year, the same separator twice (/, -, . or the
// Arabic decimal separator ٫ that Persian keyboards type for a dot), optional
// spaces around separators. Day-first input is rejected: D/M/Y and M/D/Y
// cannot be told apart.
const TYPED_DATE = /^(\d{4})\s*([/\-.\u066b])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
// Right-to-left text often carries invisible direction marks around digits.
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Parses a Jalali date as people type it in spreadsheets: `1401/8/5`,
 * `۱۴۰۱-۰۸-۰۵`, `1401.08.05`, in Latin, Persian or Arabic-Indic digits, with
 * surrounding white space and bidi marks ignored.
 *
 * @returns the date, or `null` if the text is malformed or the date does not
 *   exist. Any existing year from 1 up is accepted, so callers should check
 *   that the year is plausible (a Gregorian 2022/10/27 typed by mistake
 *   parses as Jalali 2022).
 */
export function parseJalali(input: string): JalaliDate | null {
  const match = TYPED_DATE.exec(toLatinDigits(input.replace(BIDI_MARKS, '')).trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[3]);
  const day = Number(match[4]);
  return isValidJalaliDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Persian weekday name (شنبه … جمعه) of a Gregorian date.
 *
 * @param isoDate as for {@link toJalali}
 * @throws RangeError as {@link toJalali} does
 * @example jalaliWeekdayFa('2022-10-27') // 'پنج‌شنبه'
 */
export function jalaliWeekdayFa(isoDate: string): string {
  const dayNumber = isoToDayNumber(isoDate);
  dayNumberToJalali(dayNumber, isoDate); // same accepted range as toJalali
  // Julian day number 0 is a Monday, so +2 makes Saturday index 0.
  return WEEKDAYS_FA[(dayNumber + 2) % 7] ?? '';
}
