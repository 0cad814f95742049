import { z } from 'zod';
import { dateInputSchema } from '../../lib/iso-date.ts';

export const resolutionStatuses = ['not_started', 'in_progress', 'done', 'stopped', 'cancelled'] as const;
/** The statuses that still owe work: only these can be overdue or carried to the next meeting. */
export const openResolutionStatuses = ['not_started', 'in_progress'] as const;
export const deadlineUnits = ['day', 'week', 'month'] as const;
export type ResolutionStatus = (typeof resolutionStatuses)[number];
export type DeadlineUnit = (typeof deadlineUnits)[number];

const agencyCode = z.string().trim().min(1).max(60);
const progressSchema = z.number().int({ error: 'field.not_integer' }).min(0, { error: 'resolutions.progress_range' }).max(100, { error: 'resolutions.progress_range' });
const amendmentReason = z.string().trim().min(5).max(1000).optional();

/** A deadline as a date, or as a time from the meeting ("one month" → the same day next Jalali month). */
export const deadlineInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: dateInputSchema }),
  z.strictObject({ kind: z.literal('duration'), amount: z.number().int().min(1).max(120), unit: z.enum(deadlineUnits) }),
]);
export type DeadlineInput = z.infer<typeof deadlineInputSchema>;

export const linkedNeighborhoodSchema = z.object({ id: z.number().int(), code: z.string(), nameFa: z.string() });

export const resolutionSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  meetingNumber: z.number().int(),
  meetingHeldOn: z.string(),
  bodyId: z.number().int(),
  bodyNameFa: z.string(),
  provinceCode: z.string().nullable(),
  rowNumber: z.number().int(),
  text: z.string(),
  leadAgencyCode: z.string(),
  leadAgencyNameFa: z.string(),
  coAgencyCodes: z.array(z.string()),
  /** The co-responsible agencies' names, in the order of their codes. */
  coAgencyNamesFa: z.array(z.string()),
  deadline: z.string(),
  originalDeadline: z.string(),
  /** How the deadline was given when it was a duration: 1 month. */
  deadlineAmount: z.number().int().nullable(),
  deadlineUnit: z.enum(deadlineUnits).nullable(),
  packageCodes: z.array(z.string()),
  neighborhoods: z.array(linkedNeighborhoodSchema),
  status: z.enum(resolutionStatuses),
  progress: z.number().int(),
  completedOn: z.string().nullable(),
  /** Derived on every read from the deadline, the status and the date: never stored. */
  overdue: z.boolean(),
  /** Days late: past the deadline for open ones, at completion for done ones; 0 when on time. */
  delayDays: z.number().int(),
  daysLeft: z.number().int().nullable(),
  amendmentId: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Resolution = z.infer<typeof resolutionSchema>;

export const createResolutionBodySchema = z.strictObject({
  text: z.string().trim().min(1).max(10_000),
  leadAgencyCode: agencyCode,
  coAgencyCodes: z.array(agencyCode).max(30).default([]),
  deadline: deadlineInputSchema,
  neighborhoodIds: z.array(z.number().int().min(1)).max(500).default([]),
  packageCodes: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  amendmentReason,
});
export type CreateResolutionBody = z.infer<typeof createResolutionBodySchema>;

export const updateResolutionBodySchema = z.strictObject({
  version: z.number().int().min(1),
  amendmentReason,
  text: z.string().trim().min(1).max(10_000).optional(),
  leadAgencyCode: agencyCode.optional(),
  coAgencyCodes: z.array(agencyCode).max(30).optional(),
  deadline: deadlineInputSchema.optional(),
  neighborhoodIds: z.array(z.number().int().min(1)).max(500).optional(),
  packageCodes: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  status: z.enum(resolutionStatuses).optional(),
  progress: progressSchema.optional(),
  /** When a done resolution was finished (today when left out). */
  completedOn: dateInputSchema.optional(),
});
export type UpdateResolutionBody = z.infer<typeof updateResolutionBodySchema>;

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const followUpSchema = z.object({
  id: z.number().int(),
  resolutionId: z.number().int(),
  agencyCode: z.string(),
  agencyNameFa: z.string(),
  authorName: z.string(),
  reportedOn: z.string(),
  text: z.string(),
  progress: z.number().int(),
  statusAfter: z.enum(resolutionStatuses),
  attachments: z.array(attachmentSchema),
  createdAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const createFollowUpBodySchema = z.strictObject({
  /** The day the work was reported; today when left out. */
  reportedOn: dateInputSchema.optional(),
  text: z.string().trim().min(1).max(10_000),
  progress: progressSchema,
  /** in_progress, or done (which sets progress to 100); left out: done at 100 %, otherwise in progress. */
  status: z.enum(['in_progress', 'done']).optional(),
  attachmentIds: z.array(z.uuid()).max(10).default([]),
});
export type CreateFollowUpBody = z.infer<typeof createFollowUpBodySchema>;

/** A resolution with its history: follow-ups and the meetings that reviewed it. */
export const resolutionDetailSchema = resolutionSchema.extend({
  followUps: z.array(followUpSchema),
  reviews: z.array(
    z.object({
      meetingId: z.number().int(),
      meetingNumber: z.number().int(),
      meetingHeldOn: z.string(),
      decision: z.string().nullable(),
      newDeadline: z.string().nullable(),
      newLeadAgencyCode: z.string().nullable(),
      reason: z.string(),
    }),
  ),
  /** May the signed-in user post a follow-up (their agency is responsible)? */
  canFollowUp: z.boolean(),
  /** May the signed-in user edit it (the body's secretariat)? */
  canEdit: z.boolean(),
});
export type ResolutionDetail = z.infer<typeof resolutionDetailSchema>;

export const trackerQuerySchema = z.object({
  body: z.coerce.number().int().min(1).optional(),
  meeting: z.coerce.number().int().min(1).optional(),
  province: z.string().trim().max(10).optional(),
  agency: z.string().trim().max(60).optional(),
  status: z.enum(resolutionStatuses).optional(),
  /** `open`: not started or in progress. */
  open: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  deadlineFrom: dateInputSchema.optional(),
  deadlineTo: dateInputSchema.optional(),
  neighborhood: z.coerce.number().int().min(1).optional(),
  q: z.string().trim().max(200).optional(),
  /** The day overdue is judged on; today in Tehran when left out. */
  asOf: dateInputSchema.optional(),
  sort: z.enum(['deadline', '-deadline', 'meeting', '-meeting', 'delay']).default('deadline'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TrackerQuery = z.infer<typeof trackerQuerySchema>;

export const trackerListSchema = z.object({
  items: z.array(resolutionSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  asOf: z.string(),
});
export type TrackerList = z.infer<typeof trackerListSchema>;

export const scorecardQuerySchema = z.object({
  body: z.coerce.number().int().min(1).optional(),
  province: z.string().trim().max(10).optional(),
  agency: z.string().trim().max(60).optional(),
  asOf: dateInputSchema.optional(),
});
export type ScorecardQuery = z.infer<typeof scorecardQuerySchema>;

/**
 * One agency's record as lead agency. Cancelled resolutions count nowhere. `due` are those done or
 * past their deadline; on time % is done by the deadline over due; average delay is over the late
 * ones (done late, or open past the deadline).
 */
export const scorecardRowSchema = z.object({
  agencyCode: z.string(),
  agencyNameFa: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  doneOnTime: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  due: z.number().int(),
  donePercent: z.number().nullable(),
  onTimePercent: z.number().nullable(),
  averageDelayDays: z.number().nullable(),
});
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;
export const scorecardSchema = z.object({ asOf: z.string(), items: z.array(scorecardRowSchema) });
export type Scorecard = z.infer<typeof scorecardSchema>;
