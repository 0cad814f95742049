import { describe, expect, it } from 'vitest';
import { numberToPersianWords, persianOrdinalWords } from './number-words.ts';

describe('numberToPersianWords', () => {
  it.each([
    [0, 'صفر'],
    [1, 'یک'],
    [12, 'دوازده'],
    [23, 'بیست و سه'],
    [100, 'صد'],
    [1401, 'هزار و چهارصد و یک'],
    [2020, 'دو هزار و بیست'],
    [5_400_000, 'پنج میلیون و چهارصد هزار'],
  ])('%i → %s', (n, words) => expect(numberToPersianWords(n)).toBe(words));

  it('refuses what it cannot write', () => {
    expect(() => numberToPersianWords(-1)).toThrow(RangeError);
    expect(() => numberToPersianWords(1.5)).toThrow(RangeError);
  });
});

describe('persianOrdinalWords', () => {
  it.each([
    [1, 'اولین'],
    [2, 'دومین'],
    [3, 'سومین'],
    [10, 'دهمین'],
    [23, 'بیست و سومین'],
    [30, 'سی‌امین'],
    [22, 'بیست و دومین'],
    [100, 'صدمین'],
  ])('%i → %s', (n, words) => expect(persianOrdinalWords(n)).toBe(words));
});
