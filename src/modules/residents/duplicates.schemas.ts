import { z } from 'zod';
import { personSummarySchema } from './residents.schemas.ts';

const bigId = z.string().regex(/^\d{1,18}$/, { error: 'field.bad_format' });

/** Why two records look like one person (each scored in duplicates.repository.ts, duplicateScoring). */
export const duplicateReasons = ['same_name_birth_year', 'same_name', 'similar_name', 'same_birth_date', 'same_father_name', 'same_phone', 'national_id_one_digit'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];
export const candidateStatuses = ['open', 'dismissed', 'merged'] as const;

export const duplicateCandidateSchema = z.object({
  id: z.string(),
  /** 0–100: the sum of the reasons' points. */
  score: z.number().int(),
  reasons: z.array(z.enum(duplicateReasons)),
  /** pg_trgm similarity of the two names (0–1, two decimals). */
  nameSimilarity: z.number().nullable(),
  status: z.enum(candidateStatuses),
  detectedAt: z.string(),
  /** The pair as the people list shows them (national IDs masked unless the reader may see them). */
  first: personSummarySchema,
  second: personSummarySchema,
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const duplicateListQuerySchema = z.object({
  neighborhoodId: z.coerce.number().int().min(1).optional(),
  minScore: z.coerce.number().int().min(0).max(100).optional(),
  status: z.enum(candidateStatuses).default('open'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DuplicateListQuery = z.infer<typeof duplicateListQuerySchema>;
export const duplicateListSchema = z.object({ items: z.array(duplicateCandidateSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type DuplicateList = z.infer<typeof duplicateListSchema>;

export const detectionResultSchema = z.object({
  provinces: z.number().int(),
  /** Pairs scoring enough to list. */
  found: z.number().int(),
  /** Of those, open now; the rest were dismissed before and stay so. */
  open: z.number().int(),
  /** Open pairs of earlier runs no longer found. */
  removed: z.number().int(),
});
export type DetectionResult = z.infer<typeof detectionResultSchema>;

/** Merges `mergedId` into `survivorId`; both versions as loaded (a stale one gets 409). */
export const mergeBodySchema = z.strictObject({
  survivorId: bigId,
  survivorVersion: z.number().int().min(1),
  mergedId: bigId,
  mergedVersion: z.number().int().min(1),
});
export type MergeBody = z.infer<typeof mergeBodySchema>;

export const personMergeSchema = z.object({
  id: z.string(),
  survivorId: z.string(),
  mergedPersonId: z.string(),
  /** The merged record's name, from its snapshot. */
  mergedName: z.string(),
  mergedAt: z.string(),
  mergedBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  /** Not undone yet and the survivor unchanged since: an undo would go through (other checks happen then). */
  undoable: z.boolean(),
});
export type PersonMerge = z.infer<typeof personMergeSchema>;

export const mergeResultSchema = z.object({ mergeId: z.string(), survivorId: z.string(), survivorVersion: z.number().int(), filledFields: z.array(z.string()), movedLinks: z.number().int() });
export type MergeResult = z.infer<typeof mergeResultSchema>;

export const undoResultSchema = z.object({ mergeId: z.string(), survivorId: z.string(), restoredPersonId: z.string() });
export type UndoResult = z.infer<typeof undoResultSchema>;

export const personMergeListSchema = z.object({ items: z.array(personMergeSchema) });
export type PersonMergeList = z.infer<typeof personMergeListSchema>;
