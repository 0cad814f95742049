import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { Scope } from '../../lib/scope.ts';

type Executor = Kysely<Database> | Transaction<Database>;

function baseNeighborhoodQuery(db: Executor) {
  return db
    .selectFrom('neighborhoods')
    .innerJoin('provinces', 'provinces.code', 'neighborhoods.province_code')
    .innerJoin('counties', 'counties.code', 'neighborhoods.county_code')
    .innerJoin('cities', 'cities.code', 'neighborhoods.city_code')
    .leftJoin('agencies', 'agencies.code', 'neighborhoods.steward_agency_code');
}

const neighborhoodColumns = [
  'neighborhoods.id',
  'neighborhoods.code',
  'neighborhoods.name_fa',
  'neighborhoods.name_en',
  'neighborhoods.province_code',
  'provinces.name_fa as province_name_fa',
  'provinces.name_en as province_name_en',
  'neighborhoods.county_code',
  'counties.name_fa as county_name_fa',
  'counties.name_en as county_name_en',
  'neighborhoods.city_code',
  'cities.name_fa as city_name_fa',
  'cities.name_en as city_name_en',
  'neighborhoods.population',
  'neighborhoods.households',
  'neighborhoods.area_hectares',
  'neighborhoods.fabric',
  'neighborhoods.severity',
  'neighborhoods.status',
  'neighborhoods.steward_agency_code',
  'agencies.name_fa as steward_agency_name_fa',
  'agencies.name_en as steward_agency_name_en',
  'agencies.house_name_fa as steward_house_name_fa',
  'agencies.house_name_en as steward_house_name_en',
  'neighborhoods.latitude',
  'neighborhoods.longitude',
  'neighborhoods.profile',
  'neighborhoods.version',
  'neighborhoods.created_at',
  'neighborhoods.updated_at',
] as const;

export type NeighborhoodRow = Awaited<ReturnType<typeof findNeighborhood>> & {};

/** Limits neighbourhoods to what a scope covers; every read goes through it. */
function whereInScope(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'neighborhoods'>) => {
    switch (scope.level) {
      case 'country':
        return eb.lit(true);
      case 'province':
        return scope.codes.length ? eb('neighborhoods.province_code', 'in', scope.codes) : eb.lit(false);
      case 'county':
        return scope.codes.length ? eb('neighborhoods.county_code', 'in', scope.codes) : eb.lit(false);
      case 'neighborhood':
        return scope.codes.length ? eb('neighborhoods.code', 'in', scope.codes) : eb.lit(false);
    }
  };
}

export interface NeighborhoodFilter {
  search?: string;
  province?: string;
  county?: string;
  city?: string;
  severity?: string;
  status?: string;
  stewardAgency?: string;
  fabric?: string;
  sort?: string;
  limit: number;
  offset: number;
}

const severityRank = sql<number>`case neighborhoods.severity when 'very_severe' then 4 when 'severe' then 3 when 'weak' then 2 else 1 end`;

// Filters touch only the neighbourhoods table, so counting and paging need no joins; the joins
// run for the one page of rows that is returned.
function filteredNeighborhoods(db: Executor, scope: Scope, filter: NeighborhoodFilter) {
  let query = db.selectFrom('neighborhoods').where(whereInScope(scope));
  if (filter.search) {
    query = query.where('neighborhoods.search_text', 'like', `%${escapeLike(filter.search)}%`);
  }
  if (filter.province) query = query.where('neighborhoods.province_code', '=', filter.province);
  if (filter.county) query = query.where('neighborhoods.county_code', '=', filter.county);
  if (filter.city) query = query.where('neighborhoods.city_code', '=', filter.city);
  if (filter.severity) query = query.where('neighborhoods.severity', '=', filter.severity);
  if (filter.status) query = query.where('neighborhoods.status', '=', filter.status);
  if (filter.stewardAgency) query = query.where('neighborhoods.steward_agency_code', '=', filter.stewardAgency);
  if (filter.fabric) query = query.where('neighborhoods.fabric', '=', filter.fabric);
  return query;
}

type FilteredQuery = ReturnType<typeof filteredNeighborhoods>;

function applySort(query: FilteredQuery, filter: NeighborhoodFilter): FilteredQuery {
  const direction = filter.sort?.startsWith('-') ? 'desc' : 'asc';
  switch (filter.sort?.replace(/^-/, '')) {
    case 'code':
      return query.orderBy('neighborhoods.code', direction).orderBy('neighborhoods.id');
    case 'population':
      return query.orderBy('neighborhoods.population', direction).orderBy('neighborhoods.id');
    case 'households':
      return query.orderBy('neighborhoods.households', direction).orderBy('neighborhoods.id');
    case 'severity':
      return query.orderBy(severityRank, direction).orderBy('neighborhoods.name_sort').orderBy('neighborhoods.id');
    case 'updatedAt':
      return query.orderBy('neighborhoods.updated_at', direction).orderBy('neighborhoods.id');
    case 'province':
      return query.orderBy('neighborhoods.province_code', direction).orderBy('neighborhoods.name_sort').orderBy('neighborhoods.id');
    case 'city':
      return query.orderBy('neighborhoods.city_code', direction).orderBy('neighborhoods.name_sort').orderBy('neighborhoods.id');
    case 'name':
      return query.orderBy('neighborhoods.name_sort', direction).orderBy('neighborhoods.id', direction);
    default:
      // With a search and no explicit order, names that begin with the search come first.
      return filter.search
        ? query.orderBy(sql`neighborhoods.search_text like ${likePrefix(filter.search)}`, 'desc').orderBy('neighborhoods.name_sort').orderBy('neighborhoods.id')
        : query.orderBy('neighborhoods.name_sort').orderBy('neighborhoods.id');
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function likePrefix(search: string): string {
  return `${escapeLike(search)}%`;
}

export async function listNeighborhoods(db: Kysely<Database>, scope: Scope, filter: NeighborhoodFilter) {
  const { pageIds, total } = filter.search
    ? await db.transaction().execute(async (trx) => {
        // The planner prices LIKE on Persian text too cheaply and prefers a sequential scan
        // that is several times slower than the trigram index (measured: bench/RESULTS.md).
        await sql`set local enable_seqscan = off`.execute(trx);
        return pageOfIds(trx, scope, filter);
      })
    : await pageOfIds(db, scope, filter);
  const ids = pageIds.map((row) => row.id);
  const rows = ids.length === 0 ? [] : await baseNeighborhoodQuery(db).select(neighborhoodColumns).where('neighborhoods.id', 'in', ids).execute();
  const position = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  return { rows, total };
}

async function pageOfIds(db: Executor, scope: Scope, filter: NeighborhoodFilter) {
  const filtered = filteredNeighborhoods(db, scope, filter);
  const count = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const pageIds = await applySort(filtered, filter).select('neighborhoods.id').limit(filter.limit).offset(filter.offset).execute();
  return { pageIds, total: Number(count.total) };
}

/** The neighbourhood if the scope covers it; undefined otherwise (callers answer 404). */
export async function findNeighborhood(db: Executor, scope: Scope, id: number) {
  return baseNeighborhoodQuery(db).select(neighborhoodColumns).where('neighborhoods.id', '=', id).where(whereInScope(scope)).executeTakeFirst();
}

export async function findCity(db: Executor, code: string) {
  return db.selectFrom('cities').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function neighborhoodCodeTaken(db: Executor, code: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('neighborhoods').select('id').where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function neighborhoodNameTaken(db: Executor, cityCode: string, nameFa: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('neighborhoods').select('id').where('city_code', '=', cityCode).where('name_fa', '=', nameFa);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface NeighborhoodValues {
  code: string;
  name_fa: string;
  name_en: string;
  search_text: string;
  name_sort: string;
  province_code: string;
  county_code: string;
  city_code: string;
  population: number;
  households: number;
  area_hectares: number | null;
  fabric: string;
  severity: string;
  status: string;
  steward_agency_code: string | null;
  latitude: number | null;
  longitude: number | null;
  profile: string;
}

export async function insertNeighborhood(db: Executor, values: NeighborhoodValues): Promise<number> {
  const row = await db.insertInto('neighborhoods').values({ ...values, updated_at: new Date() }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts many rows at once (demo data, benchmarks). */
export async function insertNeighborhoods(db: Executor, values: NeighborhoodValues[]): Promise<void> {
  for (let start = 0; start < values.length; start += 1000) {
    const chunk = values.slice(start, start + 1000).map((value) => ({ ...value, updated_at: new Date() }));
    await db.insertInto('neighborhoods').values(chunk).execute();
  }
}

/** Applies changes only if the row still has the version the editor saw; false when it did not. */
export async function updateNeighborhood(db: Executor, id: number, expectedVersion: number, values: Partial<NeighborhoodValues>): Promise<boolean> {
  const result = await db
    .updateTable('neighborhoods')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteNeighborhood(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('neighborhoods').where('id', '=', id).execute();
}

export async function countHousesOfNeighborhood(db: Executor, id: number): Promise<number> {
  const row = await db.selectFrom('houses').select(sql<number>`count(*)::int`.as('total')).where('neighborhood_id', '=', id).executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function countNeighborhoods(db: Executor): Promise<number> {
  const row = await db.selectFrom('neighborhoods').select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

// Provinces, counties and cities

export async function provinceSummaries(db: Executor) {
  return db
    .selectFrom('provinces')
    .leftJoin('neighborhoods', 'neighborhoods.province_code', 'provinces.code')
    .select([
      'provinces.code',
      'provinces.name_fa',
      'provinces.name_en',
      'provinces.population_2016',
      'provinces.quota',
      sql<number>`count(neighborhoods.id)::int`.as('identified'),
      sql<number>`coalesce(sum(neighborhoods.population), 0)::int`.as('identified_population'),
      sql<number>`count(neighborhoods.id) filter (where neighborhoods.status = 'target')::int`.as('target_count'),
    ])
    .groupBy(['provinces.code', 'provinces.name_fa', 'provinces.name_en', 'provinces.population_2016', 'provinces.quota'])
    .orderBy('provinces.code')
    .execute();
}

export async function findProvince(db: Executor, code: string) {
  return db.selectFrom('provinces').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function provinceBreakdowns(db: Executor, code: string) {
  const [bySeverity, byStatus, bySteward, counties] = await Promise.all([
    db
      .selectFrom('neighborhoods')
      .select(['severity', sql<number>`count(*)::int`.as('count')])
      .where('province_code', '=', code)
      .groupBy('severity')
      .execute(),
    db
      .selectFrom('neighborhoods')
      .select(['status', sql<number>`count(*)::int`.as('count')])
      .where('province_code', '=', code)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('neighborhoods')
      .leftJoin('agencies', 'agencies.code', 'neighborhoods.steward_agency_code')
      .select(['neighborhoods.steward_agency_code', 'agencies.name_fa', 'agencies.name_en', sql<number>`count(*)::int`.as('count')])
      .where('neighborhoods.province_code', '=', code)
      .groupBy(['neighborhoods.steward_agency_code', 'agencies.name_fa', 'agencies.name_en'])
      .orderBy('count', 'desc')
      .execute(),
    db
      .selectFrom('counties')
      .leftJoin('neighborhoods', 'neighborhoods.county_code', 'counties.code')
      .select([
        'counties.code',
        'counties.name_fa',
        'counties.name_en',
        sql<number>`count(neighborhoods.id)::int`.as('identified'),
        sql<number>`coalesce(sum(neighborhoods.population), 0)::int`.as('population'),
      ])
      .where('counties.province_code', '=', code)
      .groupBy(['counties.code', 'counties.name_fa', 'counties.name_en'])
      .orderBy('counties.code')
      .execute(),
  ]);
  return { bySeverity, byStatus, bySteward, counties };
}

export async function updateProvinceQuota(db: Executor, code: string, quota: number): Promise<void> {
  await db.updateTable('provinces').set({ quota }).where('code', '=', code).execute();
}

export async function listCounties(db: Executor, provinceCode?: string) {
  let query = db.selectFrom('counties').selectAll();
  if (provinceCode) query = query.where('province_code', '=', provinceCode);
  return query.orderBy('code').execute();
}

export async function listCities(db: Executor, filter: { provinceCode?: string; countyCode?: string }) {
  let query = db.selectFrom('cities').selectAll();
  if (filter.provinceCode) query = query.where('province_code', '=', filter.provinceCode);
  if (filter.countyCode) query = query.where('county_code', '=', filter.countyCode);
  return query.orderBy('code').execute();
}

/** Which of these province, county or neighbourhood codes do not exist. */
export async function unknownPlaceCodes(db: Executor, level: 'province' | 'county' | 'neighborhood', codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const table = level === 'province' ? 'provinces' : level === 'county' ? 'counties' : 'neighborhoods';
  const rows = await db.selectFrom(table).select('code').where('code', 'in', codes).execute();
  const known = new Set(rows.map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}

// Houses

export async function listHouses(db: Executor, neighborhoodId: number) {
  return db
    .selectFrom('houses')
    .innerJoin('agencies', 'agencies.code', 'houses.agency_code')
    .select([
      'houses.id',
      'houses.neighborhood_id',
      'houses.agency_code',
      'agencies.name_fa as agency_name_fa',
      'agencies.name_en as agency_name_en',
      'houses.name_fa',
      'houses.address',
      'houses.phone',
      'houses.opened_on',
    ])
    .where('houses.neighborhood_id', '=', neighborhoodId)
    .orderBy('houses.id')
    .execute();
}

export async function findHouse(db: Executor, id: number) {
  return db.selectFrom('houses').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertHouse(
  db: Executor,
  values: { neighborhood_id: number; agency_code: string; name_fa: string; address: string; phone: string; opened_on: string | null },
): Promise<number> {
  const row = await db.insertInto('houses').values({ ...values, updated_at: new Date() }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteHouse(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('houses').where('id', '=', id).execute();
}
