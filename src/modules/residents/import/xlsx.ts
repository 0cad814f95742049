/**
 * The first worksheet of an .xlsx as rows of text, read with exceljs's streaming WorkbookReader:
 * rows are parsed from the zip as they are needed, so a 100,000-row workbook never becomes one
 * model in memory beside its bytes.
 */
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { cellText } from './cell-text.ts';
import { SheetError, type ReadOptions, type SheetResult, type SheetRow, collectRows, isBlankRow, rowLimiter } from './sheet.ts';

/** The workbook: its bytes, a readable stream of them, or the path of an uploaded file. */
export type XlsxSource = Uint8Array | Readable | string;

interface SheetInfo {
  name: string;
  state?: string;
}

interface StreamedRow {
  number: number;
  cellCount: number;
  getCell(column: number): { value: unknown; numFmt?: string };
}

function toStream(source: Uint8Array | Readable): Readable {
  if (source instanceof Readable) return source;
  return Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]);
}

function rowCells(row: StreamedRow): string[] {
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const cell = row.getCell(column);
    cells.push(cellText(cell.value as Parameters<typeof cellText>[0], cell.numFmt));
  }
  return cells;
}

/** Text decoded across chunk boundaries: a letter whose bytes two chunks share comes out whole. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

type ZipEntry = { setEncoding?: (encoding: BufferEncoding) => unknown };
interface ReaderInternals {
  _parseRels(entry: ZipEntry): unknown;
  _parseWorkbook(entry: ZipEntry): unknown;
  _parseSharedStrings(entry: ZipEntry): unknown;
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
}

/**
 * exceljs's streaming reader decodes every inflated chunk of 16 KB on its own, so a Persian letter
 * whose two bytes fall on either side of a chunk's edge became two U+FFFD, and a row was refused
 * for an "unknown value" it did not have (exceljs issues #2063, #2316; the fixes were never
 * released). The reader takes text as readily as bytes, so it is handed text decoded across the
 * edges: its entries are set to UTF-8, and its worksheets (read from the zip or from the temporary
 * file it parks them in) pass through a streaming decoder.
 */
function decodeAcrossChunks(reader: object): void {
  const internals = reader as ReaderInternals;
  for (const method of ['_parseRels', '_parseWorkbook', '_parseSharedStrings'] as const) {
    const original = internals[method];
    internals[method] = function (this: unknown, entry: ZipEntry) {
      entry.setEncoding?.('utf8');
      return original.call(this, entry);
    };
  }
  const parseWorksheet = internals._parseWorksheet;
  internals._parseWorksheet = function (this: unknown, chunks: AsyncIterable<Buffer | string>, sheetNo: string) {
    return parseWorksheet.call(this, utf8Text(chunks), sheetNo);
  };
}

/** The workbook's first visible sheet in tab order, or null when workbook.xml did not list any. */
function firstSheetName(reader: object): string | null {
  const sheets = (reader as { model?: { sheets?: SheetInfo[] } }).model?.sheets ?? [];
  return sheets.find((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')?.name ?? null;
}

/**
 * Yields the non-blank rows of the workbook's first visible worksheet (in tab order), numbered as
 * Excel numbers them, each cell as text (see {@link cellText}). Other sheets are skipped unread.
 *
 * exceljs parks a worksheet in a temporary file when the zip stores it before the shared strings
 * (Excel and exceljs both do), and deletes the file only when its own iteration moves past that
 * sheet. So however we stop (the row limit, the caller breaking off), the workbook iteration is
 * run to its end without reading further sheets: otherwise every import would leave a copy of
 * its sheet in the temporary folder until the server stops.
 *
 * @throws SheetError `import.too_many_rows` as soon as the limit is passed, `import.unreadable_workbook`
 *   when the zip or its XML is damaged, `import.empty_file` when there is no worksheet
 */
export async function* xlsxRows(source: XlsxSource, options: ReadOptions = {}): AsyncGenerator<SheetRow> {
  // exceljs is large; loading it on the first import keeps it out of the server's start-up.
  const { default: ExcelJS } = await import('exceljs');
  const stream = typeof source === 'string' ? source : toStream(source);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  decodeAcrossChunks(reader);
  const worksheets = reader[Symbol.asyncIterator]();
  const countRow = rowLimiter(options);
  let sawSheet = false;
  let finished = false;
  try {
    for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
      // The tab order comes from workbook.xml. Excel stores it before the sheets; exceljs stores it
      // last, but then its sheets wait in temporary files (they also precede the shared strings)
      // and arrive after it. Either way the order is known by the time a sheet is emitted.
      const first = firstSheetName(reader);
      const name = (next.value as unknown as SheetInfo).name;
      if (sawSheet || (first !== null && name !== first)) continue;
      sawSheet = true;
      for await (const row of next.value as AsyncIterable<StreamedRow>) {
        const cells = rowCells(row);
        if (isBlankRow(cells)) continue;
        countRow();
        yield { row: row.number, cells };
      }
    }
    finished = true;
  } catch (error) {
    if (error instanceof SheetError) throw error;
    finished = true; // exceljs's iteration ended with its error
    throw new SheetError('import.unreadable_workbook');
  } finally {
    if (!finished) await drain(worksheets);
    if (typeof stream !== 'string') stream.destroy();
  }
  if (!sawSheet) throw new SheetError('import.empty_file');
}

/** Runs exceljs's sheet iteration to its end without reading the sheets, so that it deletes its temporary files. */
async function drain(worksheets: AsyncIterator<unknown>): Promise<void> {
  try {
    while (!(await worksheets.next()).done);
  } catch {
    // A damaged rest of the file: nothing more to clean up than exceljs got to.
  }
}

/** All the non-blank rows of the first worksheet, or why the workbook was refused (see {@link xlsxRows}). */
export function readXlsx(source: XlsxSource, options: ReadOptions = {}): Promise<SheetResult> {
  return collectRows(xlsxRows(source, options));
}
