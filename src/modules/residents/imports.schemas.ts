/**
 * The import's HTTP shapes (the contract in the import brief): a job, its rows, and the bodies
 * that steer it. Shared with the web app.
 */
import { z } from 'zod';
import { type ImportField, importFields } from './import/fields.ts';

export const importStatuses = ['analysing', 'needs_mapping', 'analysed', 'committing', 'committed', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof importStatuses)[number];
export const importPhases = ['reading', 'checking', 'committing'] as const;
export const importOutcomes = ['create', 'link', 'update', 'unchanged', 'rejected'] as const;
export type ImportOutcome = (typeof importOutcomes)[number];

const fieldEnum = z.enum(importFields);
/** Column index (0-based) per field; null = the field is not imported. */
const mappingSchema = z.partialRecord(fieldEnum, z.number().int().min(0).max(16_383).nullable());
export type ImportMapping = Partial<Record<ImportField, number | null>>;

export const importCountsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  link: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  fileSize: z.number().int(),
  fileKind: z.enum(['csv', 'xlsx']),
  agencyCode: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
  status: z.enum(importStatuses),
  progress: z.object({ phase: z.enum(importPhases).nullable(), done: z.number().int(), total: z.number().int().nullable() }),
  headers: z.array(z.string()),
  mapping: mappingSchema,
  missingFields: z.array(fieldEnum),
  fieldLabels: z.partialRecord(fieldEnum, z.string()),
  counts: importCountsSchema,
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  committedAt: z.string().nullable(),
  alreadyImported: z.boolean().optional(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const importJobListSchema = z.object({ items: z.array(importJobSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const importJobListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const importRowReportSchema = z.object({
  row: z.number().int(),
  outcome: z.enum(importOutcomes),
  name: z.string(),
  errors: z.array(z.object({ column: z.string(), field: z.string(), code: z.string(), message: z.string() })),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;
export const importRowListSchema = z.object({ items: z.array(importRowReportSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const importRowListQuerySchema = z.object({
  outcome: z.enum(importOutcomes).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ImportRowListQuery = z.infer<typeof importRowListQuerySchema>;

export const importMappingBodySchema = z.object({ mapping: mappingSchema, version: z.number().int().min(1) });
export type ImportMappingBody = z.infer<typeof importMappingBodySchema>;
export const importCommitBodySchema = z.object({ version: z.number().int().min(1), skipRejected: z.boolean().default(false) });
export type ImportCommitBody = z.infer<typeof importCommitBodySchema>;
export const importIdParamsSchema = z.object({ id: z.string().regex(/^\d{1,18}$/, { error: 'field.bad_format' }) });
