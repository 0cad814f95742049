import { describe, expect, it } from 'vitest';
import { encodeWindows1256, makeXlsx } from './fixtures.test-helpers.ts';
import { type ImportRecord, type ImportRowError, type SheetRow, collectRows, createDuplicateTracker, csvRows, decodedSlices, fieldColumns, fieldValues, findHeaderRow, mapHeaders, normalizeImportRow, sniffFile, xlsxRows } from './index.ts';

type Parsed = { refused: string } | { missing: string[]; duplicates: unknown[]; records: ImportRecord[]; errors: ImportRowError[] };

/** The whole parsing side, as the import service will run it: bytes in, records and row errors out. */
async function parseFile(bytes: Uint8Array): Promise<Parsed> {
  const sniffed = sniffFile(bytes);
  if (sniffed.kind === 'refused') return { refused: sniffed.code };
  const rows = await collectRows(sniffed.kind === 'csv' ? csvRows(decodedSlices(bytes, sniffed.encoding)) : xlsxRows(bytes));
  if (!rows.ok) return { refused: rows.code };
  const headerIndex = findHeaderRow(rows.rows);
  const headers = rows.rows[headerIndex]!.cells;
  const { mapping, missing, duplicates } = mapHeaders(headers);
  const columns = fieldColumns(headers, mapping);
  const tracker = createDuplicateTracker(columns);
  const records: ImportRecord[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows.rows.slice(headerIndex + 1) as SheetRow[]) {
    const outcome = normalizeImportRow(row.row, fieldValues(row.cells, mapping), columns, { today: '2024-03-20' });
    if (!outcome.ok) {
      errors.push(...outcome.errors);
      continue;
    }
    const duplicate = tracker.check(outcome.record);
    if (duplicate) errors.push(duplicate);
    else records.push(outcome.record);
  }
  return { missing, duplicates, records, errors };
}

describe('parsing a file from bytes to records', () => {
  it('reads a Windows-1256, ;-delimited CSV with a title row, Arabic letters and bad rows', async () => {
    const csv = [
      'فهرست خانوارهاي محله اسلام آباد;;;;;',
      'رديف;كد ملي;نام;نام خانوادگي;جنسيت;تاريخ تولد',
      '1;13542419;علي;كريمي;مرد;1365/5/12',
      '2;0013542418;زهرا;;زن;1401/07/31',
      '3;0013542419;رضا;كريمي;مرد;',
      '',
    ].join('\r\n');
    const result = await parseFile(encodeWindows1256(csv));
    expect(result).toMatchObject({ missing: [], duplicates: [] });
    if (!('records' in result)) throw new Error('refused');
    expect(result.records).toEqual([expect.objectContaining({ row: 3, person: expect.objectContaining({ nationalId: '0013542419', firstName: 'علی', lastName: 'کریمی', birthDate: '1986-08-03' }) })]);
    expect(result.errors.map(({ row, column, code }) => [row, column, code])).toEqual([
      [4, 'كد ملي', 'residents.invalid_national_id'],
      [4, 'نام خانوادگي', 'import.required_value'],
      [4, 'تاريخ تولد', 'date.invalid_jalali'],
      [5, 'كد ملي', 'import.duplicate_in_file'],
    ]);
  });

  it('reads an .xlsx with national IDs stored as numbers and birth dates as date cells', async () => {
    const bytes = await makeXlsx((book) => {
      const sheet = book.addWorksheet('ساکنان');
      sheet.addRow(['کد ملی', 'نام', 'نام خانوادگی', 'جنسیت', 'تاریخ تولد', 'سن']);
      sheet.addRow([13542419, 'علی', 'کریمی', 'مرد', new Date(Date.UTC(1986, 7, 3)), 37]);
      sheet.addRow([84575948, 'زهرا', 'احمدی', 2, '۱۳۷۰/۰۱/۰۱', 33]);
    });
    const result = await parseFile(bytes);
    if (!('records' in result)) throw new Error('refused');
    expect(result.errors).toEqual([]);
    expect(result.records.map((record) => [record.row, record.person.nationalId, record.person.sex, record.person.birthDate])).toEqual([
      [2, '0013542419', 'male', '1986-08-03'],
      [3, '0084575948', 'female', '1991-03-21'],
    ]);
  });

  it('refuses a file that is not a spreadsheet before reading it', async () => {
    expect(await parseFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0x01]))).toEqual({ refused: 'import.not_a_spreadsheet' });
  });
});
