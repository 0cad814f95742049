import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from './config.ts';
import { lockDataDir } from './lock.ts';
import type { Database } from './types.ts';

// Dates stay ISO strings (a JS Date would shift them by the server's time zone), and bigint
// stays a string (rials exceed 2^53); counts are cast to int in SQL where a number is wanted.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value: string) => Number(value));

/** An open database: the Kysely instance and how to close it cleanly. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  close(): Promise<void>;
}

/**
 * Opens the database: PGlite through its node-postgres adapter (so one `PostgresDialect`
 * serves both) with a folder lock, or a pool on a PostgreSQL server.
 */
export async function openDatabase(target: DatabaseTarget | { kind: 'memory' }): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
    // A connection the server ends (a restart, a terminated backend, a dropped test database)
    // emits 'error'; unheard, that would crash the process. The query that was using it fails
    // on its own, and the pool opens a fresh connection for the next one.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const release = target.kind === 'embedded' ? lockDataDir(target.dataDir) : () => {};
  try {
    const pglite = await PGlite.create(target.kind === 'embedded' ? target.dataDir : 'memory://', {
      extensions: { pg_trgm },
    });
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'embedded',
      close: async () => {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
