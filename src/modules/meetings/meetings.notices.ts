import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { notify, type NotificationKind } from '../notifications/index.ts';
import { activeActorsOfAgencies, can } from '../users/index.ts';
import { areaVisible, type ScopeArea, scopeArea } from './meetings.area.ts';

export interface NoticeSubject {
  id: number;
  rowNumber: number;
  meetingNumber: number;
  bodyNameFa: string;
  provinceCode: string | null;
  countyCode: string | null;
  deadline: string;
  text: string;
  agencyCodes: string[];
}

/** An agency's staff who may follow up, with the area each one works in. */
interface StaffMember {
  userId: number;
  area: ScopeArea;
}
/** Agency code → staff: one lookup per agency for a whole run of notices (the daily job). */
export type StaffCache = Map<string, StaffMember[]>;

async function staffOf(db: Kysely<Database> | Transaction<Database>, agencyCode: string, cache: StaffCache): Promise<StaffMember[]> {
  const cached = cache.get(agencyCode);
  if (cached) return cached;
  const staff: StaffMember[] = [];
  for (const actor of await activeActorsOfAgencies(db, [agencyCode])) {
    if (can(actor.role, 'resolutions.follow_up')) staff.push({ userId: actor.userId, area: await scopeArea(db, actor.scope) });
  }
  cache.set(agencyCode, staff);
  return staff;
}

/**
 * Tells the staff of the given agencies who work where the resolution applies. The dedupe key
 * makes a notice once-only (a deadline reminder is per deadline: an extension earns a new one).
 */
export async function noticeAgencies(
  db: Kysely<Database> | Transaction<Database>,
  subject: NoticeSubject,
  kind: NotificationKind,
  extra: Record<string, string | number> = {},
  staff: StaffCache = new Map(),
): Promise<number> {
  const userIds: number[] = [];
  for (const agencyCode of new Set(subject.agencyCodes)) {
    for (const member of await staffOf(db, agencyCode, staff)) {
      if (areaVisible(member.area, { provinceCode: subject.provinceCode, countyCode: subject.countyCode })) userIds.push(member.userId);
    }
  }
  const key = kind === 'resolution_assigned' ? `${kind}:${subject.id}:${subject.agencyCodes.join(',')}` : `${kind}:${subject.id}:${subject.deadline}`;
  return notify(
    db,
    userIds.map((userId) => ({
      userId,
      kind,
      dedupeKey: key,
      link: `/resolutions/${subject.id}`,
      params: {
        resolutionId: subject.id,
        rowNumber: subject.rowNumber,
        meetingNumber: subject.meetingNumber,
        bodyNameFa: subject.bodyNameFa,
        deadline: subject.deadline,
        text: subject.text.length > 140 ? `${subject.text.slice(0, 140)}…` : subject.text,
        ...extra,
      },
    })),
  );
}
