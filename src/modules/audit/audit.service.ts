import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import type { AuditEntry, AuditListQuery } from './audit.schemas.ts';
import { insertAuditRecord, listAuditRecords } from './audit.repository.ts';

/** What one audited write or read changed. */
export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records an audit entry. Call it with the transaction that makes the change, so the change and
 * its record commit or roll back together.
 */
export async function recordAudit(
  trx: Transaction<Database> | Kysely<Database>,
  context: RequestContext | { actor: null; ip: string | null },
  event: AuditEvent,
): Promise<void> {
  await insertAuditRecord(trx, {
    actorId: context.actor?.userId ?? null,
    actorUsername: context.actor?.username ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId === null ? null : String(event.entityId),
    before: event.before ?? null,
    after: event.after ?? null,
    ip: context.ip,
  });
}

/** The audit log, newest first; only administrators may read it. */
export async function browseAudit(db: Kysely<Database>, context: RequestContext, query: AuditListQuery) {
  if (context.actor.role !== 'admin') throw new AppError('forbidden', 'auth.forbidden');
  const { rows, total } = await listAuditRecords(db, {
    ...query,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const items: AuditEntry[] = rows.map((row) => ({
    id: String(row.id),
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    ip: row.ip,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
