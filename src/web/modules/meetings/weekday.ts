import { jalaliWeekdayFa } from '../../../lib/persian/index.ts';
import type { Locale } from '../../i18n/locale.ts';

const englishWeekday = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });

/** The weekday of an ISO date in the UI's language («پنج‌شنبه», "Thursday"); '' when there is none. */
export function weekdayOf(isoDate: string | null, locale: Locale): string {
  if (!isoDate) return '';
  try {
    return locale === 'fa' ? jalaliWeekdayFa(isoDate) : englishWeekday.format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return '';
  }
}
