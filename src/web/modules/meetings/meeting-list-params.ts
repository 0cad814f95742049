import { meetingStatuses, type MeetingStatus } from '../../../modules/meetings/meetings.schemas.ts';
import type { QueryValues } from '../../api/client.ts';
import { pageSizes } from '../../components/Pagination.tsx';

/** The meeting list's state, all of it in the URL so a filtered list can be shared. */
export interface MeetingListParams {
  body: string;
  province: string;
  status: MeetingStatus | '';
  /** ISO dates; the filters show them in the Jalali calendar. */
  from: string;
  to: string;
  sort: string;
  page: number;
  pageSize: number;
}

export const meetingFilterKeys = ['body', 'province', 'status', 'from', 'to'] as const;
export const meetingSorts = ['heldOn', '-heldOn', 'number', '-number'] as const;
const DEFAULT_SORT = '-heldOn';
const DEFAULT_PAGE_SIZE = 50;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

/** Reads the list state from the query string, ignoring anything the server would reject. */
export function readMeetingListParams(search: URLSearchParams): MeetingListParams {
  const status = search.get('status') ?? '';
  const sort = search.get('sort') ?? '';
  const size = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  const body = search.get('body') ?? '';
  const date = (key: string) => {
    const value = search.get(key) ?? '';
    return isoDate.test(value) ? value : '';
  };
  return {
    body: /^\d+$/.test(body) ? body : '',
    province: search.get('province') ?? '',
    status: (meetingStatuses as readonly string[]).includes(status) ? (status as MeetingStatus) : '',
    from: date('from'),
    to: date('to'),
    sort: (meetingSorts as readonly string[]).includes(sort) ? sort : DEFAULT_SORT,
    page: positiveInt(search.get('page'), 1),
    pageSize: (pageSizes as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** The query string for a list state; defaults are left out to keep links short. */
export function writeMeetingListParams(params: MeetingListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of meetingFilterKeys) if (params[key]) search.set(key, params[key]);
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** What the API gets: the same names as the URL. */
export function meetingApiQuery(params: MeetingListParams): QueryValues {
  const query: QueryValues = { sort: params.sort, page: params.page, pageSize: params.pageSize };
  for (const key of meetingFilterKeys) query[key] = params[key] || undefined;
  return query;
}

export function hasMeetingFilters(params: MeetingListParams): boolean {
  return meetingFilterKeys.some((key) => params[key] !== '');
}
