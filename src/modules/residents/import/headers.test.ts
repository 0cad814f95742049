import { describe, expect, it } from 'vitest';
import { normalizeLabel } from './fields.ts';
import { fieldColumns, fieldValues, findHeaderRow, mapHeaders, matchHeader } from './headers.ts';

describe('normalizeLabel', () => {
  it('folds Arabic letters, ZWNJ, spaces, punctuation, case and digit scripts', () => {
    expect(normalizeLabel('نام‌خانوادگی')).toBe(normalizeLabel('نام خانوادگي'));
    expect(normalizeLabel(' کد-ملی: ')).toBe('کدملی');
    expect(normalizeLabel('National ID')).toBe('nationalid');
    expect(normalizeLabel('شناسهٔ خانوار')).toBe(normalizeLabel('شناسه خانوار'));
    expect(normalizeLabel('تأمین')).toBe(normalizeLabel('تامین'));
    expect(normalizeLabel('دهک ۳')).toBe('دهک3');
  });
});

describe('matchHeader', () => {
  it.each([
    ['کد ملی', 'nationalId'],
    ['کدملی', 'nationalId'],
    ['شماره ملی', 'nationalId'],
    ['كد ملي', 'nationalId'],
    ['National ID', 'nationalId'],
    ['NID', 'nationalId'],
    ['نام', 'firstName'],
    ['First Name', 'firstName'],
    ['نام خانوادگی', 'lastName'],
    ['نام‌خانوادگی', 'lastName'],
    ['فامیلی', 'lastName'],
    ['Surname', 'lastName'],
    ['last_name', 'lastName'],
    ['نام پدر', 'fatherName'],
    ['تاریخ تولد', 'birthDate'],
    ['Date of birth', 'birthDate'],
    ['جنسیت', 'sex'],
    ['جنس', 'sex'],
    ['نسبت با سرپرست', 'relation'],
    ['تلفن', 'phone'],
    ['موبایل', 'phone'],
    ['شماره تماس', 'phone'],
    ['وضعیت بیمه', 'insurance'],
    ['کد محله', 'neighborhoodCode'],
    ['محله', 'neighborhoodName'],
    ['شماره خانوار', 'householdKey'],
    ['شناسهٔ خانوار', 'householdKey'],
    ['کد ملی سرپرست', 'householdKey'],
    ['آدرس', 'address'],
    ['دهک', 'welfareDecile'],
    ['دلیل نداشتن کد ملی', 'missingIdReason'],
  ])('reads «%s» as %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('ignores row counters and what Tavana derives, and does not guess the rest', () => {
    expect(matchHeader('ردیف')).toBe('ignore');
    expect(matchHeader('#')).toBe('ignore');
    expect(matchHeader('سن')).toBe('ignore');
    expect(matchHeader('شغل')).toBeNull();
    expect(matchHeader('نام و نام خانوادگی')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });
});

describe('mapHeaders', () => {
  it('maps what it knows, lists what it does not, and what is missing', () => {
    const result = mapHeaders(['ردیف', 'کد ملی', 'نام', 'نام خانوادگی', 'شغل', '', 'جنسیت']);
    expect(result).toEqual({
      mapping: { 1: 'nationalId', 2: 'firstName', 3: 'lastName', 6: 'sex' },
      unmapped: [{ column: 4, header: 'شغل' }],
      ignored: [{ column: 0, header: 'ردیف' }],
      duplicates: [],
      missing: [],
    });
  });

  it('reports a field mapped twice, and missing required fields', () => {
    const result = mapHeaders(['نام', 'تلفن', 'موبایل']);
    expect(result.duplicates).toEqual([{ field: 'phone', columns: [1, 2] }]);
    expect(result.missing).toEqual(['nationalId', 'lastName', 'sex']);
    // A reason column stands in for the national ID.
    expect(mapHeaders(['نام', 'نام خانوادگی', 'جنس', 'دلیل نداشتن کد ملی']).missing).toEqual([]);
  });

  it('lets the user map and ignore columns', () => {
    const result = mapHeaders(['نام', 'تلفن', 'موبایل', 'Family'], { 2: null, 3: 'lastName' });
    expect(result.mapping).toEqual({ 0: 'firstName', 1: 'phone', 3: 'lastName' });
    expect(result.duplicates).toEqual([]);
    expect(result.ignored).toEqual([{ column: 2, header: 'موبایل' }]);
    expect(result.unmapped).toEqual([]);
  });
});

describe('findHeaderRow', () => {
  it('skips a title row above the headers', () => {
    const rows = [
      { row: 1, cells: ['فهرست خانوارهای محلهٔ اسلام‌آباد'] },
      { row: 3, cells: ['ردیف', 'کد ملی', 'نام'] },
      { row: 4, cells: ['1', '0013542419', 'علی'] },
    ];
    expect(findHeaderRow(rows)).toBe(1);
  });

  it('falls back to the first row, and -1 for none', () => {
    expect(findHeaderRow([{ row: 1, cells: ['a', 'b'] }])).toBe(0);
    expect(findHeaderRow([])).toBe(-1);
  });
});

describe('fieldValues and fieldColumns', () => {
  it('picks a row\'s cells by field and names the columns as written', () => {
    const headers = ['کد ملي', 'نام', 'تلفن', 'موبایل'];
    const mapping = { 0: 'nationalId', 1: 'firstName', 2: 'phone', 3: 'phone' } as const;
    expect(fieldValues(['13542419', 'علی'], mapping)).toEqual({ nationalId: '13542419', firstName: 'علی', phone: '' });
    expect(fieldColumns(headers, mapping)).toEqual({ nationalId: 'کد ملي', firstName: 'نام', phone: 'تلفن' });
  });
});
