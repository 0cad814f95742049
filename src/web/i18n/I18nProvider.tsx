import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { setApiLocale } from '../api/client.ts';
import { createFormatter, type Formatter } from '../format/format.ts';
import { applyDocumentLocale, readStoredLocale, storeLocale, type Locale } from './locale.ts';
import { createTranslate, type Translate } from './translate.ts';

export interface I18n {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  t: Translate;
  fmt: Formatter;
  setLocale(locale: Locale): void;
  toggleLocale(): void;
}

export const I18nContext = createContext<I18n | null>(null);

/** Holds the UI language, keeps `<html lang dir>` and localStorage in step with it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const stored = readStoredLocale();
    setApiLocale(stored);
    return stored;
  });

  useEffect(() => {
    applyDocumentLocale(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setApiLocale(next);
    applyDocumentLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const fmt = createFormatter(locale);
    return {
      locale,
      dir: locale === 'fa' ? 'rtl' : 'ltr',
      t: createTranslate(locale, fmt.number),
      fmt,
      setLocale,
      toggleLocale: () => setLocale(locale === 'fa' ? 'en' : 'fa'),
    };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={locale === 'fa' ? 'fa-IR' : 'en-US'}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  );
}
