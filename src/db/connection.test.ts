import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from './test-database.ts';

// Only a server can end a connection under us; the embedded database has one in-process connection.
describe.skipIf(!process.env.TAVANA_TEST_DATABASE_URL)('the PostgreSQL pool', () => {
  it('survives the server ending an idle connection, and serves the next query on a fresh one', async () => {
    const handle = await openTestDatabase();
    const killer = await openTestDatabase();
    try {
      const first = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(handle.db);
      const pid = first.rows[0]!.pid;
      await sql`select pg_terminate_backend(${pid})`.execute(killer.db);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = await sql<{ ok: number }>`select 1 as ok`.execute(handle.db);
      expect(next.rows[0]!.ok).toBe(1);
    } finally {
      await handle.close();
      await killer.close();
    }
  });
});
