/**
 * Byte-level fixtures for the import's tests: files as Persian Excel writes them, built in the
 * test rather than checked in, so each test shows exactly what its file holds.
 */
import { checkDigit } from '../residents.synthetic-ids.ts';

/** Encodes text as Windows-1256, with the table taken from the platform's own decoder (bytes 0x80–0xFF). */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const byChar = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) byChar.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text], (char) => {
    if (char.charCodeAt(0) < 0x80) return char.charCodeAt(0);
    const byte = byChar.get(char);
    if (byte === undefined) throw new Error(`Not in Windows-1256: ${char} (U+${char.charCodeAt(0).toString(16)})`);
    return byte;
  });
}

/** A national ID with the right check digit for nine leading digits. */
export function withCheckDigit(nineDigits: string): string {
  return `${nineDigits}${checkDigit(nineDigits)}`;
}

/** An .xlsx built with exceljs: `build` fills the workbook. */
export async function makeXlsx(build: (workbook: import('exceljs').Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A ZIP archive that is not a workbook (a Word document's entries), built with jszip. */
export async function makeZip(entries: Record<string, string>): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * The same archive with its entries in another order (the rest after them, as they were). Excel,
 * LibreOffice and exceljs order a workbook's parts differently, and a streaming reader sees them
 * in that order.
 */
export async function reorderZip(bytes: Uint8Array, first: readonly string[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(bytes);
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  const ordered = [...first.filter((name) => names.includes(name)), ...names.filter((name) => !first.includes(name))];
  const zip = new JSZip();
  for (const name of ordered) zip.file(name, await source.files[name]!.async('uint8array'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
