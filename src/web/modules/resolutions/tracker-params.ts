import { resolutionStatuses, type ResolutionStatus } from '../../../modules/meetings/resolutions.schemas.ts';
import type { QueryValues } from '../../api/client.ts';
import { pageSizes } from '../../components/Pagination.tsx';

/** The server's sort orders; `delay` is most late first and has no reverse. */
export const trackerSorts = ['deadline', '-deadline', 'meeting', '-meeting', 'delay'] as const;
export type TrackerSort = (typeof trackerSorts)[number];
const DEFAULT_SORT: TrackerSort = 'deadline';
const DEFAULT_PAGE_SIZE = 50;

/** The tracker's state, all of it in the URL so a filtered list can be shared. */
export interface TrackerParams {
  q: string;
  /** Ids are kept as the URL's text; '' when not filtered. */
  body: string;
  meeting: string;
  province: string;
  agency: string;
  status: ResolutionStatus | '';
  open: boolean;
  overdue: boolean;
  /** ISO dates (the API's form); the page shows them in Jalali. */
  deadlineFrom: string;
  deadlineTo: string;
  neighborhood: string;
  sort: TrackerSort;
  page: number;
  pageSize: number;
}

/** The filters (what "clear filters" clears; sort and paging stay out). */
export const trackerFilterKeys = ['q', 'body', 'meeting', 'province', 'agency', 'status', 'open', 'overdue', 'deadlineFrom', 'deadlineTo', 'neighborhood'] as const;
export type TrackerFilters = Pick<TrackerParams, (typeof trackerFilterKeys)[number]>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

function idParam(value: string | null): string {
  return value !== null && /^[1-9]\d{0,9}$/.test(value) ? value : '';
}

function dateParam(value: string | null): string {
  return value !== null && ISO_DATE.test(value) ? value : '';
}

/** Reads the tracker state from the query string, ignoring anything the server would reject. */
export function readTrackerParams(search: URLSearchParams): TrackerParams {
  const status = search.get('status') ?? '';
  const sort = search.get('sort') ?? '';
  const size = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    q: search.get('q') ?? '',
    body: idParam(search.get('body')),
    meeting: idParam(search.get('meeting')),
    province: search.get('province') ?? '',
    agency: search.get('agency') ?? '',
    status: (resolutionStatuses as readonly string[]).includes(status) ? (status as ResolutionStatus) : '',
    open: search.get('open') === 'true',
    overdue: search.get('overdue') === 'true',
    deadlineFrom: dateParam(search.get('deadlineFrom')),
    deadlineTo: dateParam(search.get('deadlineTo')),
    neighborhood: idParam(search.get('neighborhood')),
    sort: (trackerSorts as readonly string[]).includes(sort) ? (sort as TrackerSort) : DEFAULT_SORT,
    page: positiveInt(search.get('page'), 1),
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The API's filter values (the same names as the URL); booleans become 'true' or are left out. */
export function trackerFilterQuery(params: TrackerFilters): QueryValues {
  return {
    q: params.q.trim() || undefined,
    body: params.body || undefined,
    meeting: params.meeting || undefined,
    province: params.province || undefined,
    agency: params.agency || undefined,
    status: params.status || undefined,
    open: params.open ? 'true' : undefined,
    overdue: params.overdue ? 'true' : undefined,
    deadlineFrom: params.deadlineFrom || undefined,
    deadlineTo: params.deadlineTo || undefined,
    neighborhood: params.neighborhood || undefined,
  };
}

/** The query string for a tracker state; defaults are left out to keep links short. */
export function writeTrackerParams(params: TrackerParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(trackerFilterQuery(params))) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** What the list endpoint gets; without paging for the Excel export. */
export function toTrackerApiQuery(params: TrackerParams, withPaging = true): QueryValues {
  const query: QueryValues = { ...trackerFilterQuery(params), sort: params.sort };
  if (withPaging) {
    query.page = params.page;
    query.pageSize = params.pageSize;
  }
  return query;
}

export function hasTrackerFilters(params: TrackerParams): boolean {
  return Object.values(trackerFilterQuery(params)).some((value) => value !== undefined);
}
