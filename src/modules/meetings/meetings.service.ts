import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { formatJalali, normalizePersianText } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { type Area, scopeArea } from './meetings.area.ts';
import { assertMayKeepMinutes, assertMayWriteArea } from './meetings.policy.ts';
import { meetingHeader, toAttendee, toResolution, toReview } from './meetings.presenters.ts';
import * as repo from './meetings.repository.ts';
import type { CreateMeetingBody, Meeting, MeetingList, MeetingListQuery, MeetingStatusBody, UpdateMeetingBody } from './meetings.schemas.ts';
import * as resolutionsRepo from './resolutions.repository.ts';

/** The carried-over agenda item, as the seed's minutes word it. */
export const pastResolutionsTitle = 'بررسی مصوبات گذشته';

export function areaOfMeeting(row: { body_level: string; province_code: string | null; county_code: string | null }): Area {
  return { level: row.body_level as Area['level'], provinceCode: row.province_code, countyCode: row.county_code };
}

/**
 * Approved minutes are locked: a change needs a reason and is recorded as an amendment. Returns
 * the reason for approved minutes, null for others (where an edit is just an edit).
 */
export function amendmentReasonFor(meeting: { status: string }, reason: string | undefined): string | null {
  if (meeting.status !== 'approved') return null;
  if (!reason) throw new AppError('conflict', 'meetings.minutes_locked');
  return reason;
}

/** Records an amendment of approved minutes, with who made it and why. */
export async function recordAmendment(
  trx: Transaction<Database>,
  context: RequestContext,
  meetingId: number,
  reason: string,
  change: string,
  details: unknown,
): Promise<number> {
  return repo.insertAmendment(trx, { meetingId, reason, change, details, userId: context.actor.userId, userName: context.actor.username });
}

export async function findMeetingRow(db: Kysely<Database> | Transaction<Database>, context: RequestContext, id: number): Promise<repo.MeetingRow> {
  const row = await repo.findMeeting(db, await scopeArea(db, context.actor.scope), id);
  if (!row) throw new AppError('not_found', 'meetings.meeting_not_found');
  return row;
}

export async function getMeeting(db: Kysely<Database>, context: RequestContext, id: number, asOf = todayIso()): Promise<Meeting> {
  const row = await findMeetingRow(db, context, id);
  const [attendees, agenda, resolutions, reviews, amendments] = await Promise.all([
    repo.listAttendees(db, id),
    repo.listAgenda(db, id),
    resolutionsRepo.listMeetingResolutions(db, id),
    repo.listReviews(db, id),
    repo.listAmendments(db, id),
  ]);
  const links = await resolutionsRepo.linkedNeighborhoods(
    db,
    resolutions.map((resolution) => resolution.id),
  );
  return {
    ...meetingHeader(row),
    narrative: row.narrative,
    locked: row.status === 'approved',
    attendees: attendees.map(toAttendee),
    agenda: agenda.map((item) => ({ id: item.id, kind: item.kind as 'item' | 'past_resolutions', title: item.title, notes: item.notes })),
    resolutions: resolutions.map((resolution) =>
      toResolution(
        resolution,
        asOf,
        links.filter((link) => link.resolution_id === resolution.id).map((link) => ({ id: link.id, code: link.code, nameFa: link.name_fa })),
      ),
    ),
    reviews: reviews.map((review) => toReview(review, row.held_on)),
    amendments: amendments.map((amendment) => ({
      id: amendment.id,
      seq: amendment.seq,
      reason: amendment.reason,
      change: amendment.change,
      createdByName: amendment.created_by_name,
      createdAt: amendment.created_at.toISOString(),
    })),
  };
}

export async function listMeetings(db: Kysely<Database>, context: RequestContext, query: MeetingListQuery): Promise<MeetingList> {
  const area = await scopeArea(db, context.actor.scope);
  const { rows, total } = await repo.listMeetings(db, area, { ...query, limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return {
    items: rows.map((row) => ({ ...meetingHeader(row), resolutionCount: Number(row.resolution_count ?? 0), openResolutionCount: Number(row.open_resolution_count ?? 0) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function checkDates(heldOn: string, invitationDate: string | null, status: string): void {
  if (invitationDate !== null && invitationDate > heldOn) throw AppError.field('invitationDate', 'meetings.invitation_after_meeting');
  if (status !== 'planned' && heldOn > todayIso()) throw AppError.field('heldOn', 'meetings.held_in_future');
}

/** A body's meetings are numbered in the order they are held: a date must fall between its neighbours'. */
async function checkSeriesOrder(db: Kysely<Database> | Transaction<Database>, bodyId: number, number: number, heldOn: string, exceptId?: number): Promise<void> {
  const { before, after } = await repo.neighbouringMeetings(db, bodyId, number, exceptId);
  const clash = before && before.held_on > heldOn ? before : after && after.held_on < heldOn ? after : undefined;
  if (clash) throw AppError.field('heldOn', 'meetings.out_of_order', { number: clash.number, date: formatJalali(clash.held_on) });
}

function normalizeAgenda(items: { title: string; notes: string }[]) {
  return items.map((item) => {
    const title = normalizePersianText(item.title);
    // A secretary who types the review item by hand gets the carried-over one, not two.
    return { kind: title === pastResolutionsTitle ? ('past_resolutions' as const) : ('item' as const), title, notes: item.notes };
  });
}

/**
 * Creates a meeting. The body's latest meeting reviews what earlier ones left open: its agenda
 * gets «بررسی مصوبات گذشته» and a review row for every open resolution, with status and delay.
 */
export async function createMeeting(db: Kysely<Database>, context: RequestContext, body: CreateMeetingBody): Promise<Meeting> {
  assertMayKeepMinutes(context.actor);
  const area = await scopeArea(db, context.actor.scope);
  const bodyRow = await repo.findBody(db, area, body.bodyId, todayIso());
  if (!bodyRow) throw AppError.field('bodyId', 'meetings.body_not_found');
  assertMayWriteArea(context.actor, { level: bodyRow.level as Area['level'], provinceCode: bodyRow.province_code, countyCode: bodyRow.county_code });
  checkDates(body.heldOn, body.invitationDate, body.status);

  const id = await db.transaction().execute(async (trx) => {
    const latest = await repo.maxMeetingNumber(trx, body.bodyId);
    const number = body.number ?? latest + 1;
    if (await repo.meetingNumberTaken(trx, body.bodyId, number)) throw AppError.duplicate('number', 'meetings.duplicate_number', { number });
    await checkSeriesOrder(trx, body.bodyId, number, body.heldOn);
    const values = {
      held_on: body.heldOn,
      start_time: body.startTime,
      place: normalizePersianText(body.place),
      invitation_number: body.invitationNumber,
      invitation_date: body.invitationDate,
      chair: normalizePersianText(body.chair ?? bodyRow.chair),
      secretary: normalizePersianText(body.secretary ?? bodyRow.secretary),
      narrative: body.narrative,
    };
    const meetingId = await repo
      .insertMeeting(trx, { ...values, body_id: body.bodyId, province_code: bodyRow.province_code, county_code: bodyRow.county_code, number, status: body.status })
      .catch((error: unknown) => {
        if ((error as { constraint?: string }).constraint === 'meetings_body_number_key') throw AppError.duplicate('number', 'meetings.duplicate_number', { number });
        throw error;
      });
    const agenda = normalizeAgenda(body.agenda);
    const carried = number > latest ? await repo.openResolutionsBefore(trx, body.bodyId, number) : [];
    if (latest > 0 && number > latest && !agenda.some((item) => item.kind === 'past_resolutions')) {
      agenda.push({ kind: 'past_resolutions', title: pastResolutionsTitle, notes: '' });
    }
    await repo.replaceAgenda(trx, meetingId, agenda);
    await repo.insertReviews(trx, meetingId, carried);
    await repo.replaceAttendees(trx, meetingId, body.attendees);
    await recordAudit(trx, context, { action: 'create', entity: 'meeting', entityId: meetingId, after: { ...values, bodyId: body.bodyId, number, carriedOver: carried.length } });
    return meetingId;
  });
  return getMeeting(db, context, id);
}

function changedFields(body: UpdateMeetingBody): string[] {
  return Object.keys(body).filter((key) => key !== 'version' && key !== 'amendmentReason');
}

export async function updateMeeting(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateMeetingBody): Promise<Meeting> {
  const before = await findMeetingRow(db, context, id);
  assertMayWriteArea(context.actor, areaOfMeeting(before));
  const reason = amendmentReasonFor(before, body.amendmentReason);
  const heldOn = body.heldOn ?? before.held_on;
  checkDates(heldOn, body.invitationDate === undefined ? before.invitation_date : body.invitationDate, before.status);

  await db.transaction().execute(async (trx) => {
    await repo.lockMeeting(trx, id);
    if (heldOn !== before.held_on) {
      await checkSeriesOrder(trx, before.body_id, before.number, heldOn, id);
      const early = (await resolutionsRepo.listMeetingResolutions(trx, id)).find((resolution) => resolution.deadline < heldOn);
      if (early) throw AppError.field('heldOn', 'meetings.date_moves_past_deadline', { row: early.row_number });
    }
    const changes: Partial<repo.MeetingValues> = {
      ...(body.heldOn !== undefined && { held_on: body.heldOn }),
      ...(body.startTime !== undefined && { start_time: body.startTime }),
      ...(body.place !== undefined && { place: normalizePersianText(body.place) }),
      ...(body.invitationNumber !== undefined && { invitation_number: body.invitationNumber }),
      ...(body.invitationDate !== undefined && { invitation_date: body.invitationDate }),
      ...(body.chair !== undefined && { chair: normalizePersianText(body.chair) }),
      ...(body.secretary !== undefined && { secretary: normalizePersianText(body.secretary) }),
      ...(body.narrative !== undefined && { narrative: body.narrative }),
    };
    if (!(await repo.updateMeeting(trx, id, body.version, changes))) throw new AppError('conflict', 'record.version_conflict');
    if (heldOn !== before.held_on) await resolutionsRepo.moveMeetingDate(trx, id, heldOn);
    if (body.agenda !== undefined) {
      const current = await repo.listAgenda(trx, id);
      const items = normalizeAgenda(body.agenda);
      // The carried-over review item stays where it was; only the typed items are replaced.
      const reviewIndex = current.findIndex((item) => item.kind === 'past_resolutions');
      if (reviewIndex >= 0 && !items.some((item) => item.kind === 'past_resolutions')) {
        const review = current[reviewIndex]!;
        items.splice(Math.min(reviewIndex, items.length), 0, { kind: 'past_resolutions', title: review.title, notes: review.notes });
      }
      await repo.replaceAgenda(trx, id, items);
    }
    if (body.attendees !== undefined) await repo.replaceAttendees(trx, id, body.attendees);
    if (reason !== null) await recordAmendment(trx, context, id, reason, `meeting: ${changedFields(body).join(', ')}`, { fields: changedFields(body), changes });
    await recordAudit(trx, context, { action: 'update', entity: 'meeting', entityId: id, before: meetingHeader(before), after: { ...changes, agenda: body.agenda, attendees: body.attendees, amendmentReason: reason } });
  });
  return getMeeting(db, context, id);
}

const transitions: Record<string, string[]> = { planned: ['held'], held: ['approved'], approved: [] };

/** planned → held → approved. Approval locks the minutes; nothing reopens them. */
export async function setMeetingStatus(db: Kysely<Database>, context: RequestContext, id: number, body: MeetingStatusBody): Promise<Meeting> {
  const before = await findMeetingRow(db, context, id);
  assertMayWriteArea(context.actor, areaOfMeeting(before));
  if (before.status === 'planned' && body.status === 'approved') throw new AppError('conflict', 'meetings.approve_planned');
  if (!transitions[before.status]?.includes(body.status)) throw new AppError('conflict', 'meetings.bad_transition', { from: before.status, to: body.status });
  if (body.status === 'held' && before.held_on > todayIso()) throw AppError.field('status', 'meetings.held_in_future');
  if (body.approvedOn !== undefined) {
    if (body.status !== 'approved') throw AppError.field('approvedOn', 'meetings.approved_on_needs_approval');
    if (body.approvedOn < before.held_on) throw AppError.field('approvedOn', 'meetings.approved_before_meeting');
    if (body.approvedOn > todayIso()) throw AppError.field('approvedOn', 'meetings.approved_in_future');
  }
  // A given day is recorded at noon in Tehran, so it reads as that day wherever it is shown.
  const approvedAt = body.approvedOn === undefined ? new Date() : new Date(`${body.approvedOn}T12:00:00+03:30`);
  await db.transaction().execute(async (trx) => {
    const changes = { status: body.status, ...(body.status === 'approved' && { approved_at: approvedAt }) };
    if (!(await repo.updateMeeting(trx, id, body.version, changes))) throw new AppError('conflict', 'record.version_conflict');
    await recordAudit(trx, context, { action: 'update', entity: 'meeting', entityId: id, before: { status: before.status }, after: { status: body.status } });
  });
  return getMeeting(db, context, id);
}

export async function deleteMeeting(db: Kysely<Database>, context: RequestContext, id: number): Promise<void> {
  const before = await findMeetingRow(db, context, id);
  assertMayWriteArea(context.actor, areaOfMeeting(before));
  await db.transaction().execute(async (trx) => {
    await repo.lockMeeting(trx, id);
    const resolutions = await resolutionsRepo.listMeetingResolutions(trx, id);
    if (before.status !== 'planned' || resolutions.length > 0) throw new AppError('conflict', 'meetings.delete_not_planned');
    await repo.deleteMeeting(trx, id);
    await recordAudit(trx, context, { action: 'delete', entity: 'meeting', entityId: id, before: meetingHeader(before) });
  });
}
