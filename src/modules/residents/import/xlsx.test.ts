import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeXlsx, makeZip, reorderZip } from './fixtures.test-helpers.ts';
import { readXlsx, xlsxRows } from './xlsx.ts';

async function peopleWorkbook(): Promise<Uint8Array> {
  return makeXlsx((book) => {
    const sheet = book.addWorksheet('ساکنان');
    sheet.addRow(['کد ملی', 'نام', 'تاریخ تولد', 'دو برابر', 'بیمه', 'نشانی', 'محاسبه', 'تاریخ محاسبه‌شده']);
    // A national ID typed as a number: Excel dropped its leading zeros.
    sheet.addRow([
      13542419,
      'علي',
      new Date(Date.UTC(1990, 4, 6)),
      { formula: 'A2*2', result: 27084838 },
      true,
      { richText: [{ text: 'تهران، ' }, { text: 'خیابان آزادی', font: { bold: true } }] },
      { formula: 'CONCATENATE("a","b")', result: 'ab' },
      { formula: 'C2+1', result: 33000 },
    ]);
    sheet.getCell('H2').numFmt = 'yyyy/mm/dd';
    sheet.addRow([]);
    sheet.addRow(['0012345678', { text: 'پیوند', hyperlink: 'https://example.org' }, 0.1 + 0.2, '', false]);
  });
}

describe('readXlsx', () => {
  it('reads the first sheet with numbers as digits, dates as ISO, formulas by result, rich text joined', async () => {
    const result = await readXlsx(await peopleWorkbook());
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['کد ملی', 'نام', 'تاریخ تولد', 'دو برابر', 'بیمه', 'نشانی', 'محاسبه', 'تاریخ محاسبه‌شده'] },
        { row: 2, cells: ['13542419', 'علي', '1990-05-06', '27084838', 'TRUE', 'تهران، خیابان آزادی', 'ab', '1990-05-07'] },
        // Row 3 is empty and skipped; numbering follows Excel.
        { row: 4, cells: ['0012345678', 'پیوند', '0.3', '', 'FALSE'] },
      ],
    });
  });

  it('reads the parts in whatever order the zip holds them (Excel\'s, and shared strings before the sheet)', async () => {
    const bytes = await peopleWorkbook();
    const expected = await readXlsx(bytes);
    const excelOrder = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/theme/theme1.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
    expect(await readXlsx(await reorderZip(bytes, excelOrder))).toEqual(expected);
    const streamingOrder = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'];
    expect(await readXlsx(await reorderZip(bytes, streamingOrder))).toEqual(expected);
  });

  it('keeps every Persian letter whole across the reader\'s chunks, in shared strings and in the sheet', async () => {
    // Thousands of distinct Persian strings make the shared strings and the sheet span many of the
    // 16 KB chunks the zip is inflated in: exceljs cut letters in two at their edges.
    const words = ['ترک تحصیل', 'از کار افتاده', 'بیمه دارد', 'غیررسمی', 'سرپرست', 'زن'];
    const expected = Array.from({ length: 4_000 }, (_, index) => [`${words[index % words.length]} ${index}`, `علی‌رضا ${index}`, words[(index * 7) % words.length]!]);
    const bytes = await makeXlsx((book) => {
      const sheet = book.addWorksheet('ساکنان');
      for (const row of expected) sheet.addRow(row);
    });
    const rows: string[][] = [];
    for await (const row of xlsxRows(bytes)) rows.push(row.cells);
    expect(rows.flat().filter((cell) => cell.includes('\uFFFD'))).toEqual([]);
    expect(rows).toEqual(expected);
  });

  it('reads from a stream and from a file path as well as from bytes', async () => {
    const bytes = await peopleWorkbook();
    expect(await readXlsx(Readable.from([Buffer.from(bytes)]))).toMatchObject({ ok: true, rows: { length: 3 } });
    const folder = mkdtempSync(join(tmpdir(), 'tavana-xlsx-'));
    try {
      const path = join(folder, 'people.xlsx');
      writeFileSync(path, bytes);
      expect(await readXlsx(path)).toMatchObject({ ok: true, rows: { length: 3 } });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('takes the first visible sheet in tab order, skipping hidden ones', async () => {
    const bytes = await makeXlsx((book) => {
      const hidden = book.addWorksheet('lists');
      hidden.state = 'hidden';
      hidden.addRow(['مرد', 'زن']);
      book.addWorksheet('people').addRow(['نام']);
      book.addWorksheet('other').addRow(['x']);
    });
    expect(await readXlsx(bytes)).toEqual({ ok: true, rows: [{ row: 1, cells: ['نام'] }] });
  });

  it('stops with too_many_rows one row past the limit', async () => {
    const bytes = await makeXlsx((book) => {
      const sheet = book.addWorksheet('s');
      sheet.addRow(['کد ملی', 'نام']);
      for (let i = 0; i < 500; i++) sheet.addRow([i, `name ${i}`]);
    });
    expect(await readXlsx(bytes, { maxRows: 500 })).toMatchObject({ ok: true, rows: { length: 501 } });
    expect(await readXlsx(bytes, { maxRows: 20 })).toEqual({ ok: false, code: 'import.too_many_rows', params: { max: 20 } });
    let last = 0;
    await expect(async () => {
      for await (const row of xlsxRows(bytes, { maxRows: 20 })) last = row.row;
    }).rejects.toMatchObject({ code: 'import.too_many_rows' });
    expect(last).toBe(21);
  });

  it('leaves no temporary file behind, however the reading stops', async () => {
    // exceljs parks sheets stored before the shared strings in files named tmp-<pid>-…
    const ours = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));
    const settled = async () => {
      for (let i = 0; i < 50 && ours().length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      return ours();
    };
    const bytes = await makeXlsx((book) => {
      const sheet = book.addWorksheet('s');
      for (let i = 0; i < 200; i++) sheet.addRow([i, `name ${i}`]);
      book.addWorksheet('second').addRow(['x']);
    });
    expect(await readXlsx(bytes)).toMatchObject({ ok: true });
    expect(await settled()).toEqual([]);
    expect(await readXlsx(bytes, { maxRows: 5 })).toMatchObject({ ok: false, code: 'import.too_many_rows' });
    expect(await settled()).toEqual([]);
    for await (const row of xlsxRows(bytes)) if (row.row === 3) break;
    expect(await settled()).toEqual([]);
  });

  it('refuses a zip that is not a workbook, a damaged workbook, and a workbook without sheets', async () => {
    const docx = await makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(await readXlsx(docx)).toEqual({ ok: false, code: 'import.empty_file', params: {} });
    const bytes = await peopleWorkbook();
    expect(await readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual({ ok: false, code: 'import.unreadable_workbook', params: {} });
    expect(await readXlsx(new TextEncoder().encode('not a zip at all'))).toEqual({ ok: false, code: 'import.unreadable_workbook', params: {} });
  });
});
