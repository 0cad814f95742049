/**
 * Recognising an uploaded file by its bytes, never by its name or the browser's content type: a
 * file called people.xlsx may be a CSV, an old .xls, an HTML table a government system exported
 * with an .xls name, or a photo.
 */
import { decodedHead, detectEncoding, encodingFromBom, isBlankText, type TextEncoding } from './decode.ts';
import { looksLikeZip, openDocumentMimeType, zipEntryNames } from './zip.ts';

export type SniffRefusal =
  | { kind: 'refused'; code: 'import.empty_file' | 'import.not_a_spreadsheet' | 'import.not_a_workbook' | 'import.encrypted_workbook' | 'import.unreadable_workbook' }
  | { kind: 'refused'; code: 'import.save_as_xlsx'; params: { format: string } };

/** What a file is: an .xlsx to read with the workbook reader, text in an encoding to read as CSV, or a refusal with its message code. */
export type SniffResult = { kind: 'xlsx' } | { kind: 'csv'; encoding: TextEncoding } | SniffRefusal;

// The header of an OLE2 compound file: legacy .xls/.doc, and also an encrypted (password) .xlsx.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// How far to look for control characters: enough to judge, cheap on a 100 MB file.
const TEXT_SAMPLE = 64 * 1024;
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function refuse(code: Exclude<SniffRefusal['code'], 'import.save_as_xlsx'>): SniffRefusal {
  return { kind: 'refused', code };
}

function saveAs(format: string): SniffRefusal {
  return { kind: 'refused', code: 'import.save_as_xlsx', params: { format } };
}

/** Whether the bytes contain `text` written in UTF-16LE, as OLE2 directory entries name their streams. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

function sniffZip(bytes: Uint8Array): SniffResult {
  if (openDocumentMimeType(bytes) === ODS_MIME) return saveAs('.ods');
  const names = zipEntryNames(bytes);
  if (!names) return refuse('import.unreadable_workbook');
  const entries = new Set(names);
  if (entries.has('xl/workbook.bin')) return saveAs('.xlsb');
  if (entries.has('[Content_Types].xml') && entries.has('xl/workbook.xml')) return { kind: 'xlsx' };
  return refuse('import.not_a_workbook');
}

function sniffOle(bytes: Uint8Array): SniffResult {
  // A password-protected .xlsx is an OLE2 file holding the encrypted package; saving as .xlsx
  // would not help, removing the password would.
  if (containsUtf16(bytes, 'EncryptedPackage')) return refuse('import.encrypted_workbook');
  return saveAs('.xls');
}

// C0 controls other than tab, line feed, vertical tab, form feed, carriage return, and the DOS
// end-of-file mark 0x1A that old tools append: text files have none of them, binary files are full of them.
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a;
}

function hasControlCharacter(text: string): boolean {
  const end = Math.min(text.length, TEXT_SAMPLE);
  for (let index = 0; index < end; index++) if (isControlByte(text.charCodeAt(index))) return true;
  return false;
}

function looksBinary(bytes: Uint8Array): boolean {
  // A NUL anywhere gives binary away (UTF-16 files with a BOM are decoded before we get here).
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(0)) return true;
  const end = Math.min(bytes.length, TEXT_SAMPLE);
  for (let index = 0; index < end; index++) if (isControlByte(bytes[index]!)) return true;
  return false;
}

// Web pages and the Excel 2003 XML format, both of which systems export under an .xls name.
function markupFormat(text: string): string | null {
  const head = text.trimStart().slice(0, 2048).toLowerCase();
  if (!head.startsWith('<')) return null;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'XML Spreadsheet 2003';
  if (head.includes('<html') || head.includes('<table') || head.includes('<!doctype')) return 'HTML';
  return head.startsWith('<?xml') ? 'XML' : null;
}

/**
 * Recognises a file by its bytes:
 * - empty (or only white space) → refused `import.empty_file`;
 * - a ZIP with `[Content_Types].xml` and `xl/workbook.xml` → `xlsx`; `.xlsb` and `.ods` → refused
 *   `import.save_as_xlsx`; a ZIP whose directory cannot be read → `import.unreadable_workbook`; any
 *   other ZIP → `import.not_a_workbook`;
 * - an OLE2 file (legacy .xls) → `import.save_as_xlsx` with format `.xls`, or
 *   `import.encrypted_workbook` for a password-protected .xlsx;
 * - text (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1256) without binary control
 *   characters → `csv` with its encoding (the text is decoded as it is parsed); HTML or XML text →
 *   `import.save_as_xlsx`;
 * - anything else → `import.not_a_spreadsheet`.
 */
export function sniffFile(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return refuse('import.empty_file');
  if (looksLikeZip(bytes)) return sniffZip(bytes);
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte)) return sniffOle(bytes);
  const bom = encodingFromBom(bytes);
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be';
  if (!utf16 && looksBinary(bytes)) return refuse('import.not_a_spreadsheet');
  const encoding = detectEncoding(bytes);
  if (isBlankText(bytes, encoding)) return refuse('import.empty_file');
  const head = decodedHead(bytes, encoding, TEXT_SAMPLE);
  // UTF-16 is judged by its characters rather than its bytes (half of which are NUL).
  if (utf16 && hasControlCharacter(head)) return refuse('import.not_a_spreadsheet');
  const markup = markupFormat(head);
  if (markup) return saveAs(markup);
  return { kind: 'csv', encoding };
}
