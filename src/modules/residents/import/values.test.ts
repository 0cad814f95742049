import { describe, expect, it } from 'vitest';
import { normalizePersianText } from '../../../lib/persian/index.ts';
import { cleanCell, readBirthDate, readDate, readNationalId, readPhone, readSmallNumber, readText } from './values.ts';

describe('readDate', () => {
  it.each([
    ['1401/8/5', '2022-10-27'],
    ['1401/08/05', '2022-10-27'],
    ['۱۴۰۱-۰۸-۰۵', '2022-10-27'],
    ['١٤٠١/٠٨/٠٥', '2022-10-27'],
    ['1401.08.05', '2022-10-27'],
    ['1401 / 8 / 5', '2022-10-27'],
    ['\u200f1401/08/05\u200e', '2022-10-27'],
    ['14010805', '2022-10-27'],
    ['1403/12/30', '2025-03-20'],
    ['2022-10-27', '2022-10-27'],
    ['2022/10/27', '2022-10-27'],
  ])('reads %s as %s', (raw, iso) => {
    expect(readDate(raw)).toEqual({ ok: true, value: iso });
  });

  it('refuses Jalali dates that do not exist with date.invalid_jalali and the value as written', () => {
    expect(readDate('1401/07/31')).toEqual({ ok: false, code: 'date.invalid_jalali', params: { value: '1401/07/31' } });
    expect(readDate('۱۴۰۲/۱۲/۳۰')).toEqual({ ok: false, code: 'date.invalid_jalali', params: { value: '۱۴۰۲/۱۲/۳۰' } });
    expect(readDate('1401/13/01')).toMatchObject({ code: 'date.invalid_jalali' });
    expect(readDate('1401/00/10')).toMatchObject({ code: 'date.invalid_jalali' });
  });

  it('refuses what is not a date, day-first dates, and impossible Gregorian dates', () => {
    for (const raw of ['دیروز', '5/8/1401', '1401/8', '01/8/5', '1401-08/05', '2023-02-29', '44861']) {
      expect(readDate(raw), raw).toEqual({ ok: false, code: 'import.bad_date', params: { value: raw } });
    }
  });
});

describe('readBirthDate', () => {
  it('refuses a birth date after today and before 1280', () => {
    expect(readBirthDate('1403/01/01', '2024-03-20')).toEqual({ ok: true, value: '2024-03-20' });
    expect(readBirthDate('1403/01/02', '2024-03-20')).toEqual({ ok: false, code: 'residents.birth_in_future' });
    expect(readBirthDate('1279/12/29', '2024-03-20')).toEqual({ ok: false, code: 'residents.birth_too_early' });
    expect(readBirthDate('1401/07/31', '2024-03-20')).toMatchObject({ code: 'date.invalid_jalali' });
  });
});

describe('readPhone', () => {
  it.each([
    ['09123456789', '09123456789'],
    ['۰۹۱۲ ۳۴۵ ۶۷۸۹', '09123456789'],
    ['0912-345-6789', '09123456789'],
    ['+989123456789', '09123456789'],
    ['00989123456789', '09123456789'],
    ['989123456789', '09123456789'],
    ['9123456789', '09123456789'],
    ['(021) 33445566', '02133445566'],
    ['33445566', '33445566'],
  ])('reads %s as %s', (raw, phone) => {
    expect(readPhone(raw)).toEqual({ ok: true, value: phone });
  });

  it('refuses what is not one phone number', () => {
    for (const raw of ['0912345', 'ندارد', '09123456789، 09351234567', '091234567890', '12345']) {
      expect(readPhone(raw), raw).toEqual({ ok: false, code: 'import.bad_phone', params: { value: raw } });
    }
  });
});

describe('readNationalId', () => {
  it('accepts Persian digits, separators and leading zeros Excel dropped', () => {
    expect(readNationalId('0013542419')).toEqual({ ok: true, value: '0013542419' });
    expect(readNationalId('13542419')).toEqual({ ok: true, value: '0013542419' });
    expect(readNationalId('۰۰۱۳۵۴۲۴۱۹')).toEqual({ ok: true, value: '0013542419' });
    expect(readNationalId('001-354241-9')).toEqual({ ok: true, value: '0013542419' });
    expect(readNationalId('13542419.0')).toEqual({ ok: true, value: '0013542419' });
  });

  it('refuses a bad checksum and what is not an ID, with the value in Latin digits', () => {
    expect(readNationalId('0013542418')).toEqual({ ok: false, code: 'residents.invalid_national_id', params: { value: '0013542418' } });
    expect(readNationalId('۱۲۳')).toEqual({ ok: false, code: 'residents.invalid_national_id', params: { value: '123' } });
    expect(readNationalId('1111111111')).toMatchObject({ ok: false });
  });
});

describe('readText, readSmallNumber and cleanCell', () => {
  it('normalises Persian text and limits its length', () => {
    expect(readText('  علي   كريمي\u200f ', 80)).toEqual({ ok: true, value: 'علی کریمی' });
    expect(readText('x'.repeat(81), 80)).toEqual({ ok: false, code: 'import.too_long', params: { max: 80 } });
  });

  it('skips normalising only text that normalising would not change', () => {
    // Characters normalizePersianText acts on, and their neighbours, in random strings.
    const pool = ['ی', 'ي', 'ى', 'ک', 'ك', 'ـ', '\u064b', '\u0652', '\u0653', '\u0654', ' ', '  ', '\t', '\n', '\u00a0', '\u200c', 'a', 'ه', '۱'];
    let state = 7;
    const pick = () => pool[(state = (state * 1103515245 + 12345) >>> 0) % pool.length]!;
    for (let i = 0; i < 2000; i++) {
      const raw = Array.from({ length: 1 + (i % 9) }, pick).join('');
      expect(readText(raw, 100), JSON.stringify(raw)).toEqual({ ok: true, value: normalizePersianText(cleanCell(raw)) });
    }
  });

  it('reads a small whole number in any digits, with a word beside it', () => {
    expect(readSmallNumber('۳', 1, 10)).toEqual({ ok: true, value: 3 });
    expect(readSmallNumber('دهک 10', 1, 10)).toEqual({ ok: true, value: 10 });
    expect(readSmallNumber('11', 1, 10)).toEqual({ ok: false, code: 'import.out_of_range', params: { value: '11', min: 1, max: 10 } });
    expect(readSmallNumber('2.5', 1, 10)).toMatchObject({ ok: false });
    expect(readSmallNumber('زیاد', 1, 10)).toMatchObject({ ok: false });
  });

  it('drops invisible marks but keeps ZWNJ', () => {
    expect(cleanCell('\ufeff\u200e می‌رود \u202c')).toBe('می‌رود');
    expect(cleanCell(undefined)).toBe('');
  });
});
