/**
 * Iranian national ID (کد ملی) validation: ten digits, the last one a check
 * digit computed from the first nine.
 */

import { toLatinDigits } from './digits.js';

// Hyphen-minus plus the dashes that word processors substitute for it
// (U+2010–U+2015) and the minus sign (U+2212).
const HYPHENS = '\\-\\u2010-\\u2015\\u2212';
const STRICT_IGNORED = new RegExp(`[\\s${HYPHENS}]`, 'g');
// The lenient reader also drops what spreadsheets and copy-paste leave behind:
// underscores, commas and the Arabic comma/thousands separator (a number cell
// shown as 13,542,419), ZWNJ/ZWJ, zero-width space, BOM and bidi marks.
const LENIENT_IGNORED = new RegExp(
  `[\\s${HYPHENS}_,\\u060c\\u066c\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]`,
  'g',
);
// Dots (and the Arabic decimal separator ٫) are separators too, except in a
// numeric cell read as a float ("13542419.0"): one dot followed only by zeros.
// That case must be settled first, or "13542419.0" would become the nine
// digits 135424190 and be padded into a different ID.
const DOTS = /[.\u066b]/g;
const ZERO_FRACTION = /^(\d+)[.\u066b]0+$/;
const TEN_DIGITS = /^\d{10}$/;
const ALL_SAME = /^(\d)\1{9}$/;

/**
 * Checks the checksum of ten Latin digits. The rule alone accepts all ten
 * identical-digit strings (0000000000, 1111111111, …), which are placeholders
 * rather than real IDs, so those are rejected explicitly.
 */
function hasValidChecksum(digits: string): boolean {
  if (!TEN_DIGITS.test(digits) || ALL_SAME.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const remainder = sum % 11;
  const check = Number(digits[9]);
  return remainder < 2 ? check === remainder : check === 11 - remainder;
}

/**
 * Strict check of an Iranian national ID as a person would type it: exactly
 * ten digits (Latin, Persian or Arabic-Indic, mixed scripts allowed); white
 * space and hyphens are ignored, any other character makes it invalid. Missing
 * leading zeros are NOT restored here; use {@link normalizeNationalId} for
 * spreadsheet data.
 *
 * @example isValidNationalId('001-354241-9') // true
 */
export function isValidNationalId(input: string): boolean {
  return hasValidChecksum(toLatinDigits(input.replace(STRICT_IGNORED, '')));
}

/**
 * Lenient reader for national IDs coming from spreadsheets, which store them
 * as numbers and so drop leading zeros. Converts digits to Latin, removes
 * separators (white space, hyphens, dots, underscores, commas, ZWNJ, bidi
 * marks), accepts a float-looking cell such as `"13542419.0"` or
 * `"13,542,419.00"` (one dot, all-zero fraction), left-pads 8 or 9 digits to 10 with zeros, and checks
 * the checksum.
 *
 * Scientific notation (`"1.3542419E7"`) is rejected: it is not always exact.
 *
 * @returns ten Latin digits, or `null` when the input is not a valid ID
 * @example normalizeNationalId('13542419') // '0013542419'
 */
export function normalizeNationalId(input: string): string | null {
  const withoutSeparators = toLatinDigits(input).replace(LENIENT_IGNORED, '');
  const integerPart = ZERO_FRACTION.exec(withoutSeparators)?.[1];
  const digits = integerPart ?? withoutSeparators.replace(DOTS, '');
  if (!/^\d{8,10}$/.test(digits)) return null;
  const padded = digits.padStart(10, '0');
  return hasValidChecksum(padded) ? padded : null;
}
