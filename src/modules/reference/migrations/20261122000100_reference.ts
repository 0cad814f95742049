import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create table provinces (
      code char(2) primary key check (code ~ '^[0-9]{2}$'),
      name_fa text not null,
      name_en text not null,
      population_2016 integer not null check (population_2016 >= 0),
      quota integer not null default 0 check (quota >= 0)
    )`.execute(db);
  await sql`
    create table counties (
      code text primary key,
      province_code char(2) not null references provinces,
      name_fa text not null,
      name_en text not null
    )`.execute(db);
  await sql`create index counties_province on counties (province_code)`.execute(db);
  await sql`
    create table cities (
      code text primary key,
      county_code text not null references counties,
      province_code char(2) not null references provinces,
      name_fa text not null,
      name_en text not null,
      latitude double precision,
      longitude double precision
    )`.execute(db);
  await sql`create index cities_county on cities (county_code)`.execute(db);
  await sql`create index cities_province on cities (province_code)`.execute(db);
  await sql`
    create table agencies (
      code text primary key,
      name_fa text not null,
      name_en text not null,
      kind text not null,
      house_name_fa text,
      house_name_en text,
      sort_order integer not null default 0,
      active boolean not null default true
    )`.execute(db);
  await sql`
    create table reference_data_state (
      id integer primary key check (id = 1),
      fingerprint text not null,
      loaded_at timestamptz not null
    )`.execute(db);
  // Axes and packages are data, not enums in code: the national headquarters edits them.
  await sql`
    create table axes (
      code text primary key,
      name_fa text not null,
      name_en text not null,
      min_age integer,
      max_age integer
    )`.execute(db);
  await sql`
    create table packages (
      code text primary key,
      axis_code text not null references axes,
      name_fa text not null,
      name_en text not null,
      sort_order integer not null default 0,
      active boolean not null default true
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['reference_data_state', 'packages', 'axes', 'agencies', 'cities', 'counties', 'provinces']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
