import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table neighborhoods (
      id integer generated always as identity primary key,
      code text not null,
      name_fa text not null,
      name_en text not null default '',
      -- Both derived in the application: search_text is normalised for search, name_sort maps
      -- Persian letters to alphabet order so byte order (COLLATE "C", fast) is Persian order.
      search_text text collate "C" not null,
      name_sort text collate "C" not null,
      province_code char(2) not null references provinces,
      county_code text not null references counties,
      city_code text not null references cities,
      population integer not null check (population >= 0),
      households integer not null check (households >= 0),
      area_hectares numeric(12, 2) check (area_hectares >= 0),
      fabric text not null check (fabric in ('worn_out', 'informal_settlement', 'historic', 'rural_origin')),
      severity text not null check (severity in ('very_severe', 'severe', 'weak', 'very_weak')),
      status text not null check (status in ('candidate', 'target', 'graduated')),
      steward_agency_code text references agencies,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      profile text not null default '',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index neighborhoods_code_key on neighborhoods (code)`.execute(db);
  await sql`create unique index neighborhoods_city_name_key on neighborhoods (city_code, name_fa)`.execute(db);
  // Trigram index: substring search on normalised names stays fast at national scale.
  await sql`create index neighborhoods_search_trgm on neighborhoods using gin (search_text gin_trgm_ops)`.execute(db);
  await sql`create index neighborhoods_province_name on neighborhoods (province_code, name_fa)`.execute(db);
  await sql`create index neighborhoods_county on neighborhoods (county_code)`.execute(db);
  await sql`create index neighborhoods_city on neighborhoods (city_code)`.execute(db);
  await sql`create index neighborhoods_steward on neighborhoods (steward_agency_code)`.execute(db);
  await sql`create index neighborhoods_name_sort on neighborhoods (name_sort, id)`.execute(db);
  // A neighbourhood house sits in one neighbourhood; its existence blocks deleting that neighbourhood.
  await sql`
    create table houses (
      id integer generated always as identity primary key,
      neighborhood_id integer not null references neighborhoods on delete restrict,
      agency_code text not null references agencies,
      name_fa text not null,
      address text not null default '',
      phone text not null default '',
      opened_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index houses_neighborhood on houses (neighborhood_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists houses`.execute(db);
  await sql`drop table if exists neighborhoods`.execute(db);
}
