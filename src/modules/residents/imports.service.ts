/**
 * The residents import as the API offers it: upload a file (kept in the database), see the dry
 * run's report, choose columns, commit or cancel. The work itself runs in the background runner
 * (imports.runner.ts); these functions check who may do what and move the job's status.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError, type Locale, type MessageCode, type MessageParams, isMessageCode, translate } from '../../lib/errors/index.ts';
import type { Actor, RequestContext } from '../../lib/scope.ts';
import { listAgencies } from '../reference/index.ts';
import { type ImportField, importFieldLabelsFa, sniffFile } from './import/index.ts';
import { emptyCounts } from './imports.analyse.ts';
import * as repo from './imports.repository.ts';
import { importRunner } from './imports.runner.ts';
import type { ImportCommitBody, ImportCounts, ImportJob, ImportMapping, ImportMappingBody, ImportRowListQuery, ImportRowReport } from './imports.schemas.ts';
import { assertMayWritePersons } from './residents.policy.ts';

function messageOf(code: string, params: MessageParams, locale: Locale): string {
  return isMessageCode(code) ? translate(code, locale, params) : code;
}

export function toImportJob(row: repo.JobRow, locale: Locale, alreadyImported?: boolean): ImportJob {
  const error = row.error as { code: string; params?: MessageParams } | null;
  return {
    id: String(row.id),
    fileName: row.file_name,
    fileSize: row.file_size,
    fileKind: row.file_kind as ImportJob['fileKind'],
    agencyCode: row.agency_code,
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
    status: row.status as ImportJob['status'],
    progress: { phase: row.phase as ImportJob['progress']['phase'], done: row.done, total: row.total },
    headers: row.headers as string[],
    mapping: row.mapping as ImportMapping,
    missingFields: row.missing_fields as ImportField[],
    fieldLabels: importFieldLabelsFa,
    counts: { ...emptyCounts, ...(row.counts as ImportCounts) },
    error: error ? { code: error.code, message: messageOf(error.code, error.params ?? {}, locale) } : null,
    committedAt: row.committed_at ? new Date(row.committed_at).toISOString() : null,
    ...(alreadyImported !== undefined && { alreadyImported }),
  };
}

/** A job the actor may see (their own, or any for an administrator), or 404. */
async function visibleJob(db: Kysely<Database>, actor: Actor, id: string): Promise<repo.JobRow> {
  assertMayWritePersons(actor);
  const row = /^\d{1,18}$/.test(id) ? await repo.findJob(db, id) : undefined;
  if (!row || (row.created_by !== actor.userId && actor.role !== 'admin')) throw new AppError('not_found', 'import.job_not_found');
  return row;
}

async function agencyFor(db: Kysely<Database>, actor: Actor, requested: string | undefined): Promise<string> {
  if (requested !== undefined && actor.role !== 'admin' && requested !== actor.agencyCode) throw new AppError('forbidden', 'residents.other_agency');
  const agency = requested ?? actor.agencyCode;
  if (!agency) throw AppError.field('agencyCode', 'residents.agency_required');
  if (!(await listAgencies(db)).some((known) => known.code === agency)) throw AppError.field('agencyCode', 'geography.unknown_agency', { code: agency });
  return agency;
}

export interface UploadInput {
  fileName: string;
  bytes: Uint8Array;
  agencyCode?: string;
}

/**
 * Takes an uploaded file: refused at once when its bytes are no spreadsheet; the earlier job when
 * the same bytes were committed for the agency already; otherwise a new job, analysed in the
 * background.
 */
export async function uploadImport(db: Kysely<Database>, context: RequestContext, input: UploadInput, locale: Locale): Promise<{ created: boolean; job: ImportJob }> {
  const { actor } = context;
  assertMayWritePersons(actor);
  const agencyCode = await agencyFor(db, actor, input.agencyCode);
  const sniffed = sniffFile(input.bytes);
  if (sniffed.kind === 'refused') {
    const params: MessageParams = 'params' in sniffed ? sniffed.params : {};
    throw new AppError(sniffed.code === 'import.empty_file' ? 'invalid' : 'unsupported', sniffed.code, params, [{ path: 'file', code: sniffed.code, params }]);
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const earlier = await repo.findCommittedJob(db, sha256, agencyCode);
  if (earlier) return { created: false, job: toImportJob(earlier, locale, true) };
  // Only the last path segment, without control characters (a name is shown, never used as a path).
  const fileName = [...(input.fileName.split(/[\\/]/).pop() ?? '')].filter((char) => char.charCodeAt(0) >= 0x20).join('').slice(-200) || 'import';
  const id = await db.transaction().execute(async (trx) =>
    repo.insertJob(
      trx,
      {
        created_by: actor.userId,
        agency_code: agencyCode,
        actor: JSON.stringify(actor),
        request_ip: context.ip,
        file_name: fileName,
        file_kind: sniffed.kind,
        file_size: input.bytes.byteLength,
        file_sha256: sha256,
      },
      input.bytes,
    ),
  );
  importRunner(db).enqueue({ jobId: id, kind: 'analyse' });
  return { created: true, job: toImportJob((await repo.findJob(db, id))!, locale) };
}

export async function listImports(db: Kysely<Database>, context: RequestContext, query: { page: number; pageSize: number }, locale: Locale) {
  assertMayWritePersons(context.actor);
  const createdBy = context.actor.role === 'admin' ? null : context.actor.userId;
  const { rows, total } = await repo.listJobs(db, createdBy, query.pageSize, (query.page - 1) * query.pageSize);
  return { items: rows.map((row) => toImportJob(row, locale)), total, page: query.page, pageSize: query.pageSize };
}

export async function getImport(db: Kysely<Database>, context: RequestContext, id: string, locale: Locale): Promise<ImportJob> {
  return toImportJob(await visibleJob(db, context.actor, id), locale);
}

async function reloaded(db: Kysely<Database>, id: string, locale: Locale): Promise<ImportJob> {
  return toImportJob((await repo.findJob(db, id))!, locale);
}

/** Sets the columns to read (field → column index) and analyses the file again. */
export async function setImportMapping(db: Kysely<Database>, context: RequestContext, id: string, body: ImportMappingBody, locale: Locale): Promise<ImportJob> {
  const job = await visibleJob(db, context.actor, id);
  const editable = ['needs_mapping', 'analysed'];
  if (!editable.includes(job.status)) throw new AppError('conflict', 'import.not_editable');
  const headers = job.headers as string[];
  const chosen: ImportMapping = {};
  const used = new Map<number, ImportField>();
  for (const [field, column] of Object.entries(body.mapping) as [ImportField, number | null][]) {
    if (column === null || column === undefined) continue;
    if (column >= headers.length) throw AppError.field(`mapping.${field}`, 'field.too_big', { max: headers.length - 1 });
    const other = used.get(column);
    if (other) throw AppError.field(`mapping.${field}`, 'import.duplicate_column', { column: importFieldLabelsFa[field], columns: `${importFieldLabelsFa[other]}، ${importFieldLabelsFa[field]}` });
    used.set(column, field);
    chosen[field] = column;
  }
  const changed = await repo.updateJob(
    db,
    id,
    { status: 'analysing', phase: 'reading', done: 0, total: null, chosen_mapping: JSON.stringify(chosen), counts: JSON.stringify(emptyCounts), missing_fields: '[]', error: null, actor: JSON.stringify(context.actor), request_ip: context.ip },
    { statuses: editable, version: body.version },
  );
  if (!changed) throw new AppError('conflict', 'record.version_conflict');
  importRunner(db).enqueue({ jobId: id, kind: 'analyse' });
  return reloaded(db, id, locale);
}

/** Starts the commit; rejected rows are left out only when the user says so. */
export async function commitImport(db: Kysely<Database>, context: RequestContext, id: string, body: ImportCommitBody, locale: Locale): Promise<ImportJob> {
  const job = await visibleJob(db, context.actor, id);
  if (job.status !== 'analysed') throw new AppError('conflict', 'import.not_ready');
  if (job.version !== body.version) throw new AppError('conflict', 'record.version_conflict');
  const { rejected } = job.counts as ImportCounts;
  if (rejected > 0 && !body.skipRejected) throw new AppError('conflict', 'import.has_rejections', { count: rejected });
  const changed = await repo.updateJob(
    db,
    id,
    { status: 'committing', phase: 'committing', done: 0, total: (job.counts as ImportCounts).rows, skip_rejected: body.skipRejected, actor: JSON.stringify(context.actor), request_ip: context.ip },
    { statuses: ['analysed'], version: body.version },
  );
  if (!changed) throw new AppError('conflict', 'record.version_conflict');
  importRunner(db).enqueue({ jobId: id, kind: 'commit' });
  return reloaded(db, id, locale);
}

/** Cancels a job before it is committed; its staged rows go, its file stays with it. */
export async function cancelImport(db: Kysely<Database>, context: RequestContext, id: string, locale: Locale): Promise<ImportJob> {
  const job = await visibleJob(db, context.actor, id);
  const open = ['analysing', 'needs_mapping', 'analysed', 'failed'];
  if (job.status === 'cancelled') return toImportJob(job, locale);
  // A commit under way is the runner's: it ends committed or failed, never half-cancelled.
  if (!open.includes(job.status) || !(await repo.updateJob(db, id, { status: 'cancelled', phase: null }, { statuses: open }))) throw new AppError('conflict', 'import.not_cancellable');
  await repo.clearRows(db, id);
  return reloaded(db, id, locale);
}

/** The error list of a staged row, in the reader's language. */
export function rowErrors(errors: repo.ReportRow['errors'], locale: Locale): ImportRowReport['errors'] {
  return errors.map((error) => ({ column: error.column, field: error.field, code: error.code, message: messageOf(error.code as MessageCode, error.params ?? {}, locale) }));
}

export async function listImportRows(db: Kysely<Database>, context: RequestContext, id: string, query: ImportRowListQuery, locale: Locale) {
  await visibleJob(db, context.actor, id);
  const offset = (query.page - 1) * query.pageSize;
  const rows = await repo.listRows(db, id, query.outcome, query.pageSize, 0, offset);
  const total = await repo.countRows(db, id, query.outcome);
  const items: ImportRowReport[] = rows.map((row) => ({
    row: row.row_no,
    outcome: (row.outcome === 'pending' ? 'unchanged' : row.outcome) as ImportRowReport['outcome'],
    name: `${row.first_name} ${row.last_name}`.trim(),
    errors: rowErrors(row.errors, locale),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export { visibleJob };
