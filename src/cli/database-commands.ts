import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { loadDemo, prepareDatabase } from '../server/bootstrap.ts';
import { printCredentials } from './print.ts';

export async function runMigrate(db: Kysely<Database>): Promise<number> {
  await prepareDatabase(db);
  process.stdout.write('Database is up to date.\n');
  return 0;
}

export async function runSeed(db: Kysely<Database>): Promise<number> {
  await prepareDatabase(db);
  const credentials = await loadDemo(db);
  if (!credentials) {
    process.stderr.write('The database already has neighbourhoods; the demo loads only into an empty one.\n');
    return 1;
  }
  process.stdout.write('Demo data loaded (partly invented, for demonstration only).\n');
  printCredentials(credentials);
  return 0;
}
