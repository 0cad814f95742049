/**
 * Conversion between the three digit scripts that appear in Iranian data:
 * Latin (0–9), Persian (۰–۹, U+06F0–U+06F9) and Arabic-Indic (٠–٩, U+0660–U+0669).
 * Arabic-Indic digits turn up because many keyboards and Windows locales
 * produce them instead of the Persian ones, so every reader accepts all three.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/**
 * Converts Latin and Arabic-Indic digits to Persian digits (۰–۹).
 * Every other character, including `.`, `-` and `e` in a stringified
 * number, is left as it is.
 *
 * @param input a string, or a number which is first turned into text with `String()`
 * @example toPersianDigits(1401) // '۱۴۰۱'
 */
export function toPersianDigits(input: string | number): string {
  return String(input).replace(/[0-9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const value = code >= ARABIC_INDIC_ZERO ? code - ARABIC_INDIC_ZERO : code - 0x30;
    return String.fromCharCode(PERSIAN_ZERO + value);
  });
}

/**
 * Converts Persian and Arabic-Indic digits to Latin digits (0–9).
 * Every other character is left as it is.
 *
 * @example toLatinDigits('۱۴۰۱/٠٨/05') // '1401/08/05'
 */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}
