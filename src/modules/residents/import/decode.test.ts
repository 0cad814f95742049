import { describe, expect, it } from 'vitest';
import { normalizePersianText } from '../../../lib/persian/index.ts';
import { decodeText, encodingFromBom } from './decode.ts';
import { encodeWindows1256 } from './fixtures.test-helpers.ts';

const csvFa = 'کد ملی,نام,نام خانوادگی\r\n0013542419,علی,کریمی\r\n';

describe('decodeText', () => {
  it('has the Windows-1256 table on this Node (full ICU)', () => {
    expect(new TextDecoder('windows-1256').encoding).toBe('windows-1256');
    expect(new TextDecoder('windows-1256').decode(new Uint8Array([0xc7, 0xe1, 0xed]))).toBe('الي');
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(csvFa))).toEqual({ text: csvFa, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csvFa)]);
    expect(decodeText(bytes)).toEqual({ text: csvFa, encoding: 'utf-8-bom' });
  });

  it('reads Windows-1256 (Persian Excel\'s plain CSV) byte for byte', () => {
    // Windows-1256 has no Persian ی/ک: Excel writes the Arabic ي (U+064A) and ك (U+0643).
    const arabicLetters = csvFa.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    const bytes = encodeWindows1256(arabicLetters);
    expect(bytes.every((byte) => byte !== 0)).toBe(true);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.text).toBe(arabicLetters);
    expect(decoded.text).toContain('علي');
    // The import's normaliser turns them back into Persian letters.
    expect(normalizePersianText(decoded.text.split('\r\n')[1]!)).toBe('0013542419,علی,کریمی');
  });

  it('keeps the Persian letters Windows-1256 does have (پ چ ژ گ)', () => {
    const text = 'پژمان,گچ';
    expect(decodeText(encodeWindows1256(text))).toEqual({ text, encoding: 'windows-1256' });
  });

  it('reads UTF-16 with a BOM, as Excel\'s "Unicode Text" writes it', () => {
    const text = 'نام\tنام خانوادگی\r\nعلی\tکریمی';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    const swapped = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...swapped]))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('a,b\n1,2'))).toEqual({ text: 'a,b\n1,2', encoding: 'utf-8' });
  });

  it('names the encoding a BOM announces, and none without one', () => {
    expect(encodingFromBom(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('utf-8-bom');
    expect(encodingFromBom(new Uint8Array([0x61]))).toBeNull();
    expect(encodingFromBom(new Uint8Array([]))).toBeNull();
  });
});
