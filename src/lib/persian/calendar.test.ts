import { describe, expect, it } from 'vitest';
import {
  formatJalali,
  fromJalali,
  isValidJalaliDate,
  jalaliMonthNamesFa,
  jalaliWeekdayFa,
  parseJalali,
  toJalali,
} from './calendar.js';
import { normalizePersianText } from './text.js';

const ZWNJ = '\u200c';

describe('fixed points', () => {
  it('1401/08/05 is 2022-10-27, a Thursday', () => {
    expect(toJalali('2022-10-27')).toEqual({ year: 1401, month: 8, day: 5 });
    expect(fromJalali(1401, 8, 5)).toBe('2022-10-27');
    expect(new Date('2022-10-27T00:00:00Z').getUTCDay()).toBe(4);
    expect(jalaliWeekdayFa('2022-10-27')).toBe(`پنج${ZWNJ}شنبه`);
  });

  it('1403 is leap: 1403/12/30 exists and is followed by Nowruz 1404', () => {
    expect(isValidJalaliDate(1403, 12, 30)).toBe(true);
    expect(fromJalali(1403, 12, 30)).toBe('2025-03-20');
    expect(toJalali('2025-03-20')).toEqual({ year: 1403, month: 12, day: 30 });
  });

  it('Nowruz 1404/01/01 is 2025-03-21', () => {
    expect(fromJalali(1404, 1, 1)).toBe('2025-03-21');
    expect(toJalali('2025-03-21')).toEqual({ year: 1404, month: 1, day: 1 });
  });

  it('1402 is not leap: 1402/12/30 throws and 1402/12/29 is the last day', () => {
    expect(isValidJalaliDate(1402, 12, 30)).toBe(false);
    expect(() => fromJalali(1402, 12, 30)).toThrow(RangeError);
    expect(fromJalali(1402, 12, 29)).toBe('2024-03-19');
    expect(toJalali('2024-03-20')).toEqual({ year: 1403, month: 1, day: 1 });
  });

  it('1399/12/30 exists', () => {
    expect(isValidJalaliDate(1399, 12, 30)).toBe(true);
    expect(fromJalali(1399, 12, 30)).toBe('2021-03-20');
  });

  it('1300/01/01 is 1921-03-21', () => {
    expect(fromJalali(1300, 1, 1)).toBe('1921-03-21');
    expect(toJalali('1921-03-21')).toEqual({ year: 1300, month: 1, day: 1 });
    expect(toJalali('1921-03-20')).toEqual({ year: 1299, month: 12, day: 29 });
  });
});

describe('isValidJalaliDate / fromJalali validation', () => {
  it('months 1–6 have 31 days, 7–11 have 30', () => {
    for (let month = 1; month <= 6; month++) expect(isValidJalaliDate(1401, month, 31)).toBe(true);
    for (let month = 7; month <= 12; month++) {
      expect(isValidJalaliDate(1401, month, 31)).toBe(false);
      expect(() => fromJalali(1401, month, 31)).toThrow(RangeError);
    }
    for (let month = 7; month <= 11; month++) expect(isValidJalaliDate(1401, month, 30)).toBe(true);
  });

  it('rejects out-of-range months and days', () => {
    for (const [y, m, d] of [
      [1401, 13, 1],
      [1401, 0, 1],
      [1401, 1, 0],
      [1401, 1, 32],
      [1401, -1, 1],
    ] as const) {
      expect(isValidJalaliDate(y, m, d)).toBe(false);
      expect(() => fromJalali(y, m, d)).toThrow(RangeError);
    }
  });

  it('rejects non-integers and non-finite numbers', () => {
    for (const [y, m, d] of [
      [1401.5, 1, 1],
      [1401, 1.5, 1],
      [1401, 1, 1.5],
      [Number.NaN, 1, 1],
      [1401, Number.NaN, 1],
      [1401, 1, Number.NaN],
      [Number.POSITIVE_INFINITY, 1, 1],
    ] as const) {
      expect(isValidJalaliDate(y, m, d)).toBe(false);
      expect(() => fromJalali(y, m, d)).toThrow(RangeError);
    }
  });

  it('supports years 1 to 3177 only', () => {
    expect(fromJalali(1, 1, 1)).toBe('0622-03-22');
    expect(isValidJalaliDate(3177, 1, 1)).toBe(true);
    expect(isValidJalaliDate(0, 1, 1)).toBe(false);
    expect(isValidJalaliDate(-5, 1, 1)).toBe(false);
    expect(isValidJalaliDate(3178, 1, 1)).toBe(false);
    expect(() => fromJalali(3178, 1, 1)).toThrow(RangeError);
  });
});

describe('toJalali input handling', () => {
  it('throws RangeError on malformed dates', () => {
    for (const input of [
      '',
      'abc',
      '2022-1-5',
      '22-10-27',
      '20221027',
      '2022/10/27',
      ' 2022-10-27',
      '2022-10-27 ',
      '۲۰۲۲-۱۰-۲۷',
      '+002022-10-27',
      '2022-10-27T10:00:00',
      '2022-10-27T10Z',
      'October 27, 2022',
    ]) {
      expect(() => toJalali(input), input).toThrow(RangeError);
    }
  });

  it('throws RangeError on dates that do not exist', () => {
    for (const input of ['2022-02-29', '1900-02-29', '2022-13-01', '2022-00-10', '2022-10-00', '2022-04-31', '2022-10-32']) {
      expect(() => toJalali(input), input).toThrow(RangeError);
    }
    expect(toJalali('2024-02-29')).toEqual({ year: 1402, month: 12, day: 10 });
    expect(toJalali('2000-02-29')).toEqual({ year: 1378, month: 12, day: 10 });
  });

  it('throws RangeError outside the supported years', () => {
    expect(() => toJalali('0622-03-21')).toThrow(RangeError);
    expect(toJalali('0622-03-22')).toEqual({ year: 1, month: 1, day: 1 });
    expect(() => toJalali('0001-01-01')).toThrow(RangeError);
    expect(() => toJalali('9999-12-31')).toThrow(RangeError);
  });

  it('uses the UTC calendar date of a timestamp', () => {
    expect(toJalali('2022-10-27T10:00:00Z')).toEqual({ year: 1401, month: 8, day: 5 });
    expect(toJalali('2022-10-27T00:00:00.000Z')).toEqual({ year: 1401, month: 8, day: 5 });
    expect(toJalali('2022-10-27T23:59:59.999z')).toEqual({ year: 1401, month: 8, day: 5 });
    // 02:00 in Tehran is 22:30 the previous day in UTC.
    expect(toJalali('2022-10-27T02:00:00+03:30')).toEqual({ year: 1401, month: 8, day: 4 });
    expect(toJalali('2022-10-27T02:00+0330')).toEqual({ year: 1401, month: 8, day: 4 });
    expect(toJalali('2022-10-27T23:30:00-01:00')).toEqual({ year: 1401, month: 8, day: 6 });
    // PostgreSQL's text form.
    expect(toJalali('2022-10-27 10:00:00+00')).toEqual({ year: 1401, month: 8, day: 5 });
    // Crossing a year boundary backwards: Nowruz 1404 at 01:00 Tehran time.
    expect(toJalali('2025-03-21T01:00:00+03:30')).toEqual({ year: 1403, month: 12, day: 30 });
  });

  it('agrees with Date for timestamps in several offsets', () => {
    const offsets = ['Z', '+03:30', '-03:30', '+14:00', '-12:00', '+05:45', '+00:00'];
    for (const offset of offsets) {
      for (let hour = 0; hour < 24; hour += 1) {
        const stamp = `2024-02-29T${String(hour).padStart(2, '0')}:15:30${offset}`;
        const utcDate = new Date(stamp).toISOString().slice(0, 10);
        expect(toJalali(stamp), stamp).toEqual(toJalali(utcDate));
      }
    }
  });

  it('throws RangeError on impossible times and offsets', () => {
    for (const input of [
      '2022-10-27T24:00:00Z',
      '2022-10-27T10:60:00Z',
      '2022-10-27T10:00:60Z',
      '2022-10-27T10:00:00+24:00',
      '2022-10-27T10:00:00+03:60',
      '2022-02-30T10:00:00Z',
    ]) {
      expect(() => toJalali(input), input).toThrow(RangeError);
    }
  });
});

describe('formatJalali', () => {
  it('zero-pads with Persian digits and a slash by default', () => {
    expect(formatJalali('2022-10-27')).toBe('۱۴۰۱/۰۸/۰۵');
  });

  it('honours the options', () => {
    expect(formatJalali('2022-10-27', { persianDigits: false })).toBe('1401/08/05');
    expect(formatJalali('2022-10-27', { separator: '-' })).toBe('۱۴۰۱-۰۸-۰۵');
    expect(formatJalali('2025-03-20', { persianDigits: false, separator: '' })).toBe('14031230');
  });

  it('accepts timestamps and rejects malformed input', () => {
    expect(formatJalali('2022-10-27T02:00:00+03:30', { persianDigits: false })).toBe('1401/08/04');
    expect(() => formatJalali('1401/08/05')).toThrow(RangeError);
  });
});

describe('parseJalali', () => {
  const expected = { year: 1401, month: 8, day: 5 };

  it('accepts what people type', () => {
    for (const input of [
      '1401/8/5',
      '1401/08/05',
      '۱۴۰۱-۰۸-۰۵',
      '1401.08.05',
      '١٤٠١/٨/٥',
      '۱۴۰۱/8/٥',
      '  1401/08/05\t',
      '1401 / 8 / 5',
      '۱۴۰۱٫۰۸٫۰۵',
      '\u200f۱۴۰۱/۰۸/۰۵\u200e',
    ]) {
      expect(parseJalali(input), input).toEqual(expected);
    }
  });

  it('returns null for malformed text', () => {
    for (const input of [
      '',
      'abc',
      '1401/8',
      '1401/8/5/1',
      '1401/08-05',
      '01/8/5',
      '5/8/1401',
      '1401/008/05',
      '14010/8/5',
      '1401//8/5',
      '1401 8 5',
      '1401/8/5 12:00',
      '1401/۸/5x',
    ]) {
      expect(parseJalali(input), input).toBeNull();
    }
  });

  it('returns null for dates that do not exist', () => {
    expect(parseJalali('1402/12/30')).toBeNull();
    expect(parseJalali('1401/13/1')).toBeNull();
    expect(parseJalali('1401/0/1')).toBeNull();
    expect(parseJalali('1401/8/31')).toBeNull();
    expect(parseJalali('1401/1/32')).toBeNull();
    expect(parseJalali('0000/1/1')).toBeNull();
    expect(parseJalali('1403/12/30')).toEqual({ year: 1403, month: 12, day: 30 });
  });
});

describe('jalaliWeekdayFa', () => {
  const week = ['شنبه', 'یکشنبه', 'دوشنبه', `سه${ZWNJ}شنبه`, 'چهارشنبه', `پنج${ZWNJ}شنبه`, 'جمعه'];

  it('names a week that starts on Saturday 2022-10-29', () => {
    const days = ['2022-10-29', '2022-10-30', '2022-10-31', '2022-11-01', '2022-11-02', '2022-11-03', '2022-11-04'];
    expect(days.map(jalaliWeekdayFa)).toEqual(week);
  });

  it('agrees with Date.getUTCDay over several years', () => {
    // getUTCDay: 0 = Sunday … 6 = Saturday; the Persian week starts on Saturday.
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const date = new Date(t);
      const iso = date.toISOString().slice(0, 10);
      expect(jalaliWeekdayFa(iso)).toBe(week[(date.getUTCDay() + 1) % 7]);
    }
  });

  it('Nowruz 1404 is a Friday; timestamps use the UTC date', () => {
    expect(jalaliWeekdayFa('2025-03-21')).toBe('جمعه');
    expect(jalaliWeekdayFa('2025-03-21T01:00:00+03:30')).toBe(`پنج${ZWNJ}شنبه`);
  });

  it('throws RangeError on malformed input', () => {
    expect(() => jalaliWeekdayFa('2022-10-32')).toThrow(RangeError);
    expect(() => jalaliWeekdayFa('0001-01-01')).toThrow(RangeError);
  });
});

describe('jalaliMonthNamesFa', () => {
  it('lists the twelve months in order', () => {
    expect(jalaliMonthNamesFa).toEqual([
      'فروردین',
      'اردیبهشت',
      'خرداد',
      'تیر',
      'مرداد',
      'شهریور',
      'مهر',
      'آبان',
      'آذر',
      'دی',
      'بهمن',
      'اسفند',
    ]);
  });

  it('uses Persian ی and ک, not the Arabic letters', () => {
    for (const name of jalaliMonthNamesFa) expect(normalizePersianText(name)).toBe(name);
    expect(jalaliMonthNamesFa.join('')).not.toMatch(/[\u064a\u0643\u0649]/);
  });

  it('cannot be modified', () => {
    expect(Object.isFrozen(jalaliMonthNamesFa)).toBe(true);
  });
});
