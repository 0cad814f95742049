import { normalizePersianText } from '../../lib/persian/index.ts';
import { deriveSeed, seededRandom } from '../../lib/random.ts';
import type { Relation, Sex, Tenure } from './residents.schemas.ts';
import { PopulationBuilder } from './residents.synthetic-builder.ts';
import { type PlantedDuplicate, plantDuplicates } from './residents.synthetic-duplicates.ts';
import { ageOn, type Employment, type Insurance, type MissingIdReason, type Schooling } from './residents.synthetic-people.ts';

// A synthetic but believable population for the demo neighbourhoods (issue 4, item 8): households
// shaped like those of Iran's deprived urban neighbourhoods, people whose ages, names and
// circumstances fit their place in the household, national IDs that pass the checksum but are
// obviously invented, and a few people registered twice by different agencies for the
// duplicate-merge screen. Pure: no I/O, and the same seed and day give the same people.
//
// This file is the generator's public face; the work is done in synthetic-ids.ts (national IDs
// and phones), synthetic-names.ts, synthetic-households.ts (who lives together),
// synthetic-people.ts (each person's circumstances), synthetic-builder.ts (the rows and agency
// links) and synthetic-duplicates.ts (the people planted twice).

export { type DuplicateKind, duplicateKinds, type PlantedDuplicate } from './residents.synthetic-duplicates.ts';
export { syntheticNationalId, syntheticNationalIdPrefix } from './residents.synthetic-ids.ts';
export { ageOn } from './residents.synthetic-people.ts';

/** A neighbourhood to people, as the geography module stores it. */
export interface PopulationNeighborhood {
  id: number;
  code: string;
  provinceCode: string;
  /** The neighbourhood's whole population: larger neighbourhoods get more registered people. */
  population: number;
  /** With the population, the mean household size the sizes are tilted towards. */
  households: number;
  /** The agency that stewards it: everyone in the neighbourhood is on its books (default: the relief committee). */
  stewardAgencyCode?: string | null;
  /** An informal settlement has far more informal tenure. */
  fabric?: string | null;
}

export interface PopulationOptions {
  /** Registered people per neighbourhood on average (default 60), shared out by population. */
  peoplePerNeighborhood?: number;
  /** Default 20 (Semnan's province code). */
  seed?: number;
  /** The day ages are counted on: birth dates are placed so that ages come out right on it. */
  today: string;
  /** Where the synthetic national-ID sequence starts (default 0): loads for other provinces take another range. */
  firstIdSequence?: number;
}

export interface SyntheticAgencyLink {
  agencyCode: string;
  caseNumber: string;
  startedOn: string | null;
  endedOn: string | null;
}

/** A household row; `key` is its index in `households`, `headKey` the head's index in `persons`. */
export interface SyntheticHousehold {
  key: number;
  provinceCode: string;
  neighborhoodId: number;
  address: string;
  tenure: Tenure;
  welfareDecile: number | null;
  headKey: number;
}

/** A person row (names normalised, as stored); `key` is its index in `persons`. */
export interface SyntheticPerson {
  key: number;
  /** Null for someone an agency registered on their own, outside any household. */
  householdKey: number | null;
  provinceCode: string;
  neighborhoodId: number;
  nationalId: string | null;
  missingIdReason: MissingIdReason | null;
  firstName: string;
  lastName: string;
  fatherName: string;
  sex: Sex;
  birthDate: string;
  relation: Relation | null;
  phone: string;
  schooling: Schooling;
  insurance: Insurance;
  employment: Employment;
  disability: string;
  notes: string;
  agencies: SyntheticAgencyLink[];
}

export interface SyntheticPopulation {
  households: SyntheticHousehold[];
  persons: SyntheticPerson[];
  plantedDuplicates: PlantedDuplicate[];
}

/**
 * A synthetic population for `neighborhoods`: households and people ready to insert (names
 * normalised), each person with the agencies that serve them, and about ten people planted twice
 * across agencies, listed in `plantedDuplicates` (nothing in the rows marks them). Each
 * neighbourhood is generated from its own stream of the seed, so the same seed, day and
 * neighbourhoods always give the same population.
 */
export function generatePopulation(neighborhoods: readonly PopulationNeighborhood[], options: PopulationOptions): SyntheticPopulation {
  const seed = options.seed ?? 20;
  const perNeighborhood = options.peoplePerNeighborhood ?? 60;
  const builder = new PopulationBuilder(options.today, options.firstIdSequence ?? 0);
  const meanPopulation = neighborhoods.reduce((sum, n) => sum + Math.max(0, n.population), 0) / Math.max(1, neighborhoods.length);
  for (const neighborhood of neighborhoods) {
    // Shared out by population, within half and twice the average.
    const share = meanPopulation > 0 ? Math.min(2, Math.max(0.5, neighborhood.population / meanPopulation)) : 1;
    builder.addNeighborhood(neighborhood, Math.round(perNeighborhood * share), seededRandom(deriveSeed(seed, neighborhood.code)));
  }
  const plantedDuplicates = plantDuplicates(builder, neighborhoods, options.today, seededRandom(deriveSeed(seed, 'planted duplicates')));
  for (const person of builder.persons) {
    person.firstName = normalizePersianText(person.firstName);
    person.lastName = normalizePersianText(person.lastName);
    person.fatherName = normalizePersianText(person.fatherName);
  }
  return { households: builder.households, persons: builder.persons, plantedDuplicates };
}

// ---- Figures ---------------------------------------------------------------------------------

export interface PopulationSummary {
  people: number;
  households: number;
  meanHouseholdSize: number;
  femaleHeadedShare: number;
  /** Share of people in each band: 0–5, 6–14, 15–29, 30–44, 45–59, 60+. */
  ageBands: Record<string, number>;
  uninsuredShare: number;
  /** Of children 6–17, the share not in school. */
  outOfSchoolShare: number;
  withoutNationalIdShare: number;
  agencyLinks: number;
}

/** The population's figures, for tests and for a glance at how believable it is. */
export function summarizePopulation(population: SyntheticPopulation, today: string): PopulationSummary {
  const { persons, households } = population;
  const ages = persons.map((person) => ageOn(person.birthDate, today));
  const bands: [string, number][] = [['0-5', 5], ['6-14', 14], ['15-29', 29], ['30-44', 44], ['45-59', 59], ['60+', Infinity]];
  const ageBands = Object.fromEntries(bands.map(([band]) => [band, 0]));
  for (const age of ages) ageBands[bands.find(([, max]) => age <= max)![0]]! += 1;
  for (const band of Object.keys(ageBands)) ageBands[band] = ageBands[band]! / persons.length;
  const members = persons.filter((person) => person.householdKey !== null).length;
  const schoolAge = persons.filter((_, index) => ages[index]! >= 6 && ages[index]! <= 17);
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  return {
    people: persons.length,
    households: households.length,
    meanHouseholdSize: share(members, households.length),
    femaleHeadedShare: share(households.filter((household) => persons[household.headKey]!.sex === 'female').length, households.length),
    ageBands,
    uninsuredShare: share(persons.filter((person) => person.insurance === 'uninsured').length, persons.length),
    outOfSchoolShare: share(schoolAge.filter((person) => person.schooling !== 'in_school').length, schoolAge.length),
    withoutNationalIdShare: share(persons.filter((person) => person.nationalId === null).length, persons.length),
    agencyLinks: persons.reduce((sum, person) => sum + person.agencies.length, 0),
  };
}
