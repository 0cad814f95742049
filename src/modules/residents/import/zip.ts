/**
 * Just enough of the ZIP format to tell an .xlsx from any other ZIP archive (a .docx, an .ods, a
 * zipped folder of CSVs) without inflating anything: the names of the entries, read from the
 * central directory at the end of the file.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** True when the bytes start like a ZIP archive (PK\x03\x04); an empty archive is no use to us. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true) === LOCAL_HEADER;
}

/**
 * The entry names of a ZIP archive, from its central directory.
 *
 * @returns the names, or `null` when the directory cannot be found or read: a truncated upload, a
 *   damaged file, or ZIP64 (an archive over 4 GB, far beyond any upload limit).
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes, or further back when the archive has a comment.
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  let end = -1;
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset + size > end) return null;
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * The content of an OpenDocument archive's `mimetype` entry, which the format requires to be the
 * first entry, stored uncompressed, so it can be read in place.
 */
export function openDocumentMimeType(bytes: Uint8Array): string | null {
  if (!looksLikeZip(bytes) || bytes.length < 38) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const storedSize = view.getUint32(18, true);
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype' || view.getUint16(8, true) !== 0 || storedSize > 200) return null;
  const start = 30 + nameLength + extraLength;
  return new TextDecoder().decode(bytes.subarray(start, start + storedSize));
}
