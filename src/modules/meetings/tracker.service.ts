import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { normalizePersianText } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { scopeArea } from './meetings.area.ts';
import { toResolution } from './meetings.presenters.ts';
import * as repo from './resolutions.repository.ts';
import type { Resolution, Scorecard, ScorecardQuery, TrackerList, TrackerQuery } from './resolutions.schemas.ts';

export function trackerFilter(query: Omit<TrackerQuery, 'page' | 'pageSize'>, limit: number, offset: number): repo.TrackerFilter {
  const search = query.q ? normalizePersianText(query.q).toLowerCase() : '';
  return {
    body: query.body,
    meeting: query.meeting,
    province: query.province,
    agency: query.agency,
    status: query.status,
    open: query.open === undefined ? undefined : query.open === 'true',
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    deadlineFrom: query.deadlineFrom,
    deadlineTo: query.deadlineTo,
    neighborhood: query.neighborhood,
    search: search || undefined,
    asOf: query.asOf ?? todayIso(),
    sort: query.sort,
    limit,
    offset,
  };
}

/** Presents a page of rows, fetching their linked neighbourhoods in one query. */
export async function presentRows(db: Kysely<Database>, rows: repo.ResolutionRow[], asOf: string): Promise<Resolution[]> {
  const links = await repo.linkedNeighborhoods(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toResolution(
      row,
      asOf,
      links.filter((link) => link.resolution_id === row.id).map((link) => ({ id: link.id, code: link.code, nameFa: link.name_fa })),
    ),
  );
}

/** Resolutions across every body the user sees, filtered and paged. */
export async function trackResolutions(db: Kysely<Database>, context: RequestContext, query: TrackerQuery): Promise<TrackerList> {
  const filter = trackerFilter(query, query.pageSize, (query.page - 1) * query.pageSize);
  const { rows, total } = await repo.listTracker(db, await scopeArea(db, context.actor.scope), filter);
  return { items: await presentRows(db, rows, filter.asOf), total, page: query.page, pageSize: query.pageSize, asOf: filter.asOf };
}

/** "My open resolutions": the user's agency is lead or co-responsible; nearest deadline first. */
export async function myOpenResolutions(db: Kysely<Database>, context: RequestContext, page: number, pageSize: number): Promise<TrackerList> {
  const asOf = todayIso();
  if (context.actor.agencyCode === null) return { items: [], total: 0, page, pageSize, asOf };
  return trackResolutions(db, context, { agency: context.actor.agencyCode, open: 'true', sort: 'deadline', page, pageSize });
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Each lead agency's record: done %, on time %, overdue, average delay (see ScorecardRow). */
export async function agencyScorecard(db: Kysely<Database>, context: RequestContext, query: ScorecardQuery): Promise<Scorecard> {
  const asOf = query.asOf ?? todayIso();
  const rows = await repo.scorecardRows(db, await scopeArea(db, context.actor.scope), { body: query.body, province: query.province, agency: query.agency, asOf });
  return {
    asOf,
    items: rows.map((row) => {
      const [total, done, doneOnTime, due, late] = [row.total, row.done, row.done_on_time, row.due, row.late].map(Number) as [number, number, number, number, number];
      return {
        agencyCode: row.agency_code,
        agencyNameFa: row.agency_name_fa,
        total,
        done,
        doneOnTime,
        open: Number(row.open),
        overdue: Number(row.overdue),
        due,
        donePercent: percent(done, total),
        onTimePercent: percent(doneOnTime, due),
        averageDelayDays: late === 0 ? null : Math.round((Number(row.delay_sum ?? 0) / late) * 10) / 10,
      };
    }),
  };
}
