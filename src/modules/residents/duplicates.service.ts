import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { Actor, RequestContext, Scope } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import * as repo from './duplicates.repository.ts';
import { personsByIds } from './residents.repository.ts';
import type { DetectionResult, DuplicateCandidate, DuplicateList, DuplicateListQuery, DuplicateReason } from './duplicates.schemas.ts';
import { assertMayReadPersons } from './residents.policy.ts';
import { toPersonSummary } from './residents.presenters.ts';

/** Finding, merging and undoing duplicates changes people's records beyond one agency's: admins and house staff. */
export function assertMayMerge(actor: Actor): void {
  if (!can(actor.role, 'persons.merge')) throw new AppError('forbidden', 'auth.forbidden');
}

/**
 * Runs duplicate detection for every province a scope covers (one transaction per province, so a
 * country-wide run never holds everything at once). Used by the API and by the demo loader.
 */
export async function detectDuplicatesInScope(db: Kysely<Database>, scope: Scope): Promise<DetectionResult> {
  const totals: DetectionResult = { provinces: 0, found: 0, open: 0, removed: 0 };
  for (const provinceCode of await repo.provincesWithPersons(db, scope)) {
    const counts = await db.transaction().execute((trx) => repo.detectInProvince(trx, scope, provinceCode));
    totals.provinces += 1;
    totals.found += counts.found;
    totals.open += counts.open;
    totals.removed += counts.removed;
  }
  return totals;
}

/** Detection over the caller's scope; pairs partly outside it are left as they are. Audited with counts only. */
export async function detectDuplicates(db: Kysely<Database>, context: RequestContext): Promise<DetectionResult> {
  assertMayMerge(context.actor);
  const result = await detectDuplicatesInScope(db, context.actor.scope);
  await recordAudit(db, context, { action: 'detect', entity: 'duplicate_candidates', entityId: null, after: result });
  return result;
}

export async function listDuplicates(db: Kysely<Database>, context: RequestContext, query: DuplicateListQuery): Promise<DuplicateList> {
  assertMayReadPersons(context.actor);
  const { rows, total } = await repo.listCandidates(db, context.actor.scope, {
    status: query.status,
    neighborhoodId: query.neighborhoodId,
    minScore: query.minScore,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const people = new Map((await personsByIds(db, [...new Set(rows.flatMap((row) => [row.person_a_id, row.person_b_id]))])).map((row) => [String(row.id), row]));
  const wholeIds = can(context.actor.role, 'persons.national_id');
  const asOf = todayIso();
  const items: DuplicateCandidate[] = rows.flatMap((row) => {
    const a = people.get(String(row.person_a_id));
    const b = people.get(String(row.person_b_id));
    if (!a || !b) return [];
    return [
      {
        id: String(row.id),
        score: row.score,
        reasons: row.reasons as DuplicateReason[],
        nameSimilarity: row.name_similarity === null ? null : Math.round(row.name_similarity * 100) / 100,
        status: row.status as DuplicateCandidate['status'],
        detectedAt: row.detected_at.toISOString(),
        first: toPersonSummary(a, wholeIds, asOf),
        second: toPersonSummary(b, wholeIds, asOf),
      },
    ];
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** "Not the same person": the pair stays dismissed through later detections. */
export async function dismissDuplicate(db: Kysely<Database>, context: RequestContext, id: string): Promise<void> {
  assertMayMerge(context.actor);
  const candidate = /^\d{1,18}$/.test(id) ? await repo.findCandidate(db, context.actor.scope, id) : undefined;
  if (!candidate) throw new AppError('not_found', 'duplicates.candidate_not_found');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.dismissCandidate(trx, id, context.actor.userId))) throw new AppError('conflict', 'duplicates.candidate_not_open');
    await recordAudit(trx, context, { action: 'dismiss', entity: 'duplicate_candidate', entityId: id });
  });
}
