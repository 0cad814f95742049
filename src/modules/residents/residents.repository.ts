import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { Scope } from '../../lib/scope.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * A scope as listPersons applies it: a county or neighbourhood scope turned into the ids of the
 * neighbourhoods it covers (resolveScope).
 */
type ResolvedScope = Scope | { level: 'neighborhoodIds'; ids: number[]; provinces: string[] };

/**
 * Looks up the neighbourhoods a county or neighbourhood scope covers (a county has tens to a few
 * hundred). Filtering people on that literal list rather than on a subquery lets the planner see how
 * many people the scope holds: behind the subquery it guessed the whole country, and a county's
 * search for a common name walked the national name index for 300 ms (bench/RESULTS.md, Issue 4).
 */
async function resolveScope(db: Executor, scope: Scope): Promise<ResolvedScope> {
  if ((scope.level !== 'county' && scope.level !== 'neighborhood') || scope.codes.length === 0) return scope;
  const rows = await db
    .selectFrom('neighborhoods')
    .select(['id', 'province_code'])
    .where(scope.level === 'county' ? 'county_code' : 'code', 'in', scope.codes)
    .orderBy('id')
    .execute();
  return { level: 'neighborhoodIds', ids: rows.map((row) => row.id), provinces: [...new Set(rows.map((row) => row.province_code))] };
}

/** Limits people and households to what a scope covers, by where they live; every read goes through it. */
function inScope<T extends 'persons' | 'households'>(scope: ResolvedScope, table: T) {
  return (eb: ExpressionBuilder<Database, T>) => {
    const province = sql.ref<string>(`${table}.province_code`);
    const neighborhood = sql.ref<number>(`${table}.neighborhood_id`);
    switch (scope.level) {
      case 'country':
        return eb.lit(true);
      case 'province':
        return scope.codes.length ? eb(province, 'in', scope.codes) : eb.lit(false);
      case 'county':
        return scope.codes.length ? sql<boolean>`${neighborhood} in (select id from neighborhoods where county_code in (${sql.join(scope.codes)}))` : eb.lit(false);
      case 'neighborhood':
        return scope.codes.length ? sql<boolean>`${neighborhood} in (select id from neighborhoods where code in (${sql.join(scope.codes)}))` : eb.lit(false);
      // One array parameter however many neighbourhoods: the statement is planned with its value. The
      // province adds nothing to the rule (people live in their neighbourhood's province, households
      // move within it) but lets a common name walk persons_province_name_order, not the country's.
      case 'neighborhoodIds':
        return scope.ids.length
          ? sql<boolean>`${province} in (${sql.join(scope.provinces)}) and ${neighborhood} = any(${`{${scope.ids.join(',')}}`}::integer[])`
          : eb.lit(false);
    }
  };
}

function personQuery(db: Executor) {
  return db
    .selectFrom('persons')
    .innerJoin('neighborhoods', 'neighborhoods.id', 'persons.neighborhood_id')
    .selectAll('persons')
    .select((eb) => [
      'neighborhoods.name_fa as neighborhood_name_fa',
      eb
        .selectFrom('person_agencies')
        .whereRef('person_agencies.person_id', '=', 'persons.id')
        .whereRef('person_agencies.province_code', '=', 'persons.province_code')
        .select(sql<string[]>`coalesce(array_agg(person_agencies.agency_code order by person_agencies.agency_code), '{}')`.as('codes'))
        .as('agency_codes'),
    ]);
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

/** People as the registry's lists show them, by id; the caller has checked the scope (duplicates' pairs). */
export async function personsByIds(db: Executor, ids: readonly string[]): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return personQuery(db).where('persons.id', 'in', ids).execute();
}

export async function findPerson(db: Executor, scope: Scope, id: string) {
  return personQuery(db).where('persons.id', '=', id).where(inScope(scope, 'persons')).executeTakeFirst();
}

/** The person with a national ID anywhere in the country (uniqueness is national), with where they live. */
export async function findByNationalId(db: Executor, nationalId: string) {
  return db.selectFrom('persons').select(['id', 'province_code', 'neighborhood_id']).where('national_id', '=', nationalId).executeTakeFirst();
}

/** People without a national ID who match a name, father's name and birth date. */
export async function findUndocumentedMatch(db: Executor, nameSearch: string, birthDate: string | null) {
  let query = db.selectFrom('persons').select(['id', 'province_code', 'neighborhood_id']).where('national_id', 'is', null).where('name_search', '=', nameSearch);
  query = birthDate === null ? query.where('birth_date', 'is', null) : query.where('birth_date', '=', birthDate);
  return query.orderBy('id').executeTakeFirst();
}

export interface PersonFilter {
  nationalId?: string;
  /** The first digits of a national ID (3 to 10 Latin digits). */
  nationalIdPrefix?: string;
  nameSearch?: string;
  neighborhood?: number;
  household?: string;
  agency?: string;
  sex?: string;
  /** Birth dates bounding an axis on the reference date. */
  bornAfter?: string;
  bornOnOrBefore?: string;
  missingId?: boolean;
  sort?: string;
  limit: number;
  offset: number;
}

/** Where counting a list stops (see listPersons). */
export const personCountCap = 1_000;

export async function listPersons(db: Executor, scope: Scope, filter: PersonFilter) {
  let query = db.selectFrom('persons').where(inScope(await resolveScope(db, scope), 'persons'));
  if (filter.nationalId) query = query.where('persons.national_id', '=', filter.nationalId);
  // A range of ten-digit strings rather than LIKE: the unique index serves it as it is, under any collation.
  if (filter.nationalIdPrefix) {
    query = query.where('persons.national_id', '>=', filter.nationalIdPrefix.padEnd(10, '0')).where('persons.national_id', '<=', filter.nationalIdPrefix.padEnd(10, '9'));
  }
  if (filter.nameSearch) query = query.where('persons.name_search', 'like', `%${filter.nameSearch}%`);
  if (filter.neighborhood) query = query.where('persons.neighborhood_id', '=', filter.neighborhood);
  if (filter.household) query = query.where('persons.household_id', '=', filter.household);
  if (filter.sex) query = query.where('persons.sex', '=', filter.sex);
  if (filter.bornAfter) query = query.where('persons.birth_date', '>', filter.bornAfter);
  if (filter.bornOnOrBefore) query = query.where('persons.birth_date', '<=', filter.bornOnOrBefore);
  if (filter.missingId !== undefined) query = query.where('persons.national_id', filter.missingId ? 'is' : 'is not', null);
  if (filter.agency) {
    const agency = filter.agency;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_agencies')
          .select('person_agencies.person_id')
          .whereRef('person_agencies.person_id', '=', 'persons.id')
          .whereRef('person_agencies.province_code', '=', 'persons.province_code')
          .where('person_agencies.agency_code', '=', agency),
      ),
    );
  }
  // Counting stops past the cap: a common name matches tens of thousands of a million people, and
  // counting them all would cost more than the page itself. The list then says "more than".
  const { total } = await db
    .selectFrom(query.select(sql<number>`1`.as('one')).limit(personCountCap + 1).as('capped'))
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  let page = query.select(['persons.id']);
  switch (filter.sort) {
    case '-name':
      page = page.orderBy('persons.last_name', 'desc').orderBy('persons.first_name', 'desc').orderBy('persons.id', 'desc');
      break;
    // Youngest first: the latest birth date (unknown ones last).
    case 'age':
      page = page.orderBy(sql`persons.birth_date desc nulls last`).orderBy('persons.id');
      break;
    case '-age':
      page = page.orderBy(sql`persons.birth_date asc nulls last`).orderBy('persons.id');
      break;
    default:
      page = page.orderBy('persons.last_name').orderBy('persons.first_name').orderBy('persons.id');
  }
  const ids = (await page.limit(filter.limit).offset(filter.offset).execute()).map((row) => row.id);
  const counted = { total: Math.min(Number(total), personCountCap), totalCapped: Number(total) > personCountCap };
  if (ids.length === 0) return { rows: [], ...counted };
  const found = await personQuery(db).where('persons.id', 'in', ids).execute();
  const position = new Map(ids.map((id, index) => [String(id), index]));
  const rows = found.sort((a, b) => (position.get(String(a.id)) ?? 0) - (position.get(String(b.id)) ?? 0));
  return { rows, ...counted };
}

export interface PersonValues {
  national_id: string | null;
  missing_id_reason: string | null;
  first_name: string;
  last_name: string;
  father_name: string;
  name_search: string;
  sex: string;
  birth_date: string | null;
  relation: string | null;
  phone: string;
  schooling: string | null;
  insurance: string;
  employment: string | null;
  disability: string;
  notes: string;
}

export async function insertPerson(trx: Executor, values: PersonValues & { province_code: string; neighborhood_id: number; household_id: string | null }): Promise<string> {
  return (await trx.insertInto('persons').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePerson(
  trx: Executor,
  id: string,
  version: number,
  values: Partial<PersonValues & { household_id: string | null; neighborhood_id: number }>,
): Promise<boolean> {
  const result = await trx
    .updateTable('persons')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function agencyLinks(db: Executor, personId: string) {
  return db
    .selectFrom('person_agencies')
    .innerJoin('agencies', 'agencies.code', 'person_agencies.agency_code')
    .select(['person_agencies.agency_code', 'agencies.name_fa', 'person_agencies.case_number', 'person_agencies.started_on', 'person_agencies.ended_on'])
    .where('person_agencies.person_id', '=', personId)
    .orderBy('agencies.sort_order')
    .execute();
}

/** Links a person to an agency; false when the link existed already. */
export async function linkAgency(trx: Executor, values: { province_code: string; person_id: string; agency_code: string; case_number: string; started_on: string; created_by: number }): Promise<boolean> {
  const rows = await trx.insertInto('person_agencies').values(values).onConflict((oc) => oc.columns(['province_code', 'person_id', 'agency_code']).doNothing()).returning('agency_code').execute();
  return rows.length > 0;
}

// ---- Households --------------------------------------------------------------------------------

export async function findHousehold(db: Executor, scope: Scope, id: string) {
  return db
    .selectFrom('households')
    .innerJoin('neighborhoods', 'neighborhoods.id', 'households.neighborhood_id')
    .selectAll('households')
    .select('neighborhoods.name_fa as neighborhood_name_fa')
    .where('households.id', '=', id)
    .where(inScope(scope, 'households'))
    .executeTakeFirst();
}
export type HouseholdRow = NonNullable<Awaited<ReturnType<typeof findHousehold>>>;

/** By province and household: persons_household leads with the province, so the id alone reads the whole index. */
export async function householdMembers(db: Executor, provinceCode: string, householdId: string) {
  return personQuery(db).where('persons.province_code', '=', provinceCode).where('persons.household_id', '=', householdId).orderBy('persons.birth_date').orderBy('persons.id').execute();
}

export async function householdMoves(db: Executor, provinceCode: string, householdId: string) {
  return db
    .selectFrom('household_moves')
    .innerJoin('neighborhoods as from_n', 'from_n.id', 'household_moves.from_neighborhood_id')
    .innerJoin('neighborhoods as to_n', 'to_n.id', 'household_moves.to_neighborhood_id')
    .select(['from_n.name_fa as from_name', 'to_n.name_fa as to_name', 'household_moves.moved_on'])
    .where('household_moves.province_code', '=', provinceCode)
    .where('household_moves.household_id', '=', householdId)
    .orderBy('household_moves.moved_on')
    .execute();
}

export async function insertHousehold(trx: Executor, values: { province_code: string; neighborhood_id: number; address: string; tenure: string | null; welfare_decile: number | null }): Promise<string> {
  return (await trx.insertInto('households').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateHousehold(
  trx: Executor,
  id: string,
  version: number,
  values: Partial<{ address: string; tenure: string | null; welfare_decile: number | null; head_person_id: string | null; neighborhood_id: number }>,
): Promise<boolean> {
  const result = await trx
    .updateTable('households')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A household's move: its members move with it, and the move is remembered. */
export async function moveHousehold(trx: Executor, household: HouseholdRow, toNeighborhoodId: number, movedOn: string, userId: number): Promise<void> {
  await trx.updateTable('persons').set({ neighborhood_id: toNeighborhoodId, updated_at: sql`now()` }).where('household_id', '=', household.id).where('province_code', '=', household.province_code).execute();
  await trx
    .insertInto('household_moves')
    .values({ province_code: household.province_code, household_id: household.id, from_neighborhood_id: household.neighborhood_id, to_neighborhood_id: toNeighborhoodId, moved_on: movedOn, created_by: userId })
    .execute();
}

// ---- Counts ------------------------------------------------------------------------------------

/** A neighbourhood's numbers, counted in the database: no personal data leaves it. */
export async function neighborhoodCounts(db: Executor, neighborhoodId: number, asOf: string) {
  const age = sql<number>`extract(year from age(${asOf}::date, persons.birth_date))`;
  const people = await db
    .selectFrom('persons')
    .where('persons.neighborhood_id', '=', neighborhoodId)
    .select((eb) => [
      eb.fn.countAll<string>().as('residents'),
      eb.fn.countAll<string>().filterWhere('sex', '=', 'male').as('male'),
      eb.fn.countAll<string>().filterWhere('sex', '=', 'female').as('female'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} <= 30`).as('transformation'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} > 30`).as('empowerment'),
      eb.fn.countAll<string>().filterWhere('birth_date', 'is', null).as('age_unknown'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} < 6`).as('band_0_5'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} between 6 and 17`).as('band_6_17'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} between 18 and 30`).as('band_18_30'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} between 31 and 59`).as('band_31_59'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} >= 60`).as('band_60'),
      eb.fn.countAll<string>().filterWhere('insurance', '=', 'insured').as('insured'),
      eb.fn.countAll<string>().filterWhere(sql<boolean>`${age} between 6 and 17 and schooling = 'in_school'`).as('in_school_6_17'),
      eb.fn.countAll<string>().filterWhere('employment', '=', 'employed').as('employed'),
      eb.fn.countAll<string>().filterWhere('national_id', 'is', null).as('without_id'),
    ])
    .executeTakeFirstOrThrow();
  const households = await db
    .selectFrom('households')
    .leftJoin('persons as head', (join) => join.onRef('head.id', '=', 'households.head_person_id').onRef('head.province_code', '=', 'households.province_code'))
    .where('households.neighborhood_id', '=', neighborhoodId)
    .select((eb) => [eb.fn.countAll<string>().as('households'), eb.fn.countAll<string>().filterWhere('head.sex', '=', 'female').as('female_headed')])
    .executeTakeFirstOrThrow();
  return { ...people, ...households };
}
