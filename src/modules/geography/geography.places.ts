import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { RequestContext, ScopeLevel } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { agencyExists } from '../reference/index.ts';
import { assertMaySetQuota, assertMayWriteHouse } from './geography.policy.ts';
import * as repo from './geography.repository.ts';
import type { City, County, CreateHouseBody, House, NeighborhoodStatus, ProvinceDetail, ProvinceSummary, Severity } from './geography.schemas.ts';
import { getNeighborhood } from './geography.service.ts';

// Province, county and city figures are aggregates, not personal data: every signed-in user
// sees the whole country's, so each province can compare itself with the rest.

type SummaryRow = Awaited<ReturnType<typeof repo.provinceSummaries>>[number];
function toSummary(row: SummaryRow): ProvinceSummary {
  return {
    code: row.code,
    nameFa: row.name_fa,
    nameEn: row.name_en,
    population2016: row.population_2016,
    quota: row.quota,
    identified: Number(row.identified),
    identifiedPopulation: Number(row.identified_population),
    targetCount: Number(row.target_count),
  };
}

export async function listProvinces(db: Kysely<Database>): Promise<ProvinceSummary[]> {
  return (await repo.provinceSummaries(db)).map(toSummary);
}

export async function getProvince(db: Kysely<Database>, code: string): Promise<ProvinceDetail> {
  const summary = (await repo.provinceSummaries(db)).find((row) => row.code === code);
  if (!summary) throw new AppError('not_found', 'geography.province_not_found');
  const breakdowns = await repo.provinceBreakdowns(db, code);
  return {
    ...toSummary(summary),
    bySeverity: breakdowns.bySeverity.map((row) => ({ severity: row.severity as Severity, count: Number(row.count) })),
    byStatus: breakdowns.byStatus.map((row) => ({ status: row.status as NeighborhoodStatus, count: Number(row.count) })),
    bySteward: breakdowns.bySteward.map((row) => ({ agencyCode: row.steward_agency_code, nameFa: row.name_fa, nameEn: row.name_en, count: Number(row.count) })),
    counties: breakdowns.counties.map((row) => ({
      code: row.code,
      nameFa: row.name_fa,
      nameEn: row.name_en,
      identified: Number(row.identified),
      population: Number(row.population),
    })),
  };
}

/** Sets a province's target count of neighbourhoods (Alborz raised its own from 55 to 66). */
export async function setProvinceQuota(db: Kysely<Database>, context: RequestContext, code: string, quota: number): Promise<ProvinceSummary> {
  const province = await repo.findProvince(db, code);
  if (!province) throw new AppError('not_found', 'geography.province_not_found');
  assertMaySetQuota(context.actor, code);
  await db.transaction().execute(async (trx) => {
    await repo.updateProvinceQuota(trx, code, quota);
    await recordAudit(trx, context, { action: 'set_quota', entity: 'province', entityId: code, before: { quota: province.quota }, after: { quota } });
  });
  const summary = (await listProvinces(db)).find((row) => row.code === code);
  return summary!;
}

export async function listCounties(db: Kysely<Database>, provinceCode?: string): Promise<County[]> {
  const rows = await repo.listCounties(db, provinceCode);
  return rows.map((row) => ({ code: row.code, provinceCode: row.province_code, nameFa: row.name_fa, nameEn: row.name_en }));
}

export async function listCities(db: Kysely<Database>, filter: { provinceCode?: string; countyCode?: string }): Promise<City[]> {
  const rows = await repo.listCities(db, filter);
  return rows.map((row) => ({
    code: row.code,
    countyCode: row.county_code,
    provinceCode: row.province_code,
    nameFa: row.name_fa,
    nameEn: row.name_en,
    latitude: row.latitude,
    longitude: row.longitude,
  }));
}

/** Which codes do not name a province, county or neighbourhood (for validating user scopes). */
export async function findUnknownPlaceCodes(db: Kysely<Database>, level: Exclude<ScopeLevel, 'country'>, codes: string[]): Promise<string[]> {
  return repo.unknownPlaceCodes(db, level, codes);
}

type HouseRow = Awaited<ReturnType<typeof repo.listHouses>>[number];
function toHouse(row: HouseRow): House {
  return {
    id: row.id,
    neighborhoodId: row.neighborhood_id,
    agencyCode: row.agency_code,
    agencyNameFa: row.agency_name_fa,
    agencyNameEn: row.agency_name_en,
    nameFa: row.name_fa,
    address: row.address,
    phone: row.phone,
    openedOn: row.opened_on,
  };
}

export async function listHouses(db: Kysely<Database>, context: RequestContext, neighborhoodId: number): Promise<House[]> {
  await getNeighborhood(db, context.actor.scope, neighborhoodId);
  return (await repo.listHouses(db, neighborhoodId)).map(toHouse);
}

export async function createHouse(db: Kysely<Database>, context: RequestContext, neighborhoodId: number, body: CreateHouseBody): Promise<House> {
  const neighborhood = await getNeighborhood(db, context.actor.scope, neighborhoodId);
  if (!(await agencyExists(db, body.agencyCode))) throw AppError.field('agencyCode', 'geography.unknown_agency', { code: body.agencyCode });
  assertMayWriteHouse(context.actor, { provinceCode: neighborhood.provinceCode, countyCode: neighborhood.countyCode, neighborhoodCode: neighborhood.code }, body.agencyCode);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertHouse(trx, {
      neighborhood_id: neighborhoodId,
      agency_code: body.agencyCode,
      name_fa: body.nameFa,
      address: body.address,
      phone: body.phone,
      opened_on: body.openedOn,
    });
    const house = toHouse((await repo.listHouses(trx, neighborhoodId)).find((row) => row.id === id)!);
    await recordAudit(trx, context, { action: 'create', entity: 'house', entityId: id, after: house });
    return house;
  });
}

export async function deleteHouse(db: Kysely<Database>, context: RequestContext, id: number): Promise<void> {
  const house = await repo.findHouse(db, id);
  if (!house) throw new AppError('not_found', 'geography.house_not_found');
  // Invisible neighbourhood, invisible house: the lookup answers 404 outside the scope.
  const neighborhood = await getNeighborhood(db, context.actor.scope, house.neighborhood_id).catch(() => {
    throw new AppError('not_found', 'geography.house_not_found');
  });
  assertMayWriteHouse(context.actor, { provinceCode: neighborhood.provinceCode, countyCode: neighborhood.countyCode, neighborhoodCode: neighborhood.code }, house.agency_code);
  await db.transaction().execute(async (trx) => {
    await repo.deleteHouse(trx, id);
    await recordAudit(trx, context, { action: 'delete', entity: 'house', entityId: id, before: house });
  });
}
