import { type Kysely, sql } from 'kysely';

// Tables that grow with people carry province_code and are keyed (province_code, id), with
// foreign keys that include it (DESIGN.md, Scale), so they can be partitioned by province later.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table households (
      province_code char(2) not null references provinces,
      id bigint generated always as identity,
      neighborhood_id integer not null references neighborhoods on delete restrict,
      address text not null default '',
      tenure text check (tenure in ('owner', 'tenant', 'informal')),
      welfare_decile smallint check (welfare_decile between 1 and 10),
      head_person_id bigint,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (province_code, id)
    )`.execute(db);
  await sql`create index households_neighborhood on households (neighborhood_id)`.execute(db);

  await sql`
    create table household_moves (
      id bigint generated always as identity primary key,
      province_code char(2) not null,
      household_id bigint not null,
      from_neighborhood_id integer not null references neighborhoods,
      to_neighborhood_id integer not null references neighborhoods,
      moved_on date not null,
      created_by integer references users,
      created_at timestamptz not null default now(),
      foreign key (province_code, household_id) references households on delete cascade
    )`.execute(db);
  await sql`create index household_moves_household on household_moves (province_code, household_id)`.execute(db);

  await sql`
    create table persons (
      province_code char(2) not null references provinces,
      id bigint generated always as identity,
      household_id bigint,
      neighborhood_id integer not null references neighborhoods on delete restrict,
      national_id char(10),
      missing_id_reason text check (missing_id_reason in ('undocumented', 'foreign_national', 'not_yet_issued')),
      first_name text not null,
      last_name text not null,
      father_name text not null default '',
      -- Normalised "first last father" for search and duplicate matching.
      name_search text collate "C" not null,
      sex text not null check (sex in ('male', 'female')),
      birth_date date,
      relation text check (relation in ('head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'other')),
      phone text not null default '',
      schooling text check (schooling in ('in_school', 'left_school', 'graduated', 'never_enrolled', 'under_school_age')),
      insurance text not null default 'unknown' check (insurance in ('insured', 'uninsured', 'unknown')),
      employment text check (employment in ('employed', 'unemployed', 'student', 'homemaker', 'retired', 'unable', 'child')),
      disability text not null default '',
      notes text not null default '',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (province_code, id),
      foreign key (province_code, household_id) references households on delete restrict,
      check ((national_id is null) = (missing_id_reason is not null))
    )`.execute(db);
  // One person per national ID in the whole country. (Partitioned by province, this would move to
  // a small lookup table keyed by national ID.)
  await sql`create unique index persons_national_id_key on persons (national_id) where national_id is not null`.execute(db);
  await sql`create index persons_household on persons (province_code, household_id)`.execute(db);
  await sql`create index persons_neighborhood on persons (neighborhood_id)`.execute(db);
  await sql`create index persons_name_trgm on persons using gin (name_search gin_trgm_ops)`.execute(db);
  await sql`
    alter table households add constraint households_head_fkey
      foreign key (province_code, head_person_id) references persons (province_code, id) on delete set null (head_person_id)
      deferrable initially deferred`.execute(db);

  await sql`
    create table person_agencies (
      province_code char(2) not null,
      person_id bigint not null,
      agency_code text not null references agencies,
      case_number text not null default '',
      started_on date,
      ended_on date,
      created_by integer references users,
      created_at timestamptz not null default now(),
      primary key (province_code, person_id, agency_code),
      foreign key (province_code, person_id) references persons on delete cascade
    )`.execute(db);
  await sql`create index person_agencies_agency on person_agencies (agency_code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table households drop constraint if exists households_head_fkey`.execute(db);
  for (const table of ['person_agencies', 'persons', 'household_moves', 'households']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
