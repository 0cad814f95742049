import { type ExpressionBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { areaOverlaps, type ScopeArea } from './meetings.area.ts';
import type { Executor } from './meetings.repository.ts';
import { openResolutionStatuses } from './resolutions.schemas.ts';

function resolutionQuery(db: Executor) {
  return db
    .selectFrom('resolutions')
    .innerJoin('meetings', 'meetings.id', 'resolutions.meeting_id')
    .innerJoin('bodies', 'bodies.id', 'resolutions.body_id')
    .innerJoin('agencies', 'agencies.code', 'resolutions.lead_agency_code')
    .selectAll('resolutions')
    .select(['meetings.number as meeting_number', 'bodies.name_fa as body_name_fa', 'agencies.name_fa as lead_agency_name_fa']);
}
type BaseRow = Awaited<ReturnType<ReturnType<typeof resolutionQuery>['execute']>>[number];
export type ResolutionRow = BaseRow & { co_agency_names_fa: string[] };

/**
 * Adds the co-agencies' names. The agencies are a small table read once per call: naming them in
 * the query instead (a subquery per row) misleads the planner into JIT-compiling large reads.
 */
async function withCoAgencyNames(db: Executor, rows: BaseRow[]): Promise<ResolutionRow[]> {
  const codes = [...new Set(rows.flatMap((row) => row.co_agency_codes))];
  const names = new Map(codes.length === 0 ? [] : (await db.selectFrom('agencies').select(['code', 'name_fa']).where('code', 'in', codes).execute()).map((row) => [row.code, row.name_fa]));
  return rows.map((row) => ({ ...row, co_agency_names_fa: row.co_agency_codes.map((code) => names.get(code) ?? code) }));
}

export async function findResolution(db: Executor, area: ScopeArea, id: number): Promise<ResolutionRow | undefined> {
  const row = await resolutionQuery(db).where('resolutions.id', '=', id).where(areaOverlaps(area, 'resolutions')).executeTakeFirst();
  return row ? (await withCoAgencyNames(db, [row]))[0] : undefined;
}

export async function listMeetingResolutions(db: Executor, meetingId: number): Promise<ResolutionRow[]> {
  return withCoAgencyNames(db, await resolutionQuery(db).where('resolutions.meeting_id', '=', meetingId).orderBy('resolutions.row_number').execute());
}

/** Linked neighbourhoods of many resolutions at once (one query for a page). */
export async function linkedNeighborhoods(db: Executor, resolutionIds: number[]) {
  if (resolutionIds.length === 0) return [];
  return db
    .selectFrom('resolution_neighborhoods')
    .innerJoin('neighborhoods', 'neighborhoods.id', 'resolution_neighborhoods.neighborhood_id')
    .select(['resolution_neighborhoods.resolution_id', 'neighborhoods.id', 'neighborhoods.code', 'neighborhoods.name_fa'])
    .where('resolution_neighborhoods.resolution_id', 'in', resolutionIds)
    .orderBy('neighborhoods.name_sort')
    .execute();
}

export async function nextRowNumber(trx: Executor, meetingId: number): Promise<number> {
  const row = await trx.selectFrom('resolutions').select((eb) => eb.fn.max('row_number').as('n')).where('meeting_id', '=', meetingId).executeTakeFirst();
  return (row?.n ?? 0) + 1;
}

export interface ResolutionValues {
  text: string;
  search_text: string;
  lead_agency_code: string;
  co_agency_codes: string[];
  deadline: string;
  deadline_amount: number | null;
  deadline_unit: string | null;
  package_codes: string[];
  status: string;
  progress: number;
  completed_on: string | null;
}

export async function insertResolution(
  trx: Executor,
  values: ResolutionValues & {
    meeting_id: number;
    body_id: number;
    province_code: string | null;
    county_code: string | null;
    meeting_held_on: string;
    row_number: number;
    original_deadline: string;
    amendment_id: number | null;
  },
): Promise<number> {
  return (await trx.insertInto('resolutions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateResolution(trx: Executor, id: number, version: number | null, values: Partial<ResolutionValues>): Promise<boolean> {
  let query = trx
    .updateTable('resolutions')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id);
  if (version !== null) query = query.where('version', '=', version);
  return (await query.executeTakeFirst()).numUpdatedRows > 0n;
}

/** Keeps a meeting's resolutions consistent with a changed meeting date. */
export async function moveMeetingDate(trx: Executor, meetingId: number, heldOn: string): Promise<void> {
  await trx.updateTable('resolutions').set({ meeting_held_on: heldOn }).where('meeting_id', '=', meetingId).execute();
}

export async function deleteResolution(trx: Executor, id: number): Promise<void> {
  await trx.deleteFrom('resolutions').where('id', '=', id).execute();
}

export async function replaceNeighborhoodLinks(trx: Executor, resolutionId: number, neighborhoodIds: number[]): Promise<void> {
  await trx.deleteFrom('resolution_neighborhoods').where('resolution_id', '=', resolutionId).execute();
  if (neighborhoodIds.length === 0) return;
  await trx
    .insertInto('resolution_neighborhoods')
    .values(neighborhoodIds.map((neighborhoodId) => ({ resolution_id: resolutionId, neighborhood_id: neighborhoodId })))
    .execute();
}

/** Neighbourhoods among `ids` that lie in an area (a resolution may only name neighbourhoods its body covers). */
export async function neighborhoodsInArea(db: Executor, ids: number[], provinceCode: string | null, countyCode: string | null): Promise<number[]> {
  if (ids.length === 0) return [];
  let query = db.selectFrom('neighborhoods').select('id').where('id', 'in', ids);
  if (provinceCode) query = query.where('province_code', '=', provinceCode);
  if (countyCode) query = query.where('county_code', '=', countyCode);
  return (await query.execute()).map((row) => row.id);
}

export async function lockResolution(trx: Transaction<Database>, id: number) {
  return trx.selectFrom('resolutions').select(['id', 'version', 'status', 'progress', 'meeting_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function listReviewsOfResolution(db: Executor, resolutionId: number) {
  return db
    .selectFrom('resolution_reviews')
    .innerJoin('meetings', 'meetings.id', 'resolution_reviews.meeting_id')
    .select([
      'resolution_reviews.meeting_id',
      'meetings.number as meeting_number',
      'meetings.held_on as meeting_held_on',
      'resolution_reviews.decision',
      'resolution_reviews.new_deadline',
      'resolution_reviews.new_lead_agency_code',
      'resolution_reviews.reason',
    ])
    .where('resolution_reviews.resolution_id', '=', resolutionId)
    .orderBy('meetings.number')
    .execute();
}

// ---- Tracker and scorecards ------------------------------------------------------------------

export interface TrackerFilter {
  body?: number;
  meeting?: number;
  province?: string;
  agency?: string;
  status?: string;
  open?: boolean;
  overdue?: boolean;
  deadlineFrom?: string;
  deadlineTo?: string;
  neighborhood?: number;
  search?: string;
  asOf: string;
  sort: string;
  limit: number;
  offset: number;
}

function isOpen(eb: ExpressionBuilder<Database, 'resolutions'>) {
  return eb('resolutions.status', 'in', openResolutionStatuses);
}

function trackerWhere(area: ScopeArea, filter: TrackerFilter) {
  return (eb: ExpressionBuilder<Database, 'resolutions'>) => {
    const conditions = [areaOverlaps(area, 'resolutions')(eb)];
    if (filter.body) conditions.push(eb('resolutions.body_id', '=', filter.body));
    if (filter.meeting) conditions.push(eb('resolutions.meeting_id', '=', filter.meeting));
    if (filter.province) conditions.push(eb('resolutions.province_code', '=', filter.province));
    if (filter.agency) {
      conditions.push(eb.or([eb('resolutions.lead_agency_code', '=', filter.agency), eb(sql`resolutions.co_agency_codes`, '@>', sql`array[${filter.agency}]::text[]`)]));
    }
    if (filter.status) conditions.push(eb('resolutions.status', '=', filter.status));
    if (filter.open === true) conditions.push(isOpen(eb));
    if (filter.open === false) conditions.push(eb.not(isOpen(eb)));
    if (filter.overdue === true) conditions.push(eb.and([isOpen(eb), eb('resolutions.deadline', '<', filter.asOf)]));
    if (filter.overdue === false) conditions.push(eb.not(eb.and([isOpen(eb), eb('resolutions.deadline', '<', filter.asOf)])));
    if (filter.deadlineFrom) conditions.push(eb('resolutions.deadline', '>=', filter.deadlineFrom));
    if (filter.deadlineTo) conditions.push(eb('resolutions.deadline', '<=', filter.deadlineTo));
    if (filter.neighborhood) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('resolution_neighborhoods')
            .select('resolution_neighborhoods.resolution_id')
            .whereRef('resolution_neighborhoods.resolution_id', '=', 'resolutions.id')
            .where('resolution_neighborhoods.neighborhood_id', '=', filter.neighborhood),
        ),
      );
    }
    if (filter.search) conditions.push(eb('resolutions.search_text', 'like', `%${filter.search}%`));
    return eb.and(conditions);
  };
}

/** Days late, in SQL: open ones past the deadline, done ones finished after it. */
function delayExpression(asOf: string) {
  return sql<number>`case
    when resolutions.status in ('not_started', 'in_progress') and resolutions.deadline < ${asOf}::date then ${asOf}::date - resolutions.deadline
    when resolutions.status = 'done' and resolutions.completed_on > resolutions.deadline then resolutions.completed_on - resolutions.deadline
    else 0 end`;
}

export async function listTracker(db: Executor, area: ScopeArea, filter: TrackerFilter) {
  const where = trackerWhere(area, filter);
  const { total } = await db
    .selectFrom('resolutions')
    .where(where)
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  // The page is chosen on the resolutions table alone (no filter needs the joined tables); the
  // joins then run for its rows only.
  let page = db.selectFrom('resolutions').where(where).select('resolutions.id');
  switch (filter.sort) {
    case '-deadline':
      page = page.orderBy('resolutions.deadline', 'desc').orderBy('resolutions.id', 'desc');
      break;
    case 'meeting':
      page = page.orderBy('resolutions.meeting_held_on').orderBy('resolutions.meeting_id').orderBy('resolutions.row_number');
      break;
    case '-meeting':
      page = page.orderBy('resolutions.meeting_held_on', 'desc').orderBy('resolutions.meeting_id', 'desc').orderBy('resolutions.row_number');
      break;
    case 'delay':
      page = page.orderBy(delayExpression(filter.asOf), 'desc').orderBy('resolutions.deadline').orderBy('resolutions.id');
      break;
    default:
      page = page.orderBy('resolutions.deadline').orderBy('resolutions.id');
  }
  const ids = (await page.limit(filter.limit).offset(filter.offset).execute()).map((row) => row.id);
  const found = ids.length === 0 ? [] : await resolutionQuery(db).where('resolutions.id', 'in', ids).execute();
  const position = new Map(ids.map((id, index) => [id, index]));
  found.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const rows = await withCoAgencyNames(db, found);
  return { rows, total: Number(total) };
}

/**
 * Each lead agency's counts. Two levels: the resolutions are first counted by agency, status and
 * whether overdue or done late (a few hundred groups), then those counts are summed per agency.
 */
export async function scorecardRows(db: Executor, area: ScopeArea, filter: { body?: number; province?: string; agency?: string; asOf: string }) {
  const asOf = filter.asOf;
  let groups = db.selectFrom('resolutions').where(areaOverlaps(area, 'resolutions')).where('resolutions.status', '<>', 'cancelled');
  if (filter.body) groups = groups.where('resolutions.body_id', '=', filter.body);
  if (filter.province) groups = groups.where('resolutions.province_code', '=', filter.province);
  if (filter.agency) groups = groups.where('resolutions.lead_agency_code', '=', filter.agency);
  const grouped = groups
    .select((eb) => [
      'resolutions.lead_agency_code',
      'resolutions.status',
      sql<boolean>`resolutions.status in ('not_started', 'in_progress') and resolutions.deadline < ${asOf}::date`.as('overdue'),
      sql<boolean>`resolutions.status = 'done' and resolutions.completed_on > resolutions.deadline`.as('done_late'),
      eb.fn.countAll<string>().as('n'),
      sql<string>`sum(${delayExpression(asOf)})`.as('delay'),
    ])
    .groupBy(['resolutions.lead_agency_code', 'resolutions.status', sql`3`, sql`4`]);
  return db
    .selectFrom(grouped.as('g'))
    .innerJoin('agencies', 'agencies.code', 'g.lead_agency_code')
    .select([
      'g.lead_agency_code as agency_code',
      'agencies.name_fa as agency_name_fa',
      sql<string>`sum(g.n)`.as('total'),
      sql<string>`coalesce(sum(g.n) filter (where g.status = 'done'), 0)`.as('done'),
      sql<string>`coalesce(sum(g.n) filter (where g.status = 'done' and not g.done_late), 0)`.as('done_on_time'),
      sql<string>`coalesce(sum(g.n) filter (where g.status in ('not_started', 'in_progress')), 0)`.as('open'),
      sql<string>`coalesce(sum(g.n) filter (where g.overdue), 0)`.as('overdue'),
      sql<string>`coalesce(sum(g.n) filter (where g.status = 'done' or g.overdue), 0)`.as('due'),
      sql<string>`coalesce(sum(g.n) filter (where g.overdue or g.done_late), 0)`.as('late'),
      sql<string | null>`sum(g.delay) filter (where g.overdue or g.done_late)`.as('delay_sum'),
    ])
    .groupBy(['g.lead_agency_code', 'agencies.name_fa', 'agencies.sort_order'])
    .orderBy('agencies.sort_order')
    .execute();
}

/** Open resolutions whose deadline falls in [from, to]: what the daily job tells agencies about. */
export async function openResolutionsDueBetween(db: Executor, from: string | null, to: string) {
  let query = resolutionQuery(db).where('resolutions.status', 'in', openResolutionStatuses).where('resolutions.deadline', '<=', to);
  if (from) query = query.where('resolutions.deadline', '>=', from);
  return withCoAgencyNames(db, await query.orderBy('resolutions.deadline').execute());
}

// ---- Follow-ups and attachments --------------------------------------------------------------

export async function insertFollowUp(
  trx: Executor,
  values: { resolution_id: number; agency_code: string; author_id: number; author_name: string; reported_on: string; text: string; progress: number; status_after: string },
): Promise<number> {
  return (await trx.insertInto('resolution_follow_ups').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function listFollowUps(db: Executor, resolutionId: number) {
  return db
    .selectFrom('resolution_follow_ups')
    .innerJoin('agencies', 'agencies.code', 'resolution_follow_ups.agency_code')
    .selectAll('resolution_follow_ups')
    .select('agencies.name_fa as agency_name_fa')
    .where('resolution_id', '=', resolutionId)
    .orderBy('reported_on', 'desc')
    .orderBy('resolution_follow_ups.id', 'desc')
    .execute();
}

const attachmentColumns = ['id', 'follow_up_id', 'uploaded_by', 'file_name', 'media_type', 'size_bytes', 'created_at'] as const;

export async function attachmentsOfFollowUps(db: Executor, followUpIds: number[]) {
  if (followUpIds.length === 0) return [];
  return db.selectFrom('attachments').select(attachmentColumns).where('follow_up_id', 'in', followUpIds).orderBy('created_at').execute();
}

export async function insertAttachment(
  trx: Executor,
  values: { id: string; uploaded_by: number; file_name: string; media_type: string; size_bytes: number; sha256: string; content: Buffer },
): Promise<void> {
  await trx.insertInto('attachments').values(values).execute();
}

export async function findAttachmentMeta(db: Executor, id: string) {
  return db.selectFrom('attachments').select(attachmentColumns).where('id', '=', id).executeTakeFirst();
}

export async function findAttachmentContent(db: Executor, id: string) {
  return db.selectFrom('attachments').select(['content']).where('id', '=', id).executeTakeFirst();
}

/** Links uploads to a follow-up; only the uploader's own, still unlinked uploads qualify. */
export async function linkAttachments(trx: Executor, ids: string[], followUpId: number, uploadedBy: number): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await trx
    .updateTable('attachments')
    .set({ follow_up_id: followUpId })
    .where('id', 'in', ids)
    .where('follow_up_id', 'is', null)
    .where('uploaded_by', '=', uploadedBy)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Uploads never attached to a follow-up are dropped after a day. */
export async function purgeUnlinkedAttachments(db: Executor): Promise<number> {
  const result = await db.deleteFrom('attachments').where('follow_up_id', 'is', null).where('created_at', '<', sql<Date>`now() - interval '1 day'`).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function resolutionOfFollowUp(db: Executor, followUpId: number): Promise<number | undefined> {
  return (await db.selectFrom('resolution_follow_ups').select('resolution_id').where('id', '=', followUpId).executeTakeFirst())?.resolution_id;
}

/** The date of the latest report on a resolution other than `exceptId`, or null when there is none. */
export async function latestFollowUpDate(db: Executor, resolutionId: number, exceptId: number): Promise<string | null> {
  const row = await db
    .selectFrom('resolution_follow_ups')
    .select((eb) => eb.fn.max('reported_on').as('latest'))
    .where('resolution_id', '=', resolutionId)
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return row?.latest ?? null;
}
