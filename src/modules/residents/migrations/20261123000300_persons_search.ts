import { type Kysely, sql } from 'kysely';

// The people list in name order, walked instead of sorted (issue 4, bench/RESULTS.md). A common
// name («علی») matches 190,000 of a million people; sorting them all for a page of 50 took half a
// second, while walking an index in name order and keeping the rows that match stops after a few
// hundred. The whole country walks the first index; a province's staff, the second, within the
// province. Rare names keep the trigram index and sort their few matches.
//
// And a person by id alone: the primary key leads with province_code (for partitioning later), so
// `where id in (…)` — the page's rows, a person's record, an update — read the whole table
// (110 ms at a million). Not unique: a partitioned table keeps it per partition. Households by id
// alone likewise (a household's page, a move: 25 ms at 285,000 households).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index persons_id on persons (id)`.execute(db);
  await sql`create index households_id on households (id)`.execute(db);
  await sql`create index persons_name_order on persons (last_name, first_name, id)`.execute(db);
  await sql`create index persons_province_name_order on persons (province_code, last_name, first_name, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists persons_province_name_order`.execute(db);
  await sql`drop index if exists persons_name_order`.execute(db);
  await sql`drop index if exists persons_id`.execute(db);
  await sql`drop index if exists households_id`.execute(db);
}
