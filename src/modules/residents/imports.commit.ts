/**
 * The commit of an import: ONE transaction that checks the staged rows again against the registry
 * as it is now (someone may have registered a person since the dry run), writes everything
 * set-based, records one audit entry and marks the job committed. A crash leaves all of it or
 * none of it; a job left "committing" is simply committed again on the next start.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { actorOfJob, columnsOfJob, countsOf, type StageOptions, stageFile } from './imports.analyse.ts';
import * as registry from './imports-registry.repository.ts';
import * as repo from './imports.repository.ts';
import type { ImportCounts } from './imports.schemas.ts';

type CommitOutcome = { kind: 'skipped' } | { kind: 'committed' } | { kind: 'rejections'; counts: ImportCounts };

/**
 * Stages the file again when its staged rows are gone (the staging table is unlogged, so a
 * database crash empties it). Returns whether the rows are there, and whether they were staged
 * anew (and so still need their checks).
 */
async function ensureStaged(db: Kysely<Database>, job: repo.JobRow, options: Omit<StageOptions, 'onProgress'>): Promise<{ staged: boolean; fresh: boolean }> {
  const counts = job.counts as ImportCounts;
  if ((await repo.stagedCount(db, String(job.id))) === counts.rows) return { staged: true, fresh: false };
  const result = await stageFile(db, job, options);
  if (result.kind !== 'staged') return { staged: false, fresh: true };
  await repo.analyseStagedRows(db);
  return { staged: true, fresh: true };
}

/** Commits a job that is "committing"; does nothing otherwise (so running it twice commits once). */
export async function runCommit(db: Kysely<Database>, jobId: string, options: Omit<StageOptions, 'onProgress'>): Promise<void> {
  const job = await repo.findJob(db, jobId);
  if (!job || job.status !== 'committing') return;
  const committing = ['committing'];
  const fail = async () => {
    await repo.updateJob(db, jobId, { status: 'failed', phase: null, error: JSON.stringify({ code: 'import.commit_failed', params: {} }) }, { statuses: committing });
  };
  try {
    const staging = await ensureStaged(db, job, options);
    if (!staging.staged) {
      if (!(await options.shouldStop())) await fail();
      return;
    }
    await repo.setProgress(db, jobId, 'committing', 0, (job.counts as ImportCounts).rows);
    const outcome = await db.transaction().execute(async (trx): Promise<CommitOutcome> => {
      const locked = await repo.lockJob(trx, jobId);
      if (!locked || locked.status !== 'committing') return { kind: 'skipped' };
      const actor = actorOfJob(locked);
      // The dry run's findings stand unless the registry moved since; then every row is checked again.
      const recheck = staging.fresh || (await registry.registryChangedSince(trx, jobId));
      if (recheck) await registry.resolveRows(trx, { jobId, scope: actor.scope, agencyCode: locked.agency_code, columns: columnsOfJob(locked), reset: !staging.fresh });
      const counts = recheck ? countsOf(await repo.outcomeCounts(trx, jobId)) : (locked.counts as ImportCounts);
      // The registry changed since the dry run and some rows fail now: the user decides again.
      if (counts.rejected > 0 && !locked.skip_rejected) return { kind: 'rejections', counts };
      await registry.applyRows(trx, jobId, locked.agency_code, actor.userId, todayIso());
      // What was imported, never who: counts and the job, no personal data.
      await recordAudit(trx, { actor, ip: locked.request_ip }, { action: 'import', entity: 'import_job', entityId: jobId, after: { agencyCode: locked.agency_code, fileKind: locked.file_kind, counts } });
      await repo.updateJob(trx, jobId, { status: 'committed', phase: null, done: counts.rows, total: counts.rows, counts: JSON.stringify(counts), error: null, committed_at: sql<Date>`now()` });
      return { kind: 'committed' };
    });
    if (outcome.kind === 'rejections') {
      await repo.updateJob(db, jobId, { status: 'analysed', phase: null, counts: JSON.stringify(outcome.counts) }, { statuses: committing });
    }
  } catch (error) {
    // A server going down mid-commit leaves the job "committing", to be committed on the next start.
    if (await options.shouldStop()) return;
    await fail();
    throw error;
  }
}
