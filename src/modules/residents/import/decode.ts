/**
 * Turning the bytes of a CSV or text file into text. Persian spreadsheets reach us in three
 * encodings: UTF-8 (with a BOM when Excel wrote "CSV UTF-8"), Windows-1256 (what Excel's plain
 * "CSV" still writes on a Persian Windows), and UTF-16 with a BOM ("Unicode Text", the old way to
 * get Persian out of Excel intact, tab-separated).
 */

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1256' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The encoding a byte-order mark announces, if the bytes start with one. */
export function encodingFromBom(bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

const labels: Record<TextEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'windows-1256': 'windows-1256',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * Decodes a text file: a BOM decides when there is one (and is dropped from the text); otherwise
 * the bytes are UTF-8 if they are valid UTF-8, and Windows-1256 if not. Real Persian text in
 * Windows-1256 is practically never valid UTF-8 (its letters are bytes 0xC1–0xFE, which UTF-8 reads
 * as lead bytes that must be followed by 0x80–0xBF), so the test is safe; pure ASCII is the same in
 * both.
 *
 * Windows-1256 has only the Arabic ي (U+064A) and ك (U+0643): the text keeps them, and the import
 * normalises names and labels afterwards, as it does for any file.
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8-bom' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const fromBom = encodingFromBom(bytes);
  if (fromBom) {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder(labels[fromBom]).decode(bytes), encoding: fromBom };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Every byte has a character in Windows-1256 (WHATWG's table), so this never fails.
    return { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  }
}
