import { numberToPersianWords } from '../../../lib/persian/index.ts';
import type { DeadlineUnit, Resolution } from '../../../modules/meetings/resolutions.schemas.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A deadline given as a duration, as people say it: «یک ماه», "2 weeks". */
export function durationLabel(amount: number, unit: DeadlineUnit, t: Translate, locale: Locale): string {
  // As the minutes and the Word file write it: «یک ماه», «پانزده روز».
  const count = locale === 'fa' ? numberToPersianWords(amount) : String(amount);
  return t(amount === 1 ? `meetings.duration.${unit}One` : `meetings.duration.${unit}`, { count });
}

/** The duration a resolution's deadline was given as, or null when it was given as a date. */
export function resolutionDuration(resolution: Pick<Resolution, 'deadlineAmount' | 'deadlineUnit'>, t: Translate, locale: Locale): string | null {
  if (resolution.deadlineAmount === null || resolution.deadlineUnit === null) return null;
  return durationLabel(resolution.deadlineAmount, resolution.deadlineUnit, t, locale);
}
