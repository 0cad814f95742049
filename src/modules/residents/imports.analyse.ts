/**
 * The dry run of an import: the stored file is read as a stream of rows, each row normalised (all
 * of its errors at once) and checked against the rows before it, and staged in chunks of a few
 * thousand rows, each chunk its own short transaction, so that other requests get the embedded
 * database's one connection between chunks and a million-row file never sits in memory as rows.
 * The checks against the registry then run as set-based SQL over the staged rows.
 */
import { setImmediate } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import type { Actor } from '../../lib/scope.ts';
import {
  DEFAULT_MAX_ROWS,
  type ImportField,
  type ImportRowError,
  SheetError,
  type SheetRow,
  createDuplicateTracker,
  countLines,
  csvRows,
  decodedSlices,
  fieldColumns,
  fieldValues,
  findHeaderRow,
  importFields,
  mapHeaders,
  normalizeImportRow,
  sniffFile,
  xlsxRows,
} from './import/index.ts';
import * as registry from './imports-registry.repository.ts';
import * as repo from './imports.repository.ts';
import type { ImportCounts, ImportMapping } from './imports.schemas.ts';
import { personValuesOf } from './residents.service.ts';

/** Limits of an import, from the environment: the upload's size and the file's rows. */
export interface ImportLimits {
  maxBytes: number;
  maxRows: number;
  /** Rows per staging transaction. */
  chunkRows: number;
}

function positive(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** TAVANA_IMPORT_MAX_MB (default 100) and TAVANA_IMPORT_MAX_ROWS (default the parser's 1,000,000). */
export function importLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  return { maxBytes: positive(env.TAVANA_IMPORT_MAX_MB, 100) * 1024 * 1024, maxRows: positive(env.TAVANA_IMPORT_MAX_ROWS, DEFAULT_MAX_ROWS), chunkRows: 5_000 };
}

/** The actor a job runs as, as stored on it. */
export function actorOfJob(job: repo.JobRow): Actor {
  return job.actor as Actor;
}

export const emptyCounts: ImportCounts = { rows: 0, create: 0, link: 0, update: 0, unchanged: 0, rejected: 0 };

export function countsOf(byOutcome: Record<string, number>): ImportCounts {
  const counts = { ...emptyCounts };
  for (const outcome of ['create', 'link', 'update', 'unchanged', 'rejected'] as const) counts[outcome] = byOutcome[outcome] ?? 0;
  counts.rows = Object.values(byOutcome).reduce((sum, n) => sum + n, 0);
  return counts;
}

export type StageResult =
  | { kind: 'refused'; code: string; params: Record<string, string | number> }
  | { kind: 'needs_mapping'; headers: string[]; mapping: ImportMapping; missing: ImportField[] }
  | { kind: 'staged'; headers: string[]; mapping: ImportMapping; columns: Partial<Record<ImportField, string>>; rows: number }
  | { kind: 'stopped' };

/** The column per field the file maps, every field named (null = not imported). */
function mappingByField(columnToField: Record<number, ImportField>): ImportMapping {
  const mapping: ImportMapping = Object.fromEntries(importFields.map((field) => [field, null]));
  for (const [column, field] of Object.entries(columnToField)) if (mapping[field] === null) mapping[field] = Number(column);
  return mapping;
}

/** The user's choice (field → column) as mapHeaders' override (column → field, every other column ignored). */
function overrideOf(chosen: ImportMapping, columnCount: number): Record<number, ImportField | null> {
  const override: Record<number, ImportField | null> = {};
  for (let column = 0; column < columnCount; column++) override[column] = null;
  for (const [field, column] of Object.entries(chosen) as [ImportField, number | null][]) if (column !== null) override[column] = field;
  return override;
}

function errorsJson(errors: readonly ImportRowError[]): unknown[] {
  return errors.map(({ row, column, field, code, params }) => ({ row, column, field, code, params }));
}

function stagedRow(row: SheetRow, values: Partial<Record<ImportField, string>>, outcome: ReturnType<typeof normalizeImportRow>, duplicate: ImportRowError | null): repo.StagedRow {
  if (!outcome.ok) {
    // A refused row keeps only what the report shows: its number, its errors, the name as written and its cells.
    return {
      row_no: row.row,
      outcome: 'rejected',
      parse_errors: errorsJson(outcome.errors),
      cells: row.cells,
      national_id: null,
      missing_id_reason: null,
      first_name: (values.firstName ?? '').trim().slice(0, 200),
      last_name: (values.lastName ?? '').trim().slice(0, 200),
      father_name: '',
      name_search: '',
      sex: '',
      birth_date: null,
      relation: null,
      phone: '',
      schooling: null,
      insurance: '',
      employment: null,
      disability: '',
      notes: '',
      case_number: '',
      household_key: null,
      neighborhood_code: null,
      neighborhood_name: null,
      address: '',
      tenure: null,
      welfare_decile: null,
    };
  }
  const { person, household } = outcome.record;
  return {
    row_no: row.row,
    outcome: duplicate ? 'rejected' : 'pending',
    parse_errors: duplicate ? errorsJson([duplicate]) : null,
    cells: row.cells,
    ...personValuesOf(person),
    case_number: person.caseNumber,
    household_key: household.key,
    neighborhood_code: household.neighborhoodCode,
    neighborhood_name: household.neighborhoodName,
    address: household.address,
    tenure: household.tenure,
    welfare_decile: household.welfareDecile,
  };
}

export interface StageOptions {
  limits: ImportLimits;
  /** Asked between chunks: true when the job was cancelled or the server is stopping. */
  shouldStop: () => Promise<boolean>;
  onProgress?: (done: number) => Promise<void>;
}

/**
 * Reads the job's stored file and stages its rows (any earlier staging of the job is dropped
 * first). Stops at the header when required columns have no mapping.
 */
export async function stageFile(db: Kysely<Database>, job: repo.JobRow, options: StageOptions): Promise<StageResult> {
  const bytes = await repo.jobFile(db, String(job.id), Number(job.file_size));
  if (!bytes) return { kind: 'refused', code: 'import.empty_file', params: {} };
  await repo.clearRows(db, String(job.id));
  const sniffed = sniffFile(bytes);
  if (sniffed.kind === 'refused') return { kind: 'refused', code: sniffed.code, params: 'params' in sniffed ? sniffed.params : {} };
  const read = { maxRows: options.limits.maxRows };
  const rows = sniffed.kind === 'csv' ? csvRows(decodedSlices(bytes, sniffed.encoding), read) : xlsxRows(bytes, read);
  try {
    return await stageRows(db, job, rows, options, sniffed.kind === 'csv' ? countLines(bytes, sniffed.encoding) : null);
  } catch (error) {
    if (error instanceof SheetError) return { kind: 'refused', code: error.code, params: error.params };
    throw error;
  } finally {
    // Ends the reader however we left it (its own clean-up runs in its finally).
    await rows.return(undefined);
  }
}

async function stageRows(db: Kysely<Database>, job: repo.JobRow, rows: AsyncGenerator<SheetRow>, options: StageOptions, expectedLines: number | null): Promise<StageResult> {
  const jobId = String(job.id);
  // The header is among the first rows (a title or a blank line may come first).
  const head: SheetRow[] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    head.push(next.value);
    if (head.length >= 10) break;
  }
  const headerIndex = findHeaderRow(head);
  if (headerIndex < 0) return { kind: 'refused', code: 'import.empty_file', params: {} };
  const headers = head[headerIndex]!.cells.map((cell) => cell.trim());
  const chosen = job.chosen_mapping as ImportMapping | null;
  const mapped = mapHeaders(headers, chosen ? overrideOf(chosen, headers.length) : {});
  const mapping = mappingByField(mapped.mapping);
  if (mapped.missing.length > 0 || mapped.duplicates.length > 0) {
    // A field two columns claim is left for the user to pick: shown as unmapped.
    for (const { field } of mapped.duplicates) mapping[field] = null;
    const missing = [...new Set([...mapped.missing, ...mapped.duplicates.map((duplicate) => duplicate.field)])];
    return { kind: 'needs_mapping', headers, mapping, missing };
  }
  const columns = fieldColumns(headers, mapped.mapping);
  const tracker = createDuplicateTracker(columns);
  const today = todayIso();
  const stageContext = { scope: actorOfJob(job).scope };
  let chunk: repo.StagedRow[] = [];
  let staged = 0;
  // One chunk is written while the next is read: the database and the parser then work side by
  // side on a machine with two cores, instead of taking turns.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<boolean> => {
    const rowsOfChunk = chunk;
    chunk = [];
    await writing;
    staged += rowsOfChunk.length;
    const done = staged;
    writing = db.transaction().execute(async (trx) => {
      await repo.insertRows(trx, jobId, rowsOfChunk, stageContext);
      await repo.setProgress(trx, jobId, 'reading', done, expectedLines === null ? null : Math.max(done, expectedLines - headerIndex - 1));
    });
    // A failed write surfaces at the next await of `writing`; until then it must not count as unhandled.
    writing.catch(() => undefined);
    await options.onProgress?.(done);
    // The reader and the embedded database settle their promises as microtasks: without a turn of
    // the event loop here, a long file would keep every request waiting until its end.
    await setImmediate();
    return options.shouldStop();
  };
  const stage = (row: SheetRow) => {
    const values = fieldValues(row.cells, mapped.mapping);
    const outcome = normalizeImportRow(row.row, values, columns, { today });
    const duplicate = outcome.ok ? tracker.check(outcome.record) : null;
    chunk.push(stagedRow(row, values, outcome, duplicate));
  };
  for (const row of head.slice(headerIndex + 1)) stage(row);
  let stopped = false;
  try {
    for (let next = await rows.next(); !next.done && !stopped; next = await rows.next()) {
      stage(next.value);
      if (chunk.length >= options.limits.chunkRows) stopped = await flush();
    }
    if (!stopped && chunk.length > 0) stopped = await flush();
  } finally {
    // Whatever ends the reading (a refusal of the file included), the chunk being written lands
    // before anyone clears the staged rows.
    await writing.catch(() => undefined);
  }
  await writing;
  if (stopped) return { kind: 'stopped' };
  if (staged === 0) return { kind: 'refused', code: 'import.no_data_rows', params: {} };
  return { kind: 'staged', headers, mapping, columns, rows: staged };
}

/** The file's header per mapped field, from a job's stored headers and mapping. */
export function columnsOfJob(job: repo.JobRow): Partial<Record<ImportField, string>> {
  const headers = job.headers as string[];
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [field, column] of Object.entries(job.mapping as ImportMapping) as [ImportField, number | null][]) {
    if (column !== null && headers[column]) columns[field] = headers[column];
  }
  return columns;
}

/**
 * Runs a job's dry run to its end: staged and checked ("analysed"), or waiting for the user to map
 * columns, or failed with the reason. Does nothing unless the job is "analysing"; leaves it so when
 * stopped, for the next start to resume.
 */
export async function runAnalysis(db: Kysely<Database>, jobId: string, options: Omit<StageOptions, 'onProgress'>): Promise<void> {
  const job = await repo.findJob(db, jobId);
  if (!job || job.status !== 'analysing') return;
  const analysing = ['analysing'];
  try {
    await repo.setProgress(db, jobId, 'reading', 0, null);
    const result = await stageFile(db, job, options);
    if (result.kind === 'stopped') return;
    if (result.kind === 'refused') {
      await repo.clearRows(db, jobId);
      await repo.updateJob(db, jobId, { status: 'failed', phase: null, error: JSON.stringify({ code: result.code, params: result.params }) }, { statuses: analysing });
      return;
    }
    if (result.kind === 'needs_mapping') {
      await repo.updateJob(
        db,
        jobId,
        { status: 'needs_mapping', phase: null, headers: JSON.stringify(result.headers), mapping: JSON.stringify(result.mapping), missing_fields: JSON.stringify(result.missing), counts: JSON.stringify(emptyCounts) },
        { statuses: analysing },
      );
      return;
    }
    await repo.setProgress(db, jobId, 'checking', 0, result.rows);
    await repo.analyseStagedRows(db);
    const actor = actorOfJob(job);
    await registry.resolveRows(db, { jobId, scope: actor.scope, agencyCode: job.agency_code, columns: result.columns, reset: false });
    const counts = countsOf(await repo.outcomeCounts(db, jobId));
    await repo.updateJob(
      db,
      jobId,
      {
        status: 'analysed',
        phase: null,
        done: result.rows,
        total: result.rows,
        headers: JSON.stringify(result.headers),
        mapping: JSON.stringify(result.mapping),
        missing_fields: '[]',
        counts: JSON.stringify(counts),
        error: null,
      },
      { statuses: analysing },
    );
  } catch (error) {
    if (await options.shouldStop()) return;
    await repo.clearRows(db, jobId).catch(() => undefined);
    await repo.updateJob(db, jobId, { status: 'failed', phase: null, error: JSON.stringify({ code: 'import.analysis_failed', params: {} }) }, { statuses: analysing });
    throw error;
  }
}
