import { type Kysely, sql } from 'kysely';

// Measured with 50,000 resolutions (bench/RESULTS.md, issue 3).
export async function up(db: Kysely<unknown>): Promise<void> {
  // The tracker's default order (deadline, then id), in either direction, when no filter narrows
  // the rows to an index of its own: the first page comes from the index instead of sorting every
  // resolution (60 → 2 ms unfiltered). status and completed_on ride along so that a page ordered
  // by delay, chosen on the resolutions table alone, can read this small index instead of the
  // wide table.
  await sql`create index resolutions_deadline_id on resolutions (deadline, id) include (status, completed_on)`.execute(db);
  // The agency scorecard reads only these columns: an index-only scan of about 300 pages replaces
  // a scan of the whole table (5,400 pages, long texts) — whole country 49 → 28 ms.
  await sql`create index resolutions_scorecard on resolutions (lead_agency_code, status, deadline, completed_on)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists resolutions_scorecard`.execute(db);
  await sql`drop index if exists resolutions_deadline_id`.execute(db);
}
