import { describe, expect, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from './digits.js';

// Written as code points so that a look-alike digit in the source cannot make
// the test pass by accident (Persian ۴ U+06F4 vs Arabic-Indic ٤ U+0664).
const PERSIAN = Array.from({ length: 10 }, (_, i) => String.fromCharCode(0x06f0 + i)).join('');
const ARABIC_INDIC = Array.from({ length: 10 }, (_, i) => String.fromCharCode(0x0660 + i)).join('');

describe('toPersianDigits', () => {
  it('converts Latin digits', () => {
    expect(toPersianDigits('0123456789')).toBe(PERSIAN);
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
  });

  it('converts Arabic-Indic digits', () => {
    expect(toPersianDigits(ARABIC_INDIC)).toBe(PERSIAN);
  });

  it('leaves Persian digits and other characters alone', () => {
    expect(toPersianDigits(PERSIAN)).toBe(PERSIAN);
    expect(toPersianDigits('پلاک 12، طبقه ٣')).toBe('پلاک ۱۲، طبقه ۳');
    expect(toPersianDigits('abc-/.')).toBe('abc-/.');
    expect(toPersianDigits('')).toBe('');
  });

  it('accepts numbers', () => {
    expect(toPersianDigits(1401)).toBe('۱۴۰۱');
    expect(toPersianDigits(0)).toBe('۰');
    expect(toPersianDigits(-12.5)).toBe('-۱۲.۵');
  });
});

describe('toLatinDigits', () => {
  it('converts Persian and Arabic-Indic digits', () => {
    expect(toLatinDigits(PERSIAN)).toBe('0123456789');
    expect(toLatinDigits(ARABIC_INDIC)).toBe('0123456789');
  });

  it('handles the three scripts mixed in one string', () => {
    expect(toLatinDigits('۱۴۰۱/٠٨/05')).toBe('1401/08/05');
  });

  it('leaves Latin digits and other characters alone', () => {
    expect(toLatinDigits('0123456789')).toBe('0123456789');
    expect(toLatinDigits('خیابان آزادی')).toBe('خیابان آزادی');
    expect(toLatinDigits('')).toBe('');
  });

  it('round-trips with toPersianDigits', () => {
    const text = 'کد ۰۱۲ و 345 و ٦٧٨٩';
    expect(toLatinDigits(toPersianDigits(text))).toBe(toLatinDigits(text));
    expect(toLatinDigits(text)).toBe('کد 012 و 345 و 6789');
  });
});
