import { type Kysely, sql } from 'kysely';

// An import is a job (what was uploaded, how far it got, what it found) with its file kept in the
// database, so that the file shares the job's transactions and backups and a restart can analyse
// it again. The staged rows are UNLOGGED: they are derived from the file, so after a database
// crash (which empties them) the job stages the file again instead of paying for WAL on a
// million rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_jobs (
      id bigint generated always as identity primary key,
      created_by integer not null references users,
      agency_code text not null references agencies,
      -- The creator's role and scope when they last acted on the job: a job resumed after a
      -- restart runs with them, with no request to take them from.
      actor jsonb not null,
      request_ip text,
      file_name text not null,
      file_kind text not null check (file_kind in ('csv', 'xlsx')),
      file_size integer not null,
      file_sha256 char(64) not null,
      status text not null check (status in ('analysing', 'needs_mapping', 'analysed', 'committing', 'committed', 'failed', 'cancelled')),
      phase text check (phase in ('reading', 'checking', 'committing')),
      done integer not null default 0,
      total integer,
      headers jsonb not null default '[]',
      -- Column index per field the user chose (null until they do: headers are matched).
      chosen_mapping jsonb,
      mapping jsonb not null default '{}',
      missing_fields jsonb not null default '[]',
      counts jsonb not null default '{"rows":0,"create":0,"link":0,"update":0,"unchanged":0,"rejected":0}',
      skip_rejected boolean not null default false,
      error jsonb,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      committed_at timestamptz
    )`.execute(db);
  // The same bytes for the same agency are imported once.
  await sql`create unique index import_jobs_committed_file on import_jobs (file_sha256, agency_code) where status = 'committed'`.execute(db);
  await sql`create index import_jobs_creator on import_jobs (created_by, id desc)`.execute(db);
  await sql`create index import_jobs_unfinished on import_jobs (id) where status in ('analysing', 'committing')`.execute(db);

  // The file in parts of a few megabytes: a 250 MB upload then never travels as one parameter
  // or one hex-encoded result, which cost the server a gigabyte or more. Parts are stored
  // uncompressed, so writing and reading them stays cheap.
  await sql`
    create table import_files (
      job_id bigint not null references import_jobs on delete cascade,
      part integer not null,
      content bytea not null,
      primary key (job_id, part)
    )`.execute(db);
  await sql`alter table import_files alter column content set storage external`.execute(db);

  await sql`
    create unlogged table import_rows (
      job_id bigint not null,
      row_no integer not null,
      outcome text not null,
      parse_errors jsonb,
      db_errors jsonb,
      cells jsonb not null,
      national_id char(10),
      missing_id_reason text,
      first_name text not null,
      last_name text not null,
      father_name text not null,
      name_search text collate "C" not null,
      sex text not null,
      birth_date date,
      relation text,
      phone text not null,
      schooling text,
      insurance text not null,
      employment text,
      disability text not null,
      notes text not null,
      case_number text not null,
      household_key text,
      neighborhood_code text,
      neighborhood_name text,
      address text not null,
      tenure text,
      welfare_decile smallint,
      neighborhood_id integer,
      province_code char(2),
      person_id bigint,
      person_province char(2),
      household_id bigint,
      primary key (job_id, row_no)
    )`.execute(db);
  // Family groups are matched by key within a job: without it, a join the planner misjudges scans the job once per family.
  await sql`create index import_rows_household on import_rows (job_id, household_key) where household_key is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['import_rows', 'import_files', 'import_jobs']) await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
