import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { importRunner, resumeImportJobs } from './imports.runner.ts';
import { analysed, commit, count, csv, settled, withCheckDigit } from './imports.test-helpers.ts';
import type { ImportJob } from './imports.schemas.ts';

let t: TestApp;
let welfare: TestSession;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  welfare = await t.signIn({ username: 'res-imp', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' });
});

afterAll(async () => {
  await t?.close();
});

const header = ['کد ملی', 'نام', 'نام خانوادگی', 'جنسیت', 'نسبت با سرپرست', 'شماره خانوار', 'کد محله'];

function family(prefix: string) {
  return csv([
    header,
    [withCheckDigit(`${prefix}01`), 'علی', 'کریمی', 'مرد', 'سرپرست', '1', '20-001'],
    [withCheckDigit(`${prefix}02`), 'زهرا', 'کریمی', 'زن', 'همسر', '1', '20-001'],
    [withCheckDigit(`${prefix}03`), 'رضا', 'نوری', 'مرد', '', '', '20-001'],
  ]);
}

async function registry() {
  return [await count(t, 'persons'), await count(t, 'households'), await count(t, 'person_agencies'), await count(t, 'audit_log')];
}

async function setStatus(id: string, status: string) {
  await t.database.db.updateTable('import_jobs').set({ status }).where('id', '=', id).execute();
}

describe('a commit is all or nothing', () => {
  it('writes no person, household, link or audit entry when the transaction fails at its end, and says why', async () => {
    const job = await analysed(t, welfare, 'fails.csv', family('6100000'));
    expect(job.counts).toMatchObject({ create: 3 });
    // The fault: the last write of the commit (its audit entry) is refused by the database.
    await sql`create function refuse_import_audit() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`.execute(t.database.db);
    await sql`create trigger refuse_import_audit before insert on audit_log for each row when (new.entity = 'import_job') execute function refuse_import_audit()`.execute(t.database.db);
    const before = await registry();
    try {
      expect((await commit(t, welfare, job)).statusCode).toBe(202);
      const failed = await settled(t, welfare, job.id);
      expect(failed).toMatchObject({ status: 'failed', committedAt: null, error: { code: 'import.commit_failed', message: 'ثبت درون‌بُرد انجام نشد و هیچ تغییری ذخیره نشد. دوباره تلاش کنید یا با پشتیبانی تماس بگیرید.' } });
      expect(await registry()).toEqual(before);
    } finally {
      await sql`drop trigger refuse_import_audit on audit_log`.execute(t.database.db);
      await sql`drop function refuse_import_audit()`.execute(t.database.db);
    }
  });
});

describe('resuming after a crash', () => {
  it('commits a job left "committing" exactly once, however often it is resumed', async () => {
    const job = await analysed(t, welfare, 'crash.csv', family('6200000'));
    const before = await registry();
    // As a server that died inside the commit's transaction leaves it: marked committing, nothing written.
    await t.database.db.updateTable('import_jobs').set({ status: 'committing', skip_rejected: false }).where('id', '=', job.id).execute();
    expect(await resumeImportJobs(t.database.db)).toBe(1);
    await resumeImportJobs(t.database.db);
    await importRunner(t.database.db).whenIdle();
    await resumeImportJobs(t.database.db);
    const done = await settled(t, welfare, job.id);
    expect(done).toMatchObject({ status: 'committed', counts: { create: 3 } });
    expect(await registry()).toEqual([before[0]! + 3, before[1]! + 1, before[2]! + 3, before[3]! + 1]);
  });

  it('analyses again a job left "analysing", from its stored file', async () => {
    const job = await analysed(t, welfare, 'half.csv', family('6300000'));
    await sql`delete from import_rows where job_id = ${job.id} and row_no > 2`.execute(t.database.db);
    await setStatus(job.id, 'analysing');
    await resumeImportJobs(t.database.db);
    const again = await settled(t, welfare, job.id);
    expect(again).toMatchObject({ status: 'analysed', counts: { rows: 3, create: 3 } });
  });

  it('stages the file again when a database crash emptied the staged rows before the commit', async () => {
    const job = await analysed(t, welfare, 'lost.csv', family('6400000'));
    // The staging table is unlogged: PostgreSQL empties it after a crash.
    await sql`delete from import_rows where job_id = ${job.id}`.execute(t.database.db);
    const before = await registry();
    expect((await commit(t, welfare, job)).statusCode).toBe(202);
    expect(await settled(t, welfare, job.id)).toMatchObject({ status: 'committed', counts: { create: 3 } });
    expect((await registry())[0]).toBe(before[0]! + 3);
  });

  it('cancels a job before its commit, and not after', async () => {
    const job: ImportJob = await analysed(t, welfare, 'cancel.csv', family('6500000'));
    const cancelled = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${job.id}/cancel`, headers: welfare.headers });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await commit(t, welfare, cancelled.json() as ImportJob)).json()).toMatchObject({ code: 'import.not_ready' });
    const committedJob = (await t.database.db.selectFrom('import_jobs').select('id').where('status', '=', 'committed').executeTakeFirstOrThrow()).id;
    const refused = await t.app.inject({ method: 'POST', url: `/api/v1/imports/${committedJob}/cancel`, headers: welfare.headers });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'import.not_cancellable']);
  });
});
