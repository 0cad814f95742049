import { describe, expect, it } from 'vitest';
import { csvRows, detectDelimiter, readCsv } from './csv.ts';
import { decodedSlices } from './decode.ts';
import { encodeWindows1256 } from './fixtures.test-helpers.ts';
import { sniffFile } from './sniff.ts';

describe('detectDelimiter', () => {
  it('takes the commonest candidate in the header line', () => {
    expect(detectDelimiter('کد ملی,نام,نام خانوادگی\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('کد ملی;نام;نام خانوادگی\n1,2')).toBe(';');
    expect(detectDelimiter('کد ملی\tنام\tنام خانوادگی')).toBe('\t');
    expect(detectDelimiter('کد ملی؛نام؛نام خانوادگی')).toBe('\u061b');
  });

  it('ignores delimiters inside quotes, and falls back to a comma for one column', () => {
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('نام\nعلی')).toBe(',');
  });
});

describe('readCsv', () => {
  it('keeps quoted commas, quotes and line breaks in one cell, and numbers rows as Excel does', async () => {
    const text = 'نام,نشانی,توضیحات\r\nعلی,"تهران، خیابان ۱, پلاک ۲","گفت ""سلام""\r\nو رفت"\r\nرضا,قم,\r\n';
    expect(await readCsv(text)).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['نام', 'نشانی', 'توضیحات'] },
        { row: 2, cells: ['علی', 'تهران، خیابان ۱, پلاک ۲', 'گفت "سلام"\r\nو رفت'] },
        { row: 3, cells: ['رضا', 'قم', ''] },
      ],
    });
  });

  it('skips blank lines but counts them, and ignores trailing empty lines', async () => {
    const result = await readCsv('نام,سن\n\nعلی,30\n,\n\nرضا,40\n\n\n\n');
    expect(result).toEqual({ ok: true, rows: [{ row: 1, cells: ['نام', 'سن'] }, { row: 3, cells: ['علی', '30'] }, { row: 6, cells: ['رضا', '40'] }] });
  });

  it('reads ; and tab delimited files', async () => {
    expect(await readCsv('کد ملی;نام\r\n0013542419;علی\r\n')).toEqual({ ok: true, rows: [{ row: 1, cells: ['کد ملی', 'نام'] }, { row: 2, cells: ['0013542419', 'علی'] }] });
    expect(await readCsv('کد ملی\tنام\n0013542419\tعلی, رضا')).toMatchObject({ ok: true, rows: [{}, { cells: ['0013542419', 'علی, رضا'] }] });
  });

  it('keeps cells as written: leading zeros, spaces, ragged rows', async () => {
    const result = await readCsv('a,b,c\n007, x ,\n1\n1,2,3,4');
    expect(result).toEqual({ ok: true, rows: [{ row: 1, cells: ['a', 'b', 'c'] }, { row: 2, cells: ['007', ' x ', ''] }, { row: 3, cells: ['1'] }, { row: 4, cells: ['1', '2', '3', '4'] }] });
  });

  it('keeps a stray quote inside an unquoted value', async () => {
    expect(await readCsv('نام\nعلی "رضا"')).toMatchObject({ ok: true, rows: [{}, { cells: ['علی "رضا"'] }] });
  });

  it('refuses a quote that is never closed, naming the row where it opens', async () => {
    expect(await readCsv('نام,سن\nعلی,30\n"رضا,40\nحسن,50\n')).toEqual({ ok: false, code: 'import.malformed_csv', params: { row: 3 } });
  });

  it('stops at one row past the limit with too_many_rows', async () => {
    const header = 'کد ملی,نام\n';
    const rows = (count: number) => header + Array.from({ length: count }, (_, i) => `${i},x`).join('\n');
    expect(await readCsv(rows(5), { maxRows: 5 })).toMatchObject({ ok: true, rows: { length: 6 } });
    expect(await readCsv(rows(6), { maxRows: 5 })).toEqual({ ok: false, code: 'import.too_many_rows', params: { max: 5 } });
  });

  it('does not read past the limit: a huge file stops early', async () => {
    const text = `a\n${'1\n'.repeat(2_000_000)}`;
    let seen = 0;
    await expect(async () => {
      for await (const row of csvRows(text, { maxRows: 10 })) seen = row.row;
    }).rejects.toMatchObject({ code: 'import.too_many_rows' });
    expect(seen).toBe(11);
  });

  it('reads a file from bytes to rows in UTF-8 with BOM and in Windows-1256', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('کد ملی;نام\r\n0013542419;علی\r\n')]);
    const sniffed = sniffFile(withBom);
    expect(sniffed).toMatchObject({ kind: 'csv', encoding: 'utf-8-bom' });
    // Slices of five bytes cut Persian letters (two bytes each) in half: the rows come out whole.
    expect(await readCsv(decodedSlices(withBom, 'utf-8-bom', 5))).toEqual({ ok: true, rows: [{ row: 1, cells: ['کد ملی', 'نام'] }, { row: 2, cells: ['0013542419', 'علی'] }] });

    const legacy = sniffFile(encodeWindows1256('نام,نام خانوادگي\r\nعلي,"كريمي, زاده"\r\n'));
    expect(legacy).toMatchObject({ kind: 'csv', encoding: 'windows-1256' });
    const legacyBytes = encodeWindows1256('نام,نام خانوادگي\r\nعلي,"كريمي, زاده"\r\n');
    expect(await readCsv(decodedSlices(legacyBytes, 'windows-1256', 3))).toMatchObject({ ok: true, rows: [{ cells: ['نام', 'نام خانوادگي'] }, { cells: ['علي', 'كريمي, زاده'] }] });
  });
});
