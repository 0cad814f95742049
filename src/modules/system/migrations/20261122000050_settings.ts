import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Facts about this installation (such as "the demo was loaded"), one row each.
  await sql`
    create table app_settings (
      key text primary key,
      value text not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists app_settings`.execute(db);
}
