import path from 'node:path';
import { databaseTargetFromEnv } from '../db/config.ts';
import { openDatabase } from '../db/connection.ts';
import { buildApp } from '../server/app.ts';
import { type Credential, ensureAdmin, loadDemo, prepareDatabase } from '../server/bootstrap.ts';
import { configFromEnv } from '../server/config.ts';
import { projectRoot } from '../project-root.ts';
import { purgeUnlinkedAttachments, runDailyDigest } from '../modules/meetings/index.ts';
import { resumeImportJobs } from '../modules/residents/index.ts';
import { purgeExpiredSessions } from '../modules/users/index.ts';
import { printCredentials } from './print.ts';

/** Starts Tavana and keeps it running until SIGTERM or SIGINT, then closes the database cleanly. */
export async function runServe(): Promise<number> {
  const startedAt = performance.now();
  const target = databaseTargetFromEnv();
  const config = { ...configFromEnv(), webRoot: path.join(projectRoot(), 'dist/web') };
  const database = await openDatabase(target);
  let credentials: Credential[] = [];
  try {
    await prepareDatabase(database.db);
    const admin = await ensureAdmin(database.db);
    if (admin) credentials.push(admin);
    if (process.env.TAVANA_DEMO !== 'false') {
      const demo = await loadDemo(database.db);
      if (demo) {
        process.stdout.write('Loaded the demo data (partly invented, for demonstration only).\n');
        credentials = [...credentials, ...demo];
      }
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const app = await buildApp({ database, config });
  // Hourly housekeeping: expired sessions, uploads never attached, and the daily digest of
  // resolutions due and overdue (its notices are deduplicated, so hourly runs tell each thing once).
  const purge = async () => {
    await purgeExpiredSessions(database.db, { windowMinutes: config.loginWindowMinutes }).catch((error: unknown) => app.log.warn({ err: error }, 'session purge failed'));
    await purgeUnlinkedAttachments(database.db).catch((error: unknown) => app.log.warn({ err: error }, 'attachment purge failed'));
    await runDailyDigest(database.db)
      .then((result) => app.log.info(result, 'daily digest'))
      .catch((error: unknown) => app.log.warn({ err: error }, 'daily digest failed'));
  };
  const purgeTimer = setInterval(() => void purge(), 3_600_000);
  purgeTimer.unref();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(purgeTimer);
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  // The first round runs once the server answers: the digest over a national backlog must not
  // hold up the start.
  void purge();
  // Imports a stopped server left analysing or committing run again from their stored files.
  void resumeImportJobs(database.db)
    .then((count) => count > 0 && app.log.info({ count }, 'resumed unfinished imports'))
    .catch((error: unknown) => app.log.warn({ err: error }, 'resuming imports failed'));
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where = target.kind === 'embedded' ? `embedded database in ${target.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(`\nTavana is running at http://${shownHost}:${config.port}  (${where}; ready in ${Math.round(performance.now() - startedAt)} ms)\n`);
  process.stdout.write(`API documentation: http://${shownHost}:${config.port}/api/docs\n`);
  if (credentials.length > 0) printCredentials(credentials);
  else process.stdout.write('Log in with an existing user; `npm run tavana -- user set-password admin` sets a new admin password.\n');
  return new Promise<number>(() => {});
}
