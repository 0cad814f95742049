import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { Actor, Scope } from '../../lib/scope.ts';
import type { BodyLevel } from './meetings.schemas.ts';

/**
 * Which bodies' decisions a user sees. A body's decisions concern its whole area, so a user sees
 * every body whose area overlaps their scope: national bodies are seen by all; a provincial
 * headquarters by anyone working in that province (down to one neighbourhood house); a county
 * council by its county and its province. Writing is narrower (see `scopeContainsArea`).
 */
export type ScopeArea =
  | { all: true }
  | {
      all: false;
      /** Provinces the scope covers whole. */
      provinces: string[];
      /** Provinces the scope covers in part: their provincial bodies, not their other counties' councils. */
      partialProvinces: string[];
      counties: string[];
    };

/** A body's, meeting's or resolution's area. */
export interface Area {
  level: BodyLevel;
  provinceCode: string | null;
  countyCode: string | null;
}

/** The area a scope reaches; a neighbourhood scope reaches its neighbourhoods' counties. */
export async function scopeArea(db: Kysely<Database> | Transaction<Database>, scope: Scope): Promise<ScopeArea> {
  switch (scope.level) {
    case 'country':
      return { all: true };
    case 'province':
      return { all: false, provinces: scope.codes, partialProvinces: [], counties: [] };
    case 'county':
      return { all: false, provinces: [], partialProvinces: [...new Set(scope.codes.map((code) => code.slice(0, 2)))], counties: scope.codes };
    case 'neighborhood': {
      if (scope.codes.length === 0) return { all: false, provinces: [], partialProvinces: [], counties: [] };
      const rows = await db.selectFrom('neighborhoods').select(['province_code', 'county_code']).where('code', 'in', scope.codes).execute();
      return {
        all: false,
        provinces: [],
        partialProvinces: [...new Set(rows.map((row) => row.province_code))],
        counties: [...new Set(rows.map((row) => row.county_code))],
      };
    }
  }
}

type AreaTable = 'bodies' | 'meetings' | 'resolutions';

/** The SQL form of "this row's area overlaps the scope", for any table with province and county codes. */
export function areaOverlaps<T extends AreaTable>(area: ScopeArea, table: T) {
  return (eb: ExpressionBuilder<Database, T>) => {
    if (area.all) return eb.lit(true);
    const province = sql.ref<string | null>(`${table}.province_code`);
    const county = sql.ref<string | null>(`${table}.county_code`);
    const conditions = [eb(province, 'is', null)];
    if (area.provinces.length) conditions.push(eb(province, 'in', area.provinces));
    if (area.partialProvinces.length) conditions.push(eb.and([eb(province, 'in', area.partialProvinces), eb(county, 'is', null)]));
    if (area.counties.length) conditions.push(eb(county, 'in', area.counties));
    return eb.or(conditions);
  };
}

/** Does the scope contain the whole area (needed to write to a body, not just to read it)? */
export function scopeContainsArea(scope: Scope, area: Area): boolean {
  if (scope.level === 'country') return true;
  if (area.level === 'national') return false;
  if (scope.level === 'province') return area.provinceCode !== null && scope.codes.includes(area.provinceCode);
  if (scope.level === 'county') return area.level === 'county' && area.countyCode !== null && scope.codes.includes(area.countyCode);
  return false;
}

/** In-memory overlap check for one record, the same rule as `areaOverlaps`. */
export function areaVisible(area: ScopeArea, record: { provinceCode: string | null; countyCode: string | null }): boolean {
  if (area.all || record.provinceCode === null) return true;
  if (area.provinces.includes(record.provinceCode)) return true;
  if (record.countyCode === null) return area.partialProvinces.includes(record.provinceCode);
  return area.counties.includes(record.countyCode);
}

/** The actor's agency is responsible (lead or co) for a resolution. */
export function isResponsible(actor: Actor, resolution: { leadAgencyCode: string; coAgencyCodes: readonly string[] }): boolean {
  return actor.agencyCode !== null && (resolution.leadAgencyCode === actor.agencyCode || resolution.coAgencyCodes.includes(actor.agencyCode));
}
