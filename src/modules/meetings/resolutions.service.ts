import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { addDays, addJalaliMonths, todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import { formatJalali, normalizePersianText } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { unknownAgencyCodes, unknownPackageCodes } from '../reference/index.ts';
import { scopeArea } from './meetings.area.ts';
import { noticeAgencies } from './meetings.notices.ts';
import { assertMayWriteArea } from './meetings.policy.ts';
import { toResolution } from './meetings.presenters.ts';
import type { MeetingRow } from './meetings.repository.ts';
import * as meetingsRepo from './meetings.repository.ts';
import { amendmentReasonFor, areaOfMeeting, findMeetingRow, recordAmendment } from './meetings.service.ts';
import * as repo from './resolutions.repository.ts';
import type { CreateResolutionBody, DeadlineInput, Resolution, UpdateResolutionBody } from './resolutions.schemas.ts';

/** The deadline as a date: a duration counts from the meeting, months in the Jalali calendar. */
export function resolveDeadline(deadline: DeadlineInput, meetingDate: string): { date: string; amount: number | null; unit: string | null } {
  if (deadline.kind === 'date') {
    if (deadline.date < meetingDate) {
      throw AppError.field('deadline.date', 'resolutions.deadline_before_meeting', { deadline: formatJalali(deadline.date), meetingDate: formatJalali(meetingDate) });
    }
    return { date: deadline.date, amount: null, unit: null };
  }
  const date =
    deadline.unit === 'month' ? addJalaliMonths(meetingDate, deadline.amount) : addDays(meetingDate, deadline.unit === 'week' ? deadline.amount * 7 : deadline.amount);
  return { date, amount: deadline.amount, unit: deadline.unit };
}

export function resolutionSearchText(text: string): string {
  return normalizePersianText(text).toLowerCase();
}

async function checkAgencies(db: Kysely<Database>, lead: string, co: string[]): Promise<void> {
  if ((await unknownAgencyCodes(db, [lead])).length > 0) throw AppError.field('leadAgencyCode', 'resolutions.unknown_agency', { code: lead });
  const [unknownCo] = await unknownAgencyCodes(db, co);
  if (unknownCo !== undefined) throw AppError.field('coAgencyCodes', 'resolutions.unknown_agency', { code: unknownCo });
  if (co.includes(lead)) throw AppError.field('coAgencyCodes', 'resolutions.lead_also_co');
}

async function checkLinks(db: Kysely<Database>, meeting: MeetingRow, neighborhoodIds: number[] | undefined, packageCodes: string[] | undefined): Promise<void> {
  if (packageCodes) {
    const [unknown] = await unknownPackageCodes(db, packageCodes);
    if (unknown !== undefined) throw AppError.field('packageCodes', 'resolutions.unknown_package', { code: unknown });
  }
  if (neighborhoodIds && neighborhoodIds.length > 0) {
    const found = new Set(await repo.neighborhoodsInArea(db, neighborhoodIds, meeting.province_code, meeting.county_code));
    const missing = neighborhoodIds.find((id) => !found.has(id));
    if (missing !== undefined) throw AppError.field('neighborhoodIds', 'resolutions.unknown_neighborhood', { id: missing });
  }
}

export async function findResolutionRow(db: Kysely<Database> | Transaction<Database>, context: RequestContext, id: number): Promise<repo.ResolutionRow> {
  const row = await repo.findResolution(db, await scopeArea(db, context.actor.scope), id);
  if (!row) throw new AppError('not_found', 'resolutions.not_found');
  return row;
}

export async function getResolution(db: Kysely<Database> | Transaction<Database>, context: RequestContext, id: number, asOf = todayIso()): Promise<Resolution> {
  const row = await findResolutionRow(db, context, id);
  const links = await repo.linkedNeighborhoods(db, [id]);
  return toResolution(row, asOf, links.map((link) => ({ id: link.id, code: link.code, nameFa: link.name_fa })));
}

/** Records a resolution in a held meeting, numbered next in its table, and tells the agencies. */
export async function createResolution(db: Kysely<Database>, context: RequestContext, meetingId: number, body: CreateResolutionBody): Promise<Resolution> {
  const meeting = await findMeetingRow(db, context, meetingId);
  assertMayWriteArea(context.actor, areaOfMeeting(meeting));
  if (meeting.status === 'planned') throw new AppError('invalid', 'meetings.planned_has_no_resolutions');
  const reason = amendmentReasonFor(meeting, body.amendmentReason);
  const deadline = resolveDeadline(body.deadline, meeting.held_on);
  const coAgencyCodes = [...new Set(body.coAgencyCodes)];
  await checkAgencies(db, body.leadAgencyCode, coAgencyCodes);
  await checkLinks(db, meeting, body.neighborhoodIds, body.packageCodes);
  const text = normalizePersianText(body.text);

  const id = await db.transaction().execute(async (trx) => {
    await meetingsRepo.lockMeeting(trx, meetingId);
    const rowNumber = await repo.nextRowNumber(trx, meetingId);
    const amendmentId = reason === null ? null : await recordAmendment(trx, context, meetingId, reason, `resolution ${rowNumber} added`, { text });
    const values = {
      meeting_id: meetingId,
      body_id: meeting.body_id,
      province_code: meeting.province_code,
      county_code: meeting.county_code,
      meeting_held_on: meeting.held_on,
      row_number: rowNumber,
      text,
      search_text: resolutionSearchText(text),
      lead_agency_code: body.leadAgencyCode,
      co_agency_codes: coAgencyCodes,
      deadline: deadline.date,
      original_deadline: deadline.date,
      deadline_amount: deadline.amount,
      deadline_unit: deadline.unit,
      package_codes: [...new Set(body.packageCodes)],
      status: 'not_started',
      progress: 0,
      completed_on: null,
      amendment_id: amendmentId,
    };
    const created = await repo.insertResolution(trx, values);
    await repo.replaceNeighborhoodLinks(trx, created, [...new Set(body.neighborhoodIds)]);
    await meetingsRepo.touchMeeting(trx, meetingId);
    await noticeAgencies(
      trx,
      {
        id: created,
        rowNumber,
        meetingNumber: meeting.number,
        bodyNameFa: meeting.body_name_fa,
        provinceCode: meeting.province_code,
        countyCode: meeting.county_code,
        deadline: deadline.date,
        text,
        agencyCodes: [body.leadAgencyCode, ...coAgencyCodes],
      },
      'resolution_assigned',
    );
    await recordAudit(trx, context, { action: 'create', entity: 'resolution', entityId: created, after: { ...values, search_text: undefined, neighborhoodIds: body.neighborhoodIds } });
    return created;
  });
  return getResolution(db, context, id);
}

const contentFields = ['text', 'leadAgencyCode', 'coAgencyCodes', 'deadline', 'neighborhoodIds', 'packageCodes'] as const;

/**
 * Status and completion: `done` means finished at 100 %, on the given day or today; leaving `done`
 * clears the completion.
 */
function statusChanges(before: repo.ResolutionRow, body: UpdateResolutionBody): Partial<repo.ResolutionValues> {
  const status = body.status ?? before.status;
  const progress = body.progress ?? (body.status === 'done' ? 100 : before.progress);
  if (status === 'done' && progress !== 100) throw AppError.field('progress', 'resolutions.done_needs_full_progress');
  if (body.completedOn !== undefined) {
    if (status !== 'done') throw AppError.field('completedOn', 'resolutions.completed_needs_done');
    if (body.completedOn > todayIso()) throw AppError.field('completedOn', 'resolutions.completed_in_future');
    if (body.completedOn < before.meeting_held_on) throw AppError.field('completedOn', 'resolutions.completed_before_meeting');
  }
  const changes: Partial<repo.ResolutionValues> = {};
  if (body.status !== undefined && body.status !== before.status) {
    changes.status = body.status;
    changes.completed_on = body.status === 'done' ? (body.completedOn ?? todayIso()) : null;
  } else if (body.completedOn !== undefined) {
    changes.completed_on = body.completedOn;
  }
  if (progress !== before.progress) changes.progress = progress;
  return changes;
}

/**
 * Changes a resolution. Status and progress are tracking, allowed at any time; the text, the
 * agencies, the deadline and the links are the minutes, and on approved minutes need an amendment.
 */
export async function updateResolution(db: Kysely<Database>, context: RequestContext, id: number, body: UpdateResolutionBody): Promise<Resolution> {
  const before = await findResolutionRow(db, context, id);
  const meeting = await findMeetingRow(db, context, before.meeting_id);
  assertMayWriteArea(context.actor, areaOfMeeting(meeting));
  const touchesMinutes = contentFields.some((field) => body[field] !== undefined);
  const reason = touchesMinutes ? amendmentReasonFor(meeting, body.amendmentReason) : null;
  const lead = body.leadAgencyCode ?? before.lead_agency_code;
  const co = body.coAgencyCodes ? [...new Set(body.coAgencyCodes)] : before.co_agency_codes;
  if (body.leadAgencyCode !== undefined || body.coAgencyCodes !== undefined) await checkAgencies(db, lead, co);
  await checkLinks(db, meeting, body.neighborhoodIds, body.packageCodes);
  const deadline = body.deadline ? resolveDeadline(body.deadline, meeting.held_on) : null;
  const text = body.text === undefined ? undefined : normalizePersianText(body.text);
  const changes: Partial<repo.ResolutionValues> = {
    ...(text !== undefined && { text, search_text: resolutionSearchText(text) }),
    ...(body.leadAgencyCode !== undefined && { lead_agency_code: lead }),
    ...(body.coAgencyCodes !== undefined && { co_agency_codes: co }),
    ...(deadline && { deadline: deadline.date, deadline_amount: deadline.amount, deadline_unit: deadline.unit }),
    ...(body.packageCodes !== undefined && { package_codes: [...new Set(body.packageCodes)] }),
    ...statusChanges(before, body),
  };
  await db.transaction().execute(async (trx) => {
    if (!(await repo.updateResolution(trx, id, body.version, changes))) throw new AppError('conflict', 'record.version_conflict');
    if (body.neighborhoodIds !== undefined) await repo.replaceNeighborhoodLinks(trx, id, [...new Set(body.neighborhoodIds)]);
    if (reason !== null) {
      await recordAmendment(trx, context, before.meeting_id, reason, `resolution ${before.row_number}: ${contentFields.filter((field) => body[field] !== undefined).join(', ')}`, {
        resolutionId: id,
        changes,
      });
    }
    const newAgencies = [lead, ...co].filter((code) => code !== before.lead_agency_code && !before.co_agency_codes.includes(code));
    if (newAgencies.length > 0) {
      await noticeAgencies(
        trx,
        {
          id,
          rowNumber: before.row_number,
          meetingNumber: before.meeting_number,
          bodyNameFa: before.body_name_fa,
          provinceCode: before.province_code,
          countyCode: before.county_code,
          deadline: changes.deadline ?? before.deadline,
          text: text ?? before.text,
          agencyCodes: newAgencies,
        },
        'resolution_assigned',
      );
    }
    await recordAudit(trx, context, { action: 'update', entity: 'resolution', entityId: id, before: { ...before, search_text: undefined }, after: { ...changes, search_text: undefined, amendmentReason: reason } });
  });
  return getResolution(db, context, id);
}

/** A resolution can be withdrawn only while its minutes are a draft; after approval it is cancelled instead. */
export async function deleteResolution(db: Kysely<Database>, context: RequestContext, id: number): Promise<void> {
  const before = await findResolutionRow(db, context, id);
  const meeting = await findMeetingRow(db, context, before.meeting_id);
  assertMayWriteArea(context.actor, areaOfMeeting(meeting));
  if (meeting.status === 'approved') throw new AppError('conflict', 'meetings.minutes_locked');
  await db.transaction().execute(async (trx) => {
    await meetingsRepo.lockMeeting(trx, before.meeting_id);
    await repo.deleteResolution(trx, id);
    await meetingsRepo.touchMeeting(trx, before.meeting_id);
    await recordAudit(trx, context, { action: 'delete', entity: 'resolution', entityId: id, before: { ...before, search_text: undefined } });
  });
}
