import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { isValidNationalId, normalizePersianText } from '../../lib/persian/index.ts';
import { prepareDatabase } from '../../server/bootstrap.ts';
import { loadDemoNeighborhoods } from '../geography/index.ts';
import { loadDemoPopulation } from './residents.seed.ts';
import { nameSearchOf } from './residents.service.ts';
import {
  ageOn,
  duplicateKinds,
  generatePopulation,
  type PopulationNeighborhood,
  summarizePopulation,
  type SyntheticPerson,
  syntheticNationalId,
} from './residents.synthetic.ts';

const today = '2026-11-22';
const stewards = ['relief-committee', 'setad', 'red-crescent', 'welfare'];
// Fifty neighbourhoods shaped like Semnan's: 3,000 to 8,000 people, 3.3 to 3.7 people a household.
const neighborhoods: PopulationNeighborhood[] = Array.from({ length: 50 }, (_, index) => {
  const population = 3_000 + ((index * 977) % 5_000);
  return {
    id: index + 1,
    code: `20-${String(index + 1).padStart(3, '0')}`,
    provinceCode: '20',
    population,
    households: Math.round(population / (3.3 + (index % 5) * 0.1)),
    stewardAgencyCode: stewards[index % 4]!,
    fabric: index % 3 === 0 ? 'informal_settlement' : 'worn_out',
  };
});
const population = generatePopulation(neighborhoods, { today });
const summary = summarizePopulation(population, today);
const members = population.persons.filter((person) => person.householdKey !== null);

describe('syntheticNationalId', () => {
  it('makes ten digits that start with 999 and pass the checksum', () => {
    expect(syntheticNationalId(1)).toBe('9990000018');
    for (const n of [0, 1, 2, 77, 123_456, 999_998]) {
      const id = syntheticNationalId(n);
      expect(id).toMatch(/^999\d{7}$/);
      expect(isValidNationalId(id), id).toBe(true);
    }
  });

  it('refuses numbers outside 0–999998 (999999 would give 9999999999, which no checksum accepts)', () => {
    for (const n of [-1, 999_999, 1.5, Number.NaN]) expect(() => syntheticNationalId(n)).toThrow(RangeError);
  });
});

describe('generatePopulation', () => {
  it('gives every national ID the checksum, the 999 prefix and no twin', () => {
    const ids = population.persons.flatMap((person) => (person.nationalId ? [person.nationalId] : []));
    expect(ids.length).toBeGreaterThan(2_900);
    for (const id of ids) {
      expect(id.startsWith('999'), id).toBe(true);
      expect(isValidNationalId(id), id).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const person of population.persons) expect(person.nationalId === null).toBe(person.missingIdReason !== null);
  });

  it('gives the same population for the same seed and day, and another for another seed', () => {
    expect(generatePopulation(neighborhoods, { today })).toEqual(population);
    const other = generatePopulation(neighborhoods, { today, seed: 21 });
    expect(other.persons.map((person) => person.firstName)).not.toEqual(population.persons.map((person) => person.firstName));
  });

  it('generates each neighbourhood from its own stream: other neighbourhoods change its size, not its people', () => {
    // With fewer neighbourhoods the shares of the 60 a neighbourhood change, so one list of
    // households is the start of the other.
    const firstTen = generatePopulation(neighborhoods.slice(0, 10), { today });
    const shape = (person: SyntheticPerson) => [person.firstName, person.lastName, person.fatherName, person.birthDate, person.sex, person.relation].join('|');
    for (const neighborhood of neighborhoods.slice(0, 10)) {
      const of = (persons: SyntheticPerson[]) => persons.filter((person) => person.householdKey !== null && person.neighborhoodId === neighborhood.id).map(shape);
      const [shorter, longer] = [of(firstTen.persons), of(population.persons)].sort((a, b) => a.length - b.length);
      expect(shorter!.length).toBeGreaterThan(20);
      expect(longer!.slice(0, shorter!.length)).toEqual(shorter);
    }
  });

  it('makes about 60 people a neighbourhood in households of 1 to 8, about 3.5 on average', () => {
    expect(summary.people).toBeGreaterThan(2_800);
    expect(summary.people).toBeLessThan(3_300);
    expect(summary.meanHouseholdSize).toBeGreaterThanOrEqual(3.3);
    expect(summary.meanHouseholdSize).toBeLessThanOrEqual(3.65);
    const sizes = new Map<number, number>();
    for (const person of members) sizes.set(person.householdKey!, (sizes.get(person.householdKey!) ?? 0) + 1);
    expect(sizes.size).toBe(population.households.length);
    for (const size of sizes.values()) {
      expect(size).toBeGreaterThanOrEqual(1);
      expect(size).toBeLessThanOrEqual(8);
    }
    for (const neighborhood of neighborhoods) expect(members.some((person) => person.neighborhoodId === neighborhood.id)).toBe(true);
  });

  it('has 12–16 % of households headed by a woman, and one head per household, in the household', () => {
    expect(summary.femaleHeadedShare).toBeGreaterThanOrEqual(0.12);
    expect(summary.femaleHeadedShare).toBeLessThanOrEqual(0.16);
    for (const household of population.households) {
      const head = population.persons[household.headKey]!;
      expect(head.householdKey).toBe(household.key);
      expect(head.relation).toBe('head');
      expect(head.neighborhoodId).toBe(household.neighborhoodId);
    }
    expect(members.filter((person) => person.relation === 'head')).toHaveLength(population.households.length);
  });

  it('keeps ages believable: parents at least 15 years older than their children, no one born after today', () => {
    const byHousehold = new Map<number, SyntheticPerson[]>();
    for (const person of members) byHousehold.set(person.householdKey!, [...(byHousehold.get(person.householdKey!) ?? []), person]);
    const yearsApart = (older: SyntheticPerson, younger: SyntheticPerson) => ageOn(older.birthDate, younger.birthDate);
    for (const people of byHousehold.values()) {
      const head = people.find((person) => person.relation === 'head')!;
      const spouse = people.find((person) => person.relation === 'spouse');
      for (const person of people) {
        if (person.relation === 'child') {
          expect(yearsApart(head, person)).toBeGreaterThanOrEqual(15);
          if (spouse) expect(yearsApart(spouse, person)).toBeGreaterThanOrEqual(15);
          // A child's father's name: the head's first name when he is the father.
          if (head.sex === 'male') expect(person.fatherName).toBe(head.firstName);
          if (head.sex === 'male') expect(person.lastName).toBe(head.lastName);
        }
        if (person.relation === 'parent') expect(yearsApart(person, head)).toBeGreaterThanOrEqual(15);
        if (person.relation === 'grandchild') expect(yearsApart(head, person)).toBeGreaterThanOrEqual(30);
      }
      if (spouse) expect(spouse.sex).not.toBe(head.sex);
    }
    for (const person of population.persons) {
      expect(person.birthDate <= today).toBe(true);
      expect(ageOn(person.birthDate, today)).toBeLessThanOrEqual(95);
    }
  });

  it('has a young age pyramid, and the seed’s shares of uninsured, out-of-school and undocumented people', () => {
    const { ageBands } = summary;
    const children = ageBands['0-5']! + ageBands['6-14']!;
    expect(children).toBeGreaterThan(0.22);
    expect(children).toBeLessThan(0.35);
    expect(ageBands['60+']!).toBeGreaterThan(0.06);
    expect(ageBands['60+']!).toBeLessThan(0.15);
    expect(ageBands['60+']!).toBeLessThan(children / 2);
    expect(summary.uninsuredShare).toBeGreaterThan(0.2);
    expect(summary.uninsuredShare).toBeLessThan(0.3);
    expect(summary.outOfSchoolShare).toBeGreaterThan(0.04);
    expect(summary.outOfSchoolShare).toBeLessThan(0.1);
    expect(summary.withoutNationalIdShare).toBeGreaterThan(0.005);
    expect(summary.withoutNationalIdShare).toBeLessThan(0.02);
    for (const person of population.persons) {
      const age = ageOn(person.birthDate, today);
      if (age < 6) expect(person.schooling).toBe('under_school_age');
      if (age < 15) expect(person.employment).toBe('child');
    }
  });

  it('stores names normalised, and links everyone in a household to the steward of the neighbourhood', () => {
    const steward = new Map(neighborhoods.map((neighborhood) => [neighborhood.id, neighborhood.stewardAgencyCode]));
    for (const person of population.persons) {
      for (const name of [person.firstName, person.lastName, person.fatherName]) expect(normalizePersianText(name)).toBe(name);
      expect(person.firstName).not.toBe('');
      for (const link of person.agencies) {
        expect(link.caseNumber).not.toBe('');
        expect(link.startedOn! <= today && link.startedOn! >= person.birthDate, `${link.startedOn} ${person.birthDate}`).toBe(true);
        if (link.endedOn) expect(link.endedOn >= link.startedOn!).toBe(true);
      }
      expect(new Set(person.agencies.map((link) => link.agencyCode)).size).toBe(person.agencies.length);
      if (person.householdKey !== null) expect(person.agencies.map((link) => link.agencyCode)).toContain(steward.get(person.neighborhoodId));
    }
    const foreign = population.persons.filter((person) => person.missingIdReason === 'foreign_national');
    expect(foreign.length).toBeGreaterThan(0);
    for (const person of foreign) expect(person.notes).not.toBe('');
  });

  it('plants one duplicate of each kind, each registered by another agency, outside any household', () => {
    const { plantedDuplicates, persons } = population;
    expect(plantedDuplicates.map((planted) => planted.kind)).toEqual([...duplicateKinds]);
    // The duplicates are the last rows, and nothing in them says they are duplicates.
    expect(plantedDuplicates.map((planted) => planted.duplicateKey)).toEqual(persons.slice(-plantedDuplicates.length).map((person) => person.key));
    const kinds = new Map(plantedDuplicates.map((planted) => [planted.kind, { original: persons[planted.originalKey]!, copy: persons[planted.duplicateKey]! }]));
    for (const { original, copy } of kinds.values()) {
      expect(copy.householdKey).toBeNull();
      expect(copy.sex).toBe(original.sex);
      expect(copy.agencies).toHaveLength(1);
      expect(original.agencies.map((link) => link.agencyCode)).not.toContain(copy.agencies[0]!.agencyCode);
    }
    const pair = (kind: (typeof duplicateKinds)[number]) => kinds.get(kind)!;
    expect(pair('arabic_letters').copy.firstName).toBe(pair('arabic_letters').original.firstName);
    expect(pair('arabic_letters').copy.nationalId).toBeNull();
    expect(pair('teh_marbuta').copy.firstName).toBe(pair('teh_marbuta').original.firstName.replace(/ه$/, 'ة'));
    expect(pair('compound_name_space').copy.firstName.replace(' ', '')).toBe(pair('compound_name_space').original.firstName.replace('\u200c', ''));
    expect(pair('surname_spelling').copy.lastName).not.toBe(pair('surname_spelling').original.lastName);
    expect(pair('birth_year_only').copy.birthDate).not.toBe(pair('birth_year_only').original.birthDate);
    expect(pair('no_father_name').copy.fatherName).toBe('');
    expect(pair('child_without_id').copy.missingIdReason).toBe('not_yet_issued');
    const mistyped = pair('mistyped_national_id');
    expect(isValidNationalId(mistyped.copy.nationalId!)).toBe(true);
    expect([...mistyped.copy.nationalId!].filter((digit, index) => digit !== mistyped.original.nationalId![index])).toHaveLength(1);
    expect(pair('foreign_national_twice').copy.missingIdReason).toBe('foreign_national');
    expect(pair('other_neighborhood').copy.neighborhoodId).not.toBe(pair('other_neighborhood').original.neighborhoodId);
    // Still the same person: born within a year of each other (1 Farvardin is at most a year early).
    for (const { original, copy } of kinds.values()) expect(Math.abs(ageOn(copy.birthDate, today) - ageOn(original.birthDate, today))).toBeLessThanOrEqual(1);
  });
});

describe('loadDemoPopulation on a fresh database', () => {
  let database: DatabaseHandle;
  let result: Awaited<ReturnType<typeof loadDemoPopulation>>;

  beforeAll(async () => {
    database = await openTestDatabase();
    await prepareDatabase(database.db);
    await loadDemoNeighborhoods(database.db);
    result = await loadDemoPopulation(database.db, { today });
  });

  afterAll(async () => {
    await database?.close();
  });

  const count = async (query: RawBuilder<unknown>) => Number(((await query.execute(database.db)).rows[0] as { n: string }).n);

  it('puts about 3,000 people into the 50 neighbourhoods of Semnan', async () => {
    expect(result).not.toBeNull();
    expect(result!.persons).toBeGreaterThan(2_800);
    expect(await count(sql`select count(*) as n from persons`)).toBe(result!.persons);
    expect(await count(sql`select count(*) as n from households`)).toBe(result!.households);
    expect(await count(sql`select count(*) as n from person_agencies`)).toBe(result!.agencyLinks);
    expect(await count(sql`select count(distinct neighborhood_id) as n from persons where province_code = '20'`)).toBe(50);
    expect(await count(sql`select count(*) as n from persons where province_code <> '20'`)).toBe(0);
  });

  it('keeps every person in the neighbourhood of their household, and every head in their household', async () => {
    expect(await count(sql`select count(*) as n from persons p join households h on (h.province_code, h.id) = (p.province_code, p.household_id) where h.neighborhood_id <> p.neighborhood_id`)).toBe(0);
    expect(await count(sql`select count(*) as n from households h left join persons p on (p.province_code, p.id) = (h.province_code, h.head_person_id) where p.id is null or p.household_id <> h.id or p.relation <> 'head'`)).toBe(0);
    expect(await count(sql`select count(*) as n from households h where not exists (select 1 from persons p where (p.province_code, p.household_id) = (h.province_code, h.id))`)).toBe(0);
    expect(await count(sql`select count(*) as n from persons where household_id is null`)).toBe(result!.plantedDuplicates.length);
  });

  it('stores the search text as the service makes it, and the planted duplicates by their ids', async () => {
    const rows = (await sql<{ first_name: string; last_name: string; father_name: string; name_search: string }>`select first_name, last_name, father_name, name_search from persons`.execute(database.db)).rows;
    for (const row of rows) expect(row.name_search).toBe(nameSearchOf(row.first_name, row.last_name, row.father_name));
    expect(result!.plantedDuplicates).toHaveLength(duplicateKinds.length);
    const ids = result!.plantedDuplicates.flatMap((planted) => [planted.originalId, planted.duplicateId]);
    expect(await count(sql`select count(*) as n from persons where id in (${sql.join(ids)})`)).toBe(ids.length);
  });

  it('leaves a province that already has people alone, and new rows take ids after the demo’s', async () => {
    expect(await loadDemoPopulation(database.db, { today })).toBeNull();
    const neighborhood = (await sql<{ id: number }>`select id from neighborhoods where province_code = '20' limit 1`.execute(database.db)).rows[0]!;
    const inserted = await sql<{ id: string }>`insert into households (province_code, neighborhood_id) values ('20', ${neighborhood.id}) returning id`.execute(database.db);
    const highest = await count(sql`select max(id) as n from households where id <> ${inserted.rows[0]!.id}`);
    expect(Number(inserted.rows[0]!.id)).toBeGreaterThan(highest);
  });
});
