/**
 * A million synthetic residents for the issue 4 benchmark, written as files once and cached in
 * bench/.work: COPY files for households, people and agency links (the search and duplicate
 * benchmarks load them with psql's \copy), a COPY file of the people alone (the import's baseline)
 * and the import's CSV with the Persian headers the import recognises.
 *
 * The people come from the residents module's own generator (residents.synthetic.ts: households,
 * names of the bearer's generation, circumstances, agency links, planted duplicates), one call per
 * province over that province's neighbourhoods. Its national IDs all begin 999 and number at most
 * 999,999; here each province's IDs get their own three-digit prefix (the province code and 0),
 * recomputing the check digit with the module's checkDigit, so that a million IDs stay unique,
 * valid, and spread like real ones (some with leading zeros).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../src/db/types.ts';
import { formatJalali } from '../src/lib/persian/index.ts';
import { importFieldLabelsFa, importFields, type ImportField } from '../src/modules/residents/import/fields.ts';
import * as labels from '../src/modules/residents/import/labels.ts';
import { checkDigit } from '../src/modules/residents/residents.synthetic-ids.ts';
import type { PersonValues } from '../src/modules/residents/residents.repository.ts';
import { populationNeighborhoodOf } from '../src/modules/residents/residents.seed.ts';
import type { PopulatedNeighborhoodRow } from '../src/modules/residents/residents.seed-store.ts';
import { personValuesOf } from '../src/modules/residents/residents.service.ts';
import { generatePopulation, type SyntheticPerson } from '../src/modules/residents/residents.synthetic.ts';

export interface SyntheticPersonsFiles {
  count: number;
  households: number;
  links: number;
  withoutNationalId: number;
  /** Planted duplicates by stored person id (ids are assigned 1…count in file order). */
  planted: { kind: string; originalId: string; duplicateId: string }[];
  /** Values to search for, taken from the data. */
  samples: { nationalIds: string[]; fullNames: string[]; rareLastName: string; rareLastNameCount: number; commonFirstName: string };
  /** Province → people, for choosing a scoped user's province. */
  byProvince: Record<string, number>;
  generateMs: number;
  files: { households: string; persons: string; links: string; personsPlain: string; importCsv: string };
}

/** A person's columns in the COPY files, in the order written below. */
const personValueColumns = [
  'national_id',
  'missing_id_reason',
  'first_name',
  'last_name',
  'father_name',
  'name_search',
  'sex',
  'birth_date',
  'relation',
  'phone',
  'schooling',
  'insurance',
  'employment',
  'disability',
  'notes',
] as const satisfies readonly (keyof PersonValues)[];
/** The columns of `files.persons` (with ids) and `files.personsPlain` (without id and household). */
export const personCopyColumns = ['province_code', 'id', 'household_id', 'neighborhood_id', ...personValueColumns];
export const plainPersonColumns = personCopyColumns.filter((column) => column !== 'id' && column !== 'household_id');
export const householdCopyColumns = ['province_code', 'id', 'neighborhood_id', 'address', 'tenure', 'welfare_decile', 'head_person_id'];
export const linkCopyColumns = ['province_code', 'person_id', 'agency_code', 'case_number', 'started_on', 'ended_on'];

/** The import's fields in its own order; a neighbourhood is named by its code, so not by its name too. The rows below follow this order. */
const importColumns = importFields.filter((column): column is Exclude<ImportField, 'neighborhoodName'> => column !== 'neighborhoodName');

/** A CSV field: null is an unquoted empty field (COPY reads NULL), a string is quoted when it must be or is empty. */
function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return text === '' || /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
const line = (values: (string | number | null)[]) => `${values.map(field).join(',')}\n`;
/** The word a person typing the list would use: the first label of the import's table. */
const word = <T extends string>(table: Record<T, readonly string[]>, code: T | null) => (code === null ? '' : table[code][0]!);

function provinceId(provinceCode: string, moduleId: string | null): string | null {
  if (moduleId === null) return null;
  const nine = `${provinceCode}0${moduleId.slice(3, 9)}`;
  return `${nine}${checkDigit(nine)}`;
}

/** Writes (or finds cached) the files for `count` people over the database's neighbourhoods. */
export async function syntheticPersonsFiles(db: Kysely<Database>, options: { count: number; today: string; dir: string; seed?: number }): Promise<SyntheticPersonsFiles> {
  const seed = options.seed ?? 4;
  const dir = path.join(options.dir, `persons-${options.count}-${seed}-${options.today}`);
  const manifest = path.join(dir, 'manifest.json');
  const neighborhoods = (
    await sql<PopulatedNeighborhoodRow>`select id, code, province_code, population, households, fabric, steward_agency_code from neighborhoods order by province_code, code`.execute(db)
  ).rows;
  const fingerprint = `${neighborhoods.length}:${neighborhoods[0]?.id}:${neighborhoods.at(-1)?.id}`;
  if (fs.existsSync(manifest)) {
    const cached = JSON.parse(fs.readFileSync(manifest, 'utf8')) as SyntheticPersonsFiles & { fingerprint: string };
    if (cached.fingerprint === fingerprint) return cached;
  }
  fs.mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const files = {
    households: path.join(dir, 'households.csv'),
    persons: path.join(dir, 'persons.csv'),
    links: path.join(dir, 'links.csv'),
    personsPlain: path.join(dir, 'persons-plain.csv'),
    importCsv: path.join(dir, 'import.csv'),
  };
  const out = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, fs.openSync(file, 'w')])) as Record<keyof typeof files, number>;
  fs.writeSync(out.importCsv, `\ufeff${line(importColumns.map((column) => importFieldLabelsFa[column]))}`);

  const provinces = new Map<string, PopulatedNeighborhoodRow[]>();
  for (const row of neighborhoods) provinces.set(row.province_code, [...(provinces.get(row.province_code) ?? []), row]);
  const perNeighborhood = options.count / Math.max(1, neighborhoods.length);
  const codeOf = new Map(neighborhoods.map((row) => [row.id, row.code]));
  let personBase = 0;
  let householdBase = 0;
  let links = 0;
  let withoutNationalId = 0;
  const planted: SyntheticPersonsFiles['planted'] = [];
  const lastNames = new Map<string, number>();
  const byProvince: Record<string, number> = {};
  const samples: SyntheticPersonsFiles['samples'] = { nationalIds: [], fullNames: [], rareLastName: '', rareLastNameCount: 0, commonFirstName: '' };
  const firstNames = new Map<string, number>();

  for (const [provinceCode, rows] of provinces) {
    if (personBase >= options.count) break;
    const population = generatePopulation(
      rows.map(populationNeighborhoodOf),
      // A slight excess so that the last province fills the count; the list is cut at `count`.
      { today: options.today, seed: seed * 100 + Number(provinceCode), peoplePerNeighborhood: perNeighborhood * 1.02, firstIdSequence: personBase },
    );
    const persons = population.persons.slice(0, options.count - personBase);
    const householdKeyOf = (person: SyntheticPerson) => (person.householdKey === null ? null : householdBase + person.householdKey + 1);
    const personId = (key: number) => personBase + key + 1;
    const chunks = { households: [] as string[], persons: [] as string[], links: [] as string[], personsPlain: [] as string[], importCsv: [] as string[] };
    for (const household of population.households) {
      if (household.headKey >= persons.length) continue;
      chunks.households.push(
        line([household.provinceCode, householdBase + household.key + 1, household.neighborhoodId, household.address, household.tenure, household.welfareDecile, personId(household.headKey)]),
      );
    }
    for (const person of persons) {
      const nationalId = provinceId(provinceCode, person.nationalId);
      if (nationalId === null) withoutNationalId++;
      const household = person.householdKey === null ? null : population.households[person.householdKey]!;
      const stored = personValuesOf({ ...person, nationalId });
      const values = personValueColumns.map((column) => stored[column]);
      chunks.persons.push(line([person.provinceCode, personId(person.key), householdKeyOf(person), person.neighborhoodId, ...values]));
      chunks.personsPlain.push(line([person.provinceCode, person.neighborhoodId, ...values]));
      for (const link of person.agencies) {
        chunks.links.push(line([person.provinceCode, personId(person.key), link.agencyCode, link.caseNumber, link.startedOn, link.endedOn]));
        links++;
      }
      chunks.importCsv.push(
        line([
          nationalId ?? '',
          word(labels.missingIdReasonLabels, person.missingIdReason),
          person.firstName,
          person.lastName,
          person.fatherName,
          formatJalali(person.birthDate, { persianDigits: false }),
          word(labels.sexLabels, person.sex),
          word(labels.relationLabels, person.relation),
          person.phone,
          word(labels.schoolingLabels, person.schooling),
          word(labels.insuranceLabels, person.insurance),
          word(labels.employmentLabels, person.employment),
          person.disability,
          person.notes,
          person.agencies[0]?.caseNumber ?? '',
          householdKeyOf(person) ?? '',
          codeOf.get(person.neighborhoodId) ?? '',
          household?.address ?? '',
          word(labels.tenureLabels, household?.tenure ?? null),
          household?.welfareDecile ?? '',
        ]),
      );
      lastNames.set(person.lastName, (lastNames.get(person.lastName) ?? 0) + 1);
      firstNames.set(person.firstName, (firstNames.get(person.firstName) ?? 0) + 1);
      if (nationalId !== null && person.key % 997 === 0) samples.nationalIds.push(nationalId);
      if (person.key % 1009 === 0) samples.fullNames.push(`${person.firstName} ${person.lastName}`);
    }
    for (const duplicate of population.plantedDuplicates) {
      if (duplicate.duplicateKey < persons.length && duplicate.originalKey < persons.length) {
        planted.push({ kind: duplicate.kind, originalId: String(personId(duplicate.originalKey)), duplicateId: String(personId(duplicate.duplicateKey)) });
      }
    }
    for (const [key, fd] of Object.entries(out)) fs.writeSync(fd, chunks[key as keyof typeof chunks].join(''));
    byProvince[provinceCode] = persons.length;
    personBase += persons.length;
    householdBase += population.households.length;
  }
  for (const fd of Object.values(out)) fs.closeSync(fd);
  // The rarest of the generator's family names (a planted misspelling, met once, would be too easy).
  const rare = [...lastNames].filter(([, count]) => count >= 5).sort((a, b) => a[1] - b[1])[0];
  samples.rareLastName = rare?.[0] ?? '';
  samples.rareLastNameCount = rare?.[1] ?? 0;
  samples.commonFirstName = [...firstNames].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const result: SyntheticPersonsFiles = {
    count: personBase,
    households: householdBase,
    links,
    withoutNationalId,
    planted,
    samples,
    byProvince,
    generateMs: Math.round(performance.now() - started),
    files,
  };
  fs.writeFileSync(manifest, JSON.stringify({ ...result, fingerprint }, null, 1));
  return result;
}
