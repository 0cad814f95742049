/**
 * Readers of single cell values that need more than a table of words: dates, phone numbers,
 * national IDs, small numbers and free text. Each returns the value or a message code with its
 * parameters; the row puts the column name around it.
 */
import type { MessageCode } from '../../../lib/errors/index.ts';
import { fromJalali, isValidJalaliDate, normalizeNationalId, normalizePersianText, toLatinDigits } from '../../../lib/persian/index.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; code: MessageCode; params?: Record<string, string | number> };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(code: MessageCode, params?: Record<string, string | number>): Read<T> => ({ ok: false, code, params });

// Invisible characters that copy-paste and right-to-left editors leave around values: bidi marks
// and embeddings, zero-width space and joiner, BOM. ZWNJ (U+200C) is spelling and stays.
const INVISIBLE = /[\u061c\u200b\u200d-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A cell's text without invisible marks and surrounding white space. */
export function cleanCell(raw: string | undefined): string {
  return (raw ?? '').replace(INVISIBLE, '').trim();
}

// What normalizePersianText would change: tatweel, Arabic ك ى ي and harakat (U+0640, U+0643,
// U+0649–U+0652), white space other than a single inner space. Most cells have none of it, and
// testing is cheaper than five replacements on every name of a million-row file.
const NEEDS_NORMALISING = /[\u0640\u0643\u0649-\u0652]|[^\S ]| {2}|^ | $/;

/** Free text (names, address, notes): Persian-normalised (Arabic ي/ك → ی/ک, spacing), at most `max` characters. */
export function readText(raw: string, max: number): Read<string> {
  const cleaned = cleanCell(raw);
  const text = NEEDS_NORMALISING.test(cleaned) ? normalizePersianText(cleaned) : cleaned;
  return text.length > max ? fail('import.too_long', { max }) : ok(text);
}

// Year first, one separator used twice (/ - . or the Arabic decimal separator ٫), or eight digits
// run together (13650512), the way many Iranian systems export dates.
const SEPARATED = /^(\d{4})\s*([/\-.\u066b])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// Years below this are Jalali (today's Jalali years are ~1400, Gregorian ones ~2000).
const FIRST_GREGORIAN_YEAR = 1700;

function gregorian(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/**
 * A date as spreadsheets write it, to ISO: Jalali 1401/8/5, ۱۴۰۱-۰۸-۰۵, 1401.08.05, 14010805;
 * Gregorian 2022-10-27 (what the .xlsx reader makes of a date cell) or 2022/10/27. Day-first
 * dates are refused: 5/8/1401 and 8/5/1401 cannot be told apart.
 *
 * Errors: `date.invalid_jalali` for a Jalali date that does not exist (1401/07/31, 1402/12/30),
 * `import.bad_date` for anything else, both with the value as written.
 */
export function readDate(raw: string): Read<string> {
  const value = cleanCell(raw);
  const text = toLatinDigits(value);
  const match = SEPARATED.exec(text);
  const parts = match ? [match[1], match[3], match[4]] : COMPACT.exec(text)?.slice(1, 4);
  if (!parts) return fail('import.bad_date', { value });
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year >= FIRST_GREGORIAN_YEAR) {
    const iso = gregorian(year, month, day);
    return iso ? ok(iso) : fail('import.bad_date', { value });
  }
  if (!isValidJalaliDate(year, month, day)) return fail('date.invalid_jalali', { value });
  return ok(fromJalali(year, month, day));
}

/** The earliest birth date the registry accepts (1280/01/01), as the service checks it. */
export const EARLIEST_BIRTH_DATE = '1901-03-21';

/** A birth date: a {@link readDate} that is neither in the future (`residents.birth_in_future`) nor before 1280 (`residents.birth_too_early`). */
export function readBirthDate(raw: string, today: string): Read<string> {
  const date = readDate(raw);
  if (!date.ok) return date;
  if (date.value > today) return fail('residents.birth_in_future');
  if (date.value < EARLIEST_BIRTH_DATE) return fail('residents.birth_too_early');
  return date;
}

/**
 * A phone number, as Latin digits with its leading zero: separators dropped ( - . / parentheses
 * spaces), +98 / 0098 / 98 turned into 0, and the leading zero Excel drops from a number cell put
 * back (9123456789 → 09123456789). Accepted: 11 digits from 0 (mobile 09…, landline with area
 * code), or an 8-digit local landline. One number per cell.
 */
export function readPhone(raw: string): Read<string> {
  const value = cleanCell(raw);
  let digits = toLatinDigits(value).replace(/[\s\-./()]/g, '');
  if (/^(\+|00)98\d{10}$/.test(digits)) digits = `0${digits.slice(-10)}`;
  else if (/^98\d{10}$/.test(digits)) digits = `0${digits.slice(2)}`;
  else if (/^9\d{9}$/.test(digits)) digits = `0${digits}`;
  return /^0\d{10}$/.test(digits) || /^[1-9]\d{7}$/.test(digits) ? ok(digits) : fail('import.bad_phone', { value });
}

/** A national ID: Persian/Arabic digits, separators and dropped leading zeros accepted; a bad checksum is `residents.invalid_national_id`. */
export function readNationalId(raw: string): Read<string> {
  const value = cleanCell(raw);
  const id = normalizeNationalId(value);
  return id ? ok(id) : fail('residents.invalid_national_id', { value: toLatinDigits(value) });
}

/** A whole number from `min` to `max`, digits of any script, an accompanying word (دهک ۳) allowed. */
export function readSmallNumber(raw: string, min: number, max: number): Read<number> {
  const value = cleanCell(raw);
  const digits = /^\D*?(\d+)\D*$/.exec(toLatinDigits(value))?.[1];
  const number = digits === undefined ? Number.NaN : Number(digits);
  return Number.isInteger(number) && number >= min && number <= max ? ok(number) : fail('import.out_of_range', { value, min, max });
}
