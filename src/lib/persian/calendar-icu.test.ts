import { describe, expect, it } from 'vitest';
import { fromJalali, isValidJalaliDate, toJalali } from './calendar.js';

// ICU's Persian calendar (Node's full ICU) is the reference. One formatter is
// reused because constructing Intl.DateTimeFormat is the expensive part.
const persian = new Intl.DateTimeFormat('en-u-ca-persian', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const DAY_MS = 86_400_000;

function icuJalali(time: number): { year: number; month: number; day: number } {
  const result = { year: 0, month: 0, day: 0 };
  for (const part of persian.formatToParts(time)) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') result[part.type] = Number(part.value);
  }
  return result;
}

const key = (d: { year: number; month: number; day: number }): string => `${d.year}/${d.month}/${d.day}`;

describe('agreement with ICU for 1300/01/01 through 1499/12/end', () => {
  it('ICU really uses the Persian calendar (fails on a small-icu Node build)', () => {
    expect(icuJalali(Date.UTC(2022, 9, 27))).toEqual({ year: 1401, month: 8, day: 5 });
  });

  it('matches day by day in both directions, and validity matches too', () => {
    const icuDays = new Set<string>();
    const mismatches: string[] = [];
    // 1300/01/01 is 1921-03-21; walk until ICU reaches the year 1500.
    let time = Date.UTC(1921, 2, 21);
    let first = '';
    let last = '';
    for (;;) {
      const icu = icuJalali(time);
      if (icu.year >= 1500) break;
      const iso = new Date(time).toISOString().slice(0, 10);
      const ours = toJalali(iso);
      if (key(ours) !== key(icu)) mismatches.push(`${iso}: ours ${key(ours)}, ICU ${key(icu)}`);
      const back = fromJalali(icu.year, icu.month, icu.day);
      if (back !== iso) mismatches.push(`${key(icu)}: fromJalali ${back}, expected ${iso}`);
      icuDays.add(key(icu));
      if (!first) first = key(icu);
      last = key(icu);
      time += DAY_MS;
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(first).toBe('1300/1/1');
    expect(last).toMatch(/^1499\/12\/(29|30)$/);
    // 200 years of 365 days plus one per leap year: between 48 and 49 leap years.
    expect(icuDays.size).toBeGreaterThan(200 * 365 + 45);

    // Every (year, month, day) with day ≤ 31 is valid exactly when ICU has it.
    const validityMismatches: string[] = [];
    let valid = 0;
    for (let year = 1300; year <= 1499; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const ours = isValidJalaliDate(year, month, day);
          if (ours) valid++;
          if (ours !== icuDays.has(`${year}/${month}/${day}`)) validityMismatches.push(`${year}/${month}/${day}`);
        }
      }
    }
    expect(validityMismatches.slice(0, 10)).toEqual([]);
    expect(valid).toBe(icuDays.size);
  });
});
