import { axes, sexes, type Axis, type Sex } from '../../../modules/residents/residents.schemas.ts';
import type { QueryValues } from '../../api/client.ts';
import { pageSizes } from '../../components/Pagination.tsx';

const DEFAULT_PAGE_SIZE = 50;

/** The people list's state, all of it in the URL so a filtered list can be shared and reloaded. */
export interface PersonListParams {
  /** A name (any part) or a whole national ID, as typed; the server normalises letters and digits. */
  q: string;
  /** The neighbourhood's id as the URL's text; '' when not filtered. */
  neighborhood: string;
  agency: string;
  sex: Sex | '';
  axis: Axis | '';
  /** Only people without a national ID. */
  missingId: boolean;
  page: number;
  pageSize: number;
}

/** The filters ("clear filters" clears them; paging stays out). */
export type PersonFilters = Omit<PersonListParams, 'page' | 'pageSize'>;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

/** Reads the list state from the query string, ignoring anything the server would reject. */
export function readPersonListParams(search: URLSearchParams): PersonListParams {
  const neighborhood = search.get('neighborhood') ?? '';
  const size = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    neighborhood: /^[1-9]\d{0,9}$/.test(neighborhood) ? neighborhood : '',
    agency: (search.get('agency') ?? '').slice(0, 60),
    sex: oneOf(sexes, search.get('sex')),
    axis: oneOf(axes, search.get('axis')),
    missingId: search.get('missingId') === 'true',
    page: positiveInt(search.get('page'), 1),
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The API's filter values, with the same names as the URL; left out when not set. */
export function personFilterQuery(params: PersonFilters): QueryValues {
  return {
    q: params.q.trim() || undefined,
    neighborhood: params.neighborhood || undefined,
    agency: params.agency || undefined,
    sex: params.sex || undefined,
    axis: params.axis || undefined,
    missingId: params.missingId ? 'true' : undefined,
  };
}

/** The query string for a list state; defaults are left out to keep links short. */
export function writePersonListParams(params: PersonListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(personFilterQuery(params))) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** What the list endpoint gets; without paging for the exports. */
export function toPersonApiQuery(params: PersonListParams, withPaging = true): QueryValues {
  const query = personFilterQuery(params);
  if (withPaging) {
    query.page = params.page;
    query.pageSize = params.pageSize;
  }
  return query;
}

export function hasPersonFilters(params: PersonFilters): boolean {
  return Object.values(personFilterQuery(params)).some((value) => value !== undefined);
}
