import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { createNeighborhood } from './geography.factories.ts';
import type { Neighborhood } from './geography.schemas.ts';

let t: TestApp;
let admin: TestSession;
const token = `exp${Date.now().toString(36)}`;
let rows: Neighborhood[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'export-admin', role: 'admin' });
  rows = [
    await createNeighborhood(t, admin, { nameFa: 'کوی فرهنگیان', nameEn: `${token} one`, severity: 'very_severe', population: 5000, households: 1200 }),
    await createNeighborhood(t, admin, { nameFa: '=HYPERLINK("http://evil.example","کلیک")', nameEn: `${token} two`, severity: 'very_severe', population: 3000, households: 800 }),
    await createNeighborhood(t, admin, { nameFa: 'محله کم‌برخوردار دیگر', nameEn: `+${token} three`, severity: 'weak', population: 1000, households: 300 }),
  ];
  // Another neighbourhood the filters must leave out.
  await createNeighborhood(t, admin, { nameFa: 'بیرون از فیلتر', nameEn: 'outside the filter', severity: 'very_severe' });
});

afterAll(async () => {
  await t?.close();
});

async function download(query: string, session: TestSession = admin) {
  return t.app.inject({ method: 'GET', url: `/api/v1/neighborhoods/export.xlsx?${query}`, headers: session.headers });
}

async function open(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const result: ExcelJS.Row[] = [];
  sheet.eachRow((row, index) => {
    if (index > 1) result.push(row);
  });
  return result;
}

describe('exporting neighbourhoods to Excel', () => {
  it('answers an xlsx file with a right-to-left sheet and Persian headers', async () => {
    const response = await download(`q=${token}&sort=-population`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="neighborhoods.xlsx"; filename*=UTF-8''${encodeURIComponent('محلات.xlsx')}`);
    const body = response.rawPayload;
    // An xlsx file is a zip archive: it starts with the local file header "PK\x03\x04".
    expect([...body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    const sheet = await open(body);
    expect(sheet.name).toBe('محلات');
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['کد', 'نام محله', 'نام انگلیسی', 'استان', 'شهرستان', 'شهر', 'جمعیت', 'خانوار']);
    expect(header).toContain('شدت محرومیت');
    expect(header).toContain('دستگاه متولی');
    expect(sheet.getRow(1).font?.bold).toBe(true);

    const data = dataRows(sheet);
    expect(data.map((row) => row.getCell(1).value)).toEqual(rows.map((n) => n.code));
    const first = data[0]!;
    expect(first.getCell(2).value).toBe('کوی فرهنگیان');
    expect(first.getCell(4).value).toBe('البرز');
    expect(first.getCell(5).value).toBe('کرج');
    expect(first.getCell(6).value).toBe('کرج');
    expect(first.getCell(7).value).toBe(5000);
    expect(first.getCell(8).value).toBe(1200);
    expect(first.getCell(11).value).toBe('خیلی شدید');
    expect(first.getCell(12).value).toBe('نامزد');
    expect(first.getCell(13).value).toBe('سازمان بهزیستی کشور');
  });

  it('writes formula-like names as text, never as formulas', async () => {
    const sheet = await open((await download(`q=${token}&sort=-population`)).rawPayload);
    const data = dataRows(sheet);
    const formulaName = data[1]!.getCell(2);
    expect(formulaName.type).toBe(ExcelJS.ValueType.String);
    expect(formulaName.value).toBe(`'${rows[1]!.nameFa}`);
    const plusName = data[2]!.getCell(3);
    expect(plusName.type).toBe(ExcelJS.ValueType.String);
    expect(plusName.value).toBe(`'+${token} three`);
    sheet.eachRow((row) => {
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    });
  });

  it('exports only the rows the filters select', async () => {
    const sheet = await open((await download(`q=${token}&severity=very_severe&sort=population`)).rawPayload);
    expect(dataRows(sheet).map((row) => row.getCell(1).value)).toEqual([rows[1]!.code, rows[0]!.code]);
    const none = await open((await download('q=nothing-matches-this')).rawPayload);
    expect(dataRows(none)).toHaveLength(0);
    expect((none.getRow(1).values as unknown[])[1]).toBe('کد');
  });

  it('records the export in the audit log with its filters and row count', async () => {
    const response = await download(`q=${token}&severity=weak`);
    expect(response.statusCode).toBe(200);
    const entry = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'export')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entity: 'neighborhood', entity_id: null, actor_username: 'export-admin', ip: '127.0.0.1' });
    expect(entry.after).toMatchObject({ rows: 1, filters: { q: token, severity: 'weak' } });
  });

  it('refuses bad filters with 400 and a viewer with 403, writing no audit entry', async () => {
    const before = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).where('action', '=', 'export').executeTakeFirstOrThrow();
    const bad = await download('severity=extreme');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'severity' }] });
    const viewer = await t.signIn({ username: 'export-viewer', role: 'viewer' });
    const refused = await download('', viewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'auth.forbidden' });
    const after = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).where('action', '=', 'export').executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
