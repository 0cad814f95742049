import { en } from './en.ts';
import { fa, type MessageKey, type Messages } from './fa.ts';
import type { Locale } from './locale.ts';

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const catalogues: Record<Locale, Messages> = { fa, en };

/** A translate function for one locale; `{name}` placeholders are filled from params. */
export function createTranslate(locale: Locale, formatNumber: (value: number) => string): Translate {
  const catalogue = catalogues[locale];
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
  };
}
