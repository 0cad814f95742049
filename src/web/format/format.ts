import { formatJalali, toPersianDigits } from '../../lib/persian/index.ts';
import type { Locale } from '../i18n/locale.ts';

/** Locale-aware formatting of numbers and (Jalali) dates for display. */
export interface Formatter {
  number(value: number | null | undefined): string;
  decimal(value: number | null | undefined, fractionDigits?: number): string;
  percent(ratio: number | null | undefined): string;
  /** A calendar date (`YYYY-MM-DD`) or a timestamp's local date, as a Jalali date. */
  date(isoDate: string | null | undefined): string;
  /** A timestamp as a Jalali date and local time. */
  dateTime(isoTimestamp: string | null | undefined): string;
  /** Digits in the UI's script (for codes, years, free text with numbers). */
  digits(text: string): string;
}

const EMPTY = '—';

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar date and time of a timestamp, as `YYYY-MM-DD` and `HH:mm`. */
function localParts(isoTimestamp: string): { date: string; time: string } | null {
  const instant = new Date(isoTimestamp);
  if (Number.isNaN(instant.getTime())) return null;
  const date = `${String(instant.getFullYear()).padStart(4, '0')}-${pad2(instant.getMonth() + 1)}-${pad2(instant.getDate())}`;
  return { date, time: `${pad2(instant.getHours())}:${pad2(instant.getMinutes())}` };
}

export function createFormatter(locale: Locale): Formatter {
  const intlLocale = locale === 'fa' ? 'fa-IR' : 'en-US';
  const integer = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 });
  const persianDigits = locale === 'fa';
  const digits = (text: string) => (persianDigits ? toPersianDigits(text) : text);
  const safeJalali = (isoDate: string) => {
    try {
      return formatJalali(isoDate, { persianDigits });
    } catch {
      return digits(isoDate);
    }
  };
  return {
    number: (value) => (value === null || value === undefined ? EMPTY : integer.format(value)),
    decimal: (value, fractionDigits = 2) =>
      value === null || value === undefined
        ? EMPTY
        : new Intl.NumberFormat(intlLocale, { maximumFractionDigits: fractionDigits }).format(value),
    percent: (ratio) => (ratio === null || ratio === undefined || !Number.isFinite(ratio) ? EMPTY : percent.format(ratio)),
    date: (isoDate) => {
      if (!isoDate) return EMPTY;
      if (isoDate.length === 10) return safeJalali(isoDate);
      // A timestamp: the calendar date where the user is, not in UTC.
      const parts = localParts(isoDate);
      return parts ? safeJalali(parts.date) : digits(isoDate);
    },
    dateTime: (isoTimestamp) => {
      if (!isoTimestamp) return EMPTY;
      const parts = localParts(isoTimestamp);
      if (!parts) return digits(isoTimestamp);
      return `${safeJalali(parts.date)}  ${digits(parts.time)}`;
    },
    digits,
  };
}
