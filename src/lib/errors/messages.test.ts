import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, fieldErrorFromIssue, fieldLabel, isMessageCode, localeFromAcceptLanguage, type MessageCode, messages, statusOfKind, translate } from './index.ts';

const codes = Object.keys(messages) as MessageCode[];
const persianLetters = /[\u0600-\u06FF]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('the message catalogue', () => {
  it('has stable, well-formed codes', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) expect(code).toMatch(/^[a-z]+\.[a-z_]+$/);
  });

  it('has every message in Persian and in English, with the same placeholders', () => {
    for (const code of codes) {
      const { fa, en } = messages[code];
      expect(fa.trim().length, code).toBeGreaterThan(0);
      expect(en.trim().length, code).toBeGreaterThan(0);
      expect(fa, code).toMatch(persianLetters);
      expect(en, code).not.toMatch(persianLetters);
      expect(placeholders(fa), code).toEqual(placeholders(en));
    }
  });

  it('leaves no placeholder unfilled when given its parameters', () => {
    for (const code of codes) {
      const params = Object.fromEntries(placeholders(messages[code].en).map((name) => [name, 'x']));
      expect(translate(code, 'fa', params), code).not.toMatch(/[{}]/);
      expect(translate(code, 'en', params), code).not.toMatch(/[{}]/);
    }
  });

  it('knows its own codes', () => {
    expect(isMessageCode('auth.required')).toBe(true);
    expect(isMessageCode('field.negative')).toBe(true);
    expect(isMessageCode('auth.nothing')).toBe(false);
    expect(isMessageCode('toString')).toBe(false);
    expect(isMessageCode('Invalid input: expected number')).toBe(false);
  });
});

describe('translate', () => {
  it('fills placeholders in Persian and English', () => {
    expect(translate('geography.unknown_city', 'fa', { code: '30-01-09' })).toBe('شهری با کد «30-01-09» وجود ندارد.');
    expect(translate('geography.unknown_city', 'en', { code: '30-01-09' })).toBe('There is no city with code "30-01-09".');
  });

  it('writes numbers in Persian digits for Persian and Latin digits for English, but leaves text as it is', () => {
    expect(translate('auth.too_many_attempts', 'fa', { minutes: 15 })).toBe('تلاش‌های ناموفق ورود بیش از حد بوده است. ۱۵ دقیقهٔ دیگر دوباره تلاش کنید.');
    expect(translate('auth.too_many_attempts', 'en', { minutes: 15 })).toBe('Too many failed login attempts. Try again in 15 minutes.');
    expect(translate('field.too_big', 'fa', { label: 'اندازهٔ صفحه', max: 200 })).toBe('«اندازهٔ صفحه» نباید بیشتر از ۲۰۰ باشد.');
    expect(translate('field.too_big', 'fa', { label: 'x', max: '200' })).toBe('«x» نباید بیشتر از 200 باشد.');
  });

  it('leaves a placeholder without a parameter visible, and ignores extra parameters', () => {
    expect(translate('geography.unknown_city', 'en')).toBe('There is no city with code "{code}".');
    expect(translate('auth.required', 'fa', { code: 'ignored' })).toBe('برای این کار باید وارد شوید.');
  });

  it('reads a negative population as the issue asks', () => {
    expect(translate('field.negative', 'fa', { label: fieldLabel(['population'], 'fa') })).toBe('«جمعیت» نمی‌تواند منفی باشد.');
    expect(translate('field.negative', 'en', { label: fieldLabel(['population'], 'en') })).toBe('Population cannot be negative.');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('answers English only when English comes first', () => {
    expect(localeFromAcceptLanguage('en')).toBe('en');
    expect(localeFromAcceptLanguage('EN-gb')).toBe('en');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,fa;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage(' en-US')).toBe('en');
    expect(localeFromAcceptLanguage('fa-IR,en;q=0.9')).toBe('fa');
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5')).toBe('fa');
    expect(localeFromAcceptLanguage('')).toBe('fa');
    expect(localeFromAcceptLanguage(undefined)).toBe('fa');
    expect(localeFromAcceptLanguage('*')).toBe('fa');
  });
});

describe('AppError', () => {
  it('maps kinds to HTTP statuses as DESIGN.md says', () => {
    expect(statusOfKind).toEqual({ invalid: 422, not_found: 404, forbidden: 403, conflict: 409, duplicate: 409, unauthenticated: 401, rate_limited: 429, too_large: 413, unsupported: 415 });
  });

  it('builds a one-field error', () => {
    const error = AppError.field('cityCode', 'geography.unknown_city', { code: '99' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AppError');
    expect(error.kind).toBe('invalid');
    expect(error.code).toBe('geography.unknown_city');
    expect(error.message).toBe('geography.unknown_city');
    expect(error.params).toEqual({ code: '99' });
    expect(error.fieldErrors).toEqual([{ path: 'cityCode', code: 'geography.unknown_city', params: { code: '99' } }]);
  });
});

describe('fieldLabel', () => {
  it('names a field by the last meaningful segment of its path', () => {
    expect(fieldLabel(['population'], 'fa')).toBe('جمعیت');
    expect(fieldLabel(['population'], 'en')).toBe('Population');
    expect(fieldLabel(['scope', 'codes'], 'fa')).toBe('کدهای محدوده');
    expect(fieldLabel(['scope', 'codes', '0'], 'fa')).toBe('کدهای محدوده');
    expect(fieldLabel(['scope', 'codes', 0], 'en')).toBe('Scope codes');
  });

  it('names the list filters and audit filters in Persian', () => {
    for (const key of ['province', 'county', 'city', 'severity', 'status', 'stewardAgency', 'fabric', 'q', 'sort', 'page', 'pageSize', 'actor', 'action', 'entity', 'entityId', 'from', 'to', 'id']) {
      expect(fieldLabel([key], 'fa'), key).toMatch(persianLetters);
      expect(fieldLabel([key], 'en'), key).not.toBe(key);
    }
  });

  it('falls back to the key for an unknown field and to "value" for the body itself', () => {
    expect(fieldLabel(['mystery'], 'fa')).toBe('mystery');
    expect(fieldLabel([], 'fa')).toBe('مقدار');
    expect(fieldLabel([''], 'fa')).toBe('مقدار');
    expect(fieldLabel([''], 'en')).toBe('Value');
  });
});

describe('fieldErrorFromIssue', () => {
  const schema = z.strictObject({
    population: z.number().int().min(0),
    quota: z.number().min(5),
    name: z.string().trim().min(1).max(5),
    username: z.string().min(3),
    active: z.boolean(),
    codes: z.array(z.string().min(1)),
    scope: z.object({ level: z.enum(['country', 'province']) }),
    code: z.string().regex(/^[a-z]+$/),
    named: z.number().min(0, { error: 'field.negative' }).optional(),
    custom: z.string().refine((value) => value === 'ok', { error: 'not a code' }).optional(),
  });

  function errorsOf(input: unknown) {
    const result = schema.safeParse(input, { reportInput: true });
    expect(result.success).toBe(false);
    return result.error!.issues.map(fieldErrorFromIssue);
  }

  const valid = { population: 1, quota: 5, name: 'abc', username: 'abc', active: true, codes: ['a'], scope: { level: 'country' }, code: 'abc' };

  it('tells a missing field from a wrong type', () => {
    const errors = errorsOf({});
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'population', code: 'field.required' },
        { path: 'name', code: 'field.required' },
        { path: 'active', code: 'field.required' },
        { path: 'scope', code: 'field.required' },
      ]),
    );
    expect(errorsOf({ ...valid, scope: {} })).toEqual([{ path: 'scope.level', code: 'field.required' }]);
  });

  it('names the expected type with a message of its own', () => {
    expect(errorsOf({ ...valid, population: 'many' })).toEqual([{ path: 'population', code: 'field.not_number' }]);
    expect(errorsOf({ ...valid, name: 5 })).toEqual([{ path: 'name', code: 'field.not_text' }]);
    expect(errorsOf({ ...valid, active: 'yes' })).toEqual([{ path: 'active', code: 'field.not_boolean' }]);
    expect(errorsOf({ ...valid, codes: 'a' })).toEqual([{ path: 'codes', code: 'field.not_list' }]);
    expect(errorsOf({ ...valid, scope: 'country' })).toEqual([{ path: 'scope', code: 'field.not_object' }]);
    expect(errorsOf({ ...valid, population: 1.5 })).toEqual([{ path: 'population', code: 'field.not_integer' }]);
  });

  it('words bounds', () => {
    expect(errorsOf({ ...valid, population: -1 })).toEqual([{ path: 'population', code: 'field.negative' }]);
    expect(errorsOf({ ...valid, quota: 4 })).toEqual([{ path: 'quota', code: 'field.too_small', params: { min: 5 } }]);
    expect(errorsOf({ ...valid, name: '   ' })).toEqual([{ path: 'name', code: 'field.empty' }]);
    expect(errorsOf({ ...valid, name: 'abcdef' })).toEqual([{ path: 'name', code: 'field.too_long', params: { max: 5 } }]);
    expect(errorsOf({ ...valid, username: 'ab' })).toEqual([{ path: 'username', code: 'field.too_short', params: { min: 3 } }]);
    expect(errorsOf({ ...valid, codes: ['a', ''] })).toEqual([{ path: 'codes.1', code: 'field.empty' }]);
  });

  it('lists the allowed values, flags a bad format and unknown keys', () => {
    expect(errorsOf({ ...valid, scope: { level: 'city' } })).toEqual([{ path: 'scope.level', code: 'field.not_allowed_value', params: { allowed: 'country، province' } }]);
    expect(errorsOf({ ...valid, code: 'ABC' })).toEqual([{ path: 'code', code: 'field.bad_format' }]);
    expect(errorsOf({ ...valid, extra: 1, other: 2 })).toEqual([{ path: '', code: 'field.unknown', params: { keys: 'extra, other' } }]);
  });

  it('uses a message code carried by the schema, and a generic message for any other custom issue', () => {
    expect(errorsOf({ ...valid, named: -3 })).toEqual([{ path: 'named', code: 'field.negative' }]);
    expect(errorsOf({ ...valid, custom: 'no' })).toEqual([{ path: 'custom', code: 'field.invalid' }]);
  });

  it('reads every error in both languages without a placeholder or an English type name left in the Persian', () => {
    const errors = [...errorsOf({}), ...errorsOf({ ...valid, population: 'x', name: 5, active: 1, codes: {}, scope: [], code: 'A', quota: 1 })];
    for (const error of errors) {
      const fa = translate(error.code, 'fa', { label: fieldLabel(error.path.split('.'), 'fa'), ...error.params });
      expect(fa).not.toMatch(/[{}]/);
      expect(fa).not.toMatch(/\b(number|string|text|boolean|object|array|list)\b/);
      expect(translate(error.code, 'en', { label: fieldLabel(error.path.split('.'), 'en'), ...error.params })).not.toMatch(/[{}]/);
    }
  });
});
