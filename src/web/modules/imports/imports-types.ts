/**
 * The import API's shapes as the web app reads them (the contract in the server's imports routes).
 * Written here rather than inferred from the server's schemas so the pages depend on the contract,
 * not on how the server happens to validate it.
 */
import type { ImportField } from '../../../modules/residents/import/fields.ts';

export type { ImportField };

export const importStatuses = ['analysing', 'needs_mapping', 'analysed', 'committing', 'committed', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importOutcomes = ['rejected', 'create', 'link', 'update', 'unchanged'] as const;
export type ImportOutcome = (typeof importOutcomes)[number];

export type ImportPhase = 'reading' | 'checking' | 'committing';

export interface ImportCounts {
  rows: number;
  create: number;
  link: number;
  update: number;
  unchanged: number;
  rejected: number;
}

export interface ImportJob {
  id: string;
  fileName: string;
  fileSize: number;
  fileKind: 'csv' | 'xlsx';
  agencyCode: string;
  createdAt: string;
  version: number;
  status: ImportStatus;
  progress: { phase: ImportPhase | null; done: number; total: number | null };
  headers: string[];
  mapping: Partial<Record<ImportField, number | null>>;
  missingFields: ImportField[];
  fieldLabels: Partial<Record<ImportField, string>>;
  counts: ImportCounts;
  error: { code: string; message: string } | null;
  committedAt: string | null;
  alreadyImported?: boolean;
}

export interface ImportJobList {
  items: ImportJob[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ImportRowError {
  column: string;
  field: string;
  code: string;
  message: string;
}

export interface ImportRowReport {
  row: number;
  outcome: ImportOutcome;
  name: string;
  errors: ImportRowError[];
}

export interface ImportRowList {
  items: ImportRowReport[];
  total: number;
  page: number;
  pageSize: number;
}

/** While the server works on a job in the background: the page polls it. */
export function isWorking(status: ImportStatus): boolean {
  return status === 'analysing' || status === 'committing';
}
