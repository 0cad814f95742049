import type { Locale } from './locale.ts';

/** Picks the English name in the English UI when there is one, else the Persian name. */
export function pickName(item: { nameFa: string | null; nameEn: string | null }, locale: Locale): string {
  if (locale === 'en' && item.nameEn) return item.nameEn;
  return item.nameFa ?? item.nameEn ?? '';
}
