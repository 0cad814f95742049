import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { PersonValues } from './residents.repository.ts';

// The demo population's bulk loader speaks SQL here, apart from the repository: a few thousand
// rows go in as one JSON parameter per statement (jsonb_to_recordset), which is what keeps the
// load well under a second on the embedded database. Only the module's own tables are written.

type Executor = Kysely<Database>;

/** Rows per statement: about 1,000 people make a parameter of a few hundred kilobytes. */
const chunkSize = 1_000;

export interface HouseholdInsert {
  province_code: string;
  id: string;
  neighborhood_id: number;
  address: string;
  tenure: string | null;
  welfare_decile: number | null;
  head_person_id: string | null;
}

/** A person row as the bulk loader writes it: the repository's values plus its own keys. */
export interface PersonInsert extends PersonValues {
  province_code: string;
  id: string;
  household_id: string | null;
  neighborhood_id: number;
}

export interface PersonAgencyInsert {
  province_code: string;
  person_id: string;
  agency_code: string;
  case_number: string;
  started_on: string | null;
  ended_on: string | null;
}

export interface PopulatedNeighborhoodRow {
  id: number;
  code: string;
  province_code: string;
  population: number;
  households: number;
  fabric: string | null;
  steward_agency_code: string | null;
}

/**
 * The province's neighbourhoods with what the generator needs. A read of the geography module's
 * table: its index offers no listing for a seed (the meetings seed reads it the same way).
 */
export async function neighborhoodsToPopulate(db: Executor, provinceCode: string): Promise<PopulatedNeighborhoodRow[]> {
  const result = await sql<PopulatedNeighborhoodRow>`
    select id, code, province_code, population, households, fabric, steward_agency_code
    from neighborhoods where province_code = ${provinceCode} order by code`.execute(db);
  return result.rows;
}

/** Whether anyone is registered in the province already (the demo then leaves it alone). */
export async function provinceHasPersons(db: Executor, provinceCode: string): Promise<boolean> {
  const result = await sql<{ found: number }>`select 1 as found from persons where province_code = ${provinceCode} limit 1`.execute(db);
  return result.rows.length > 0;
}

/**
 * `count` ids taken from a table's identity sequence, so that rows can be inserted with their ids
 * already known: households then point at their heads and people at their households without an
 * update, and nothing depends on the order RETURNING gives rows back in.
 */
export async function reserveIds(db: Executor, table: 'households' | 'persons', count: number): Promise<string[]> {
  if (count === 0) return [];
  const result = await sql<{ id: string }>`
    select nextval((select pg_get_serial_sequence(${table}, 'id'))::regclass)::text as id from generate_series(1, ${count}) order by 1`.execute(db);
  return result.rows.map((row) => row.id);
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += chunkSize) out.push(rows.slice(start, start + chunkSize));
  return out;
}

/**
 * Inserts households with reserved ids. Their heads are inserted after them, in the same
 * transaction: the head's foreign key is checked at commit.
 */
export async function insertHouseholds(db: Executor, rows: readonly HouseholdInsert[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await sql`
      insert into households (province_code, id, neighborhood_id, address, tenure, welfare_decile, head_person_id)
      overriding system value
      select r.province_code, r.id, r.neighborhood_id, r.address, r.tenure, r.welfare_decile, r.head_person_id
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(
        province_code text, id bigint, neighborhood_id integer, address text, tenure text, welfare_decile smallint, head_person_id bigint
      )`.execute(db);
  }
}

/** Inserts people with reserved ids. */
export async function insertPersons(db: Executor, rows: readonly PersonInsert[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await sql`
      insert into persons (
        province_code, id, household_id, neighborhood_id, national_id, missing_id_reason, first_name, last_name, father_name,
        name_search, sex, birth_date, relation, phone, schooling, insurance, employment, disability, notes
      )
      overriding system value
      select
        r.province_code, r.id, r.household_id, r.neighborhood_id, r.national_id, r.missing_id_reason, r.first_name, r.last_name, r.father_name,
        r.name_search, r.sex, r.birth_date, r.relation, r.phone, r.schooling, r.insurance, r.employment, r.disability, r.notes
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(
        province_code text, id bigint, household_id bigint, neighborhood_id integer, national_id text, missing_id_reason text,
        first_name text, last_name text, father_name text, name_search text, sex text, birth_date date, relation text, phone text,
        schooling text, insurance text, employment text, disability text, notes text
      )`.execute(db);
  }
}

/** Inserts people's links to the agencies that serve them. */
export async function insertPersonAgencies(db: Executor, rows: readonly PersonAgencyInsert[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await sql`
      insert into person_agencies (province_code, person_id, agency_code, case_number, started_on, ended_on)
      select r.province_code, r.person_id, r.agency_code, r.case_number, r.started_on, r.ended_on
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(
        province_code text, person_id bigint, agency_code text, case_number text, started_on date, ended_on date
      )`.execute(db);
  }
}
