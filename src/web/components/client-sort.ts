import type { Locale } from '../i18n/locale.ts';

export type SortAccessors<T> = Record<string, (row: T) => string | number | null>;

/**
 * Sorts rows in the browser (small, complete lists such as the 31 provinces) by a
 * `key` / `-key` sort string; text compares as the language does, empty values last.
 */
export function sortRows<T>(rows: readonly T[], sort: string | undefined, accessors: SortAccessors<T>, locale: Locale): T[] {
  if (!sort) return [...rows];
  const descending = sort.startsWith('-');
  const accessor = accessors[descending ? sort.slice(1) : sort];
  if (!accessor) return [...rows];
  const collator = new Intl.Collator(locale === 'fa' ? 'fa' : 'en', { numeric: true });
  return [...rows].sort((a, b) => {
    const left = accessor(a);
    const right = accessor(b);
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
    const order = typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right));
    return descending ? -order : order;
  });
}
