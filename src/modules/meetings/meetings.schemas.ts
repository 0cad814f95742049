import { z } from 'zod';
import { dateInputSchema } from '../../lib/iso-date.ts';
import { resolutionSchema, resolutionStatuses } from './resolutions.schemas.ts';

export const bodyKinds = ['social_hq', 'working_group', 'headquarters', 'county_council'] as const;
export const bodyLevels = ['national', 'province', 'county'] as const;
export const meetingStatuses = ['planned', 'held', 'approved'] as const;
export const attendeeKinds = ['member', 'guest'] as const;
export const presences = ['present', 'absent', 'substitute'] as const;
export const reviewDecisions = ['closed', 'extended', 'reassigned', 'continued', 'cancelled'] as const;
export type BodyKind = (typeof bodyKinds)[number];
export type BodyLevel = (typeof bodyLevels)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type ReviewDecision = (typeof reviewDecisions)[number];

const text = (max: number) => z.string().trim().max(max);
const agencyCode = z.string().trim().min(1).max(60);
/** Why approved minutes are being changed; required for any change to them, recorded as an amendment. */
const amendmentReason = z.string().trim().min(5).max(1000).optional();

// ---- Bodies ----------------------------------------------------------------------------------

export const bodySchema = z.object({
  id: z.number().int(),
  nameFa: z.string(),
  kind: z.enum(bodyKinds),
  level: z.enum(bodyLevels),
  provinceCode: z.string().nullable(),
  provinceNameFa: z.string().nullable(),
  countyCode: z.string().nullable(),
  countyNameFa: z.string().nullable(),
  chair: z.string(),
  secretary: z.string(),
  memberAgencyCodes: z.array(z.string()),
  meetingCount: z.number().int(),
  lastMeetingNumber: z.number().int().nullable(),
  lastMeetingOn: z.string().nullable(),
  openResolutions: z.number().int(),
  overdueResolutions: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Body = z.infer<typeof bodySchema>;

const bodyFields = {
  nameFa: z.string().trim().min(1).max(200),
  kind: z.enum(bodyKinds),
  level: z.enum(bodyLevels),
  provinceCode: z.string().trim().min(1).max(10).nullable().default(null),
  countyCode: z.string().trim().min(1).max(20).nullable().default(null),
  chair: text(200).default(''),
  secretary: text(200).default(''),
  memberAgencyCodes: z.array(agencyCode).max(100).default([]),
};
export const createBodyBodySchema = z.strictObject(bodyFields);
export type CreateBodyBody = z.infer<typeof createBodyBodySchema>;

export const updateBodyBodySchema = z.strictObject({
  version: z.number().int().min(1),
  nameFa: bodyFields.nameFa.optional(),
  kind: z.enum(bodyKinds).optional(),
  chair: text(200).optional(),
  secretary: text(200).optional(),
  memberAgencyCodes: z.array(agencyCode).max(100).optional(),
});
export type UpdateBodyBody = z.infer<typeof updateBodyBodySchema>;

export const bodyListQuerySchema = z.object({
  province: z.string().trim().max(10).optional(),
  level: z.enum(bodyLevels).optional(),
  q: z.string().trim().max(100).optional(),
});
export type BodyListQuery = z.infer<typeof bodyListQuerySchema>;
export const bodyListSchema = z.object({ items: z.array(bodySchema), total: z.number().int() });

/** Resolutions by status per meeting of a body: the body dashboard's chart. */
export const bodyDashboardSchema = z.object({
  asOf: z.string(),
  byStatus: z.record(z.enum(resolutionStatuses), z.number().int()),
  overdue: z.number().int(),
  byMeeting: z.array(
    z.object({
      meetingId: z.number().int(),
      number: z.number().int(),
      heldOn: z.string(),
      total: z.number().int(),
      byStatus: z.record(z.enum(resolutionStatuses), z.number().int()),
      overdue: z.number().int(),
    }),
  ),
});
export type BodyDashboard = z.infer<typeof bodyDashboardSchema>;

// ---- Meetings --------------------------------------------------------------------------------

export const attendeeSchema = z.object({
  kind: z.enum(attendeeKinds),
  agencyCode: z.string().nullable(),
  agencyNameFa: z.string().nullable(),
  personName: z.string(),
  position: z.string(),
  presence: z.enum(presences),
  substituteName: z.string(),
  reason: z.string(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const attendeeInputSchema = z.strictObject({
  kind: z.enum(attendeeKinds),
  agencyCode: agencyCode.nullable().default(null),
  personName: text(200).default(''),
  position: text(200).default(''),
  presence: z.enum(presences).default('present'),
  substituteName: text(200).default(''),
  reason: text(500).default(''),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

export const agendaItemSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['item', 'past_resolutions']),
  title: z.string(),
  notes: z.string(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export const agendaItemInputSchema = z.strictObject({ title: z.string().trim().min(1).max(500), notes: text(5000).default('') });

export const amendmentSchema = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  reason: z.string(),
  change: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type Amendment = z.infer<typeof amendmentSchema>;

/** An open resolution of an earlier meeting as this meeting reviews it, and what was decided. */
export const reviewSchema = z.object({
  id: z.number().int(),
  resolutionId: z.number().int(),
  fromMeetingId: z.number().int(),
  fromMeetingNumber: z.number().int(),
  fromMeetingHeldOn: z.string(),
  rowNumber: z.number().int(),
  text: z.string(),
  leadAgencyCode: z.string(),
  leadAgencyNameFa: z.string(),
  statusAtReview: z.enum(resolutionStatuses),
  progressAtReview: z.number().int(),
  deadlineAtReview: z.string(),
  /** Days past the deadline on the day of this meeting (0 when not yet due). */
  delayDaysAtReview: z.number().int(),
  decision: z.enum(reviewDecisions).nullable(),
  newDeadline: z.string().nullable(),
  newLeadAgencyCode: z.string().nullable(),
  reason: z.string(),
  decidedAt: z.string().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

const meetingHeader = {
  id: z.number().int(),
  bodyId: z.number().int(),
  bodyNameFa: z.string(),
  bodyLevel: z.enum(bodyLevels),
  provinceCode: z.string().nullable(),
  provinceNameFa: z.string().nullable(),
  countyCode: z.string().nullable(),
  number: z.number().int(),
  heldOn: z.string(),
  /** Derived from the date, never typed: پنج‌شنبه. */
  weekdayFa: z.string(),
  startTime: z.string(),
  place: z.string(),
  invitationNumber: z.string(),
  invitationDate: z.string().nullable(),
  chair: z.string(),
  secretary: z.string(),
  status: z.enum(meetingStatuses),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const meetingSummarySchema = z.object({ ...meetingHeader, resolutionCount: z.number().int(), openResolutionCount: z.number().int() });
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** A meeting with everything its minutes show. */
export const meetingSchema = z.object({
  ...meetingHeader,
  narrative: z.string(),
  /** True when the minutes are approved: changes need an amendment reason. */
  locked: z.boolean(),
  attendees: z.array(attendeeSchema),
  agenda: z.array(agendaItemSchema),
  resolutions: z.array(resolutionSchema),
  reviews: z.array(reviewSchema),
  amendments: z.array(amendmentSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

const startTimeSchema = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'field.bad_format' })
  .or(z.literal(''));

export const createMeetingBodySchema = z.strictObject({
  bodyId: z.number().int().min(1),
  /** The number in the body's series; the next free one when left out. */
  number: z.number().int().min(1).max(100_000).optional(),
  heldOn: dateInputSchema,
  startTime: startTimeSchema.default(''),
  place: text(300).default(''),
  invitationNumber: text(100).default(''),
  invitationDate: dateInputSchema.nullable().default(null),
  chair: text(200).optional(),
  secretary: text(200).optional(),
  narrative: text(100_000).default(''),
  status: z.enum(['planned', 'held']).default('planned'),
  agenda: z.array(agendaItemInputSchema).max(100).default([]),
  attendees: z.array(attendeeInputSchema).max(300).default([]),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;

export const updateMeetingBodySchema = z.strictObject({
  version: z.number().int().min(1),
  amendmentReason,
  heldOn: dateInputSchema.optional(),
  // No default here: a change that leaves the time out must leave it alone.
  startTime: startTimeSchema.optional(),
  place: text(300).optional(),
  invitationNumber: text(100).optional(),
  invitationDate: dateInputSchema.nullable().optional(),
  chair: text(200).optional(),
  secretary: text(200).optional(),
  narrative: text(100_000).optional(),
  agenda: z.array(agendaItemInputSchema).max(100).optional(),
  attendees: z.array(attendeeInputSchema).max(300).optional(),
});
export type UpdateMeetingBody = z.infer<typeof updateMeetingBodySchema>;

/** planned → held → approved; approval locks the minutes. */
export const meetingStatusBodySchema = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(['held', 'approved']),
  /** The day the minutes were approved, for minutes entered after the fact; today when left out. */
  approvedOn: dateInputSchema.optional(),
});
export type MeetingStatusBody = z.infer<typeof meetingStatusBodySchema>;

export const meetingListQuerySchema = z.object({
  body: z.coerce.number().int().min(1).optional(),
  province: z.string().trim().max(10).optional(),
  status: z.enum(meetingStatuses).optional(),
  from: dateInputSchema.optional(),
  to: dateInputSchema.optional(),
  sort: z.enum(['heldOn', '-heldOn', 'number', '-number']).default('-heldOn'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
export const meetingListSchema = z.object({
  items: z.array(meetingSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MeetingList = z.infer<typeof meetingListSchema>;

/** The decision a meeting takes on one of the past resolutions it reviews. */
export const reviewDecisionBodySchema = z.strictObject({
  decision: z.enum(reviewDecisions),
  newDeadline: dateInputSchema.optional(),
  newLeadAgencyCode: agencyCode.optional(),
  reason: text(2000).default(''),
  amendmentReason,
});
export type ReviewDecisionBody = z.infer<typeof reviewDecisionBodySchema>;
