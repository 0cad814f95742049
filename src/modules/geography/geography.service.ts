import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import { normalizePersianText, persianSortKey } from '../../lib/persian/index.ts';
import type { RequestContext, Scope } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { agencyExists } from '../reference/index.ts';
import { assertMayWriteAnyNeighborhood, assertMayWriteNeighborhood } from './geography.policy.ts';
import * as repo from './geography.repository.ts';
import type {
  CreateNeighborhoodBody,
  Fabric,
  Neighborhood,
  NeighborhoodList,
  NeighborhoodListQuery,
  NeighborhoodStatus,
  Severity,
  UpdateNeighborhoodBody,
} from './geography.schemas.ts';

export function toNeighborhood(row: repo.NeighborhoodRow): Neighborhood {
  return {
    id: row.id,
    code: row.code,
    nameFa: row.name_fa,
    nameEn: row.name_en,
    provinceCode: row.province_code,
    provinceNameFa: row.province_name_fa,
    provinceNameEn: row.province_name_en,
    countyCode: row.county_code,
    countyNameFa: row.county_name_fa,
    countyNameEn: row.county_name_en,
    cityCode: row.city_code,
    cityNameFa: row.city_name_fa,
    cityNameEn: row.city_name_en,
    population: row.population,
    households: row.households,
    areaHectares: row.area_hectares === null ? null : Number(row.area_hectares),
    fabric: row.fabric as Fabric,
    severity: row.severity as Severity,
    status: row.status as NeighborhoodStatus,
    stewardAgencyCode: row.steward_agency_code,
    stewardAgencyNameFa: row.steward_agency_name_fa,
    stewardAgencyNameEn: row.steward_agency_name_en,
    stewardHouseNameFa: row.steward_house_name_fa,
    stewardHouseNameEn: row.steward_house_name_en,
    latitude: row.latitude,
    longitude: row.longitude,
    profile: row.profile,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The text the trigram index searches: both names and the code, normalised and lower-cased. */
export function neighborhoodSearchText(nameFa: string, nameEn: string, code: string): string {
  return normalizePersianText(`${nameFa} ${nameEn} ${code}`).toLowerCase();
}

/** The profile is prose: each line is normalised like a name, and its paragraphs are kept. */
function normalizeProfile(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => normalizePersianText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normalises a search typed by a user the same way names are stored ('علي' finds 'علی'). */
export function normalizeSearch(q: string | undefined): string | undefined {
  const normalized = q ? normalizePersianText(q).toLowerCase() : '';
  return normalized.length > 0 ? normalized : undefined;
}

export function listFilter(query: NeighborhoodListQuery, limit: number, offset: number): repo.NeighborhoodFilter {
  return {
    search: normalizeSearch(query.q),
    province: query.province,
    county: query.county,
    city: query.city,
    severity: query.severity,
    status: query.status,
    stewardAgency: query.stewardAgency,
    fabric: query.fabric,
    sort: query.sort,
    limit,
    offset,
  };
}

export async function listNeighborhoods(db: Kysely<Database>, context: RequestContext, query: NeighborhoodListQuery): Promise<NeighborhoodList> {
  const { rows, total } = await repo.listNeighborhoods(db, context.actor.scope, listFilter(query, query.pageSize, (query.page - 1) * query.pageSize));
  return { items: rows.map(toNeighborhood), total, page: query.page, pageSize: query.pageSize };
}

export async function getNeighborhood(db: Kysely<Database>, scope: Scope, id: number): Promise<Neighborhood> {
  const row = await repo.findNeighborhood(db, scope, id);
  if (!row) throw new AppError('not_found', 'geography.neighborhood_not_found');
  return toNeighborhood(row);
}

async function resolveCity(db: Kysely<Database>, cityCode: string) {
  const city = await repo.findCity(db, cityCode);
  if (!city) throw AppError.field('cityCode', 'geography.unknown_city', { code: cityCode });
  return city;
}

function checkNumbers(values: { population: number; households: number; latitude: number | null; longitude: number | null }): void {
  if (values.households > values.population) throw AppError.field('households', 'geography.households_exceed_population');
  if ((values.latitude === null) !== (values.longitude === null)) {
    throw AppError.field(values.latitude === null ? 'latitude' : 'longitude', 'geography.coordinates_pair');
  }
}

async function checkUniqueness(db: Kysely<Database>, code: string, cityCode: string, nameFa: string, exceptId?: number): Promise<void> {
  if (await repo.neighborhoodCodeTaken(db, code, exceptId)) throw AppError.duplicate('code', 'geography.duplicate_code', { code });
  if (await repo.neighborhoodNameTaken(db, cityCode, nameFa, exceptId)) {
    // A racing request may have committed between the two reads; if it took the code too, the
    // code is the answer a lone request would have heard.
    if (await repo.neighborhoodCodeTaken(db, code, exceptId)) throw AppError.duplicate('code', 'geography.duplicate_code', { code });
    throw AppError.duplicate('nameFa', 'geography.duplicate_name', { name: nameFa });
  }
}

async function checkAgency(db: Kysely<Database>, code: string | null): Promise<void> {
  if (code !== null && !(await agencyExists(db, code))) throw AppError.field('stewardAgencyCode', 'geography.unknown_agency', { code });
}

/**
 * The unique indexes are the last word when two requests race past the checks above. Which
 * index fires first is chance when both the code and the name collide, so the checks run again
 * (the winner has committed by now) to answer as a lone request would: the code first.
 */
async function translateUniqueViolation(db: Kysely<Database>, error: unknown, code: string, cityCode: string, nameFa: string, exceptId?: number): Promise<never> {
  const constraint = (error as { constraint?: string }).constraint;
  if (constraint === 'neighborhoods_code_key' || constraint === 'neighborhoods_city_name_key') {
    await checkUniqueness(db, code, cityCode, nameFa, exceptId);
    if (constraint === 'neighborhoods_code_key') throw AppError.duplicate('code', 'geography.duplicate_code', { code });
    throw AppError.duplicate('nameFa', 'geography.duplicate_name', { name: nameFa });
  }
  throw error;
}

export async function createNeighborhood(db: Kysely<Database>, context: RequestContext, body: CreateNeighborhoodBody): Promise<Neighborhood> {
  // A role that may never write hears so before any detail of its request is checked.
  assertMayWriteAnyNeighborhood(context.actor);
  const nameFa = normalizePersianText(body.nameFa);
  const city = await resolveCity(db, body.cityCode);
  assertMayWriteNeighborhood(context.actor, { provinceCode: city.province_code, countyCode: city.county_code, neighborhoodCode: body.code });
  checkNumbers(body);
  await checkAgency(db, body.stewardAgencyCode);
  await checkUniqueness(db, body.code, city.code, nameFa);
  const values: repo.NeighborhoodValues = {
    code: body.code,
    name_fa: nameFa,
    name_en: body.nameEn,
    search_text: neighborhoodSearchText(nameFa, body.nameEn, body.code),
    name_sort: persianSortKey(nameFa),
    province_code: city.province_code,
    county_code: city.county_code,
    city_code: city.code,
    population: body.population,
    households: body.households,
    area_hectares: body.areaHectares,
    fabric: body.fabric,
    severity: body.severity,
    status: body.status,
    steward_agency_code: body.stewardAgencyCode,
    latitude: body.latitude,
    longitude: body.longitude,
    profile: normalizeProfile(body.profile),
  };
  return db
    .transaction()
    .execute(async (trx) => {
      const id = await repo.insertNeighborhood(trx, values);
      const created = toNeighborhood((await repo.findNeighborhood(trx, { level: 'country', codes: [] }, id))!);
      await recordAudit(trx, context, { action: 'create', entity: 'neighborhood', entityId: id, after: created });
      return created;
    })
    .catch((error: unknown) => translateUniqueViolation(db, error, body.code, city.code, nameFa));
}

export async function updateNeighborhood(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateNeighborhoodBody): Promise<Neighborhood> {
  const before = await getNeighborhood(db, context.actor.scope, id);
  assertMayWriteNeighborhood(context.actor, { provinceCode: before.provinceCode, countyCode: before.countyCode, neighborhoodCode: before.code });
  const city = body.cityCode !== undefined && body.cityCode !== before.cityCode ? await resolveCity(db, body.cityCode) : null;
  if (city) assertMayWriteNeighborhood(context.actor, { provinceCode: city.province_code, countyCode: city.county_code, neighborhoodCode: before.code });
  const merged = {
    code: body.code ?? before.code,
    nameFa: body.nameFa !== undefined ? normalizePersianText(body.nameFa) : before.nameFa,
    nameEn: body.nameEn ?? before.nameEn,
    cityCode: city?.code ?? before.cityCode,
    population: body.population ?? before.population,
    households: body.households ?? before.households,
    latitude: body.latitude === undefined ? before.latitude : body.latitude,
    longitude: body.longitude === undefined ? before.longitude : body.longitude,
  };
  checkNumbers(merged);
  if (body.stewardAgencyCode !== undefined) await checkAgency(db, body.stewardAgencyCode);
  await checkUniqueness(db, merged.code, merged.cityCode, merged.nameFa, id);
  const values: Partial<repo.NeighborhoodValues> = {
    code: merged.code,
    name_fa: merged.nameFa,
    name_en: merged.nameEn,
    search_text: neighborhoodSearchText(merged.nameFa, merged.nameEn, merged.code),
    name_sort: persianSortKey(merged.nameFa),
    population: merged.population,
    households: merged.households,
    latitude: merged.latitude,
    longitude: merged.longitude,
    area_hectares: body.areaHectares,
    fabric: body.fabric,
    severity: body.severity,
    status: body.status,
    steward_agency_code: body.stewardAgencyCode,
    profile: body.profile === undefined ? undefined : normalizeProfile(body.profile),
  };
  if (city) Object.assign(values, { city_code: city.code, county_code: city.county_code, province_code: city.province_code });
  return db
    .transaction()
    .execute(async (trx) => {
      const applied = await repo.updateNeighborhood(trx, id, body.version, values);
      if (!applied) throw new AppError('conflict', 'record.version_conflict');
      const after = toNeighborhood((await repo.findNeighborhood(trx, { level: 'country', codes: [] }, id))!);
      await recordAudit(trx, context, { action: 'update', entity: 'neighborhood', entityId: id, before, after });
      return after;
    })
    .catch((error: unknown) => translateUniqueViolation(db, error, merged.code, merged.cityCode, merged.nameFa, id));
}

export async function deleteNeighborhood(db: Kysely<Database>, context: RequestContext, id: number): Promise<void> {
  const before = await getNeighborhood(db, context.actor.scope, id);
  assertMayWriteNeighborhood(context.actor, { provinceCode: before.provinceCode, countyCode: before.countyCode, neighborhoodCode: before.code });
  await db
    .transaction()
    .execute(async (trx) => {
      const houses = await repo.countHousesOfNeighborhood(trx, id);
      if (houses > 0) throw new AppError('conflict', 'geography.has_houses', { count: houses });
      await repo.deleteNeighborhood(trx, id);
      await recordAudit(trx, context, { action: 'delete', entity: 'neighborhood', entityId: id, before });
    })
    .catch((error: unknown) => {
      // A dependent table added by a later module answers with a foreign-key violation.
      if ((error as { code?: string }).code === '23503') throw new AppError('conflict', 'geography.has_dependents');
      throw error;
    });
}
