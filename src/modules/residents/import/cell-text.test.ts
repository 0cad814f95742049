import { describe, expect, it } from 'vitest';
import { cellText, excelSerialToIso, isDateFormat, numberText } from './cell-text.ts';

describe('numberText', () => {
  it('writes integers with all their digits, never in exponent form', () => {
    expect(numberText(13542419)).toBe('13542419');
    expect(numberText(9123456789)).toBe('9123456789');
    expect(numberText(123456789012345680000)).toBe('123456789012345683968');
    expect(numberText(-4)).toBe('-4');
  });

  it('rounds fractions to Excel\'s 15 significant digits, and drops what is not a number', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(13542419.5)).toBe('13542419.5');
    expect(numberText(Number.NaN)).toBe('');
    expect(numberText(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('isDateFormat and excelSerialToIso', () => {
  it('knows date formats, including a Persian-calendar display, and not number or text formats', () => {
    expect(isDateFormat('yyyy/mm/dd')).toBe(true);
    expect(isDateFormat('[$-fa-IR,16]yyyy/mm/dd;@')).toBe(true);
    expect(isDateFormat('0000000000')).toBe(false);
    expect(isDateFormat('@')).toBe(false);
    expect(isDateFormat('"day "0')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it('turns serials into ISO dates', () => {
    expect(excelSerialToIso(33000)).toBe('1990-05-07');
    expect(excelSerialToIso(44861)).toBe('2022-10-27');
    expect(excelSerialToIso(44861.75)).toBe('2022-10-27');
  });
});

describe('cellText', () => {
  it('reads every kind of cell value as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('علی')).toBe('علی');
    expect(cellText(13542419)).toBe('13542419');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2022, 9, 27)))).toBe('2022-10-27');
    expect(cellText({ richText: [{ text: 'ab' }, { text: 'cd' }] })).toBe('abcd');
    expect(cellText({ text: 'پیوند', hyperlink: 'https://example.org' })).toBe('پیوند');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });

  it('reads a formula by its cached result, as a date when the cell shows one', () => {
    expect(cellText({ formula: 'A1*2', result: 27084838 })).toBe('27084838');
    expect(cellText({ formula: 'A1+1', result: 44861 }, 'yyyy-mm-dd')).toBe('2022-10-27');
    expect(cellText({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ formula: 'NA()', result: { error: '#N/A' } })).toBe('#N/A');
    expect(cellText({ formula: 'A1' } as never)).toBe('');
  });
});
