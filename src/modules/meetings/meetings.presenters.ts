import { daysBetween } from '../../lib/dates.ts';
import { jalaliWeekdayFa } from '../../lib/persian/index.ts';
import type { BodyRow, MeetingRow } from './meetings.repository.ts';
import type * as repo from './meetings.repository.ts';
import type { Attendee, Body, BodyKind, BodyLevel, MeetingStatus, Review, ReviewDecision } from './meetings.schemas.ts';
import type { ResolutionRow } from './resolutions.repository.ts';
import { type DeadlineUnit, openResolutionStatuses, type Resolution, type ResolutionStatus } from './resolutions.schemas.ts';

export function toBody(row: BodyRow): Body {
  return {
    id: row.id,
    nameFa: row.name_fa,
    kind: row.kind as BodyKind,
    level: row.level as BodyLevel,
    provinceCode: row.province_code,
    provinceNameFa: row.province_name_fa,
    countyCode: row.county_code,
    countyNameFa: row.county_name_fa,
    chair: row.chair,
    secretary: row.secretary,
    memberAgencyCodes: row.member_agency_codes,
    meetingCount: Number(row.meeting_count ?? 0),
    lastMeetingNumber: row.last_meeting_number ?? null,
    lastMeetingOn: row.last_meeting_on ?? null,
    openResolutions: Number(row.open_resolutions ?? 0),
    overdueResolutions: Number(row.overdue_resolutions ?? 0),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function meetingHeader(row: MeetingRow) {
  return {
    id: row.id,
    bodyId: row.body_id,
    bodyNameFa: row.body_name_fa,
    bodyLevel: row.body_level as BodyLevel,
    provinceCode: row.province_code,
    provinceNameFa: row.province_name_fa,
    countyCode: row.county_code,
    number: row.number,
    heldOn: row.held_on,
    weekdayFa: jalaliWeekdayFa(row.held_on),
    startTime: row.start_time,
    place: row.place,
    invitationNumber: row.invitation_number,
    invitationDate: row.invitation_date,
    chair: row.chair,
    secretary: row.secretary,
    status: row.status as MeetingStatus,
    approvedAt: row.approved_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toAttendee(row: Awaited<ReturnType<typeof repo.listAttendees>>[number]): Attendee {
  return {
    kind: row.kind as Attendee['kind'],
    agencyCode: row.agency_code,
    agencyNameFa: row.agency_name_fa,
    personName: row.person_name,
    position: row.position,
    presence: row.presence as Attendee['presence'],
    substituteName: row.substitute_name,
    reason: row.reason,
  };
}

export function isOpenStatus(status: string): boolean {
  return (openResolutionStatuses as readonly string[]).includes(status);
}

/** Overdue, delay and days left, derived from the deadline, the status and the day: never stored. */
export function deriveTiming(resolution: { status: string; deadline: string; completed_on: string | null }, asOf: string) {
  const open = isOpenStatus(resolution.status);
  const overdue = open && resolution.deadline < asOf;
  let delayDays = 0;
  if (overdue) delayDays = daysBetween(resolution.deadline, asOf);
  else if (resolution.status === 'done' && resolution.completed_on && resolution.completed_on > resolution.deadline) {
    delayDays = daysBetween(resolution.deadline, resolution.completed_on);
  }
  return { overdue, delayDays, daysLeft: open ? daysBetween(asOf, resolution.deadline) : null };
}

export function toResolution(row: ResolutionRow, asOf: string, neighborhoods: { id: number; code: string; nameFa: string }[]): Resolution {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meetingNumber: row.meeting_number,
    meetingHeldOn: row.meeting_held_on,
    bodyId: row.body_id,
    bodyNameFa: row.body_name_fa,
    provinceCode: row.province_code,
    rowNumber: row.row_number,
    text: row.text,
    leadAgencyCode: row.lead_agency_code,
    leadAgencyNameFa: row.lead_agency_name_fa,
    coAgencyCodes: row.co_agency_codes,
    coAgencyNamesFa: row.co_agency_names_fa,
    deadline: row.deadline,
    originalDeadline: row.original_deadline,
    deadlineAmount: row.deadline_amount,
    deadlineUnit: row.deadline_unit as DeadlineUnit | null,
    packageCodes: row.package_codes,
    neighborhoods,
    status: row.status as ResolutionStatus,
    progress: row.progress,
    completedOn: row.completed_on,
    ...deriveTiming(row, asOf),
    amendmentId: row.amendment_id,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toReview(row: Awaited<ReturnType<typeof repo.listReviews>>[number], meetingHeldOn: string): Review {
  const delay = row.deadline_at_review < meetingHeldOn ? daysBetween(row.deadline_at_review, meetingHeldOn) : 0;
  return {
    id: row.id,
    resolutionId: row.resolution_id,
    fromMeetingId: row.from_meeting_id,
    fromMeetingNumber: row.from_meeting_number,
    fromMeetingHeldOn: row.from_meeting_held_on,
    rowNumber: row.row_number,
    text: row.text,
    leadAgencyCode: row.lead_agency_code,
    leadAgencyNameFa: row.lead_agency_name_fa,
    statusAtReview: row.status_at_review as ResolutionStatus,
    progressAtReview: row.progress_at_review,
    deadlineAtReview: row.deadline_at_review,
    delayDaysAtReview: delay,
    decision: row.decision as ReviewDecision | null,
    newDeadline: row.new_deadline,
    newLeadAgencyCode: row.new_lead_agency_code,
    reason: row.reason,
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}
