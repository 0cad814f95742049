import { type Kysely, sql } from 'kysely';

// A staged row's cells are kept to be shown, never queried: as json (the text, checked) they cost
// the staging a third less than as jsonb, which parses every row into its binary form (a chunk of
// 5,000 rows: 143 → 92 ms, bench/RESULTS.md, issue 4).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_rows alter column cells type json using cells::json`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_rows alter column cells type jsonb using cells::jsonb`.execute(db);
}
