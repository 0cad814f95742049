import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { areaOverlaps, type ScopeArea } from './meetings.area.ts';
import type { AttendeeInput } from './meetings.schemas.ts';
import { openResolutionStatuses } from './resolutions.schemas.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

// ---- Bodies ----------------------------------------------------------------------------------

function bodyQuery(db: Executor, asOf: string) {
  return db
    .selectFrom('bodies')
    .leftJoin('provinces', 'provinces.code', 'bodies.province_code')
    .leftJoin('counties', 'counties.code', 'bodies.county_code')
    .selectAll('bodies')
    .select((eb) => [
      'provinces.name_fa as province_name_fa',
      'counties.name_fa as county_name_fa',
      eb.selectFrom('meetings').whereRef('meetings.body_id', '=', 'bodies.id').select((m) => m.fn.countAll<string>().as('n')).as('meeting_count'),
      eb.selectFrom('meetings').whereRef('meetings.body_id', '=', 'bodies.id').select((m) => m.fn.max('number').as('n')).as('last_meeting_number'),
      eb.selectFrom('meetings').whereRef('meetings.body_id', '=', 'bodies.id').select((m) => m.fn.max('held_on').as('d')).as('last_meeting_on'),
      eb
        .selectFrom('resolutions')
        .whereRef('resolutions.body_id', '=', 'bodies.id')
        .where('resolutions.status', 'in', openResolutionStatuses)
        .select((r) => r.fn.countAll<string>().as('n'))
        .as('open_resolutions'),
      eb
        .selectFrom('resolutions')
        .whereRef('resolutions.body_id', '=', 'bodies.id')
        .where('resolutions.status', 'in', openResolutionStatuses)
        .where('resolutions.deadline', '<', asOf)
        .select((r) => r.fn.countAll<string>().as('n'))
        .as('overdue_resolutions'),
    ]);
}
export type BodyRow = NonNullable<Awaited<ReturnType<typeof findBody>>>;

export async function listBodies(db: Executor, area: ScopeArea, filter: { province?: string; level?: string; search?: string; asOf: string }) {
  let query = bodyQuery(db, filter.asOf).where(areaOverlaps(area, 'bodies'));
  if (filter.province) query = query.where('bodies.province_code', '=', filter.province);
  if (filter.level) query = query.where('bodies.level', '=', filter.level);
  if (filter.search) query = query.where('bodies.name_fa', 'like', `%${filter.search}%`);
  return query.orderBy('bodies.province_code').orderBy('bodies.level').orderBy('bodies.name_fa').limit(1000).execute();
}

export async function findBody(db: Executor, area: ScopeArea, id: number, asOf: string) {
  return bodyQuery(db, asOf).where('bodies.id', '=', id).where(areaOverlaps(area, 'bodies')).executeTakeFirst();
}

export async function bodyNameTaken(db: Executor, provinceCode: string | null, countyCode: string | null, nameFa: string, exceptId?: number): Promise<boolean> {
  let query = db
    .selectFrom('bodies')
    .select('id')
    .where(sql`coalesce(province_code, '')`, '=', provinceCode ?? '')
    .where(sql`coalesce(county_code, '')`, '=', countyCode ?? '')
    .where('name_fa', '=', nameFa);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface BodyValues {
  name_fa: string;
  kind: string;
  level: string;
  province_code: string | null;
  county_code: string | null;
  chair: string;
  secretary: string;
  member_agency_codes: string[];
}

export async function insertBody(trx: Executor, values: BodyValues): Promise<number> {
  const row = await trx.insertInto('bodies').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Applies a change only if the version is still the one the editor saw; false when it was not. */
export async function updateBody(trx: Executor, id: number, version: number, values: Partial<BodyValues>): Promise<boolean> {
  const result = await trx
    .updateTable('bodies')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function bodyDashboardRows(db: Executor, bodyId: number, asOf: string) {
  return db
    .selectFrom('meetings')
    .leftJoin('resolutions', 'resolutions.meeting_id', 'meetings.id')
    .where('meetings.body_id', '=', bodyId)
    .select((eb) => [
      'meetings.id as meeting_id',
      'meetings.number',
      'meetings.held_on',
      'resolutions.status',
      eb.fn.count<string>('resolutions.id').as('n'),
      eb.fn
        .count<string>('resolutions.id')
        .filterWhere((f) => f.and([f('resolutions.status', 'in', openResolutionStatuses), f('resolutions.deadline', '<', asOf)]))
        .as('overdue'),
    ])
    .groupBy(['meetings.id', 'meetings.number', 'meetings.held_on', 'resolutions.status'])
    .orderBy('meetings.number')
    .execute();
}

// ---- Meetings --------------------------------------------------------------------------------

function meetingQuery(db: Executor) {
  return db
    .selectFrom('meetings')
    .innerJoin('bodies', 'bodies.id', 'meetings.body_id')
    .leftJoin('provinces', 'provinces.code', 'meetings.province_code')
    .selectAll('meetings')
    .select(['bodies.name_fa as body_name_fa', 'bodies.level as body_level', 'provinces.name_fa as province_name_fa']);
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export async function findMeeting(db: Executor, area: ScopeArea, id: number) {
  return meetingQuery(db).where('meetings.id', '=', id).where(areaOverlaps(area, 'meetings')).executeTakeFirst();
}

/** Locks the meeting row for the rest of the transaction, so concurrent writes to one meeting queue up. */
export async function lockMeeting(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.selectFrom('meetings').select('id').where('id', '=', id).forUpdate().execute();
}

export interface MeetingFilter {
  body?: number;
  province?: string;
  status?: string;
  from?: string;
  to?: string;
  sort: string;
  limit: number;
  offset: number;
}

export async function listMeetings(db: Executor, area: ScopeArea, filter: MeetingFilter) {
  let query = db.selectFrom('meetings').where(areaOverlaps(area, 'meetings'));
  if (filter.body) query = query.where('meetings.body_id', '=', filter.body);
  if (filter.province) query = query.where('meetings.province_code', '=', filter.province);
  if (filter.status) query = query.where('meetings.status', '=', filter.status);
  if (filter.from) query = query.where('meetings.held_on', '>=', filter.from);
  if (filter.to) query = query.where('meetings.held_on', '<=', filter.to);
  const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const descending = filter.sort.startsWith('-');
  const column = filter.sort.replace('-', '') === 'number' ? 'meetings.number' : 'meetings.held_on';
  const rows = await query
    .innerJoin('bodies', 'bodies.id', 'meetings.body_id')
    .leftJoin('provinces', 'provinces.code', 'meetings.province_code')
    .selectAll('meetings')
    .select((eb) => [
      'bodies.name_fa as body_name_fa',
      'bodies.level as body_level',
      'provinces.name_fa as province_name_fa',
      eb.selectFrom('resolutions').whereRef('resolutions.meeting_id', '=', 'meetings.id').select((r) => r.fn.countAll<string>().as('n')).as('resolution_count'),
      eb
        .selectFrom('resolutions')
        .whereRef('resolutions.meeting_id', '=', 'meetings.id')
        .where('resolutions.status', 'in', openResolutionStatuses)
        .select((r) => r.fn.countAll<string>().as('n'))
        .as('open_resolution_count'),
    ])
    .orderBy(column, descending ? 'desc' : 'asc')
    .orderBy('meetings.id', descending ? 'desc' : 'asc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { rows, total: Number(total) };
}

export async function maxMeetingNumber(db: Executor, bodyId: number): Promise<number> {
  const row = await db.selectFrom('meetings').select((eb) => eb.fn.max('number').as('n')).where('body_id', '=', bodyId).executeTakeFirst();
  return row?.n ?? 0;
}

/** The meetings just before and after a number in a body's series, with their dates. */
export async function neighbouringMeetings(db: Executor, bodyId: number, number: number, exceptId?: number) {
  let query = db.selectFrom('meetings').select(['id', 'number', 'held_on']).where('body_id', '=', bodyId);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  const before = await query.where('number', '<', number).orderBy('number', 'desc').limit(1).executeTakeFirst();
  const after = await query.where('number', '>', number).orderBy('number').limit(1).executeTakeFirst();
  return { before, after };
}

export async function meetingNumberTaken(db: Executor, bodyId: number, number: number): Promise<boolean> {
  return (await db.selectFrom('meetings').select('id').where('body_id', '=', bodyId).where('number', '=', number).executeTakeFirst()) !== undefined;
}

export interface MeetingValues {
  held_on: string;
  start_time: string;
  place: string;
  invitation_number: string;
  invitation_date: string | null;
  chair: string;
  secretary: string;
  narrative: string;
}

export async function insertMeeting(
  trx: Executor,
  values: MeetingValues & { body_id: number; province_code: string | null; county_code: string | null; number: number; status: string },
): Promise<number> {
  return (await trx.insertInto('meetings').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateMeeting(
  trx: Executor,
  id: number,
  version: number,
  values: Partial<MeetingValues> & { status?: string; approved_at?: Date | null },
): Promise<boolean> {
  const result = await trx
    .updateTable('meetings')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A change to a meeting's parts (attendance, resolutions) is a change to the meeting: its version moves. */
export async function touchMeeting(trx: Executor, id: number): Promise<void> {
  await trx.updateTable('meetings').set({ version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', id).execute();
}

export async function deleteMeeting(trx: Executor, id: number): Promise<void> {
  await trx.deleteFrom('meetings').where('id', '=', id).execute();
}

export async function listAttendees(db: Executor, meetingId: number) {
  return db
    .selectFrom('meeting_attendees')
    .leftJoin('agencies', 'agencies.code', 'meeting_attendees.agency_code')
    .selectAll('meeting_attendees')
    .select('agencies.name_fa as agency_name_fa')
    .where('meeting_id', '=', meetingId)
    .orderBy('sort_order')
    .execute();
}

export async function replaceAttendees(trx: Executor, meetingId: number, attendees: AttendeeInput[]): Promise<void> {
  await trx.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).execute();
  if (attendees.length === 0) return;
  await trx
    .insertInto('meeting_attendees')
    .values(
      attendees.map((attendee, index) => ({
        meeting_id: meetingId,
        sort_order: index + 1,
        kind: attendee.kind,
        agency_code: attendee.agencyCode,
        person_name: attendee.personName,
        position: attendee.position,
        presence: attendee.presence,
        substitute_name: attendee.substituteName,
        reason: attendee.reason,
      })),
    )
    .execute();
}

export async function listAgenda(db: Executor, meetingId: number) {
  return db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', meetingId).orderBy('sort_order').execute();
}

/** Replaces the agenda; `past_resolutions` marks the review item that carry-over adds. */
export async function replaceAgenda(trx: Executor, meetingId: number, items: { kind: 'item' | 'past_resolutions'; title: string; notes: string }[]): Promise<void> {
  await trx.deleteFrom('agenda_items').where('meeting_id', '=', meetingId).execute();
  if (items.length === 0) return;
  await trx
    .insertInto('agenda_items')
    .values(items.map((item, index) => ({ meeting_id: meetingId, sort_order: index + 1, kind: item.kind, title: item.title, notes: item.notes })))
    .execute();
}

// ---- Amendments ------------------------------------------------------------------------------

export async function insertAmendment(
  trx: Executor,
  values: { meetingId: number; reason: string; change: string; details: unknown; userId: number; userName: string },
): Promise<number> {
  const next = await trx.selectFrom('meeting_amendments').select((eb) => eb.fn.max('seq').as('seq')).where('meeting_id', '=', values.meetingId).executeTakeFirst();
  const row = await trx
    .insertInto('meeting_amendments')
    .values({
      meeting_id: values.meetingId,
      seq: (next?.seq ?? 0) + 1,
      reason: values.reason,
      change: values.change,
      details: JSON.stringify(values.details),
      created_by: values.userId,
      created_by_name: values.userName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listAmendments(db: Executor, meetingId: number) {
  return db.selectFrom('meeting_amendments').selectAll().where('meeting_id', '=', meetingId).orderBy('seq').execute();
}

// ---- Reviews (carry-over) --------------------------------------------------------------------

/** Every open resolution of a body's earlier meetings: what the next meeting must review. */
export async function openResolutionsBefore(trx: Executor, bodyId: number, meetingNumber: number) {
  return trx
    .selectFrom('resolutions')
    .innerJoin('meetings', 'meetings.id', 'resolutions.meeting_id')
    .select(['resolutions.id', 'resolutions.status', 'resolutions.progress', 'resolutions.deadline'])
    .where('resolutions.body_id', '=', bodyId)
    .where('meetings.number', '<', meetingNumber)
    .where('resolutions.status', 'in', openResolutionStatuses)
    .orderBy('meetings.number')
    .orderBy('resolutions.row_number')
    .execute();
}

export async function insertReviews(
  trx: Executor,
  meetingId: number,
  rows: { id: number; status: string; progress: number; deadline: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('resolution_reviews')
    .values(rows.map((row) => ({ meeting_id: meetingId, resolution_id: row.id, status_at_review: row.status, progress_at_review: row.progress, deadline_at_review: row.deadline })))
    .execute();
}

export async function listReviews(db: Executor, meetingId: number) {
  return db
    .selectFrom('resolution_reviews')
    .innerJoin('resolutions', 'resolutions.id', 'resolution_reviews.resolution_id')
    .innerJoin('meetings', 'meetings.id', 'resolutions.meeting_id')
    .innerJoin('agencies', 'agencies.code', 'resolutions.lead_agency_code')
    .selectAll('resolution_reviews')
    .select([
      'resolutions.meeting_id as from_meeting_id',
      'meetings.number as from_meeting_number',
      'meetings.held_on as from_meeting_held_on',
      'resolutions.row_number',
      'resolutions.text',
      'resolutions.lead_agency_code',
      'agencies.name_fa as lead_agency_name_fa',
    ])
    .where('resolution_reviews.meeting_id', '=', meetingId)
    .orderBy('meetings.number')
    .orderBy('resolutions.row_number')
    .execute();
}

export async function findReview(db: Executor, meetingId: number, reviewId: number) {
  return db.selectFrom('resolution_reviews').selectAll().where('meeting_id', '=', meetingId).where('id', '=', reviewId).executeTakeFirst();
}

export async function recordReviewDecision(
  trx: Executor,
  reviewId: number,
  values: { decision: string; new_deadline: string | null; new_lead_agency_code: string | null; reason: string; decided_by: number },
): Promise<void> {
  await trx
    .updateTable('resolution_reviews')
    .set({ ...values, decided_at: sql`now()` })
    .where('id', '=', reviewId)
    .execute();
}
