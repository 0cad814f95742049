/**
 * The import API's shapes, from the server's schemas (the contract in the import brief), plus
 * what the pages need on top: the order outcomes are shown in and which statuses are polled.
 */
import type { z } from 'zod';
import type { ImportField } from '../../../modules/residents/import/fields.ts';
import type {
  ImportCounts,
  ImportJob,
  ImportOutcome,
  ImportRowReport,
  ImportStatus,
  importJobListSchema,
  importRowListSchema,
} from '../../../modules/residents/imports.schemas.ts';

export type { ImportCounts, ImportField, ImportJob, ImportOutcome, ImportRowReport, ImportStatus };
export type ImportJobList = z.infer<typeof importJobListSchema>;
export type ImportRowList = z.infer<typeof importRowListSchema>;

/** The dry run's tabs and cards: refused rows first, since they are what needs the reader's attention. */
export const importOutcomes = ['rejected', 'create', 'link', 'update', 'unchanged'] as const satisfies readonly ImportOutcome[];

/** While the server works on a job in the background: the page polls it. */
export function isWorking(status: ImportStatus): boolean {
  return status === 'analysing' || status === 'committing';
}
