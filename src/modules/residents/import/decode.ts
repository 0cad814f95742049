/**
 * Turning the bytes of a CSV or text file into text. Persian spreadsheets reach us in three
 * encodings: UTF-8 (with a BOM when Excel wrote "CSV UTF-8"), Windows-1256 (what Excel's plain
 * "CSV" still writes on a Persian Windows), and UTF-16 with a BOM ("Unicode Text", the old way to
 * get Persian out of Excel intact, tab-separated).
 *
 * A large file is decoded slice by slice ({@link decodedSlices}) as it is parsed: a 250 MB CSV of
 * Persian text is about 300 MB more as one JavaScript string, which the import never needs whole.
 */
import { isUtf8 } from 'node:buffer';

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
 * The encoding of a text file: a BOM decides when there is one; otherwise the bytes are UTF-8 if
 * they are valid UTF-8, and Windows-1256 if not. Real Persian text in Windows-1256 is practically
 * never valid UTF-8 (its letters are bytes 0xC1–0xFE, which UTF-8 reads as lead bytes that must be
 * followed by 0x80–0xBF), so the test is safe; pure ASCII is the same in both.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  return encodingFromBom(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1256');
}

/**
 * Decodes a whole text file (see {@link detectEncoding}); a BOM is dropped from the text.
 *
 * Windows-1256 has only the Arabic ي (U+064A) and ك (U+0643): the text keeps them, and the import
 * normalises names and labels afterwards, as it does for any file.
 *
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8-bom' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops the BOM itself (ignoreBOM defaults to false); every byte has a character in
  // Windows-1256 (WHATWG's table), so decoding never fails.
  return { text: new TextDecoder(labels[encoding]).decode(bytes), encoding };
}

/** Bytes decoded per slice: large enough that a slice costs little, small next to the file. */
const SLICE_BYTES = 1024 * 1024;

/**
 * The text of a file in slices, decoded as it is read: a character cut by a slice's edge is
 * carried into the next slice, and the BOM is dropped, exactly as {@link decodeText} would give it
 * joined.
 */
export function* decodedSlices(bytes: Uint8Array, encoding: TextEncoding, sliceBytes = SLICE_BYTES): Generator<string> {
  const decoder = new TextDecoder(labels[encoding]);
  for (let start = 0; start < bytes.length; start += sliceBytes) {
    const text = decoder.decode(bytes.subarray(start, start + sliceBytes), { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** The beginning of a file's text, about `chars` characters (for looking at its head). */
export function decodedHead(bytes: Uint8Array, encoding: TextEncoding, chars: number): string {
  // At most three bytes a character in every encoding here (a character cut at the end is harmless in a head).
  return new TextDecoder(labels[encoding]).decode(bytes.subarray(0, chars * 3));
}

/** Whether a file's text is only white space (an "empty" CSV), without decoding more than needed. */
export function isBlankText(bytes: Uint8Array, encoding: TextEncoding): boolean {
  for (const slice of decodedSlices(bytes, encoding, 64 * 1024)) if (slice.trim() !== '') return false;
  return true;
}

/** The lines of a file (line feeds, plus a last line without one): the length of a progress bar. */
export function countLines(bytes: Uint8Array, encoding: TextEncoding): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A line feed is the byte 0x0A in UTF-8 and Windows-1256; in UTF-16, a 0x0A unit at an even (LE) or odd (BE) offset beside a zero.
  const utf16 = encoding === 'utf-16le' ? 0 : encoding === 'utf-16be' ? 1 : -1;
  let lines = 0;
  let last = -1;
  for (let at = buffer.indexOf(0x0a); at >= 0; at = buffer.indexOf(0x0a, at + 1)) {
    if (utf16 >= 0 && (at % 2 !== utf16 || buffer[utf16 === 0 ? at + 1 : at - 1] !== 0)) continue;
    lines++;
    last = at;
  }
  // The last line ends with the file or with a line feed.
  const endsWithLineFeed = last >= 0 && last === (utf16 === 0 ? bytes.length - 2 : bytes.length - 1);
  return endsWithLineFeed ? lines : lines + 1;
}
