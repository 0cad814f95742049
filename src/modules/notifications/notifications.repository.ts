import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NoticeValues {
  user_id: number;
  kind: string;
  dedupe_key: string;
  link: string;
  params: string;
}

/** Inserts notices; one already given (same user and dedupe key) is skipped. Returns how many were new. */
export async function insertNotices(db: Executor, notices: NoticeValues[]): Promise<number> {
  if (notices.length === 0) return 0;
  const rows = await db
    .insertInto('notifications')
    .values(notices)
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

export async function listNotices(db: Executor, userId: number, filter: { unread: boolean; limit: number; offset: number }) {
  let query = db.selectFrom('notifications').where('user_id', '=', userId);
  if (filter.unread) query = query.where('read_at', 'is', null);
  const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return { rows, total: Number(total) };
}

export async function countUnread(db: Executor, userId: number): Promise<number> {
  const row = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Executor, userId: number, id: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function markAllRead(db: Executor, userId: number): Promise<void> {
  await db.updateTable('notifications').set({ read_at: sql`now()` }).where('user_id', '=', userId).where('read_at', 'is', null).execute();
}
