/**
 * An Excel cell's value as the text the import reads. Every type is turned into text here, once,
 * so that the rules for a row never see a number or a Date and apply the same way to CSV and .xlsx.
 */
import type { CellValue } from 'exceljs';

const DAY_MS = 24 * 60 * 60 * 1000;
// 1899-12-30, Excel's day 0 in the 1900 date system (the 1900 leap-year bug puts it a day early).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Whether an Excel number format shows a date, the same test exceljs applies to plain cells:
 * date letters outside quoted text and [brackets] (`[$-fa-IR,16]yyyy/mm/dd` is a Jalali display
 * of an ordinary date serial, still a date).
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhsb]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A Date as its ISO calendar date: Excel dates are days, exceljs gives them as UTC midnight. */
function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** An Excel date serial (days since 1899-12-30) as an ISO date. */
export function excelSerialToIso(serial: number): string {
  return isoDate(new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS)));
}

/**
 * A number as Excel shows it in General format: integers with all their digits (a national ID
 * typed as a number, 13542419, stays '13542419', never '1.3542419e7'), fractions rounded to
 * Excel's 15 significant digits (0.1 + 0.2 is '0.3').
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The text of a cell value as exceljs reads it: strings as they are; numbers as Excel shows them;
 * dates (cells with a date format) as ISO `YYYY-MM-DD`; booleans as TRUE/FALSE; rich text joined;
 * hyperlinks by their text; formulas by their cached result (a date result when the cell has a date
 * format); errors (#N/A) as written; empty as ''.
 *
 * @param numFmt the cell's number format, which decides whether a formula's number is a date
 */
export function cellText(value: CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (!isRecord(value)) return '';
  if (Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result as CellValue | undefined;
    if (typeof result === 'number' && isDateFormat(numFmt)) return excelSerialToIso(result);
    return cellText(result, numFmt);
  }
  if ('hyperlink' in value) return cellText(value.text as CellValue, numFmt);
  if (typeof value.error === 'string') return value.error;
  return '';
}
