/**
 * The dry run of an import: the stored file is read as a stream of rows in a worker thread, each
 * row normalised (all of its errors at once) and checked against the rows before it
 * (imports.reader.ts), and staged in chunks of a few thousand rows, each chunk its own short
 * transaction, so that other requests get the embedded database's one connection between chunks
 * and a million-row file never sits in memory as rows.
 * The checks against the registry then run as set-based SQL over the staged rows.
 */
import { setImmediate } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import type { Actor } from '../../lib/scope.ts';
import { DEFAULT_MAX_ROWS, type ImportField, countLines, sniffFile } from './import/index.ts';
import * as registry from './imports-registry.repository.ts';
import type { ReadEvent } from './imports.reader.ts';
import * as repo from './imports.repository.ts';
import type { ImportCounts, ImportMapping } from './imports.schemas.ts';
import { openStageReader, type StageReader } from './imports.stage-thread.ts';

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

export interface StageOptions {
  limits: ImportLimits;
  /** Asked between chunks: true when the job was cancelled or the server is stopping. */
  shouldStop: () => Promise<boolean>;
  onProgress?: (done: number) => Promise<void>;
}

/**
 * Reads the job's stored file and stages its rows (any earlier staging of the job is dropped
 * first). Stops at the header when required columns have no mapping. The file is read in a worker
 * thread one chunk ahead of the chunk being written, so the parser and the database work side by
 * side and the main thread stays free for requests.
 */
export async function stageFile(db: Kysely<Database>, job: repo.JobRow, options: StageOptions): Promise<StageResult> {
  const bytes = await repo.jobFile(db, String(job.id), Number(job.file_size));
  if (!bytes) return { kind: 'refused', code: 'import.empty_file', params: {} };
  await repo.clearRows(db, String(job.id));
  const sniffed = sniffFile(bytes);
  if (sniffed.kind === 'refused') return { kind: 'refused', code: sniffed.code, params: 'params' in sniffed ? sniffed.params : {} };
  // Counted before the bytes move to the worker: a quoted line break makes it a slight overestimate.
  const expectedLines = sniffed.kind === 'csv' ? countLines(bytes, sniffed.encoding) : null;
  const reader = openStageReader({
    bytes,
    kind: sniffed.kind,
    encoding: sniffed.kind === 'csv' ? sniffed.encoding : null,
    chosenMapping: job.chosen_mapping as ImportMapping | null,
    maxRows: options.limits.maxRows,
    chunkRows: options.limits.chunkRows,
    today: todayIso(),
  });
  try {
    return await stageEvents(db, job, reader, options, expectedLines);
  } finally {
    await reader.close();
  }
}

/** Chunks written at once: two keep PostgreSQL busy on two connections while the worker reads the next (the embedded database takes them in turn). */
const WRITES_IN_FLIGHT = 2;

async function stageEvents(db: Kysely<Database>, job: repo.JobRow, reader: StageReader, options: StageOptions, expectedLines: number | null): Promise<StageResult> {
  const jobId = String(job.id);
  const stageContext = { scope: actorOfJob(job).scope };
  let header: Extract<ReadEvent, { kind: 'mapped' }> | null = null;
  let staged = 0;
  const writing = new Set<Promise<void>>();
  let pending = reader.next();
  try {
    for (let event = await pending; event; event = await pending) {
      if (event.kind === 'refused' || event.kind === 'needs_mapping') return event;
      // The worker reads the next chunk while this one is written.
      pending = reader.next();
      // A failed read surfaces at its await; until then it must not count as unhandled.
      pending.catch(() => undefined);
      if (event.kind === 'mapped') {
        header = event;
        continue;
      }
      staged += event.rows;
      const done = staged;
      const total = expectedLines === null || !header ? null : Math.max(done, expectedLines - header.headerRow);
      const write = db.transaction().execute(async (trx) => {
        await repo.insertRows(trx, jobId, event.json, stageContext);
        await repo.advanceProgress(trx, jobId, done, total);
      });
      writing.add(write);
      write.then(() => writing.delete(write), () => undefined);
      // A failed write ends the reading at the next race or at the end.
      if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
      await options.onProgress?.(done);
      // The embedded database settles its promises as microtasks: without a turn of the event loop
      // here, a long file would keep every request waiting until its end.
      await setImmediate();
      if (await options.shouldStop()) return { kind: 'stopped' };
    }
    await Promise.all(writing);
  } finally {
    // However the reading ends, every chunk being written lands (or fails) before anyone clears the staged rows.
    await Promise.allSettled(writing);
  }
  if (!header) return { kind: 'refused', code: 'import.empty_file', params: {} };
  if (staged === 0) return { kind: 'refused', code: 'import.no_data_rows', params: {} };
  return { kind: 'staged', headers: header.headers, mapping: header.mapping, columns: header.columns, rows: staged };
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
    await db.transaction().execute((trx) => registry.resolveRows(trx, { jobId, scope: actor.scope, agencyCode: job.agency_code, columns: result.columns, reset: false }));
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
