import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The dedupe key makes every notice idempotent: the daily job may run twice, or crash and
  // run again, without telling anyone the same thing twice.
  await sql`
    create table notifications (
      id bigint generated always as identity primary key,
      user_id integer not null references users on delete cascade,
      kind text not null,
      dedupe_key text not null,
      link text not null default '',
      params jsonb not null default '{}',
      created_at timestamptz not null default now(),
      read_at timestamptz,
      unique (user_id, dedupe_key)
    )`.execute(db);
  await sql`create index notifications_user_created on notifications (user_id, created_at desc, id desc)`.execute(db);
  await sql`create index notifications_user_unread on notifications (user_id) where read_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists notifications`.execute(db);
}
