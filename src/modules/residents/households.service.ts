import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { normalizePersianText } from '../../lib/persian/index.ts';
import type { Actor, RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { getNeighborhood } from '../geography/index.ts';
import { can } from '../users/index.ts';
import { assertMayReadPersons, assertMayWritePersons } from './residents.policy.ts';
import { toPersonSummary } from './residents.presenters.ts';
import * as repo from './residents.repository.ts';
import type { CreateHouseholdBody, Household, MoveHouseholdBody, NeighborhoodResidentStats, UpdateHouseholdBody } from './residents.schemas.ts';

/** A neighbourhood the actor's scope covers, or a field error on `field`. */
async function neighborhoodInScope(db: Kysely<Database>, actor: Actor, id: number, field: string) {
  try {
    return await getNeighborhood(db, actor.scope, id);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw AppError.field(field, 'geography.neighborhood_not_found');
    throw error;
  }
}

async function householdInScope(db: Kysely<Database>, actor: Actor, id: string): Promise<repo.HouseholdRow> {
  const row = /^\d{1,18}$/.test(id) ? await repo.findHousehold(db, actor.scope, id) : undefined;
  if (!row) throw new AppError('not_found', 'residents.household_not_found');
  return row;
}

/** Where a new person lives: their household's neighbourhood, or the neighbourhood given. */
export async function placeForNewPerson(db: Kysely<Database>, actor: Actor, householdId: string | null, neighborhoodId: number | null) {
  if (householdId !== null) {
    const household = await repo.findHousehold(db, actor.scope, householdId);
    if (!household) throw AppError.field('householdId', 'residents.household_not_found');
    return { provinceCode: household.province_code, neighborhoodId: household.neighborhood_id, householdId: household.id };
  }
  if (neighborhoodId === null) throw AppError.field('neighborhoodId', 'residents.place_required');
  const neighborhood = await neighborhoodInScope(db, actor, neighborhoodId, 'neighborhoodId');
  return { provinceCode: neighborhood.provinceCode, neighborhoodId: neighborhood.id, householdId: null };
}

/** The household a person joins: in the actor's scope and in the person's province (their records are keyed by it). */
export async function householdForMember(db: Kysely<Database>, actor: Actor, householdId: string, provinceCode: string): Promise<repo.HouseholdRow> {
  const household = await repo.findHousehold(db, actor.scope, householdId);
  if (!household || household.province_code !== provinceCode) throw AppError.field('householdId', 'residents.household_not_found');
  return household;
}

export async function getHousehold(db: Kysely<Database>, context: RequestContext, id: string): Promise<Household> {
  assertMayReadPersons(context.actor);
  const row = await householdInScope(db, context.actor, id);
  const asOf = todayIso();
  const members = await repo.householdMembers(db, row.province_code, id);
  const head = members.find((member) => member.id === row.head_person_id) ?? null;
  await recordAudit(db, context, { action: 'read', entity: 'household', entityId: id });
  return {
    id: String(row.id),
    provinceCode: row.province_code,
    neighborhoodId: row.neighborhood_id,
    neighborhoodNameFa: row.neighborhood_name_fa,
    address: row.address,
    tenure: row.tenure as Household['tenure'],
    welfareDecile: row.welfare_decile,
    headPersonId: row.head_person_id === null ? null : String(row.head_person_id),
    headName: head ? `${head.first_name} ${head.last_name}` : null,
    femaleHeaded: head?.sex === 'female',
    size: members.length,
    members: members.map((member) => toPersonSummary(member, can(context.actor.role, 'persons.national_id'), asOf)),
    moves: (await repo.householdMoves(db, row.province_code, id)).map((move) => ({ fromNeighborhoodNameFa: move.from_name, toNeighborhoodNameFa: move.to_name, movedOn: move.moved_on })),
    version: row.version,
  };
}

export async function createHousehold(db: Kysely<Database>, context: RequestContext, body: CreateHouseholdBody): Promise<Household> {
  assertMayWritePersons(context.actor);
  const neighborhood = await neighborhoodInScope(db, context.actor, body.neighborhoodId, 'neighborhoodId');
  const id = await db.transaction().execute(async (trx) => {
    const created = await repo.insertHousehold(trx, {
      province_code: neighborhood.provinceCode,
      neighborhood_id: neighborhood.id,
      address: normalizePersianText(body.address),
      tenure: body.tenure,
      welfare_decile: body.welfareDecile,
    });
    await recordAudit(trx, context, { action: 'create', entity: 'household', entityId: created, after: { neighborhoodId: neighborhood.id } });
    return created;
  });
  return getHousehold(db, context, id);
}

export async function updateHousehold(db: Kysely<Database>, context: RequestContext, id: string, body: UpdateHouseholdBody): Promise<Household> {
  assertMayWritePersons(context.actor);
  const household = await householdInScope(db, context.actor, id);
  if (body.headPersonId) {
    const members = await repo.householdMembers(db, household.province_code, id);
    if (!members.some((member) => String(member.id) === body.headPersonId)) throw AppError.field('headPersonId', 'residents.head_not_member');
  }
  await db.transaction().execute(async (trx) => {
    const changes = {
      ...(body.address !== undefined && { address: normalizePersianText(body.address) }),
      ...(body.tenure !== undefined && { tenure: body.tenure }),
      ...(body.welfareDecile !== undefined && { welfare_decile: body.welfareDecile }),
      ...(body.headPersonId !== undefined && { head_person_id: body.headPersonId }),
    };
    if (!(await repo.updateHousehold(trx, id, body.version, changes))) throw new AppError('conflict', 'record.version_conflict');
    await recordAudit(trx, context, { action: 'update', entity: 'household', entityId: id, after: { fields: Object.keys(changes) } });
  });
  return getHousehold(db, context, id);
}

/** Moves a household, with its members, to another neighbourhood in the same province; the history keeps the move. */
export async function moveHousehold(db: Kysely<Database>, context: RequestContext, id: string, body: MoveHouseholdBody): Promise<Household> {
  assertMayWritePersons(context.actor);
  const household = await householdInScope(db, context.actor, id);
  const target = await neighborhoodInScope(db, context.actor, body.neighborhoodId, 'neighborhoodId');
  if (target.id === household.neighborhood_id) throw AppError.field('neighborhoodId', 'residents.same_neighborhood');
  if (target.provinceCode !== household.province_code) throw AppError.field('neighborhoodId', 'geography.neighborhood_not_found');
  if (body.movedOn > todayIso()) throw AppError.field('movedOn', 'residents.move_in_future');
  await db.transaction().execute(async (trx) => {
    const changes = { neighborhood_id: target.id, ...(body.address !== undefined && { address: normalizePersianText(body.address) }) };
    if (!(await repo.updateHousehold(trx, id, body.version, changes))) throw new AppError('conflict', 'record.version_conflict');
    await repo.moveHousehold(trx, household, target.id, body.movedOn, context.actor.userId);
    await recordAudit(trx, context, { action: 'move', entity: 'household', entityId: id, before: { neighborhoodId: household.neighborhood_id }, after: { neighborhoodId: target.id, movedOn: body.movedOn } });
  });
  return getHousehold(db, context, id);
}

const bands = ['0-5', '6-17', '18-30', '31-59', '60+'] as const;

/** The neighbourhood's numbers from the registry; counts only, for anyone who sees the neighbourhood. */
export async function neighborhoodResidentStats(db: Kysely<Database>, context: RequestContext, neighborhoodId: number): Promise<NeighborhoodResidentStats> {
  await getNeighborhood(db, context.actor.scope, neighborhoodId);
  const asOf = todayIso();
  const counts = await repo.neighborhoodCounts(db, neighborhoodId, asOf);
  const n = (value: string | number | null | undefined) => Number(value ?? 0);
  const bandCounts = [counts.band_0_5, counts.band_6_17, counts.band_18_30, counts.band_31_59, counts.band_60];
  return {
    neighborhoodId,
    asOf,
    residents: n(counts.residents),
    households: n(counts.households),
    femaleHeadedHouseholds: n(counts.female_headed),
    bySex: { male: n(counts.male), female: n(counts.female) },
    byAxis: { transformation: n(counts.transformation), empowerment: n(counts.empowerment), unknown: n(counts.age_unknown) },
    byAgeBand: bands.map((band, index) => ({ band, count: n(bandCounts[index]) })),
    insured: n(counts.insured),
    inSchool6to17: n(counts.in_school_6_17),
    children6to17: n(counts.band_6_17),
    employed: n(counts.employed),
    withoutNationalId: n(counts.without_id),
  };
}

