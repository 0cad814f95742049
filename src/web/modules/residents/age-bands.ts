import { useCallback } from 'react';
import type { MessageKey } from '../../i18n/fa.ts';
import { useI18n } from '../../i18n/useI18n.ts';

/** The axes' colours in the registry's charts and lists. */
export const axisColors = { transformation: '#0f5f7a', empowerment: '#65a30d', unknown: '#9fb4c7' } as const;

const bandKeys: Record<string, MessageKey> = {
  '0-5': 'residents.band.0-5',
  '6-17': 'residents.band.6-17',
  '18-30': 'residents.band.18-30',
  '31-59': 'residents.band.31-59',
  '60+': 'residents.band.60+',
};

/** A band starting at 30 or younger lies on the transformation axis (0–30). */
export function isTransformationBand(band: string): boolean {
  const lower = Number(/^\d+/.exec(band)?.[0] ?? Number.NaN);
  return Number.isFinite(lower) && lower <= 30;
}

/** «۶ تا ۱۷ سال» for the server's `6-17`; a band the page does not know reads as sent, in the UI's digits. */
export function useBandLabel(): (band: string) => string {
  const { t, fmt } = useI18n();
  return useCallback((band) => {
    const key = bandKeys[band];
    return key ? t(key) : fmt.digits(band);
  }, [t, fmt]);
}
