import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { notify, type NotificationKind } from '../notifications/index.ts';
import { activeActorsOfAgencies, can } from '../users/index.ts';
import { areaVisible, scopeArea } from './meetings.area.ts';

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

/**
 * Tells the staff of the given agencies who work where the resolution applies. The dedupe key
 * makes a notice once-only (a deadline reminder is per deadline: an extension earns a new one).
 */
export async function noticeAgencies(
  db: Kysely<Database> | Transaction<Database>,
  subject: NoticeSubject,
  kind: NotificationKind,
  extra: Record<string, string | number> = {},
): Promise<number> {
  const actors = await activeActorsOfAgencies(db, subject.agencyCodes);
  const userIds: number[] = [];
  for (const actor of actors) {
    if (!can(actor.role, 'resolutions.follow_up')) continue;
    if (areaVisible(await scopeArea(db, actor.scope), { provinceCode: subject.provinceCode, countyCode: subject.countyCode })) userIds.push(actor.userId);
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
