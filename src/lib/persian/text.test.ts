import { describe, expect, it } from 'vitest';
import { normalizePersianText } from './text.js';

const ZWNJ = '\u200c';

describe('normalizePersianText', () => {
  it('maps Arabic yeh and alef maksura to Persian yeh', () => {
    expect(normalizePersianText('\u064a')).toBe('\u06cc');
    expect(normalizePersianText('\u0649')).toBe('\u06cc');
    expect(normalizePersianText('علي')).toBe('علی');
    expect(normalizePersianText('موسى')).toBe('موسی');
  });

  it('maps Arabic kaf to Persian keheh', () => {
    expect(normalizePersianText('\u0643')).toBe('\u06a9');
    expect(normalizePersianText('كريم')).toBe('کریم');
  });

  it('makes Arabic-keyboard and Persian-keyboard spellings equal', () => {
    expect(normalizePersianText('محلهٔ كوي علي')).toBe(normalizePersianText('محلهٔ کوی علی'));
  });

  it('keeps ZWNJ', () => {
    expect(normalizePersianText(`می${ZWNJ}خواهم`)).toBe(`می${ZWNJ}خواهم`);
    expect(normalizePersianText(`سه${ZWNJ}شنبه`)).toContain(ZWNJ);
  });

  it('keeps hamza forms, hamza above and teh marbuta', () => {
    expect(normalizePersianText('خانه\u0654')).toBe('خانه\u0654');
    expect(normalizePersianText('مؤسسه')).toBe('مؤسسه');
    expect(normalizePersianText('مسئول')).toBe('مسئول');
    expect(normalizePersianText('ة')).toBe('ة');
  });

  it('collapses white space runs, including NBSP, tabs and newlines, and trims', () => {
    expect(normalizePersianText('  تهران \u00a0\t\n  شمال  ')).toBe('تهران شمال');
    expect(normalizePersianText('a\r\n\r\nb')).toBe('a b');
    expect(normalizePersianText('\u00a0\u2003')).toBe('');
  });

  it('removes tatweel', () => {
    expect(normalizePersianText('کـــتاب')).toBe('کتاب');
  });

  it('removes Arabic diacritics U+064B–U+0652', () => {
    expect(normalizePersianText('محمّد')).toBe('محمد');
    expect(normalizePersianText('اصلاً')).toBe('اصلا');
    for (let code = 0x064b; code <= 0x0652; code++) {
      expect(normalizePersianText(`ب${String.fromCharCode(code)}ا`)).toBe('با');
    }
  });

  it('leaves digits of every script alone', () => {
    expect(normalizePersianText('پلاک ۱۲ و ١٢ و 12')).toBe('پلاک ۱۲ و ١٢ و 12');
  });

  it('is idempotent', () => {
    const once = normalizePersianText(' كيـانا   محمّدي ');
    expect(once).toBe('کیانا محمدی');
    expect(normalizePersianText(once)).toBe(once);
  });
});
