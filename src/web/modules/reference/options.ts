import type { SelectOption } from '../../components/SelectField.tsx';
import { pickName } from '../../i18n/names.ts';
import type { Locale } from '../../i18n/locale.ts';

/** Select options from named records, sorted as the language sorts them. */
export function namedOptions<T extends { code: string; nameFa: string; nameEn: string }>(items: readonly T[] | undefined, locale: Locale): SelectOption[] {
  if (!items) return [];
  const collator = new Intl.Collator(locale === 'fa' ? 'fa' : 'en');
  return items
    .map((item) => ({ value: item.code, label: pickName(item, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
