import { toPersianDigits } from '../../../lib/persian/index.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A start time as minutes write it: 08:00 → «۸ صبح», 12:30 → «۱۲:۳۰ ظهر», 16:00 → «۴ بعدازظهر». */
export function spokenTime(startTime: string, t: Translate): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(startTime);
  if (!match) return toPersianDigits(startTime);
  const hour = Number(match[1]);
  const minute = match[2] ?? '00';
  const clock = hour > 12 ? hour - 12 : hour;
  const time = toPersianDigits(minute === '00' ? String(clock) : `${clock}:${minute}`);
  if (hour < 12) return t('minutes.timeMorning', { time });
  if (hour === 12) return t('minutes.timeNoon', { time });
  return t('minutes.timeAfternoon', { time });
}
