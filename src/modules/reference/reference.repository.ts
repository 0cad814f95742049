import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { CitySeed, CountySeed, PackageSeed, ProvinceSeed } from './reference.data.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export async function listAgencies(db: Executor) {
  return db.selectFrom('agencies').selectAll().orderBy('sort_order').orderBy('code').execute();
}

export async function findAgency(db: Executor, code: string) {
  return db.selectFrom('agencies').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listAxes(db: Executor) {
  return db.selectFrom('axes').selectAll().orderBy('code').execute();
}

export async function findAxis(db: Executor, code: string) {
  return db.selectFrom('axes').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listPackages(db: Executor) {
  return db.selectFrom('packages').selectAll().orderBy('axis_code').orderBy('sort_order').orderBy('code').execute();
}

export async function findPackage(db: Executor, code: string) {
  return db.selectFrom('packages').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertPackage(db: Executor, row: { code: string; axis_code: string; name_fa: string; name_en: string; sort_order: number; active: boolean }) {
  return db.insertInto('packages').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updatePackage(
  db: Executor,
  code: string,
  changes: Partial<{ axis_code: string; name_fa: string; name_en: string; sort_order: number; active: boolean }>,
) {
  return db.updateTable('packages').set(changes).where('code', '=', code).returningAll().executeTakeFirstOrThrow();
}

export interface ReferenceSeed {
  provinces: readonly ProvinceSeed[];
  counties: readonly CountySeed[];
  cities: readonly CitySeed[];
  agencies: readonly { code: string; nameFa: string; nameEn: string; kind: string; houseNameFa: string | null; houseNameEn: string | null }[];
  axes: readonly { code: string; nameFa: string; nameEn: string; minAge: number | null; maxAge: number | null }[];
  packages: readonly PackageSeed[];
}

/**
 * Inserts reference rows that are missing and leaves existing ones alone, so edits made by
 * users (a raised quota, a renamed package) survive every restart.
 */
export async function insertMissingReferenceData(db: Executor, seed: ReferenceSeed): Promise<void> {
  const chunked = async <T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let start = 0; start < rows.length; start += 500) await insert(rows.slice(start, start + 500));
  };
  await chunked(seed.provinces, (chunk) =>
    db
      .insertInto('provinces')
      .values(chunk.map((p) => ({ code: p.code, name_fa: p.nameFa, name_en: p.nameEn, population_2016: p.population2016, quota: p.quota })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute(),
  );
  await chunked(seed.counties, (chunk) =>
    db
      .insertInto('counties')
      .values(chunk.map((c) => ({ code: c.code, province_code: c.provinceCode, name_fa: c.nameFa, name_en: c.nameEn })))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute(),
  );
  const provinceOfCounty = new Map(seed.counties.map((c) => [c.code, c.provinceCode]));
  await chunked(seed.cities, (chunk) =>
    db
      .insertInto('cities')
      .values(
        chunk.map((c) => ({
          code: c.code,
          county_code: c.countyCode,
          province_code: provinceOfCounty.get(c.countyCode) ?? c.countyCode.slice(0, 2),
          name_fa: c.nameFa,
          name_en: c.nameEn,
          latitude: c.latitude,
          longitude: c.longitude,
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute(),
  );
  await chunked(seed.agencies, (chunk) =>
    db
      .insertInto('agencies')
      .values(
        chunk.map((a, index) => ({
          code: a.code,
          name_fa: a.nameFa,
          name_en: a.nameEn,
          kind: a.kind,
          house_name_fa: a.houseNameFa,
          house_name_en: a.houseNameEn,
          sort_order: index,
        })),
      )
      .onConflict((oc) => oc.column('code').doNothing())
      .execute(),
  );
  await db
    .insertInto('axes')
    .values(seed.axes.map((a) => ({ code: a.code, name_fa: a.nameFa, name_en: a.nameEn, min_age: a.minAge, max_age: a.maxAge })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('packages')
    .values(seed.packages.map((p) => ({ code: p.code, axis_code: p.axis, name_fa: p.nameFa, name_en: p.nameEn, sort_order: p.sortOrder })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}


/** The fingerprint of the reference data last loaded, so an unchanged seed is not reloaded at every start. */
export async function loadedReferenceFingerprint(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('reference_data_state').select('fingerprint').where('id', '=', 1).executeTakeFirst();
  return row?.fingerprint ?? null;
}

export async function saveReferenceFingerprint(db: Executor, fingerprint: string): Promise<void> {
  await db
    .insertInto('reference_data_state')
    .values({ id: 1, fingerprint, loaded_at: new Date() })
    .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint, loaded_at: new Date() }))
    .execute();
}

/** The codes among `codes` that name no agency. */
export async function unknownAgencyCodes(db: Kysely<Database>, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = new Set((await db.selectFrom('agencies').select('code').where('code', 'in', [...codes]).execute()).map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}

/** The codes among `codes` that name no package. */
export async function unknownPackageCodes(db: Kysely<Database>, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = new Set((await db.selectFrom('packages').select('code').where('code', 'in', [...codes]).execute()).map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}
