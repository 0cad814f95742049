/**
 * Persian-language helpers: Jalali calendar, digit scripts, text
 * normalisation and national ID checks.
 */

export {
  formatJalali,
  fromJalali,
  isValidJalaliDate,
  jalaliMonthNamesFa,
  jalaliWeekdayFa,
  parseJalali,
  toJalali,
} from './calendar.js';
export type { JalaliDate } from './calendar.js';
export { toLatinDigits, toPersianDigits } from './digits.js';
export { isValidNationalId, normalizeNationalId } from './national-id.js';
export { normalizePersianText } from './text.js';
export { persianSortKey } from './sort-key.js';
export { numberToPersianWords, persianOrdinalWords } from './number-words.js';
