import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { normalizePersianText } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { findUnknownPlaceCodes } from '../geography/index.ts';
import { unknownAgencyCodes } from '../reference/index.ts';
import { scopeArea } from './meetings.area.ts';
import { assertMayKeepMinutes, assertMayWriteArea } from './meetings.policy.ts';
import { toBody } from './meetings.presenters.ts';
import * as repo from './meetings.repository.ts';
import type { Body, BodyDashboard, BodyListQuery, CreateBodyBody, UpdateBodyBody } from './meetings.schemas.ts';
import { resolutionStatuses, type ResolutionStatus } from './resolutions.schemas.ts';

export async function listBodies(db: Kysely<Database>, context: RequestContext, query: BodyListQuery): Promise<{ items: Body[]; total: number }> {
  const area = await scopeArea(db, context.actor.scope);
  const search = query.q ? normalizePersianText(query.q) : undefined;
  const rows = await repo.listBodies(db, area, { province: query.province, level: query.level, search, asOf: todayIso() });
  return { items: rows.map(toBody), total: rows.length };
}

export async function getBody(db: Kysely<Database>, context: RequestContext, id: number): Promise<Body> {
  const row = await repo.findBody(db, await scopeArea(db, context.actor.scope), id, todayIso());
  if (!row) throw new AppError('not_found', 'meetings.body_not_found');
  return toBody(row);
}

async function checkPlace(db: Kysely<Database>, body: CreateBodyBody): Promise<void> {
  if (body.level === 'national') {
    if (body.provinceCode !== null || body.countyCode !== null) throw AppError.field(body.provinceCode !== null ? 'provinceCode' : 'countyCode', 'meetings.national_has_no_place');
    return;
  }
  if (body.provinceCode === null) throw AppError.field('provinceCode', 'meetings.level_needs_province');
  if (body.level === 'county' && body.countyCode === null) throw AppError.field('countyCode', 'meetings.level_needs_county');
  if (body.level === 'province' && body.countyCode !== null) throw AppError.field('countyCode', 'meetings.level_needs_county');
  const unknown = await findUnknownPlaceCodes(db, body.level === 'county' ? 'county' : 'province', [body.countyCode ?? body.provinceCode]);
  if (unknown.length > 0) {
    if (body.level === 'county') throw AppError.field('countyCode', 'geography.unknown_county', { code: body.countyCode ?? '' });
    throw AppError.field('provinceCode', 'geography.unknown_province', { code: body.provinceCode });
  }
  if (body.countyCode !== null && !body.countyCode.startsWith(`${body.provinceCode}-`)) {
    throw AppError.field('countyCode', 'meetings.county_outside_province', { code: body.countyCode });
  }
}

async function checkMembers(db: Kysely<Database>, codes: string[]): Promise<void> {
  const [unknown] = await unknownAgencyCodes(db, codes);
  if (unknown !== undefined) throw AppError.field('memberAgencyCodes', 'resolutions.unknown_agency', { code: unknown });
}

export async function createBody(db: Kysely<Database>, context: RequestContext, body: CreateBodyBody): Promise<Body> {
  assertMayKeepMinutes(context.actor);
  await checkPlace(db, body);
  assertMayWriteArea(context.actor, { level: body.level, provinceCode: body.provinceCode, countyCode: body.countyCode });
  await checkMembers(db, body.memberAgencyCodes);
  const nameFa = normalizePersianText(body.nameFa);
  if (await repo.bodyNameTaken(db, body.provinceCode, body.countyCode, nameFa)) throw AppError.duplicate('nameFa', 'meetings.duplicate_body', { name: nameFa });
  const values: repo.BodyValues = {
    name_fa: nameFa,
    kind: body.kind,
    level: body.level,
    province_code: body.provinceCode,
    county_code: body.countyCode,
    chair: normalizePersianText(body.chair),
    secretary: normalizePersianText(body.secretary),
    member_agency_codes: [...new Set(body.memberAgencyCodes)],
  };
  const id = await db.transaction().execute(async (trx) => {
    const created = await repo.insertBody(trx, values);
    await recordAudit(trx, context, { action: 'create', entity: 'body', entityId: created, after: values });
    return created;
  });
  return getBody(db, context, id);
}

export async function updateBody(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateBodyBody): Promise<Body> {
  const before = await getBody(db, context, id);
  assertMayWriteArea(context.actor, { level: before.level, provinceCode: before.provinceCode, countyCode: before.countyCode });
  if (body.memberAgencyCodes) await checkMembers(db, body.memberAgencyCodes);
  const nameFa = body.nameFa === undefined ? undefined : normalizePersianText(body.nameFa);
  if (nameFa !== undefined && (await repo.bodyNameTaken(db, before.provinceCode, before.countyCode, nameFa, id))) {
    throw AppError.duplicate('nameFa', 'meetings.duplicate_body', { name: nameFa });
  }
  const changes: Partial<repo.BodyValues> = {
    ...(nameFa !== undefined && { name_fa: nameFa }),
    ...(body.kind !== undefined && { kind: body.kind }),
    ...(body.chair !== undefined && { chair: normalizePersianText(body.chair) }),
    ...(body.secretary !== undefined && { secretary: normalizePersianText(body.secretary) }),
    ...(body.memberAgencyCodes !== undefined && { member_agency_codes: [...new Set(body.memberAgencyCodes)] }),
  };
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateBody(trx, id, body.version, changes))) throw new AppError('conflict', 'record.version_conflict');
    await recordAudit(trx, context, { action: 'update', entity: 'body', entityId: id, before, after: changes });
  });
  return getBody(db, context, id);
}

function emptyCounts(): Record<ResolutionStatus, number> {
  return Object.fromEntries(resolutionStatuses.map((status) => [status, 0])) as Record<ResolutionStatus, number>;
}

/** Resolutions of a body by status, per meeting and in all. */
export async function bodyDashboard(db: Kysely<Database>, context: RequestContext, id: number, asOf = todayIso()): Promise<BodyDashboard> {
  await getBody(db, context, id);
  const rows = await repo.bodyDashboardRows(db, id, asOf);
  const byStatus = emptyCounts();
  const meetings = new Map<number, BodyDashboard['byMeeting'][number]>();
  let overdue = 0;
  for (const row of rows) {
    let meeting = meetings.get(row.meeting_id);
    if (!meeting) {
      meeting = { meetingId: row.meeting_id, number: row.number, heldOn: row.held_on, total: 0, byStatus: emptyCounts(), overdue: 0 };
      meetings.set(row.meeting_id, meeting);
    }
    if (row.status === null) continue;
    const count = Number(row.n);
    const status = row.status as ResolutionStatus;
    meeting.byStatus[status] += count;
    meeting.total += count;
    meeting.overdue += Number(row.overdue);
    byStatus[status] += count;
    overdue += Number(row.overdue);
  }
  return { asOf, byStatus, overdue, byMeeting: [...meetings.values()] };
}
