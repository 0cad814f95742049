import { useCallback, useMemo } from 'react';
import { numberToPersianWords } from '../../../lib/persian/index.ts';
import type { DeadlineUnit } from '../../../modules/meetings/resolutions.schemas.ts';
import { pickName } from '../../i18n/names.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAgencies, usePackages } from '../reference/reference-queries.ts';

/**
 * Agency names by code in the UI's language. Resolutions carry only the lead agency's Persian
 * name; co-agencies and reassignments carry codes, so the reference list names them.
 */
export function useAgencyName(): (code: string, fallbackFa?: string | null) => string {
  const { locale } = useI18n();
  const agencies = useAgencies();
  const byCode = useMemo(() => new Map((agencies.data ?? []).map((agency) => [agency.code, agency])), [agencies.data]);
  return useCallback(
    (code, fallbackFa) => {
      const agency = byCode.get(code);
      if (agency) return pickName(agency, locale);
      return fallbackFa ?? code;
    },
    [byCode, locale],
  );
}

export function usePackageName(): (code: string) => string {
  const { locale } = useI18n();
  const packages = usePackages();
  const byCode = useMemo(() => new Map((packages.data ?? []).map((item) => [item.code, item])), [packages.data]);
  return useCallback((code) => {
    const item = byCode.get(code);
    return item ? pickName(item, locale) : code;
  }, [byCode, locale]);
}

/**
 * A deadline given as a time from the meeting, as the minutes say it: «یک ماه», «دو هفته»
 * (words in Persian, as minutes write them); "1 month", "2 weeks" in English.
 */
export function useDurationText(): (amount: number | null, unit: DeadlineUnit | null) => string | null {
  const { t, locale } = useI18n();
  return useCallback(
    (amount, unit) => {
      if (amount === null || unit === null) return null;
      if (locale === 'fa') return t(`resolutions.duration.${unit}`, { amount: numberToPersianWords(amount) });
      return t(amount === 1 ? `resolutions.duration.${unit}.one` : `resolutions.duration.${unit}.other`, { amount });
    },
    [t, locale],
  );
}

/** A file size as people read it: 820 KB, 2.4 MB. */
export function useFileSize(): (bytes: number) => string {
  const { t, fmt } = useI18n();
  return useCallback(
    (bytes) => {
      if (bytes < 1024 * 1024) return t('resolutions.sizeKb', { size: fmt.decimal(Math.max(1, Math.round(bytes / 1024)), 0) });
      return t('resolutions.sizeMb', { size: fmt.decimal(bytes / (1024 * 1024), 1) });
    },
    [t, fmt],
  );
}
