import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id integer generated always as identity primary key,
      username text not null,
      display_name text not null,
      password_hash text not null,
      role text not null check (role in ('admin', 'national_hq', 'province_secretariat', 'agency_staff', 'house_staff', 'budget_office', 'viewer')),
      scope_level text not null check (scope_level in ('country', 'province', 'county', 'neighborhood')),
      scope_codes text[] not null default '{}',
      agency_code text references agencies,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_login_at timestamptz
    )`.execute(db);
  await sql`create unique index users_username_key on users (lower(username))`.execute(db);
  // Only a hash of the session token is stored, so a leaked table cannot be replayed as cookies.
  await sql`
    create table sessions (
      token_hash text primary key,
      user_id integer not null references users on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text
    )`.execute(db);
  await sql`create index sessions_user on sessions (user_id)`.execute(db);
  await sql`create index sessions_expires on sessions (expires_at)`.execute(db);
  // Failed logins are kept in the database so the limit holds across restarts and processes.
  await sql`
    create table login_failures (
      id bigint generated always as identity primary key,
      username text not null,
      ip text not null,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index login_failures_username on login_failures (lower(username), at)`.execute(db);
  await sql`create index login_failures_ip on login_failures (ip, at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['login_failures', 'sessions', 'users']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
