import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { Scope } from '../../lib/scope.ts';
import { personInScope } from './duplicates.repository.ts';
import type { PersonValues } from './residents.repository.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** A persons row as to_jsonb gives it: what a merge keeps and an undo puts back. */
export type PersonSnapshot = Record<string, unknown> & { id: string | number; province_code: string; neighborhood_id: number; household_id: string | number | null; national_id: string | null; version: number };
/** A person_agencies row as to_jsonb gives it. */
export type LinkSnapshot = Record<string, unknown> & { agency_code: string; case_number: string; started_on: string | null; ended_on: string | null };

/** The whole row, locked, when it still has the version the caller saw. */
export async function lockPersonSnapshot(trx: Transaction<Database>, provinceCode: string, id: string, version: number): Promise<PersonSnapshot | undefined> {
  const result = await sql<{ row: PersonSnapshot }>`
    select to_jsonb(persons.*) as row from persons where province_code = ${provinceCode} and id = ${id} and version = ${version} for update`.execute(trx);
  return result.rows[0]?.row;
}

/** The survivor's current version, locked. */
export async function lockPersonVersion(trx: Transaction<Database>, provinceCode: string, id: string): Promise<number | undefined> {
  const row = await trx.selectFrom('persons').select('version').where('province_code', '=', provinceCode).where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.version;
}

/** A person's place, anywhere in the country (undo needs it for a survivor outside the lists). */
export async function personExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('persons').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** True when the scope covers a place given by province and neighbourhood (for a removed person's snapshot). */
export async function placeInScope(db: Executor, scope: Scope, provinceCode: string, neighborhoodId: number): Promise<boolean> {
  const result = await sql<{ ok: number }>`
    select 1 as ok from (select ${provinceCode}::text as province_code, ${neighborhoodId}::int as neighborhood_id) as place
    where ${personInScope(scope, 'place')}`.execute(db);
  return result.rows.length > 0;
}

export async function deletePerson(trx: Transaction<Database>, provinceCode: string, id: string): Promise<void> {
  await trx.deleteFrom('persons').where('province_code', '=', provinceCode).where('id', '=', id).execute();
}

export type SurvivorChanges = Partial<PersonValues & { household_id: string | null; neighborhood_id: number }>;

/** Writes the fields a merge fills (or an undo restores); the new version, or undefined when the version moved. */
export async function updateSurvivor(trx: Transaction<Database>, provinceCode: string, id: string, version: number, changes: SurvivorChanges): Promise<number | undefined> {
  const row = await trx
    .updateTable('persons')
    .set({ ...changes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('province_code', '=', provinceCode)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Puts a removed row back exactly as it was, with its original id. */
export async function restorePerson(trx: Transaction<Database>, snapshot: PersonSnapshot): Promise<void> {
  await sql`insert into persons overriding system value select * from jsonb_populate_record(null::persons, ${JSON.stringify(snapshot)}::jsonb)`.execute(trx);
}

export async function nationalIdOwner(db: Executor, nationalId: string): Promise<string | undefined> {
  return (await db.selectFrom('persons').select('id').where('national_id', '=', nationalId).executeTakeFirst())?.id;
}

export async function householdExists(db: Executor, provinceCode: string, id: string): Promise<boolean> {
  return (await db.selectFrom('households').select('id').where('province_code', '=', provinceCode).where('id', '=', id).executeTakeFirst()) !== undefined;
}

// ---- Agency links ------------------------------------------------------------------------------

export async function linkSnapshots(trx: Transaction<Database>, provinceCode: string, personId: string): Promise<LinkSnapshot[]> {
  const result = await sql<{ row: LinkSnapshot }>`
    select to_jsonb(person_agencies.*) as row from person_agencies
    where province_code = ${provinceCode} and person_id = ${personId} order by agency_code`.execute(trx);
  return result.rows.map((row) => row.row);
}

export async function moveLink(trx: Transaction<Database>, provinceCode: string, fromId: string, toId: string, agencyCode: string): Promise<void> {
  await trx.updateTable('person_agencies').set({ person_id: toId }).where('province_code', '=', provinceCode).where('person_id', '=', fromId).where('agency_code', '=', agencyCode).execute();
}

export async function setLink(trx: Transaction<Database>, provinceCode: string, personId: string, agencyCode: string, values: { case_number: string; started_on: string | null; ended_on: string | null }): Promise<void> {
  await trx.updateTable('person_agencies').set(values).where('province_code', '=', provinceCode).where('person_id', '=', personId).where('agency_code', '=', agencyCode).execute();
}

export async function deleteLinks(trx: Transaction<Database>, provinceCode: string, personId: string, agencyCodes: readonly string[]): Promise<void> {
  if (agencyCodes.length === 0) return;
  await trx.deleteFrom('person_agencies').where('province_code', '=', provinceCode).where('person_id', '=', personId).where('agency_code', 'in', agencyCodes).execute();
}

/** Inserts link rows exactly as snapshotted (their person, dates, case numbers, creator and time). */
export async function insertLinks(trx: Transaction<Database>, links: readonly LinkSnapshot[]): Promise<void> {
  if (links.length === 0) return;
  await sql`insert into person_agencies select * from jsonb_populate_recordset(null::person_agencies, ${JSON.stringify(links)}::jsonb)`.execute(trx);
}

// ---- Households --------------------------------------------------------------------------------

export async function householdsHeadedBy(trx: Transaction<Database>, provinceCode: string, personId: string) {
  return trx.selectFrom('households').select(['id', 'version']).where('province_code', '=', provinceCode).where('head_person_id', '=', personId).forUpdate().execute();
}

/** Sets a household's head and returns its new version. */
export async function setHouseholdHead(trx: Transaction<Database>, provinceCode: string, id: string, headId: string | null): Promise<number> {
  const row = await trx
    .updateTable('households')
    .set({ head_person_id: headId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('province_code', '=', provinceCode)
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}

export async function householdVersion(trx: Transaction<Database>, provinceCode: string, id: string): Promise<number | undefined> {
  return (await trx.selectFrom('households').select('version').where('province_code', '=', provinceCode).where('id', '=', id).forUpdate().executeTakeFirst())?.version;
}

// ---- Candidates and merges ---------------------------------------------------------------------

/** Marks the pair's candidate merged (whichever order) and returns its id; other open pairs of the merged person go. */
export async function settleCandidates(trx: Transaction<Database>, provinceCode: string, survivorId: string, mergedId: string, userId: number): Promise<string | null> {
  const [a, b] = BigInt(survivorId) < BigInt(mergedId) ? [survivorId, mergedId] : [mergedId, survivorId];
  const pair = await trx
    .updateTable('duplicate_candidates')
    .set({ status: 'merged', decided_by: userId, decided_at: sql`now()` })
    .where('province_code', '=', provinceCode)
    .where('person_a_id', '=', a)
    .where('person_b_id', '=', b)
    .returning('id')
    .executeTakeFirst();
  await trx
    .deleteFrom('duplicate_candidates')
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('person_a_id', '=', mergedId), eb('person_b_id', '=', mergedId)]))
    .execute();
  return pair?.id ?? null;
}

export async function reopenCandidate(trx: Transaction<Database>, id: string): Promise<void> {
  await trx.updateTable('duplicate_candidates').set({ status: 'open', decided_by: null, decided_at: null }).where('id', '=', id).where('status', '=', 'merged').execute();
}

export async function insertMerge(
  trx: Transaction<Database>,
  values: { province_code: string; survivor_id: string; merged_person_id: string; merged_person: PersonSnapshot; survivor_before: Record<string, unknown>; survivor_version: number; steps: Record<string, unknown>; candidate_id: string | null; merged_by: number },
): Promise<string> {
  const row = await trx
    .insertInto('person_merges')
    .values({ ...values, merged_person: JSON.stringify(values.merged_person), survivor_before: JSON.stringify(values.survivor_before), steps: JSON.stringify(values.steps) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function lockMerge(trx: Transaction<Database>, id: string) {
  return trx.selectFrom('person_merges').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}
export type MergeRow = NonNullable<Awaited<ReturnType<typeof lockMerge>>>;

/** The merge that removed a person and is not undone. */
export async function activeMergeOf(db: Executor, mergedId: string) {
  return db.selectFrom('person_merges').select(['id', 'survivor_id']).where('merged_person_id', '=', mergedId).where('undone_at', 'is', null).executeTakeFirst();
}

export async function markUndone(trx: Transaction<Database>, id: string, userId: number): Promise<void> {
  await trx.updateTable('person_merges').set({ undone_by: userId, undone_at: sql`now()` }).where('id', '=', id).execute();
}

/** The merges a person survived, newest first, with who did them. */
export async function mergesOfSurvivor(db: Executor, survivorId: string) {
  return db
    .selectFrom('person_merges')
    .leftJoin('users as merger', 'merger.id', 'person_merges.merged_by')
    .leftJoin('users as undoer', 'undoer.id', 'person_merges.undone_by')
    .select([
      'person_merges.id',
      'person_merges.merged_person_id',
      'person_merges.merged_person',
      'person_merges.survivor_version',
      'person_merges.merged_at',
      'person_merges.undone_at',
      'merger.display_name as merged_by_name',
      'undoer.display_name as undone_by_name',
    ])
    .where('person_merges.survivor_id', '=', survivorId)
    .orderBy('person_merges.merged_at', 'desc')
    .orderBy('person_merges.id', 'desc')
    .execute();
}
