/**
 * The in-process runner of import jobs: a queue that runs one job at a time (a dry run or a
 * commit), so that a million-row import never competes with another for the database. Jobs live
 * in the database, not in the queue: a server that stops leaves them "analysing" or "committing",
 * and {@link resumeImportJobs} queues them again on the next start.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { type ImportLimits, importLimitsFromEnv, runAnalysis } from './imports.analyse.ts';
import { runCommit } from './imports.commit.ts';
import * as repo from './imports.repository.ts';

type Task = { jobId: string; kind: 'analyse' | 'commit' };

export interface ImportRunner {
  limits: ImportLimits;
  /** Queues a job's next step; a job already waiting is not queued twice. */
  enqueue(task: Task): void;
  /** Resolves when nothing is queued or running (tests wait on it). */
  whenIdle(): Promise<void>;
  /** Lets the running step stop at its next chunk (its job stays unfinished) and waits for it. */
  stop(): Promise<void>;
  /** Called with a step's unexpected error (the job is marked failed already). */
  onError: (error: unknown, task: Task) => void;
}

export function createImportRunner(db: Kysely<Database>, limits: ImportLimits = importLimitsFromEnv()): ImportRunner {
  const queue: Task[] = [];
  let running: Promise<void> | null = null;
  let stopping = false;
  let idleWaiters: (() => void)[] = [];

  const shouldStop = async (jobId: string): Promise<boolean> => {
    if (stopping) return true;
    const job = await repo.findJob(db, jobId);
    return !job || job.status === 'cancelled';
  };

  const drain = async () => {
    while (queue.length > 0 && !stopping) {
      const task = queue.shift()!;
      const options = { limits: runner.limits, shouldStop: () => shouldStop(task.jobId) };
      try {
        if (task.kind === 'analyse') await runAnalysis(db, task.jobId, options);
        else await runCommit(db, task.jobId, options);
      } catch (error) {
        runner.onError(error, task);
      }
    }
    running = null;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const runner: ImportRunner = {
    limits,
    enqueue(task) {
      if (stopping || queue.some((queued) => queued.jobId === task.jobId && queued.kind === task.kind)) return;
      queue.push(task);
      // Started on the next turn, so that the request that queued it answers first.
      running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(drain);
    },
    whenIdle() {
      if (!running) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      stopping = true;
      queue.length = 0;
      await running;
    },
    onError: () => undefined,
  };
  return runner;
}

// One runner per database: the routes, `serve` and the tests reach the same one.
const runners = new WeakMap<Kysely<Database>, ImportRunner>();

/** The runner of a database's import jobs, created on first use. */
export function importRunner(db: Kysely<Database>): ImportRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = createImportRunner(db);
    runners.set(db, runner);
  }
  return runner;
}

/** Stops a database's runner (the app's close hook) and forgets it. */
export async function stopImportRunner(db: Kysely<Database>): Promise<void> {
  const runner = runners.get(db);
  runners.delete(db);
  await runner?.stop();
}

/**
 * Queues every job a stopped server left unfinished: a dry run starts again from the stored file,
 * a commit runs again (its transaction either happened whole or not at all). Returns how many.
 */
export async function resumeImportJobs(db: Kysely<Database>): Promise<number> {
  const runner = importRunner(db);
  const jobs = await repo.unfinishedJobIds(db);
  for (const job of jobs) runner.enqueue({ jobId: job.id, kind: job.status === 'committing' ? 'commit' : 'analyse' });
  return jobs.length;
}
