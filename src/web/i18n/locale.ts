export type Locale = 'fa' | 'en';

const STORAGE_KEY = 'tavana.locale';

/** The language the user chose last time; Persian by default. */
export function readStoredLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fa';
  } catch {
    return 'fa';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
}

/** Sets `<html lang dir>` so the browser, screen readers and CSS logical properties follow. */
export function applyDocumentLocale(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = locale === 'fa' ? 'rtl' : 'ltr';
}

/**
 * The locale react-aria uses for dates: always the Persian (Jalali) calendar, and year/month/day
 * order in English too (South African English writes 1405/09/01), as dates read everywhere else.
 */
export function jalaliAriaLocale(locale: Locale): string {
  return locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-ZA-u-ca-persian';
}
