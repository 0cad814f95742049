import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export interface AuditRecord {
  actorId: number | null;
  actorUsername: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export async function insertAuditRecord(db: Executor, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: record.actorId,
      actor_username: record.actorUsername,
      action: record.action,
      entity: record.entity,
      entity_id: record.entityId,
      // jsonb: pass JSON text so both drivers store the same value.
      before: record.before === undefined || record.before === null ? null : JSON.stringify(record.before),
      after: record.after === undefined || record.after === null ? null : JSON.stringify(record.after),
      ip: record.ip,
    })
    .execute();
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAuditRecords(db: Executor, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  if (filter.actor) query = query.where(sql`lower(actor_username)`, '=', filter.actor.toLowerCase());
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  // Dates are whole Tehran days as users think of them, not UTC days.
  if (filter.from) query = query.where('at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone 'Asia/Tehran'`);
  if (filter.to) query = query.where('at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Asia/Tehran'`);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
