import { describe, expect, it } from 'vitest';
import { normalizePersianText } from '../../../lib/persian/index.ts';
import { countLines, decodeText, decodedSlices, encodingFromBom, isBlankText, type TextEncoding } from './decode.ts';
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

describe('decoding a large file in slices', () => {
  const text = 'کد ملی,نام\r\n0013542419,علی\r\nپژمان,گچ\n';
  const files: [TextEncoding, Uint8Array][] = [
    ['utf-8', new TextEncoder().encode(text)],
    ['utf-8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['windows-1256', encodeWindows1256(text.replace(/ی/g, 'ي').replace(/ک/g, 'ك'))],
    ['utf-16le', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])],
    ['utf-16be', new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])],
  ];

  it('gives the whole decode joined, whatever cuts a character at a slice edge', () => {
    for (const [encoding, bytes] of files) {
      for (const sliceBytes of [1, 2, 3, 5, 7, 1024]) expect(`${encoding} ${sliceBytes}: ${[...decodedSlices(bytes, encoding, sliceBytes)].join('')}`).toBe(`${encoding} ${sliceBytes}: ${decodeText(bytes).text}`);
    }
  });

  it('counts lines from the bytes, for the progress bar', () => {
    for (const [encoding, bytes] of files) expect([encoding, countLines(bytes, encoding)]).toEqual([encoding, 3]);
    expect(countLines(new TextEncoder().encode('a\nb'), 'utf-8')).toBe(2);
    expect(countLines(new TextEncoder().encode('a'), 'utf-8')).toBe(1);
    // ڊ (U+068A) has no 0x0A byte, but U+0A0A's bytes are both 0x0A: only a line feed of its own counts.
    expect(countLines(new Uint8Array([0xff, 0xfe, ...Buffer.from('\u0a0aa\nb', 'utf16le')]), 'utf-16le')).toBe(2);
  });

  it('finds a file blank only when all of it is white space', () => {
    expect(isBlankText(new TextEncoder().encode(' \r\n\t'), 'utf-8')).toBe(true);
    expect(isBlankText(new TextEncoder().encode(`${' '.repeat(200_000)}x`), 'utf-8')).toBe(false);
  });
});
