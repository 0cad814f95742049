import { describe, expect, it } from 'vitest';
import { addDays, addJalaliMonths, daysBetween, todayIso } from './dates.ts';
import { dateInputSchema } from './iso-date.ts';
import { fromJalali } from './persian/index.ts';

describe('addJalaliMonths', () => {
  it('counts months in the Jalali calendar: one month from 1401/08/05 is 1401/09/05', () => {
    expect(addJalaliMonths(fromJalali(1401, 8, 5), 1)).toBe(fromJalali(1401, 9, 5));
  });
  it('falls back to the last day of a shorter month', () => {
    expect(addJalaliMonths(fromJalali(1401, 6, 31), 1)).toBe(fromJalali(1401, 7, 30));
    expect(addJalaliMonths(fromJalali(1402, 11, 30), 1)).toBe(fromJalali(1402, 12, 29));
    // 1403 is a leap year: Esfand has 30 days.
    expect(addJalaliMonths(fromJalali(1403, 11, 30), 1)).toBe(fromJalali(1403, 12, 30));
  });
  it('crosses the new year', () => {
    expect(addJalaliMonths(fromJalali(1401, 12, 15), 2)).toBe(fromJalali(1402, 2, 15));
    expect(addJalaliMonths(fromJalali(1401, 1, 15), -1)).toBe(fromJalali(1400, 12, 15));
  });
});

describe('day arithmetic', () => {
  it('adds days and counts the days between two dates', () => {
    expect(addDays('2022-10-27', 14)).toBe('2022-11-10');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2022-10-12', '2022-10-27')).toBe(15);
    expect(daysBetween('2022-10-27', '2022-10-12')).toBe(-15);
  });
  it("takes today's date in Tehran, where the day starts 3.5 hours before UTC's", () => {
    expect(todayIso('Asia/Tehran', new Date('2026-11-22T20:29:00Z'))).toBe('2026-11-22');
    expect(todayIso('Asia/Tehran', new Date('2026-11-22T20:31:00Z'))).toBe('2026-11-23');
  });
});

describe('dateInputSchema', () => {
  it.each([
    ['2022-10-27', '2022-10-27'],
    ['1401/08/05', '2022-10-27'],
    ['1401-8-5', '2022-10-27'],
    ['۱۴۰۱/۰۸/۰۵', '2022-10-27'],
    ['\u200f1401/08/05', '2022-10-27'],
  ])('reads %s as %s', (input, iso) => expect(dateInputSchema.parse(input)).toBe(iso));

  it('refuses a Jalali date that does not exist, naming it', () => {
    const result = dateInputSchema.safeParse('1401/07/31');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ message: 'date.invalid_jalali', params: { value: '1401/7/31' } });
    expect(dateInputSchema.safeParse('1402/12/30').success).toBe(false);
  });
  it('refuses malformed text and impossible Gregorian dates', () => {
    for (const input of ['27/10/2022', 'yesterday', '2023-02-29', '']) {
      expect(dateInputSchema.safeParse(input).error?.issues[0]?.message).toBe('field.bad_format');
    }
  });
});
