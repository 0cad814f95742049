import {
  fabrics,
  neighborhoodSortKeys,
  neighborhoodStatuses,
  severities,
  type Fabric,
  type NeighborhoodStatus,
  type Severity,
} from '../../../modules/geography/geography.schemas.ts';
import type { QueryValues } from '../../api/client.ts';
import { pageSizes } from '../../components/Pagination.tsx';

/** The neighbourhood list's state, all of it in the URL so a filtered list can be shared. */
export interface NeighborhoodListParams {
  q: string;
  province: string;
  county: string;
  city: string;
  severity: Severity | '';
  status: NeighborhoodStatus | '';
  stewardAgency: string;
  fabric: Fabric | '';
  sort: string;
  page: number;
  pageSize: number;
}

export const filterKeys = ['province', 'county', 'city', 'severity', 'status', 'stewardAgency', 'fabric'] as const;
export type FilterKey = (typeof filterKeys)[number];

const DEFAULT_PAGE_SIZE = 50;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

const sortPattern = new RegExp(`^-?(${neighborhoodSortKeys.join('|')})$`);

/** Reads the list state from the query string, ignoring anything the server would reject. */
export function readListParams(search: URLSearchParams): NeighborhoodListParams {
  const size = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const sort = search.get('sort') ?? '';
  return {
    q: search.get('q') ?? '',
    province: search.get('province') ?? '',
    county: search.get('county') ?? '',
    city: search.get('city') ?? '',
    severity: oneOf(severities, search.get('severity')),
    status: oneOf(neighborhoodStatuses, search.get('status')),
    stewardAgency: search.get('stewardAgency') ?? '',
    fabric: oneOf(fabrics, search.get('fabric')),
    sort: sortPattern.test(sort) ? sort : '',
    page: positiveInt(search.get('page'), 1),
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The query string for a list state; defaults are left out to keep links short. */
export function writeListParams(params: NeighborhoodListParams): URLSearchParams {
  const search = new URLSearchParams();
  const q = params.q.trim();
  if (q) search.set('q', q);
  for (const key of filterKeys) if (params[key]) search.set(key, params[key]);
  if (params.sort) search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** What the API gets: the same names as the URL. */
export function toApiQuery(params: NeighborhoodListParams, withPaging = true): QueryValues {
  const query: QueryValues = { q: params.q.trim() || undefined, sort: params.sort || undefined };
  for (const key of filterKeys) query[key] = params[key] || undefined;
  if (withPaging) {
    query.page = params.page;
    query.pageSize = params.pageSize;
  }
  return query;
}

export function hasFilters(params: NeighborhoodListParams): boolean {
  return Boolean(params.q.trim()) || filterKeys.some((key) => params[key] !== '');
}
