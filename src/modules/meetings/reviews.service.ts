import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import { formatJalali } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { unknownAgencyCodes } from '../reference/index.ts';
import { noticeAgencies } from './meetings.notices.ts';
import { assertMayWriteArea } from './meetings.policy.ts';
import { isOpenStatus } from './meetings.presenters.ts';
import * as meetingsRepo from './meetings.repository.ts';
import type { Meeting, ReviewDecisionBody } from './meetings.schemas.ts';
import { amendmentReasonFor, areaOfMeeting, findMeetingRow, getMeeting, recordAmendment } from './meetings.service.ts';
import * as repo from './resolutions.repository.ts';

/** What a decision needs besides itself: a new deadline to extend, an agency to reassign, a reason for both and to cancel. */
async function checkDecision(db: Kysely<Database>, body: ReviewDecisionBody, currentDeadline: string, meetingDate: string): Promise<void> {
  if (body.decision === 'extended' && !body.newDeadline) throw AppError.field('newDeadline', 'meetings.decision_needs_deadline');
  if (body.decision === 'reassigned' && !body.newLeadAgencyCode) throw AppError.field('newLeadAgencyCode', 'meetings.decision_needs_agency');
  if (['extended', 'reassigned', 'cancelled'].includes(body.decision) && body.reason.trim() === '') throw AppError.field('reason', 'meetings.decision_needs_reason');
  if (body.newDeadline && (body.decision === 'extended' || body.decision === 'reassigned')) {
    if (body.newDeadline < meetingDate) throw AppError.field('newDeadline', 'meetings.deadline_before_review');
    if (body.decision === 'extended' && body.newDeadline <= currentDeadline) {
      throw AppError.field('newDeadline', 'meetings.extension_not_later', { deadline: formatJalali(currentDeadline) });
    }
  }
  if (body.newLeadAgencyCode && body.decision === 'reassigned' && (await unknownAgencyCodes(db, [body.newLeadAgencyCode])).length > 0) {
    throw AppError.field('newLeadAgencyCode', 'resolutions.unknown_agency', { code: body.newLeadAgencyCode });
  }
}

/**
 * The meeting decides on one of the past resolutions it reviews: closed (done on the meeting's
 * date), extended to a new deadline, reassigned to another agency, continued as it is, or
 * cancelled. The decision links the resolution to this meeting and changes it in one step.
 */
export async function decideReview(db: Kysely<Database>, context: RequestContext, meetingId: number, reviewId: number, body: ReviewDecisionBody): Promise<Meeting> {
  const meeting = await findMeetingRow(db, context, meetingId);
  assertMayWriteArea(context.actor, areaOfMeeting(meeting));
  const reason = amendmentReasonFor(meeting, body.amendmentReason);
  const review = await meetingsRepo.findReview(db, meetingId, reviewId);
  if (!review) throw new AppError('not_found', 'meetings.review_not_found');
  if (review.decision !== null) throw new AppError('conflict', 'meetings.review_decided');
  const resolution = await repo.findResolution(db, { all: true }, review.resolution_id);
  if (!resolution) throw new AppError('not_found', 'resolutions.not_found');
  await checkDecision(db, body, resolution.deadline, meeting.held_on);

  await db.transaction().execute(async (trx) => {
    await meetingsRepo.lockMeeting(trx, meetingId);
    const locked = await repo.lockResolution(trx, resolution.id);
    if (!locked) throw new AppError('not_found', 'resolutions.not_found');
    if (body.decision !== 'closed' && body.decision !== 'continued' && !isOpenStatus(locked.status)) {
      throw new AppError('conflict', 'resolutions.closed', { status: locked.status });
    }
    const changes: Partial<repo.ResolutionValues> = {};
    if (body.decision === 'closed' && locked.status !== 'done') Object.assign(changes, { status: 'done', progress: 100, completed_on: meeting.held_on });
    if (body.decision === 'cancelled') changes.status = 'cancelled';
    if (body.newDeadline && (body.decision === 'extended' || body.decision === 'reassigned')) {
      Object.assign(changes, { deadline: body.newDeadline, deadline_amount: null, deadline_unit: null });
    }
    if (body.decision === 'reassigned' && body.newLeadAgencyCode) {
      changes.lead_agency_code = body.newLeadAgencyCode;
      changes.co_agency_codes = resolution.co_agency_codes.filter((code) => code !== body.newLeadAgencyCode);
    }
    if (Object.keys(changes).length > 0) await repo.updateResolution(trx, resolution.id, null, changes);
    await meetingsRepo.recordReviewDecision(trx, reviewId, {
      decision: body.decision,
      new_deadline: body.newDeadline ?? null,
      new_lead_agency_code: body.decision === 'reassigned' ? (body.newLeadAgencyCode ?? null) : null,
      reason: body.reason,
      decided_by: context.actor.userId,
    });
    await meetingsRepo.touchMeeting(trx, meetingId);
    if (reason !== null) await recordAmendment(trx, context, meetingId, reason, `review of resolution ${resolution.id}: ${body.decision}`, { reviewId, changes });
    if (body.decision === 'reassigned' && body.newLeadAgencyCode && body.newLeadAgencyCode !== resolution.lead_agency_code) {
      await noticeAgencies(
        trx,
        {
          id: resolution.id,
          rowNumber: resolution.row_number,
          meetingNumber: resolution.meeting_number,
          bodyNameFa: resolution.body_name_fa,
          provinceCode: resolution.province_code,
          countyCode: resolution.county_code,
          deadline: changes.deadline ?? resolution.deadline,
          text: resolution.text,
          agencyCodes: [body.newLeadAgencyCode],
        },
        'resolution_assigned',
      );
    }
    await recordAudit(trx, context, { action: 'update', entity: 'resolution_review', entityId: reviewId, before: { resolutionId: resolution.id, status: locked.status }, after: { ...body, changes } });
  });
  return getMeeting(db, context, meetingId);
}
