/**
 * The import's own tables in SQL: the jobs, their stored files, and the staged rows. What the
 * staged rows do to the registry (the checks and the commit) is in imports-registry.repository.ts.
 */
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { Scope } from '../../lib/scope.ts';
import { neighborhoodInScope } from './imports-registry.repository.ts';
import type { PersonValues } from './residents.repository.ts';

type Executor = Kysely<Database> | Transaction<Database>;

// ---- Jobs --------------------------------------------------------------------------------------

const jobColumns = [
  'id',
  'created_by',
  'agency_code',
  'actor',
  'request_ip',
  'file_name',
  'file_kind',
  'file_size',
  'file_sha256',
  'status',
  'phase',
  'done',
  'total',
  'headers',
  'chosen_mapping',
  'mapping',
  'missing_fields',
  'counts',
  'skip_rejected',
  'error',
  'version',
  'created_at',
  'committed_at',
] as const;

export async function findJob(db: Executor, id: string) {
  return db.selectFrom('import_jobs').select(jobColumns).where('id', '=', id).executeTakeFirst();
}
export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>;

/** The job row locked for the rest of the transaction. */
export async function lockJob(trx: Executor, id: string): Promise<JobRow | undefined> {
  return trx.selectFrom('import_jobs').select(jobColumns).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findCommittedJob(db: Executor, sha256: string, agencyCode: string): Promise<JobRow | undefined> {
  return db.selectFrom('import_jobs').select(jobColumns).where('file_sha256', '=', sha256).where('agency_code', '=', agencyCode).where('status', '=', 'committed').executeTakeFirst();
}

export interface NewJob {
  created_by: number;
  agency_code: string;
  actor: string;
  request_ip: string | null;
  file_name: string;
  file_kind: string;
  file_size: number;
  file_sha256: string;
}

/** Bytes per stored part of a file. */
const filePartBytes = 8 * 1024 * 1024;

export async function insertJob(trx: Executor, job: NewJob, content: Uint8Array, partBytes = filePartBytes): Promise<string> {
  const { id } = await trx
    .insertInto('import_jobs')
    .values({ ...job, status: 'analysing', phase: 'reading' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let part = 0, offset = 0; offset < content.byteLength || part === 0; part++, offset += partBytes) {
    const slice = content.subarray(offset, offset + partBytes);
    await trx.insertInto('import_files').values({ job_id: id, part, content: Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength) }).execute();
  }
  return String(id);
}

/** The stored file, put together part by part into one buffer of its size. */
export async function jobFile(db: Executor, id: string, size: number): Promise<Buffer | undefined> {
  const file = Buffer.allocUnsafe(size);
  let filled = 0;
  for (let part = 0; ; part++) {
    const row = await db.selectFrom('import_files').select('content').where('job_id', '=', id).where('part', '=', part).executeTakeFirst();
    if (!row) break;
    if (filled + row.content.byteLength > size) return undefined;
    row.content.copy(file, filled);
    filled += row.content.byteLength;
  }
  return filled === size && size > 0 ? file : undefined;
}

/** The jobs a user may see, newest first: their own, or every job for an administrator (null). */
export async function listJobs(db: Executor, createdBy: number | null, limit: number, offset: number) {
  let query = db.selectFrom('import_jobs');
  if (createdBy !== null) query = query.where('created_by', '=', createdBy);
  const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.select(jobColumns).orderBy('id', 'desc').limit(limit).offset(offset).execute();
  return { rows, total: Number(total) };
}

export interface JobChanges {
  status?: string;
  phase?: string | null;
  done?: number;
  total?: number | null;
  headers?: string;
  chosen_mapping?: string | null;
  mapping?: string;
  missing_fields?: string;
  counts?: string;
  skip_rejected?: boolean;
  error?: string | null;
  actor?: string;
  request_ip?: string | null;
  committed_at?: RawBuilder<Date>;
}

/**
 * Changes a job; with `expect`, only when it is still in one of those statuses (and, with a
 * version, at that version). JSON values are passed as text. Returns whether a row changed.
 */
export async function updateJob(db: Executor, id: string, changes: JobChanges, expect: { statuses?: readonly string[]; version?: number; bump?: boolean } = {}): Promise<boolean> {
  let query = db
    .updateTable('import_jobs')
    .set({ ...changes, updated_at: sql`now()`, ...(expect.bump !== false && { version: sql`version + 1` }) })
    .where('id', '=', id);
  if (expect.statuses) query = query.where('status', 'in', expect.statuses);
  if (expect.version !== undefined) query = query.where('version', '=', expect.version);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Progress is not a change a client needs to reload for: it leaves the version alone. */
export async function setProgress(db: Executor, id: string, phase: string, done: number, total: number | null): Promise<void> {
  await db.updateTable('import_jobs').set({ phase, done, total, updated_at: sql`now()` }).where('id', '=', id).execute();
}

/** Progress of chunks written side by side: the count only grows, whichever chunk commits first. */
export async function advanceProgress(db: Executor, id: string, done: number, total: number | null): Promise<void> {
  await sql`
    update import_jobs set phase = 'reading', done = greatest(done, ${done}::integer), total = ${total}::integer, updated_at = now()
    where id = ${id}`.execute(db);
}

export async function unfinishedJobIds(db: Executor): Promise<{ id: string; status: string }[]> {
  const rows = await db.selectFrom('import_jobs').select(['id', 'status']).where('status', 'in', ['analysing', 'committing']).orderBy('id').execute();
  return rows.map((row) => ({ id: String(row.id), status: row.status }));
}

// ---- Staged rows -------------------------------------------------------------------------------

/** One row of the file as staged: its values as the person columns hold them, or its parse errors. */
export interface StagedRow extends PersonValues {
  row_no: number;
  outcome: 'pending' | 'rejected';
  parse_errors: unknown[] | null;
  cells: string[];
  case_number: string;
  household_key: string | null;
  neighborhood_code: string | null;
  neighborhood_name: string | null;
  address: string;
  tenure: string | null;
  welfare_decile: number | null;
}

export async function clearRows(db: Executor, jobId: string): Promise<void> {
  await sql`delete from import_rows where job_id = ${jobId}`.execute(db);
}

/** Where a chunk of rows is checked against the registry as it is staged. */
export interface StageContext {
  scope: Scope;
}

/**
 * Stages rows in one statement (one JSON parameter: an array of {@link StagedRow}), looking up as it
 * goes what every row needs: its neighbourhood by code (or by a name only one neighbourhood in
 * scope bears) and the person already registered under its national ID. A row nobody has is
 * provisionally a "create"; one whose person exists is "pending" until the checks decide. The
 * checks afterwards then touch only the rows that are not plain creations, so a million-row file
 * is not rewritten a dozen times.
 */
export async function insertRows(db: Executor, jobId: string, rowsJson: string, context: StageContext): Promise<void> {
  const inScope = neighborhoodInScope(context.scope);
  await sql`
    with r as (
      select * from json_to_recordset(${rowsJson}::json) as r(
        row_no integer, outcome text, parse_errors jsonb, cells json, national_id text, missing_id_reason text, first_name text, last_name text,
        father_name text, name_search text, sex text, birth_date date, relation text, phone text, schooling text, insurance text, employment text,
        disability text, notes text, case_number text, household_key text, neighborhood_code text, neighborhood_name text, address text,
        tenure text, welfare_decile smallint
      )
    ), names as (
      select n.name_fa, min(n.id) as id, min(n.province_code) as province_code
      from neighborhoods n where ${inScope} and n.name_fa in (select neighborhood_name from r where neighborhood_code is null)
      group by n.name_fa having count(*) = 1
    )
    insert into import_rows (
      job_id, row_no, outcome, parse_errors, cells, national_id, missing_id_reason, first_name, last_name, father_name, name_search,
      sex, birth_date, relation, phone, schooling, insurance, employment, disability, notes, case_number,
      household_key, neighborhood_code, neighborhood_name, address, tenure, welfare_decile,
      neighborhood_id, province_code, person_id, person_province
    )
    select ${jobId}::bigint, r.row_no,
      case when r.outcome = 'rejected' then 'rejected' when p.id is null then 'create' else 'pending' end,
      r.parse_errors, r.cells, r.national_id, r.missing_id_reason, r.first_name, r.last_name, r.father_name, r.name_search,
      r.sex, r.birth_date, r.relation, r.phone, r.schooling, r.insurance, r.employment, r.disability, r.notes, r.case_number,
      r.household_key, r.neighborhood_code, r.neighborhood_name, r.address, r.tenure, r.welfare_decile,
      coalesce(n.id, names.id), coalesce(n.province_code, names.province_code), p.id, p.province_code
    from r
      left join neighborhoods n on r.outcome <> 'rejected' and n.code = r.neighborhood_code and ${inScope}
      left join names on r.outcome <> 'rejected' and r.neighborhood_code is null and names.name_fa = r.neighborhood_name
      left join persons p on r.outcome <> 'rejected' and p.national_id = r.national_id`.execute(db);
}

/** Fresh statistics for the planner: a freshly staged job would otherwise be planned as a few rows. */
export async function analyseStagedRows(db: Executor): Promise<void> {
  await sql`analyze import_rows`.execute(db);
}

export async function stagedCount(db: Executor, jobId: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from import_rows where job_id = ${jobId}`.execute(db);
  return result.rows[0]?.n ?? 0;
}

export async function outcomeCounts(db: Executor, jobId: string): Promise<Record<string, number>> {
  const result = await sql<{ outcome: string; n: number }>`select outcome, count(*)::int as n from import_rows where job_id = ${jobId} group by outcome`.execute(db);
  return Object.fromEntries(result.rows.map((row) => [row.outcome, row.n]));
}

export interface ReportRow {
  row_no: number;
  outcome: string;
  first_name: string;
  last_name: string;
  errors: { column: string; field: string; code: string; params: Record<string, string | number> }[];
  cells: string[];
}

/** A page of staged rows in file order, optionally of one outcome. */
export async function listRows(db: Executor, jobId: string, outcome: string | undefined, limit: number, afterRow: number, offset = 0): Promise<ReportRow[]> {
  const result = await sql<ReportRow>`
    select row_no, outcome, first_name, last_name, coalesce(parse_errors, '[]'::jsonb) || coalesce(db_errors, '[]'::jsonb) as errors, cells
    from import_rows
    where job_id = ${jobId} and row_no > ${afterRow} ${outcome ? sql`and outcome = ${outcome}` : sql``}
    order by row_no limit ${limit} offset ${offset}`.execute(db);
  return result.rows;
}

export async function countRows(db: Executor, jobId: string, outcome: string | undefined): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from import_rows where job_id = ${jobId} ${outcome ? sql`and outcome = ${outcome}` : sql``}`.execute(db);
  return result.rows[0]?.n ?? 0;
}
