import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { can } from '../users/index.ts';
import { agencies, axes, cities, counties, packages, provinces } from './reference.data.ts';
import * as repo from './reference.repository.ts';
import type { Agency, Axis, CreatePackageBody, Package, UpdatePackageBody } from './reference.schemas.ts';

/** Loads provinces, counties, cities, agencies, axes and packages that an install lacks. */
export async function ensureReferenceData(db: Kysely<Database>): Promise<void> {
  const seed = { provinces, counties, cities, agencies, axes, packages };
  const fingerprint = createHash('sha256').update(JSON.stringify(seed)).digest('hex');
  // Every start comes here; an unchanged seed costs one query instead of six upserts.
  if ((await repo.loadedReferenceFingerprint(db)) === fingerprint) return;
  await db.transaction().execute(async (trx) => {
    await repo.insertMissingReferenceData(trx, seed);
    await repo.saveReferenceFingerprint(trx, fingerprint);
  });
}

export async function listAgencies(db: Kysely<Database>): Promise<Agency[]> {
  const rows = await repo.listAgencies(db);
  return rows.map((row) => ({
    code: row.code,
    nameFa: row.name_fa,
    nameEn: row.name_en,
    kind: row.kind,
    houseNameFa: row.house_name_fa,
    houseNameEn: row.house_name_en,
    active: row.active,
  }));
}

export async function agencyExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await repo.findAgency(db, code)) !== undefined;
}

export async function listAxes(db: Kysely<Database>): Promise<Axis[]> {
  const rows = await repo.listAxes(db);
  return rows.map((row) => ({ code: row.code, nameFa: row.name_fa, nameEn: row.name_en, minAge: row.min_age, maxAge: row.max_age }));
}

type PackageRow = Awaited<ReturnType<typeof repo.listPackages>>[number];
function toPackage(row: PackageRow): Package {
  return { code: row.code, axisCode: row.axis_code, nameFa: row.name_fa, nameEn: row.name_en, sortOrder: row.sort_order, active: row.active };
}

export async function listPackages(db: Kysely<Database>): Promise<Package[]> {
  return (await repo.listPackages(db)).map(toPackage);
}

function requirePackageEditor(context: RequestContext): void {
  if (!can(context.actor.role, 'packages.write')) throw new AppError('forbidden', 'auth.forbidden');
}

export async function createPackage(db: Kysely<Database>, context: RequestContext, body: CreatePackageBody): Promise<Package> {
  requirePackageEditor(context);
  if (!(await repo.findAxis(db, body.axisCode))) throw AppError.field('axisCode', 'reference.unknown_axis', { code: body.axisCode });
  if (await repo.findPackage(db, body.code)) throw AppError.duplicate('code', 'reference.duplicate_package', { code: body.code });
  return db
    .transaction()
    .execute(async (trx) => {
      const created = toPackage(
        await repo.insertPackage(trx, {
          code: body.code,
          axis_code: body.axisCode,
          name_fa: body.nameFa,
          name_en: body.nameEn,
          sort_order: body.sortOrder,
          active: body.active,
        }),
      );
      await recordAudit(trx, context, { action: 'create', entity: 'package', entityId: created.code, after: created });
      return created;
    })
    .catch((error: unknown) => {
      // Two requests for the same code can both pass the check above; the primary key decides.
      if ((error as { constraint?: string }).constraint === 'packages_pkey') throw AppError.duplicate('code', 'reference.duplicate_package', { code: body.code });
      throw error;
    });
}

export async function updatePackage(db: Kysely<Database>, context: RequestContext, code: string, body: UpdatePackageBody): Promise<Package> {
  requirePackageEditor(context);
  const existing = await repo.findPackage(db, code);
  if (!existing) throw new AppError('not_found', 'reference.package_not_found');
  if (body.axisCode !== undefined && !(await repo.findAxis(db, body.axisCode))) {
    throw AppError.field('axisCode', 'reference.unknown_axis', { code: body.axisCode });
  }
  return db.transaction().execute(async (trx) => {
    const updated = toPackage(
      await repo.updatePackage(trx, code, {
        axis_code: body.axisCode,
        name_fa: body.nameFa,
        name_en: body.nameEn,
        sort_order: body.sortOrder,
        active: body.active,
      }),
    );
    await recordAudit(trx, context, { action: 'update', entity: 'package', entityId: code, before: toPackage(existing), after: updated });
    return updated;
  });
}
