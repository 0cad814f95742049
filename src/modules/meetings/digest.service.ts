import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { addDays, daysBetween, todayIso } from '../../lib/dates.ts';
import { notify } from '../notifications/index.ts';
import { activeActorsOfAgencies, can } from '../users/index.ts';
import { areaVisible, scopeArea } from './meetings.area.ts';
import { noticeAgencies, type NoticeSubject, type StaffCache } from './meetings.notices.ts';
import * as repo from './resolutions.repository.ts';

/** A deadline this close earns a reminder. */
export const reminderDays = 7;

export interface DigestResult {
  date: string;
  deadlineSoon: number;
  overdue: number;
  digests: number;
}

function subjectOf(row: repo.ResolutionRow): NoticeSubject {
  return {
    id: row.id,
    rowNumber: row.row_number,
    meetingNumber: row.meeting_number,
    bodyNameFa: row.body_name_fa,
    provinceCode: row.province_code,
    countyCode: row.county_code,
    deadline: row.deadline,
    text: row.text,
    agencyCodes: [row.lead_agency_code, ...row.co_agency_codes],
  };
}

/**
 * The daily job: a reminder for each open resolution due within a week, a notice for each that
 * has become overdue, and one digest per person with open work. Every notice carries a dedupe
 * key, so running the job again the same day (or after a crash) tells nobody anything twice.
 */
export async function runDailyDigest(db: Kysely<Database>, date = todayIso()): Promise<DigestResult> {
  const result: DigestResult = { date, deadlineSoon: 0, overdue: 0, digests: 0 };
  const dueSoon = await repo.openResolutionsDueBetween(db, date, addDays(date, reminderDays));
  const overdue = await repo.openResolutionsDueBetween(db, null, addDays(date, -1));
  await db.transaction().execute(async (trx) => {
    const staff: StaffCache = new Map();
    for (const row of dueSoon) result.deadlineSoon += await noticeAgencies(trx, subjectOf(row), 'deadline_soon', { daysLeft: daysBetween(date, row.deadline) }, staff);
    for (const row of overdue) result.overdue += await noticeAgencies(trx, subjectOf(row), 'resolution_overdue', { delayDays: daysBetween(row.deadline, date) }, staff);

    // The digest: per person, how much of their agencies' open work is due soon or late.
    const agencies = new Set([...dueSoon, ...overdue].flatMap((row) => [row.lead_agency_code, ...row.co_agency_codes]));
    for (const actor of await activeActorsOfAgencies(trx, [...agencies])) {
      if (!can(actor.role, 'resolutions.follow_up') || actor.agencyCode === null) continue;
      const area = await scopeArea(trx, actor.scope);
      const mine = (row: repo.ResolutionRow) =>
        (row.lead_agency_code === actor.agencyCode || row.co_agency_codes.includes(actor.agencyCode ?? '')) &&
        areaVisible(area, { provinceCode: row.province_code, countyCode: row.county_code });
      const soon = dueSoon.filter(mine).length;
      const late = overdue.filter(mine).length;
      if (soon + late === 0) continue;
      result.digests += await notify(trx, [
        { userId: actor.userId, kind: 'daily_digest', dedupeKey: `daily_digest:${date}`, link: '/resolutions/mine', params: { date, dueSoon: soon, overdue: late } },
      ]);
    }
  });
  return result;
}
