import path from 'node:path';

/** Where Tavana keeps its data: an embedded PGlite folder, or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'postgres'; connectionString: string };

/**
 * Reads the database target from the environment: `DATABASE_URL` selects PostgreSQL,
 * otherwise the embedded database lives in `TAVANA_DATA_DIR` (default `./data`).
 */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', connectionString: url };
  const dataDir = path.resolve(env.TAVANA_DATA_DIR?.trim() || './data');
  return { kind: 'embedded', dataDir };
}
