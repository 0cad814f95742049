import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { normalizeNationalId, normalizePersianText, toLatinDigits } from '../../lib/persian/index.ts';
import type { Actor, RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import { assertMayReadPersons, assertMayWritePersons } from './residents.policy.ts';
import { bornAfterForAxis, toPerson, toPersonSummary } from './residents.presenters.ts';
import * as repo from './residents.repository.ts';
import type { Person, PersonList, PersonListQuery, RegisterPersonBody, RegisterPersonResult, UpdatePersonBody } from './residents.schemas.ts';
import { householdForMember, placeForNewPerson } from './households.service.ts';
import { nameSearchOf } from './residents.values.ts';

// The pure helpers moved to residents.values.ts (the import's worker thread loads them without the service).
export { nameSearchOf, personValuesOf, type PersonFields } from './residents.values.ts';

/** A national ID as typed (Persian digits, dropped leading zeros) made canonical, or a field error naming it. */
function canonicalNationalId(input: string): string {
  const canonical = normalizeNationalId(input);
  if (canonical === null) throw AppError.field('nationalId', 'residents.invalid_national_id', { value: toLatinDigits(input) });
  return canonical;
}

function checkIdentity(nationalId: string | null, missingIdReason: string | null): void {
  if (nationalId === null && missingIdReason === null) throw AppError.field('missingIdReason', 'residents.missing_id_reason');
  if (nationalId !== null && missingIdReason !== null) throw AppError.field('missingIdReason', 'residents.reason_with_id');
}

function checkBirthDate(birthDate: string | null | undefined): void {
  if (!birthDate) return;
  if (birthDate > todayIso()) throw AppError.field('birthDate', 'residents.birth_in_future');
  if (birthDate < '1901-03-21') throw AppError.field('birthDate', 'residents.birth_too_early');
}

export async function findPersonRow(db: Kysely<Database>, actor: Actor, id: string): Promise<repo.PersonRow> {
  assertMayReadPersons(actor);
  const row = /^\d{1,18}$/.test(id) ? await repo.findPerson(db, actor.scope, id) : undefined;
  if (!row) throw new AppError('not_found', 'residents.person_not_found');
  return row;
}

/** Opens a person's whole record; the reading is audited (who looked at whom, when). */
export async function getPerson(db: Kysely<Database>, context: RequestContext, id: string): Promise<Person> {
  const row = await findPersonRow(db, context.actor, id);
  await recordAudit(db, context, { action: 'read', entity: 'person', entityId: id });
  return toPerson(row, await repo.agencyLinks(db, id), todayIso());
}

/** What the search box's text filters on: a whole national ID (Persian digits, dropped leading zeros), its first digits, or a name. */
export function searchFilter(q: string | undefined, actor: Actor): Pick<repo.PersonFilter, 'nationalId' | 'nationalIdPrefix' | 'nameSearch'> {
  const search = q ? normalizePersianText(toLatinDigits(q)).toLowerCase() : '';
  const nationalId = /^\d{8,10}$/.test(search) ? normalizeNationalId(search) : null;
  if (nationalId) return { nationalId };
  // Digits that are not a whole ID are its first digits, for those who may see whole IDs: to
  // others, whose IDs are masked, answering prefixes would give the hidden digits away.
  if (/^\d{3,10}$/.test(search) && can(actor.role, 'persons.national_id')) return { nationalIdPrefix: search };
  return search ? { nameSearch: search } : {};
}

export async function listPersons(db: Kysely<Database>, context: RequestContext, query: PersonListQuery): Promise<PersonList> {
  assertMayReadPersons(context.actor);
  const asOf = todayIso();
  const { rows, total, totalCapped } = await repo.listPersons(db, context.actor.scope, {
    ...searchFilter(query.q, context.actor),
    neighborhood: query.neighborhood,
    household: query.household,
    agency: query.agency,
    sex: query.sex,
    ...(query.axis && bornAfterForAxis(query.axis, asOf)),
    missingId: query.missingId === undefined ? undefined : query.missingId === 'true',
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const wholeIds = can(context.actor.role, 'persons.national_id');
  return { items: rows.map((row) => toPersonSummary(row, wholeIds, asOf)), total, totalCapped, page: query.page, pageSize: query.pageSize };
}

function agencyOf(actor: Actor, requested: string | undefined): string {
  if (requested !== undefined && actor.role !== 'admin' && requested !== actor.agencyCode) throw new AppError('forbidden', 'residents.other_agency');
  const agency = requested ?? actor.agencyCode;
  if (!agency) throw AppError.field('agencyCode', 'residents.agency_required');
  return agency;
}

/**
 * Registers a person for an agency. One person per national ID in the country: someone already
 * known is linked to the agency instead (without a national ID: matched by name, father's name and
 * birth date). Someone known outside the user's scope is not shown to them.
 */
export async function registerPerson(db: Kysely<Database>, context: RequestContext, body: RegisterPersonBody): Promise<RegisterPersonResult> {
  const { actor } = context;
  assertMayWritePersons(actor);
  const agencyCode = agencyOf(actor, body.agencyCode);
  const nationalId = body.nationalId === null ? null : canonicalNationalId(body.nationalId);
  checkIdentity(nationalId, body.missingIdReason);
  checkBirthDate(body.birthDate);
  const place = await placeForNewPerson(db, actor, body.householdId, body.neighborhoodId);
  const values: repo.PersonValues = {
    national_id: nationalId,
    missing_id_reason: body.missingIdReason,
    first_name: normalizePersianText(body.firstName),
    last_name: normalizePersianText(body.lastName),
    father_name: normalizePersianText(body.fatherName),
    name_search: nameSearchOf(body.firstName, body.lastName, body.fatherName),
    sex: body.sex,
    birth_date: body.birthDate,
    relation: body.relation,
    phone: toLatinDigits(body.phone),
    schooling: body.schooling,
    insurance: body.insurance,
    employment: body.employment,
    disability: body.disability,
    notes: body.notes,
  };
  const { id, outcome } = await db.transaction().execute(async (trx) => {
    const known = nationalId === null ? await repo.findUndocumentedMatch(trx, values.name_search, body.birthDate) : await repo.findByNationalId(trx, nationalId);
    let personId: string;
    let result: RegisterPersonResult['outcome'];
    if (known) {
      if (!(await repo.findPerson(trx, actor.scope, known.id))) throw new AppError('conflict', 'residents.registered_elsewhere');
      personId = known.id;
      const linked = await repo.linkAgency(trx, { province_code: known.province_code, person_id: known.id, agency_code: agencyCode, case_number: body.caseNumber, started_on: todayIso(), created_by: actor.userId });
      result = linked ? 'linked' : 'already_linked';
    } else {
      personId = await repo.insertPerson(trx, { ...values, province_code: place.provinceCode, neighborhood_id: place.neighborhoodId, household_id: place.householdId }).catch((error: unknown) => {
        if ((error as { constraint?: string }).constraint === 'persons_national_id_key') throw new AppError('conflict', 'residents.registered_elsewhere');
        throw error;
      });
      await repo.linkAgency(trx, { province_code: place.provinceCode, person_id: personId, agency_code: agencyCode, case_number: body.caseNumber, started_on: todayIso(), created_by: actor.userId });
      result = 'created';
    }
    // The audit keeps what happened, not the person's details.
    if (result !== 'already_linked') await recordAudit(trx, context, { action: result === 'created' ? 'create' : 'link', entity: 'person', entityId: personId, after: { agencyCode, caseNumber: body.caseNumber } });
    return { id: personId, outcome: result };
  });
  return { outcome, person: await getPerson(db, context, id) };
}

export async function updatePerson(db: Kysely<Database>, context: RequestContext, id: string, body: UpdatePersonBody): Promise<Person> {
  assertMayWritePersons(context.actor);
  const before = await findPersonRow(db, context.actor, id);
  const nationalId = body.nationalId === undefined ? before.national_id : body.nationalId === null ? null : canonicalNationalId(body.nationalId);
  const missingIdReason = body.missingIdReason === undefined ? (nationalId === null ? before.missing_id_reason : null) : body.missingIdReason;
  checkIdentity(nationalId, missingIdReason);
  checkBirthDate(body.birthDate);
  if (nationalId !== null && nationalId !== before.national_id) {
    const owner = await repo.findByNationalId(db, nationalId);
    if (owner && owner.id !== id) throw AppError.duplicate('nationalId', 'residents.duplicate_national_id', { value: nationalId });
  }
  const firstName = body.firstName === undefined ? before.first_name : normalizePersianText(body.firstName);
  const lastName = body.lastName === undefined ? before.last_name : normalizePersianText(body.lastName);
  const fatherName = body.fatherName === undefined ? before.father_name : normalizePersianText(body.fatherName);
  const household = body.householdId ? await householdForMember(db, context.actor, body.householdId, before.province_code) : null;
  const changes: Partial<repo.PersonValues & { household_id: string | null; neighborhood_id: number }> = {
    ...(body.householdId === null && { household_id: null }),
    ...(household && { household_id: household.id, neighborhood_id: household.neighborhood_id }),
    national_id: nationalId,
    missing_id_reason: missingIdReason,
    first_name: firstName,
    last_name: lastName,
    father_name: fatherName,
    name_search: nameSearchOf(firstName, lastName, fatherName),
    ...(body.sex !== undefined && { sex: body.sex }),
    ...(body.birthDate !== undefined && { birth_date: body.birthDate }),
    ...(body.relation !== undefined && { relation: body.relation }),
    ...(body.phone !== undefined && { phone: toLatinDigits(body.phone) }),
    ...(body.schooling !== undefined && { schooling: body.schooling }),
    ...(body.insurance !== undefined && { insurance: body.insurance }),
    ...(body.employment !== undefined && { employment: body.employment }),
    ...(body.disability !== undefined && { disability: body.disability }),
    ...(body.notes !== undefined && { notes: body.notes }),
  };
  await db.transaction().execute(async (trx) => {
    const updated = await repo.updatePerson(trx, id, body.version, changes).catch((error: unknown) => {
      if ((error as { constraint?: string }).constraint === 'persons_national_id_key') throw AppError.duplicate('nationalId', 'residents.duplicate_national_id', { value: nationalId ?? '' });
      throw error;
    });
    if (!updated) throw new AppError('conflict', 'record.version_conflict');
    // Which fields changed, not their values: the audit log is no copy of personal data.
    await recordAudit(trx, context, { action: 'update', entity: 'person', entityId: id, after: { fields: Object.keys(body).filter((key) => key !== 'version') } });
  });
  return getPerson(db, context, id);
}
