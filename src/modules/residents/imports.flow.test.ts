import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { analysed, commit, committed, count, csv, encodeWindows1256, makeXlsx, rowsOf, settled, upload, withCheckDigit } from './imports.test-helpers.ts';
import type { ImportJob } from './imports.schemas.ts';

let t: TestApp;
let welfare: TestSession;
let relief: TestSession;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  welfare = await t.signIn({ username: 'imp-behzisti', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' });
  relief = await t.signIn({ username: 'imp-emdad', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'relief-committee' });
});

afterAll(async () => {
  await t?.close();
});

const header = ['کد ملی', 'نام', 'نام خانوادگی', 'نام پدر', 'جنسیت', 'تاریخ تولد', 'نسبت با سرپرست', 'شماره خانوار', 'کد محله', 'تلفن همراه', 'شماره پرونده'];
const head = withCheckDigit('410000001');
const spouse = withCheckDigit('410000002');
const child = withCheckDigit('410000003');
const known = withCheckDigit('410000004');
const linkedAlready = withCheckDigit('410000005');

async function register(session: TestSession, body: Record<string, unknown>) {
  const neighborhood = await t.database.db.selectFrom('neighborhoods').select('id').where('code', '=', '20-001').executeTakeFirstOrThrow();
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/persons', headers: session.headers, payload: { neighborhoodId: neighborhood.id, sex: 'female', fatherName: '', ...body } });
  expect(response.statusCode, response.body).toBe(201);
}

describe('importing residents from a spreadsheet', () => {
  let job: ImportJob;
  const rows = [
    header,
    [head, 'علی', 'کریمی', 'حسن', 'مرد', '1360/05/12', 'سرپرست', '7', '20-001', '09121234567', 'W-1'],
    [spouse, 'زهرا', 'احمدی', 'رضا', 'زن', '1362/01/01', 'همسر', '7', '', '', ''],
    [child, 'سارا', 'کریمی', 'علی', 'زن', '1390/03/03', 'فرزند', '7', '', '', ''],
    [known, 'مریم', 'رحیمی', '', 'زن', '', '', '', '20-001', '', 'W-2'],
    [linkedAlready, 'نرگس', 'حسینی', '', 'زن', '', '', '', '20-001', '09351112233', ''],
  ];
  const file = csv(rows);

  it('analyses in the background: new people, a known person to link, a linked one to update', async () => {
    // One person known to another agency, one already linked to this agency with an old phone.
    await register(relief, { nationalId: known, firstName: 'مریم', lastName: 'رحیمی' });
    await register(welfare, { nationalId: linkedAlready, firstName: 'نرگس', lastName: 'حسینی', phone: '09120000000' });
    const before = [await count(t, 'persons'), await count(t, 'households'), await count(t, 'person_agencies')];
    const response = await upload(t, welfare, 'ساکنان.csv', file);
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toMatchObject({ status: 'analysing', fileKind: 'csv', agencyCode: 'welfare', fileName: 'ساکنان.csv' });
    job = await settled(t, welfare, (response.json() as ImportJob).id);
    expect(job).toMatchObject({ status: 'analysed', missingFields: [], error: null, counts: { rows: 5, create: 3, link: 1, update: 1, unchanged: 0, rejected: 0 } });
    expect(job.headers).toEqual(header);
    expect(job.mapping).toMatchObject({ nationalId: 0, firstName: 1, householdKey: 7, neighborhoodCode: 8 });
    expect(job.fieldLabels.nationalId).toBe('کد ملی');
    expect((await rowsOf(t, welfare, job.id, 'link')).map((row) => [row.row, row.name])).toEqual([[5, 'مریم رحیمی']]);
    // A dry run writes nothing to the registry.
    expect([await count(t, 'persons'), await count(t, 'households'), await count(t, 'person_agencies')]).toEqual(before);
  });

  it('commits in one go: a household with its head, links, updates, one audit entry without personal data', async () => {
    const persons = await count(t, 'persons');
    const audits = await count(t, 'audit_log');
    const done = await committed(t, welfare, job);
    expect(done).toMatchObject({ status: 'committed', counts: { create: 3, link: 1, update: 1 } });
    expect(done.committedAt).not.toBeNull();
    expect(await count(t, 'persons')).toBe(persons + 3);
    const family = await t.database.db.selectFrom('persons').select(['id', 'household_id', 'neighborhood_id', 'national_id']).where('national_id', 'in', [head, spouse, child]).orderBy('national_id').execute();
    expect(new Set(family.map((person) => person.household_id)).size).toBe(1);
    const household = await t.database.db.selectFrom('households').selectAll().where('id', '=', family[0]!.household_id!).executeTakeFirstOrThrow();
    expect(String(household.head_person_id)).toBe(String(family.find((person) => person.national_id === head)!.id));
    const links = await t.database.db.selectFrom('person_agencies').innerJoin('persons', 'persons.id', 'person_agencies.person_id').select(['persons.national_id', 'person_agencies.agency_code', 'person_agencies.case_number']).where('persons.national_id', 'in', [head, known]).orderBy('persons.national_id').orderBy('agency_code').execute();
    expect(links.map((link) => [link.national_id, link.agency_code, link.case_number])).toEqual([
      [head, 'welfare', 'W-1'],
      [known, 'relief-committee', ''],
      [known, 'welfare', 'W-2'],
    ]);
    const updated = await t.database.db.selectFrom('persons').select(['phone', 'first_name']).where('national_id', '=', linkedAlready).executeTakeFirstOrThrow();
    expect(updated).toEqual({ phone: '09351112233', first_name: 'نرگس' });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'import_job').execute();
    expect(audit).toHaveLength(1);
    expect(await count(t, 'audit_log')).toBe(audits + 1);
    expect(JSON.stringify(audit[0]!.after)).not.toMatch(/کریمی|410000/);
  });

  it('answers the same file again with the committed job, and writes nothing', async () => {
    const persons = await count(t, 'persons');
    const response = await upload(t, welfare, 'again.csv', file);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: job.id, status: 'committed', alreadyImported: true });
    expect(await count(t, 'persons')).toBe(persons);
  });

  it('finds the same rows in another file (an .xlsx) all unchanged, and writes no person, household or link', async () => {
    const bytes = await makeXlsx((book) => {
      const sheet = book.addWorksheet('ساکنان');
      for (const row of rows) sheet.addRow(row);
    });
    const before = [await count(t, 'persons'), await count(t, 'households'), await count(t, 'person_agencies')];
    const again = await analysed(t, welfare, 'ساکنان.xlsx', bytes);
    expect(again).toMatchObject({ status: 'analysed', fileKind: 'xlsx', counts: { rows: 5, create: 0, link: 0, update: 0, unchanged: 5, rejected: 0 } });
    expect(await committed(t, welfare, again)).toMatchObject({ status: 'committed' });
    expect([await count(t, 'persons'), await count(t, 'households'), await count(t, 'person_agencies')]).toEqual(before);
  });

  it('reads a Windows-1256 CSV with a title row and Arabic letters end to end', async () => {
    const id = withCheckDigit('410000009');
    const text = ['فهرست خانوارهاي محله ناسار;;;;', 'كد ملي;نام;نام خانوادگي;جنسيت;كد محله', `${id};علي;كريمي;مرد;20-001`, ''].join('\r\n');
    const job1256 = await analysed(t, relief, 'list.csv', encodeWindows1256(text));
    expect(job1256).toMatchObject({ status: 'analysed', counts: { create: 1, rejected: 0 } });
    expect(await committed(t, relief, job1256)).toMatchObject({ status: 'committed' });
    const person = await t.database.db.selectFrom('persons').select(['first_name', 'last_name']).where('national_id', '=', id).executeTakeFirstOrThrow();
    expect(person).toEqual({ first_name: 'علی', last_name: 'کریمی' });
  });

  it('lists the caller’s jobs, offers the report and the template as RTL workbooks', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: welfare.headers });
    expect(list.json()).toMatchObject({ total: 2, page: 1 });
    const exports = await count(t, 'audit_log');
    const report = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/report.xlsx`, headers: welfare.headers });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['خلاصه', 'ردیف‌های ردشده']);
    expect(book.worksheets[0]!.views[0]).toMatchObject({ rightToLeft: true });
    expect(await count(t, 'audit_log')).toBe(exports + 1);
    const template = await t.app.inject({ method: 'GET', url: '/api/v1/imports/template.xlsx', headers: welfare.headers });
    expect(template.statusCode).toBe(200);
    const templateBook = new ExcelJS.Workbook();
    await templateBook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect((templateBook.worksheets[0]!.getRow(1).values as string[]).slice(1, 4)).toEqual(['کد ملی', 'دلیل نداشتن کد ملی', 'نام']);
  });

  it('puts a new member into the household of a family member already registered, where that household lives', async () => {
    const mother = withCheckDigit('410000006');
    const son = withCheckDigit('410000007');
    const [home, elsewhere] = await t.database.db.selectFrom('neighborhoods').select('code').where('province_code', '=', '20').orderBy('code').limit(2).execute();
    await committed(t, welfare, await analysed(t, welfare, 'mother.csv', csv([header, [mother, 'مریم', 'رحیمی', '', 'زن', '1365/01/01', 'سرپرست', '9', home!.code, '', '']])));
    const registered = await t.database.db.selectFrom('persons').select(['household_id', 'neighborhood_id']).where('national_id', '=', mother).executeTakeFirstOrThrow();
    expect(registered.household_id).not.toBeNull();
    // The son's row names another neighbourhood and no head: he joins his mother's household, where it lives.
    const family = csv([header, [mother, 'مریم', 'رحیمی', '', 'زن', '', '', '12', '', '', ''], [son, 'رضا', 'رحیمی', '', 'مرد', '1395/01/01', 'فرزند', '12', elsewhere!.code, '', '']]);
    const households = await count(t, 'households');
    const done = await committed(t, welfare, await analysed(t, welfare, 'family.csv', family));
    expect(done).toMatchObject({ status: 'committed', counts: { create: 1, unchanged: 1, rejected: 0 } });
    const placed = await t.database.db.selectFrom('persons').select(['household_id', 'neighborhood_id']).where('national_id', '=', son).executeTakeFirstOrThrow();
    expect(placed).toEqual(registered);
    expect(await count(t, 'households')).toBe(households);
  });

  it('refuses to commit twice or with a stale version', async () => {
    const response = await commit(t, welfare, job);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'import.not_ready' });
  });
});

describe('a registry that moves between the dry run and the commit', () => {
  it('links a person registered after the dry run instead of creating them twice, and keeps the rest of the plan', async () => {
    const late = withCheckDigit('410000021');
    const fresh = withCheckDigit('410000022');
    const job = await analysed(t, welfare, 'late.csv', csv([header, [late, 'پریسا', 'صادقی', '', 'زن', '', '', '', '20-001', '', ''], [fresh, 'کاوه', 'صادقی', '', 'مرد', '', '', '', '20-001', '', '']]));
    expect(job.counts).toMatchObject({ create: 2, link: 0 });
    // Another agency registers one of them while the user reads the report.
    await register(relief, { nationalId: late, firstName: 'پریسا', lastName: 'صادقی' });
    const persons = await count(t, 'persons');
    const done = await committed(t, welfare, job);
    expect(done).toMatchObject({ status: 'committed', counts: { rows: 2, create: 1, link: 1, rejected: 0 } });
    expect(await count(t, 'persons')).toBe(persons + 1);
    const links = await t.database.db.selectFrom('person_agencies').innerJoin('persons', (join) => join.onRef('persons.id', '=', 'person_agencies.person_id').onRef('persons.province_code', '=', 'person_agencies.province_code')).select(['person_agencies.agency_code']).where('persons.national_id', '=', late).orderBy('person_agencies.agency_code').execute();
    expect(links.map((link) => link.agency_code)).toEqual(['relief-committee', 'welfare']);
  });
});
