import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import * as repo from './notifications.repository.ts';
import type { Notification, NotificationKind, NotificationList, NotificationListQuery } from './notifications.schemas.ts';

export interface Notice {
  userId: number;
  kind: NotificationKind;
  /** Same key, same user: told once (a job that runs twice tells nobody twice). */
  dedupeKey: string;
  /** The web app path the notice points to. */
  link: string;
  params: Record<string, string | number | null>;
}

/** Queues notices in the caller's transaction, so a notice exists only if what it reports does. */
export async function notify(db: Kysely<Database> | Transaction<Database>, notices: Notice[]): Promise<number> {
  return repo.insertNotices(
    db,
    notices.map((notice) => ({ user_id: notice.userId, kind: notice.kind, dedupe_key: notice.dedupeKey, link: notice.link, params: JSON.stringify(notice.params) })),
  );
}

type NoticeRow = Awaited<ReturnType<typeof repo.listNotices>>['rows'][number];
function toNotification(row: NoticeRow): Notification {
  return {
    id: String(row.id),
    kind: row.kind as NotificationKind,
    link: row.link,
    params: (row.params ?? {}) as Notification['params'],
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

export async function listNotifications(db: Kysely<Database>, context: RequestContext, query: NotificationListQuery): Promise<NotificationList> {
  const userId = context.actor.userId;
  const { rows, total } = await repo.listNotices(db, userId, { unread: query.unread === 'true', limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items: rows.map(toNotification), total, unread: await repo.countUnread(db, userId), page: query.page, pageSize: query.pageSize };
}

/** A user reads only their own notices: someone else's answers 404. */
export async function markNotificationRead(db: Kysely<Database>, context: RequestContext, id: string): Promise<void> {
  if (!/^\d{1,18}$/.test(id) || !(await repo.markRead(db, context.actor.userId, id))) throw new AppError('not_found', 'notifications.not_found');
}

export async function markAllNotificationsRead(db: Kysely<Database>, context: RequestContext): Promise<void> {
  await repo.markAllRead(db, context.actor.userId);
}
