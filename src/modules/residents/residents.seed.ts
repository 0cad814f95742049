import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { todayIso } from '../../lib/dates.ts';
import { detectDuplicatesInScope } from './duplicates.service.ts';
import { personValuesOf } from './residents.service.ts';
import * as store from './residents.seed-store.ts';
import { type DuplicateKind, generatePopulation, type PopulationNeighborhood } from './residents.synthetic.ts';

/** What the demo population load put in, with the planted duplicates by their stored ids. */
export interface DemoPopulationResult {
  households: number;
  persons: number;
  agencyLinks: number;
  /** People registered twice by different agencies, for the merge screen (nothing in the rows says so). */
  plantedDuplicates: { kind: DuplicateKind; originalId: string; duplicateId: string; differences: string[] }[];
}

export interface DemoPopulationOptions {
  /** Default '20' (Semnan, 50 neighbourhoods). */
  provinceCode?: string;
  /** The day ages are counted on; default today in Tehran. */
  today?: string;
  /** Default 20. */
  seed?: number;
  /** Default 60: about 3,000 people for Semnan. */
  peoplePerNeighborhood?: number;
}

/** A neighbourhood as the generator takes it. */
export function populationNeighborhoodOf(row: store.PopulatedNeighborhoodRow): PopulationNeighborhood {
  return {
    id: row.id,
    code: row.code,
    provinceCode: row.province_code,
    population: row.population,
    households: row.households,
    stewardAgencyCode: row.steward_agency_code,
    fabric: row.fabric,
  };
}

/**
 * Loads a synthetic population (residents.synthetic.ts) into a province's demo neighbourhoods —
 * for Semnan about 3,000 people in 870 households — in one transaction, in bulk: a handful of
 * statements whatever the size. Needs the demo neighbourhoods; does nothing (returns null) when
 * the province has no neighbourhood or already has people.
 */
export async function loadDemoPopulation(db: Kysely<Database>, options: DemoPopulationOptions = {}): Promise<DemoPopulationResult | null> {
  const provinceCode = options.provinceCode ?? '20';
  const today = options.today ?? todayIso();
  const rows = await store.neighborhoodsToPopulate(db, provinceCode);
  if (rows.length === 0 || (await store.provinceHasPersons(db, provinceCode))) return null;
  const neighborhoods = rows.map(populationNeighborhoodOf);
  const population = generatePopulation(neighborhoods, { today, seed: options.seed ?? 20, peoplePerNeighborhood: options.peoplePerNeighborhood });

  const result = await db.transaction().execute(async (trx) => {
    const householdIds = await store.reserveIds(trx, 'households', population.households.length);
    const personIds = await store.reserveIds(trx, 'persons', population.persons.length);
    await store.insertHouseholds(
      trx,
      population.households.map((household) => ({
        province_code: household.provinceCode,
        id: householdIds[household.key]!,
        neighborhood_id: household.neighborhoodId,
        address: household.address,
        tenure: household.tenure,
        welfare_decile: household.welfareDecile,
        head_person_id: personIds[household.headKey]!,
      })),
    );
    await store.insertPersons(
      trx,
      population.persons.map((person) => ({
        province_code: person.provinceCode,
        id: personIds[person.key]!,
        household_id: person.householdKey === null ? null : householdIds[person.householdKey]!,
        neighborhood_id: person.neighborhoodId,
        ...personValuesOf(person),
      })),
    );
    const links = population.persons.flatMap((person) =>
      person.agencies.map((link) => ({
        province_code: person.provinceCode,
        person_id: personIds[person.key]!,
        agency_code: link.agencyCode,
        case_number: link.caseNumber,
        started_on: link.startedOn,
        ended_on: link.endedOn,
      })),
    );
    await store.insertPersonAgencies(trx, links);
    return {
      households: population.households.length,
      persons: population.persons.length,
      agencyLinks: links.length,
      plantedDuplicates: population.plantedDuplicates.map((planted) => ({
        kind: planted.kind,
        originalId: personIds[planted.originalKey]!,
        duplicateId: personIds[planted.duplicateKey]!,
        differences: planted.differences,
      })),
    };
  });
  // The planted duplicates are on the duplicates page from the first start.
  await detectDuplicatesInScope(db, { level: 'province', codes: [provinceCode] });
  return result;
}
