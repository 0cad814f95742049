import { describe, expect, it } from 'vitest';
import { isValidNationalId, normalizeNationalId } from './national-id.js';
import { toPersianDigits } from './digits.js';

/** The checksum rule written out again, as an oracle independent of the code under test. */
function checkDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const r = sum % 11;
  return r < 2 ? r : 11 - r;
}

// Each checked by hand with the formula: e.g. 0013542419:
// 0·10+0·9+1·8+3·7+5·6+4·5+2·4+4·3+1·2 = 101, 101 mod 11 = 2, 11−2 = 9.
const VALID = ['0013542419', '0499370899', '4608968882', '0084575948', '1234567891'];
const ARABIC_INDIC = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

describe('checksum oracle', () => {
  it('agrees with the hand-checked IDs', () => {
    for (const id of VALID) expect(checkDigit(id.slice(0, 9))).toBe(Number(id[9]));
  });
});

describe('isValidNationalId', () => {
  it('accepts valid IDs', () => {
    for (const id of VALID) expect(isValidNationalId(id), id).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    for (const id of VALID) {
      for (let d = 0; d <= 9; d++) {
        const changed = id.slice(0, 9) + String(d);
        if (changed !== id) expect(isValidNationalId(changed), changed).toBe(false);
      }
    }
  });

  it('rejects a changed body digit', () => {
    expect(isValidNationalId('0013542429')).toBe(false);
    expect(isValidNationalId('1013542419')).toBe(false);
  });

  it('matches the oracle on many generated IDs', () => {
    // Deterministic pseudo-random prefixes so a failure is reproducible.
    let seed = 12345;
    for (let n = 0; n < 500; n++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const prefix = String(seed % 1_000_000_000).padStart(9, '0');
      const good = prefix + String(checkDigit(prefix));
      if (/^(\d)\1{9}$/.test(good)) continue;
      expect(isValidNationalId(good), good).toBe(true);
      const bad = prefix + String((checkDigit(prefix) + 1) % 10);
      expect(isValidNationalId(bad), bad).toBe(false);
    }
  });

  it('rejects ten identical digits, which the checksum alone would accept', () => {
    for (let d = 0; d <= 9; d++) {
      const same = String(d).repeat(10);
      expect(checkDigit(same.slice(0, 9))).toBe(d);
      expect(isValidNationalId(same), same).toBe(false);
    }
  });

  it('accepts Persian, Arabic-Indic and mixed-script digits', () => {
    expect(isValidNationalId(toPersianDigits('0013542419'))).toBe(true);
    expect(isValidNationalId(ARABIC_INDIC('4608968882'))).toBe(true);
    expect(isValidNationalId('۰۰۱3542٤19')).toBe(true);
    expect(isValidNationalId(toPersianDigits('0013542418'))).toBe(false);
  });

  it('ignores spaces and hyphens', () => {
    expect(isValidNationalId('001-354241-9')).toBe(true);
    expect(isValidNationalId(' 001 354 2419 ')).toBe(true);
    expect(isValidNationalId('001\u2010354241\u20139')).toBe(true);
    expect(isValidNationalId('0013542419\u00a0')).toBe(true);
  });

  it('rejects any other character', () => {
    expect(isValidNationalId('001.354.241.9')).toBe(false);
    expect(isValidNationalId('001_3542419')).toBe(false);
    expect(isValidNationalId('0013542419.0')).toBe(false);
    expect(isValidNationalId('O013542419')).toBe(false);
    expect(isValidNationalId('00135424l9')).toBe(false);
    expect(isValidNationalId('ID0013542419')).toBe(false);
    expect(isValidNationalId('001\u200c3542419')).toBe(false);
  });

  it('requires exactly ten digits and does not restore leading zeros', () => {
    expect(isValidNationalId('13542419')).toBe(false);
    expect(isValidNationalId('499370899')).toBe(false);
    expect(isValidNationalId('00013542419')).toBe(false);
    expect(isValidNationalId('')).toBe(false);
    expect(isValidNationalId('   ')).toBe(false);
  });
});

describe('normalizeNationalId', () => {
  it('returns ten Latin digits for valid IDs in any script', () => {
    for (const id of VALID) {
      expect(normalizeNationalId(id)).toBe(id);
      expect(normalizeNationalId(toPersianDigits(id))).toBe(id);
      expect(normalizeNationalId(ARABIC_INDIC(id))).toBe(id);
    }
  });

  it('restores leading zeros dropped by spreadsheets (8 or 9 digits)', () => {
    expect(normalizeNationalId('13542419')).toBe('0013542419');
    expect(normalizeNationalId('499370899')).toBe('0499370899');
    expect(normalizeNationalId('۱۳۵۴۲۴۱۹')).toBe('0013542419');
  });

  it('strips separators', () => {
    for (const input of [
      '001-354241-9',
      '001 354 241 9',
      '001.354.241.9',
      '001_354_241_9',
      '001\u200c3542419',
      '\u200f0013542419\u200e',
      '13,542,419',
      '۱۳٬۵۴۲٬۴۱۹',
      '\t0013542419\n',
    ]) {
      expect(normalizeNationalId(input), input).toBe('0013542419');
    }
  });

  it('accepts a float-looking cell only when the fraction is all zeros', () => {
    expect(normalizeNationalId('13542419.0')).toBe('0013542419');
    expect(normalizeNationalId('13542419.00')).toBe('0013542419');
    expect(normalizeNationalId('0013542419.0')).toBe('0013542419');
    expect(normalizeNationalId('4608968882.0')).toBe('4608968882');
    expect(normalizeNationalId('13,542,419.0')).toBe('0013542419');
    expect(normalizeNationalId('۱۳۵۴۲۴۱۹٫۰')).toBe('0013542419');
    expect(normalizeNationalId('13542419.5')).toBeNull();
    expect(normalizeNationalId('1.3542419E7')).toBeNull();
    expect(normalizeNationalId('1.3542419e+7')).toBeNull();
  });

  it('rejects wrong lengths', () => {
    expect(normalizeNationalId('1354241')).toBeNull();
    expect(normalizeNationalId('00013542419')).toBeNull();
    expect(normalizeNationalId('')).toBeNull();
    expect(normalizeNationalId(' - ')).toBeNull();
  });

  it('rejects letters and unknown characters', () => {
    expect(normalizeNationalId('O013542419')).toBeNull();
    expect(normalizeNationalId('0013542419a')).toBeNull();
    expect(normalizeNationalId('0013542419/')).toBeNull();
    expect(normalizeNationalId('+0013542419')).toBeNull();
  });

  it('rejects a failing checksum, including after padding', () => {
    expect(normalizeNationalId('0013542418')).toBeNull();
    expect(normalizeNationalId('13542418')).toBeNull();
    expect(normalizeNationalId('99370899')).toBeNull();
  });

  it('rejects all-identical digits, also when padding produces them', () => {
    expect(normalizeNationalId('1111111111')).toBeNull();
    expect(normalizeNationalId('0000000000')).toBeNull();
    expect(normalizeNationalId('00000000')).toBeNull();
    expect(normalizeNationalId('۰۰۰۰۰۰۰۰۰')).toBeNull();
  });

  it('accepts everything the strict check accepts', () => {
    for (const input of ['0013542419', '001-354241-9', '۰۰۱3542٤19', ' 4608968882 ']) {
      expect(isValidNationalId(input)).toBe(true);
      expect(normalizeNationalId(input)).not.toBeNull();
    }
  });
});
