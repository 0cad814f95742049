import type { FieldError } from '../../lib/errors/index.ts';
import { toLatinDigits, toPersianDigits } from '../../lib/persian/index.ts';
import type { Locale } from '../i18n/locale.ts';

/** The number typed in a text box, or a reason it is not one. */
export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

// Thousands separators people type or paste: Latin comma, Arabic thousands separator, spaces.
const GROUPING = /[,\u066c\s\u200c\u200f\u200e]/g;

/**
 * Reads a number typed with Latin, Persian or Arabic-Indic digits, grouping separators,
 * the Arabic decimal separator (٫) and a Latin or Unicode minus.
 */
export function parseNumberInput(text: string): ParsedNumber {
  const cleaned = toLatinDigits(text).replace(GROUPING, '').replace(/\u066b/g, '.').replace(/[\u2212\u2013]/g, '-');
  if (cleaned === '') return { kind: 'empty' };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(cleaned) };
}

/**
 * Puts a typed number into a request body: empty becomes `emptyValue` (undefined for a required
 * field, so the schema says "required"; null for an optional one), unreadable text records an error.
 */
export function numberForBody(text: string, path: string, emptyValue: null | undefined, errors: FieldError[]): number | null | undefined {
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return emptyValue;
  if (parsed.kind === 'invalid') {
    errors.push({ path, code: 'field.invalid' });
    return undefined;
  }
  return parsed.value;
}

/** Text for an input from a number, in the UI's digits (Persian digits and ٫ in Persian). */
export function numberToInput(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return locale === 'fa' ? toPersianDigits(String(value)).replace('.', '\u066b') : String(value);
}
