import { describe, expect, it } from 'vitest';
import * as persian from './index.js';

describe('index', () => {
  it('re-exports the public API', () => {
    expect(Object.keys(persian).sort()).toEqual([
      'formatJalali',
      'fromJalali',
      'isValidJalaliDate',
      'isValidNationalId',
      'jalaliMonthNamesFa',
      'jalaliWeekdayFa',
      'normalizeNationalId',
      'normalizePersianText',
      'numberToPersianWords',
      'parseJalali',
      'persianOrdinalWords',
      'persianSortKey',
      'toJalali',
      'toLatinDigits',
      'toPersianDigits',
    ]);
    expect(persian.formatJalali('2022-10-27')).toBe('۱۴۰۱/۰۸/۰۵');
  });
});
