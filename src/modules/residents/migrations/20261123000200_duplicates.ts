import { type Kysely, sql } from 'kysely';

// Duplicate candidates and merges. Neither table has a foreign key to persons: a merge removes the
// merged person's row (so no read path needs a "not merged" filter) and an undo puts it back with
// its original id, and both tables must outlive that.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table duplicate_candidates (
      id bigint generated always as identity primary key,
      province_code char(2) not null references provinces,
      -- The pair in a canonical order (smaller id first), so a pair has one row whichever way it is found.
      person_a_id bigint not null,
      person_b_id bigint not null,
      score smallint not null check (score between 0 and 100),
      reasons text[] not null,
      name_similarity real,
      status text not null default 'open' check (status in ('open', 'dismissed', 'merged')),
      detected_at timestamptz not null default now(),
      decided_by integer references users,
      decided_at timestamptz,
      check (person_a_id < person_b_id),
      unique (province_code, person_a_id, person_b_id)
    )`.execute(db);
  await sql`create index duplicate_candidates_list on duplicate_candidates (province_code, status, score desc, id)`.execute(db);
  await sql`create index duplicate_candidates_person_b on duplicate_candidates (person_b_id)`.execute(db);

  await sql`
    create table person_merges (
      id bigint generated always as identity primary key,
      province_code char(2) not null references provinces,
      survivor_id bigint not null,
      merged_person_id bigint not null,
      -- The removed persons row, whole (to_jsonb), put back as it was by an undo.
      merged_person jsonb not null,
      -- The survivor's fields the merge filled, as they were, and its version after the merge:
      -- an undo refuses once the survivor has changed again.
      survivor_before jsonb not null,
      survivor_version integer not null,
      -- What each merge step (agency links, households, later modules' records) needs to undo itself.
      steps jsonb not null default '{}',
      candidate_id bigint references duplicate_candidates on delete set null,
      merged_by integer references users,
      merged_at timestamptz not null default now(),
      undone_by integer references users,
      undone_at timestamptz
    )`.execute(db);
  await sql`create index person_merges_survivor on person_merges (survivor_id)`.execute(db);
  // A person is merged away at most once at a time.
  await sql`create unique index person_merges_merged_active on person_merges (merged_person_id) where undone_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists person_merges`.execute(db);
  await sql`drop table if exists duplicate_candidates`.execute(db);
}
