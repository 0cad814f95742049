import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { importRunner } from './imports.runner.ts';
import { analysed, commit, count, csv, rowsOf, settled, upload, withCheckDigit } from './imports.test-helpers.ts';
import type { ImportJob } from './imports.schemas.ts';

let t: TestApp;
let welfare: TestSession;
let house: TestSession;
let otherHouse: TestSession;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  // Small limits, so that "too large" and "too many rows" are cheap to reach.
  importRunner(t.database.db).limits = { maxBytes: 64 * 1024, maxRows: 50, chunkRows: 7 };
  welfare = await t.signIn({ username: 'bad-behzisti', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' });
  house = await t.signIn({ username: 'bad-khane', role: 'house_staff', scope: { level: 'county', codes: ['20-03'] }, agencyCode: 'welfare' });
  otherHouse = await t.signIn({ username: 'bad-khane-2', role: 'house_staff', scope: { level: 'county', codes: ['20-03'] }, agencyCode: 'welfare' });
});

afterAll(async () => {
  await t?.close();
});

async function registryCounts() {
  return [await count(t, 'persons'), await count(t, 'households'), await count(t, 'person_agencies')];
}

const header = ['کد ملی', 'نام', 'نام خانوادگی', 'جنسیت', 'تاریخ تولد', 'نسبت با سرپرست', 'شماره خانوار', 'کد محله'];

describe('rows the import refuses, each with its reason in Persian', () => {
  let job: ImportJob;
  const good = withCheckDigit('510000001');
  const twice = withCheckDigit('510000002');
  const badChecksum = `${good.slice(0, 9)}${(Number(good[9]) + 1) % 10}`;

  it('reports every kind of row error and writes nothing', async () => {
    const before = await registryCounts();
    job = await analysed(
      t,
      welfare,
      'errors.csv',
      csv([
        header,
        [good, 'علی', 'کریمی', 'مرد', '1360/01/01', '', '', '20-001'],
        [badChecksum, 'رضا', 'کریمی', 'مرد', '', '', '', '20-001'],
        [twice, 'سارا', 'نوری', 'زن', '', '', '', '20-001'],
        [twice, 'سارا', 'نوری', 'زن', '', '', '', '20-001'],
        [withCheckDigit('510000003'), 'مینا', 'نوری', 'زن', '1500/01/01', '', '', '20-001'],
        [withCheckDigit('510000004'), 'نیما', 'نوری', 'مرد', '1402/12/30', '', '', '20-001'],
        [withCheckDigit('510000005'), 'لیلا', 'نوری', 'زن', '', '', '', '99-999'],
        [withCheckDigit('510000006'), 'حسن', 'نوری', 'مرد', '', 'همسر', 'H9', '20-001'],
        [withCheckDigit('510000007'), 'حسین', 'نوری', 'مرد', '', 'فرزند', 'H9', '20-001'],
      ]),
    );
    expect(job).toMatchObject({ status: 'analysed', counts: { rows: 9, create: 2, rejected: 7 } });
    const rejected = await rowsOf(t, welfare, job.id, 'rejected');
    expect(rejected.map((row) => [row.row, row.errors.map((error) => error.code)])).toEqual([
      [3, ['residents.invalid_national_id']],
      [5, ['import.duplicate_in_file']],
      [6, ['residents.birth_in_future']],
      // 1402 is not a leap year in the Jalali calendar: Esfand has 29 days.
      [7, ['date.invalid_jalali']],
      [8, ['import.unknown_neighborhood']],
      [9, ['import.household_without_head']],
      [10, ['import.household_without_head']],
    ]);
    expect(rejected[0]!.errors[0]).toMatchObject({ column: 'کد ملی', field: 'nationalId' });
    expect(rejected[4]!.errors[0]!.message).toBe('محلهٔ «99-999» در ستون «کد محله» در محدودهٔ دسترسی شما پیدا نشد.');
    expect(rejected[5]!.errors[0]!.message).toContain('سرپرست ندارد');
    const english = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${job.id}/rows?outcome=rejected`, headers: { ...welfare.headers, 'accept-language': 'en' } });
    expect((english.json() as { items: { errors: { message: string }[] }[] }).items[1]!.errors[0]!.message).toContain('also appears in row 4');
    expect(await registryCounts()).toEqual(before);
  });

  it('will not commit rejected rows unless told to leave them out', async () => {
    const before = await registryCounts();
    const refused = await commit(t, welfare, job);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'import.has_rejections' });
    expect(refused.json().title).toContain('۷ ردیف');
    expect(await registryCounts()).toEqual(before);
    const stale = await commit(t, welfare, { ...job, version: job.version - 1 }, true);
    expect(stale.json()).toMatchObject({ code: 'record.version_conflict' });
    const started = await commit(t, welfare, job, true);
    expect(started.statusCode).toBe(202);
    expect(await settled(t, welfare, job.id)).toMatchObject({ status: 'committed', counts: { create: 2, rejected: 7 } });
    expect(await registryCounts()).toEqual([before[0]! + 2, before[1], before[2]! + 2]);
  });
});

describe('files the import refuses', () => {
  it('refuses a file that is not a spreadsheet, an empty one, no file, and one over the limit, writing no job', async () => {
    const jobs = Number((await t.database.db.selectFrom('import_jobs').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const png = await upload(t, welfare, 'people.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(png.statusCode).toBe(415);
    expect(png.json()).toMatchObject({ code: 'import.not_a_spreadsheet', title: 'این فایل صفحه‌گسترده نیست. فایل اکسل (.xlsx) یا CSV بارگذاری کنید.' });
    const empty = await upload(t, welfare, 'empty.csv', new Uint8Array());
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'import.empty_file']);
    const big = await upload(t, welfare, 'big.csv', csv([header, ...Array.from({ length: 3000 }, () => ['x'.repeat(30)])]));
    expect([big.statusCode, big.json().code]).toEqual([413, 'import.too_large']);
    expect(big.json().title).toContain('۰');
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { ...welfare.headers, 'content-type': 'multipart/form-data; boundary=b' },
      payload: '--b\r\nContent-Disposition: form-data; name="agencyCode"\r\n\r\nwelfare\r\n--b--\r\n',
    });
    expect([none.statusCode, none.json().code]).toEqual([400, 'import.no_file']);
    expect(Number((await t.database.db.selectFrom('import_jobs').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)).toBe(jobs);
  });

  it('stops a file of endless garbage rows at the row limit, keeping none of them', async () => {
    const garbage = csv([header, ...Array.from({ length: 2000 }, (_, index) => [`#${index}`, '?', '', '', '', '', '', ''])]);
    const response = await upload(t, welfare, 'garbage.csv', garbage);
    expect(response.statusCode).toBe(202);
    const job = await settled(t, welfare, (response.json() as ImportJob).id);
    expect(job).toMatchObject({ status: 'failed', error: { code: 'import.too_many_rows', message: 'فایل بیش از ۵۰ ردیف دارد. آن را به چند فایل کوچک‌تر تقسیم کنید.' } });
    const staged = await sql<{ n: number }>`select count(*)::int as n from import_rows where job_id = ${job.id}`.execute(t.database.db);
    expect(staged.rows[0]!.n).toBe(0);
  });

  it('asks for the columns it cannot find, and analyses again with the mapping chosen', async () => {
    const id = withCheckDigit('510000010');
    const job = await analysed(t, welfare, 'odd.csv', csv([['شناسه', 'اسم کوچک', 'فامیلی', 'جنس', 'کد محله'], [id, 'ناهید', 'صالحی', 'زن', '20-001']]));
    expect(job).toMatchObject({ status: 'needs_mapping', missingFields: ['nationalId', 'firstName'] });
    expect(job.headers).toEqual(['شناسه', 'اسم کوچک', 'فامیلی', 'جنس', 'کد محله']);
    expect(await commit(t, welfare, job)).toMatchObject({ statusCode: 409 });
    const mapped = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/imports/${job.id}/mapping`,
      headers: welfare.headers,
      payload: { version: job.version, mapping: { nationalId: 0, firstName: 1, lastName: 2, sex: 3, neighborhoodCode: 4 } },
    });
    expect(mapped.statusCode, mapped.body).toBe(202);
    expect(await settled(t, welfare, job.id)).toMatchObject({ status: 'analysed', missingFields: [], counts: { create: 1 } });
  });
});

describe('people the registry knows otherwise', () => {
  it('refuses a national ID registered outside the scope, or under a clearly different name', async () => {
    const alborz = await t.signIn({ username: 'bad-alborz', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'relief-committee' });
    const alborzNeighborhood = await t.database.db.selectFrom('neighborhoods').select('id').where('province_code', '=', '30').orderBy('id').executeTakeFirstOrThrow();
    const semnanNeighborhood = await t.database.db.selectFrom('neighborhoods').select('id').where('code', '=', '20-001').executeTakeFirstOrThrow();
    const elsewhere = withCheckDigit('510000030');
    const renamed = withCheckDigit('510000031');
    const spelled = withCheckDigit('510000032');
    for (const [session, nationalId, neighborhoodId, firstName, lastName] of [
      [alborz, elsewhere, alborzNeighborhood.id, 'رضا', 'کریمی'],
      [welfare, renamed, semnanNeighborhood.id, 'فاطمه', 'موسوی'],
      [welfare, spelled, semnanNeighborhood.id, 'مهدی', 'رضایی'],
    ] as const) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/persons', headers: session.headers, payload: { nationalId, neighborhoodId, firstName, lastName, fatherName: '', sex: 'male' } });
      expect(response.statusCode, response.body).toBe(201);
    }
    const before = await registryCounts();
    const job = await analysed(
      t,
      welfare,
      'known.csv',
      csv([header, [elsewhere, 'رضا', 'کریمی', 'مرد', '', '', '', '20-001'], [renamed, 'حمید', 'نادری', 'مرد', '', '', '', '20-001'], [spelled, 'مهدي', 'رضائی', 'مرد', '', '', '', '20-001']]),
    );
    expect(job.counts).toMatchObject({ rejected: 2, unchanged: 1 });
    expect((await rowsOf(t, welfare, job.id, 'rejected')).map((row) => [row.row, row.errors.map((error) => error.code)])).toEqual([
      [2, ['residents.registered_elsewhere']],
      [3, ['import.identity_mismatch']],
    ]);
    expect(await registryCounts()).toEqual(before);
  });
});

describe('scope', () => {
  it('refuses rows for a neighbourhood outside a house staff member’s scope', async () => {
    const job = await analysed(
      t,
      house,
      'house.csv',
      csv([header, [withCheckDigit('510000020'), 'علی', 'کریمی', 'مرد', '', '', '', '20-001'], [withCheckDigit('510000021'), 'رضا', 'کریمی', 'مرد', '', '', '', '20-014']]),
    );
    expect(job.counts).toMatchObject({ create: 1, rejected: 1 });
    expect((await rowsOf(t, house, job.id, 'rejected')).map((row) => [row.row, row.errors[0]!.code])).toEqual([[2, 'import.unknown_neighborhood']]);
    // Someone else's job does not exist for another user, even in the same agency and scope.
    for (const url of [`/api/v1/imports/${job.id}`, `/api/v1/imports/${job.id}/rows`, `/api/v1/imports/${job.id}/report.xlsx`]) {
      const response = await t.app.inject({ method: 'GET', url, headers: otherHouse.headers });
      expect([url, response.statusCode, response.json().code]).toEqual([url, 404, 'import.job_not_found']);
    }
    const cancel = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${job.id}/cancel`, headers: otherHouse.headers });
    expect(cancel.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports', headers: otherHouse.headers });
    expect(list.json()).toMatchObject({ total: 0 });
    // A house may only import for its own agency.
    const other = await upload(t, house, 'x.csv', csv([header]), { agencyCode: 'relief-committee' });
    expect([other.statusCode, other.json().code]).toEqual([403, 'residents.other_agency']);
  });
});
