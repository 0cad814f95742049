import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { followUpsOf } from './follow-ups.service.ts';
import { mayFollowUp, mayWriteArea } from './meetings.policy.ts';
import { isOpenStatus } from './meetings.presenters.ts';
import { areaOfMeeting, findMeetingRow } from './meetings.service.ts';
import * as repo from './resolutions.repository.ts';
import type { ResolutionDetail } from './resolutions.schemas.ts';
import { getResolution } from './resolutions.service.ts';

/** A resolution with its follow-ups, the meetings that reviewed it, and what the reader may do. */
export async function getResolutionDetail(db: Kysely<Database>, context: RequestContext, id: number, asOf = todayIso()): Promise<ResolutionDetail> {
  const resolution = await getResolution(db, context, id, asOf);
  const meeting = await findMeetingRow(db, context, resolution.meetingId);
  const reviews = await repo.listReviewsOfResolution(db, id);
  return {
    ...resolution,
    followUps: await followUpsOf(db, id),
    reviews: reviews.map((review) => ({
      meetingId: review.meeting_id,
      meetingNumber: review.meeting_number,
      meetingHeldOn: review.meeting_held_on,
      decision: review.decision,
      newDeadline: review.new_deadline,
      newLeadAgencyCode: review.new_lead_agency_code,
      reason: review.reason,
    })),
    canFollowUp: mayFollowUp(context.actor, resolution) && isOpenStatus(resolution.status),
    canEdit: mayWriteArea(context.actor, areaOfMeeting(meeting)),
  };
}

