import { describe, expect, it } from 'vitest';
import { encodeWindows1256, makeXlsx, makeZip } from './fixtures.test-helpers.ts';
import { sniffFile } from './sniff.ts';
import { zipEntryNames } from './zip.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Deterministic "random" bytes (a linear congruential generator), so the test never flakes. */
function randomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The first sector of an OLE2 compound file, with a directory entry named `stream` (UTF-16LE). */
function oleFile(stream: string): Uint8Array {
  const header = new Uint8Array(1024);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set(Buffer.from(stream, 'utf16le'), 512);
  return header;
}

async function workbook(): Promise<Uint8Array> {
  return makeXlsx((book) => book.addWorksheet('ساکنان').addRow(['کد ملی', 'نام']));
}

describe('sniffFile', () => {
  it('refuses an empty file, and one of only white space', () => {
    expect(sniffFile(new Uint8Array())).toEqual({ kind: 'refused', code: 'import.empty_file' });
    expect(sniffFile(utf8(' \r\n\r\n\t'))).toEqual({ kind: 'refused', code: 'import.empty_file' });
    expect(sniffFile(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ kind: 'refused', code: 'import.empty_file' });
  });

  it('recognises an .xlsx by its zip entries', async () => {
    const bytes = await workbook();
    expect(zipEntryNames(bytes)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(sniffFile(bytes)).toEqual({ kind: 'xlsx' });
  });

  it('refuses a zip that is not a workbook (a .docx, a zipped CSV)', async () => {
    const docx = await makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(sniffFile(docx)).toEqual({ kind: 'refused', code: 'import.not_a_workbook' });
    expect(sniffFile(await makeZip({ 'people.csv': 'a,b\n1,2' }))).toEqual({ kind: 'refused', code: 'import.not_a_workbook' });
  });

  it('asks for .xlsx or CSV instead of .xlsb and .ods', async () => {
    const xlsb = await makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'x' });
    expect(sniffFile(xlsb)).toEqual({ kind: 'refused', code: 'import.save_as_xlsx', params: { format: '.xlsb' } });
    // jszip stores small entries uncompressed when told to; ODS requires it for mimetype.
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content/>');
    const ods = await zip.generateAsync({ type: 'uint8array' });
    expect(sniffFile(ods)).toEqual({ kind: 'refused', code: 'import.save_as_xlsx', params: { format: '.ods' } });
  });

  it('calls a zip whose directory cannot be read (a cut-off upload) unreadable', async () => {
    const bytes = await workbook();
    expect(sniffFile(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual({ kind: 'refused', code: 'import.unreadable_workbook' });
  });

  it('refuses a legacy .xls with "save as xlsx or csv", and an encrypted workbook with "remove the password"', () => {
    expect(sniffFile(oleFile('Workbook'))).toEqual({ kind: 'refused', code: 'import.save_as_xlsx', params: { format: '.xls' } });
    expect(sniffFile(oleFile('EncryptedPackage'))).toEqual({ kind: 'refused', code: 'import.encrypted_workbook' });
  });

  it('reads text as CSV in each encoding Persian Excel writes', () => {
    expect(sniffFile(utf8('کد ملی,نام\n0013542419,علی'))).toEqual({ kind: 'csv', encoding: 'utf-8' });
    expect(sniffFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('نام\nعلی')]))).toEqual({ kind: 'csv', encoding: 'utf-8-bom' });
    expect(sniffFile(encodeWindows1256('نام,نام پدر\nعلي,حسن'))).toEqual({ kind: 'csv', encoding: 'windows-1256' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('نام\tسن\r\nعلی\t۳۰', 'utf16le')]);
    expect(sniffFile(utf16)).toEqual({ kind: 'csv', encoding: 'utf-16le' });
  });

  it('refuses random bytes, an image, and text with NUL bytes as not a spreadsheet', () => {
    expect(sniffFile(randomBytes(4096))).toEqual({ kind: 'refused', code: 'import.not_a_spreadsheet' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(sniffFile(png)).toEqual({ kind: 'refused', code: 'import.not_a_spreadsheet' });
    expect(sniffFile(utf8('a,b\n1,\u00002'))).toEqual({ kind: 'refused', code: 'import.not_a_spreadsheet' });
    expect(sniffFile(new Uint8Array([0xff, 0xfe, ...Buffer.from('a\u0001b', 'utf16le')]))).toEqual({ kind: 'refused', code: 'import.not_a_spreadsheet' });
  });

  it('asks for .xlsx or CSV instead of an HTML table or XML saved under an .xls name', () => {
    const html = utf8('<html><body><table><tr><td>نام</td></tr></table></body></html>');
    expect(sniffFile(html)).toEqual({ kind: 'refused', code: 'import.save_as_xlsx', params: { format: 'HTML' } });
    const xml = utf8('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>');
    expect(sniffFile(xml)).toEqual({ kind: 'refused', code: 'import.save_as_xlsx', params: { format: 'XML Spreadsheet 2003' } });
  });
});
