import { pageSizes } from '../../components/Pagination.tsx';
import { importOutcomes, type ImportOutcome } from './imports-types.ts';

const DEFAULT_PAGE_SIZE = 20;

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

function pageSizeOf(search: URLSearchParams): number {
  const size = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return (pageSizes as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}

function pagingParams(params: { page: number; pageSize: number }, next: URLSearchParams): URLSearchParams {
  if (params.page > 1) next.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) next.set('pageSize', String(params.pageSize));
  return next;
}

export interface ImportListParams {
  page: number;
  pageSize: number;
}

export function readImportListParams(search: URLSearchParams): ImportListParams {
  return { page: positiveInt(search.get('page'), 1), pageSize: pageSizeOf(search) };
}

export function writeImportListParams(params: ImportListParams): URLSearchParams {
  return pagingParams(params, new URLSearchParams());
}

/** The dry run's table on a job's page: which outcome's tab, and its page. '' = the page picks (rejected first when there are any). */
export interface ImportRowParams {
  outcome: ImportOutcome | '';
  page: number;
  pageSize: number;
}

export function readImportRowParams(search: URLSearchParams): ImportRowParams {
  const outcome = search.get('outcome');
  return {
    outcome: outcome !== null && (importOutcomes as readonly string[]).includes(outcome) ? (outcome as ImportOutcome) : '',
    page: positiveInt(search.get('page'), 1),
    pageSize: pageSizeOf(search),
  };
}

export function writeImportRowParams(params: ImportRowParams): URLSearchParams {
  const next = new URLSearchParams();
  if (params.outcome) next.set('outcome', params.outcome);
  return pagingParams(params, next);
}
