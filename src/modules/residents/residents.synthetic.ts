import { addDays } from '../../lib/dates.ts';
import { fromJalali, normalizePersianText, toJalali, toPersianDigits } from '../../lib/persian/index.ts';
import { deriveSeed, type Random, seededRandom } from '../../lib/random.ts';
import {
  afghanNames,
  alleyNames,
  caseNumberPrefixes,
  compoundNameHeads,
  compoundNameTails,
  disabilityKinds,
  femaleFirstNames,
  lastNames,
  maleFirstNames,
  missingIdNotes,
  type NameEra,
  streetNames,
  surnameVariants,
  tehMarbutaNames,
} from './residents.demo-data.ts';
import type { employmentStatuses, insuranceStatuses, missingIdReasons, Relation, schoolingStatuses, Sex, Tenure } from './residents.schemas.ts';

// A synthetic but believable population for the demo neighbourhoods (issue 4, item 8): households
// shaped like those of Iran's deprived urban neighbourhoods, people whose ages, names and
// circumstances fit their place in the household, national IDs that pass the checksum but are
// obviously invented, and a few people registered twice by different agencies for the
// duplicate-merge screen. Pure: no I/O, and the same seed and day give the same people.

type Schooling = (typeof schoolingStatuses)[number];
type Insurance = (typeof insuranceStatuses)[number];
type Employment = (typeof employmentStatuses)[number];
type MissingIdReason = (typeof missingIdReasons)[number];

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

/** How a planted duplicate differs from the record it duplicates. */
export const duplicateKinds = [
  /** Typed with Arabic ي/ك by the second agency: identical once normalised; no national ID. */
  'arabic_letters',
  /** ة for the final ه of a woman's name (فاطمة); no national ID. */
  'teh_marbuta',
  /** A compound given name written as two words (محمد علی for محمدعلی); no national ID. */
  'compound_name_space',
  /** Another spelling of the family name (رضائی, اسمعیلی, حسین زاده); no national ID. */
  'surname_spelling',
  /** Only the birth year known, entered as 1 Farvardin; no national ID. */
  'birth_year_only',
  /** Father's name left empty; no national ID. */
  'no_father_name',
  /** A small child registered before the ID was issued ("not yet issued"). */
  'child_without_id',
  /** A national ID with one digit wrong that still passes the checksum. */
  'mistyped_national_id',
  /** A foreign national registered by two agencies, the given name spaced differently. */
  'foreign_national_twice',
  /** Registered in another neighbourhood of the province; no national ID. */
  'other_neighborhood',
] as const;
export type DuplicateKind = (typeof duplicateKinds)[number];

/** A person planted twice (for tests and the merge screen's demo); nothing in the rows marks it. */
export interface PlantedDuplicate {
  kind: DuplicateKind;
  originalKey: number;
  duplicateKey: number;
  /** In English, what differs between the two records. */
  differences: string[];
}

export interface SyntheticPopulation {
  households: SyntheticHousehold[];
  persons: SyntheticPerson[];
  plantedDuplicates: PlantedDuplicate[];
}

// ---- National IDs and phones -----------------------------------------------------------------

/** Every synthetic national ID starts with this: no registry office has it, so a demo ID is obvious at a glance. */
export const syntheticNationalIdPrefix = '999';
const idSequenceSpace = 999_999; // six digits after the prefix; 999999 itself would give 9999999999

function checkDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const remainder = sum % 11;
  return remainder < 2 ? remainder : 11 - remainder;
}

/**
 * The synthetic national ID number `n` (0 to 999998): the prefix 999, `n` in six digits, and the
 * check digit, so that it passes the checksum like a real one. Different `n`, different ID.
 *
 * @example syntheticNationalId(1) // '9990000018'
 */
export function syntheticNationalId(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= idSequenceSpace) throw new RangeError(`No synthetic national ID number ${n}`);
  const nine = `${syntheticNationalIdPrefix}${String(n).padStart(6, '0')}`;
  return `${nine}${checkDigit(nine)}`;
}

// The sequence is scattered over the whole range (a multiplier prime to 999999 makes this a
// permutation), so that a family's IDs do not run 1, 2, 3 as no real family's do.
const scatter = (sequence: number, multiplier: number): number => Number((BigInt(sequence % idSequenceSpace) * BigInt(multiplier) + 7919n) % BigInt(idSequenceSpace));

/** Phones are `09999` and six digits: one pattern, obviously synthetic, different for everyone. */
const syntheticPhone = (sequence: number): string => `09999${String(scatter(sequence, 700_001)).padStart(6, '0')}`;

// ---- Distributions ---------------------------------------------------------------------------

// Household sizes in deprived urban neighbourhoods: mostly three or four, a long tail to eight
// (the 2016 census: urban mean 3.2; poorer areas larger). Mean of these weights: 3.46.
const householdSizeWeights: readonly (readonly [number, number])[] = [
  [1, 9], [2, 19], [3, 25], [4, 25], [5, 13], [6, 5.5], [7, 2.2], [8, 1.3],
];
/** Households of foreign nationals (almost all Afghan). */
const foreignHouseholdShare = 0.004;
/** Share of female heads by household size (widows and the divorced; lone elderly women count at size 1 below). */
const femaleHeadShareBySize = [0, 0, 0.17, 0.15, 0.08, 0.05, 0.04, 0.04, 0.04];
const founding = ['relief-committee', 'welfare', 'setad', 'red-crescent'] as const;

type Band = readonly [min: number, max: number, weight: number];
const draw = (random: Random, bands: readonly Band[]): number => {
  const [min, max] = random.choose(bands.map((band) => [band, band[2]] as const));
  return random.int(min, max);
};

/** Size weights tilted (exponentially) so that their mean is the neighbourhood's own, within 3.1–3.9. */
function sizeWeightsFor(neighborhood: PopulationNeighborhood): (readonly [number, number])[] {
  const ratio = neighborhood.households > 0 ? neighborhood.population / neighborhood.households : 3.46;
  const target = Math.min(3.9, Math.max(3.1, ratio));
  const tilted = (lambda: number) => householdSizeWeights.map(([size, weight]) => [size, weight * Math.exp(lambda * (size - 4))] as const);
  const mean = (weights: readonly (readonly [number, number])[]) => weights.reduce((sum, [size, w]) => sum + size * w, 0) / weights.reduce((sum, [, w]) => sum + w, 0);
  let low = -2;
  let high = 2;
  for (let i = 0; i < 40; i++) {
    const middle = (low + high) / 2;
    if (mean(tilted(middle)) < target) low = middle;
    else high = middle;
  }
  return tilted((low + high) / 2);
}

// ---- Names -----------------------------------------------------------------------------------

const ZWNJ = '\u200c';

function eraOf(birthYear: number): NameEra {
  return birthYear < 1970 ? 'old' : birthYear < 1995 ? 'middle' : 'young';
}

/** Common names more often: the lists run most common first. */
const skewedPick = <T>(random: Random, items: readonly T[], skew = 1.3): T => items[Math.floor(items.length * random.next() ** skew)]!;

interface Namer {
  first(sex: Sex, birthYear: number, avoid?: ReadonlySet<string>): string;
  last(): string;
}

function iranianNamer(random: Random): Namer {
  return {
    first(sex, birthYear, avoid) {
      const list = (sex === 'male' ? maleFirstNames : femaleFirstNames)[eraOf(birthYear)];
      let name = skewedPick(random, list);
      for (let tries = 0; avoid?.has(name) && tries < 10; tries++) name = skewedPick(random, list);
      return name;
    },
    last: () => skewedPick(random, lastNames),
  };
}

function afghanNamer(random: Random, family: string): Namer {
  return {
    first(sex, _birthYear, avoid) {
      const list = sex === 'male' ? afghanNames.male : afghanNames.female;
      let name = random.pick(list);
      for (let tries = 0; avoid?.has(name) && tries < 10; tries++) name = random.pick(list);
      return name;
    },
    last: () => family,
  };
}

// ---- Households ------------------------------------------------------------------------------

interface Member {
  sex: Sex;
  age: number;
  relation: Relation;
  firstName: string;
  lastName: string;
  fatherName: string;
}

/**
 * The children's ages for a mother of `motherAge`: born when she was 18 to 44, two to five years
 * apart (one to four in large families).
 */
function childAges(random: Random, motherAge: number, count: number): number[] {
  if (count === 0) return [];
  const gap = () => (count >= 5 ? random.int(1, 4) : random.int(2, 5));
  let gaps = Array.from({ length: count - 1 }, gap);
  const room = motherAge - 18;
  if (gaps.reduce((a, b) => a + b, 0) > room) gaps = gaps.map(() => 1);
  const span = gaps.reduce((a, b) => a + b, 0);
  const low = Math.max(0, motherAge - 44);
  const high = Math.max(low, room - span);
  // Past forty, her children are more often grown up than small.
  let age = low + Math.floor((high - low + 1) * random.next() ** (motherAge >= 40 ? 0.7 : 1));
  const ages = [Math.min(age, high)];
  for (const step of gaps) ages.push((age += step));
  return ages.reverse();
}

/** The age a mother of `count` children must at least have (the first at 19, two years apart). */
const minimumMotherAge = (count: number) => (count === 0 ? 18 : 19 + 2 * (count - 1));

function nameChildren(random: Random, namer: Namer, birthYearOf: (age: number) => number, ages: number[], lastName: string, fatherName: string, taken: Set<string>): Member[] {
  return ages.map((age) => {
    const sex: Sex = random.chance(0.51) ? 'male' : 'female';
    const firstName = namer.first(sex, birthYearOf(age), taken);
    taken.add(firstName);
    return { sex, age, relation: 'child', firstName, lastName, fatherName };
  });
}

/** The members of one household, head first, sized `size`. */
function composeHousehold(random: Random, namer: Namer, birthYearOf: (age: number) => number, size: number): Member[] {
  const person = (sex: Sex, age: number, relation: Relation, lastName = namer.last(), fatherName?: string): Member => ({
    sex,
    age,
    relation,
    firstName: namer.first(sex, birthYearOf(age)),
    lastName,
    // A father's name from the generation before.
    fatherName: fatherName ?? namer.first('male', birthYearOf(age + random.int(22, 38))),
  });

  if (size === 1) {
    if (random.chance(0.55)) {
      // A widow living alone, or now and then a divorced woman.
      return [person('female', random.chance(0.9) ? random.int(58, 88) : random.int(30, 57), 'head')];
    }
    return [person('male', draw(random, [[19, 34, 45], [35, 59, 20], [60, 88, 35]]), 'head')];
  }

  if (random.chance(femaleHeadShareBySize[Math.min(size, 8)]!)) {
    // A widow, a divorced woman, or one whose husband is away (prison, work in another city).
    const situation = random.weighted({ widow: 55, divorced: 35, away: 10 });
    const bands: readonly Band[] =
      situation === 'widow' ? [[28, 44, 25], [45, 59, 35], [60, 85, 40]] : [[22, 34, 38], [35, 49, 50], [50, 62, 12]];
    const drawnAge = draw(random, bands);
    // Her own mother lives with her now and then (while the mother is at most 95).
    const withMother = size >= 3 && drawnAge <= 70 && random.chance(0.08);
    const count = size - 1 - (withMother ? 1 : 0);
    const age = Math.max(drawnAge, minimumMotherAge(count));
    const head = person('female', age, 'head');
    // The children carry their father's family name and his name as their father's name.
    const husbandName = namer.first('male', birthYearOf(age + random.int(0, 8)));
    const children = nameChildren(random, namer, birthYearOf, childAges(random, age, count), namer.last(), husbandName, new Set([head.firstName]));
    const members = [head, ...children];
    if (withMother) members.push(person('female', Math.min(95, age + random.int(20, 32)), 'parent'));
    return members;
  }

  const withParent = size >= 3 && random.chance(size >= 4 ? 0.12 : 0.08);
  const widower = random.chance(0.03);
  const count = size - (widower ? 1 : 2) - (withParent ? 1 : 0);
  const wifeBands: readonly Band[] =
    count === 0 ? [[19, 29, 40], [30, 44, 8], [45, 59, 22], [60, 82, 30]] : [[19, 24, 4], [25, 34, 27], [35, 44, 30], [45, 54, 24], [55, 64, 11], [65, 78, 4]];
  const wifeAge = Math.max(draw(random, wifeBands), minimumMotherAge(count));
  const headAge = Math.min(92, wifeAge + random.int(1, 4) + random.int(0, 5));
  const headLastName = namer.last();
  // An elderly parent of the head: his mother three times in four (his father when the couple
  // lives with them: then the head's father's name is the parent's name).
  const parentSex: Sex = random.chance(0.75) ? 'female' : 'male';
  const parentAge = Math.min(95, headAge + random.int(20, 34));
  const parent = withParent && headAge + 20 <= 95 ? person(parentSex, parentAge, 'parent', parentSex === 'male' ? headLastName : undefined) : null;
  const head = person('male', headAge, 'head', headLastName, parent?.sex === 'male' ? parent.firstName : undefined);
  const members: Member[] = [head];
  if (!widower) members.push(person('female', wifeAge, 'spouse'));
  const taken = new Set([head.firstName, members[1]?.firstName ?? '']);
  const childCount = count + (withParent && !parent ? 1 : 0);
  const children = nameChildren(random, namer, birthYearOf, childAges(random, wifeAge, childCount), headLastName, head.firstName, taken);
  // (A widower's children are aged as his late wife's would have been.)
  // In an older family a grown son's child may live with the grandparents.
  const son = children.find((child) => child.sex === 'male' && child.age >= 22);
  if (son && headAge >= 55 && children.length >= 2 && random.chance(0.35)) {
    const youngest = children[children.length - 1]!;
    if (youngest !== son) {
      const age = random.int(0, Math.min(10, son.age - 20));
      Object.assign(youngest, { age, relation: 'grandchild', fatherName: son.firstName, firstName: namer.first(youngest.sex, birthYearOf(age), taken) });
    }
  }
  members.push(...children);
  if (parent) members.push(parent);
  return members;
}

// ---- People's circumstances ------------------------------------------------------------------

function schoolingFor(random: Random, age: number, foreign: boolean): Schooling {
  if (age < 6) return 'under_school_age';
  if (age <= 17) {
    // About 7 % of children 6–17 out of school, most of them teenagers (cf. 874,000 nationally).
    const base = age <= 11 ? 0.03 : age <= 14 ? 0.075 : 0.17;
    if (!random.chance(foreign ? base * 2.5 : base)) return 'in_school';
    return age <= 8 || random.chance(0.1) ? 'never_enrolled' : 'left_school';
  }
  const bands: Record<string, Partial<Record<Schooling, number>>> = {
    young: { in_school: 22, graduated: 48, left_school: 28, never_enrolled: 2 },
    adult: { graduated: 42, left_school: 50, never_enrolled: 8 },
    older: { graduated: 22, left_school: 50, never_enrolled: 28 },
    elderly: { graduated: 8, left_school: 40, never_enrolled: 52 },
  };
  return random.weighted(bands[age <= 24 ? 'young' : age <= 49 ? 'adult' : age <= 64 ? 'older' : 'elderly']!);
}

function employmentFor(random: Random, member: Member, schooling: Schooling, disabled: boolean): Employment {
  const { age, sex, relation } = member;
  if (age < 15) return 'child';
  if (schooling === 'in_school') return 'student';
  if (disabled && random.chance(0.7)) return 'unable';
  if (age <= 17) return sex === 'male' ? random.weighted({ employed: 45, unemployed: 55 }) : random.weighted({ homemaker: 60, unemployed: 40 });
  if (age >= 65) return sex === 'male' ? random.weighted({ retired: 30, employed: 25, unable: 30, unemployed: 15 }) : random.weighted({ homemaker: 70, unable: 25, retired: 5 });
  if (sex === 'male') {
    return relation === 'head' ? random.weighted({ employed: 78, unemployed: 15, unable: 7 }) : random.weighted({ employed: 50, unemployed: 44, unable: 6 });
  }
  if (relation === 'head') return random.weighted({ employed: 35, unemployed: 25, homemaker: 32, unable: 8 });
  if (relation === 'spouse') return random.weighted({ homemaker: 82, employed: 12, unemployed: 4, unable: 2 });
  return random.weighted({ homemaker: 45, unemployed: 35, employed: 18, unable: 2 });
}

function addressFor(random: Random, tenure: Tenure): string {
  const alley = random.chance(0.3) ? toPersianDigits(random.int(1, 40)) : random.pick(alleyNames);
  const parts = [`خیابان ${random.pick(streetNames)}`, `کوچه ${alley}`, `پلاک ${toPersianDigits(random.int(1, 120))}`];
  if (tenure === 'tenant' && random.chance(0.3)) parts.push(`واحد ${toPersianDigits(random.int(1, 4))}`);
  return parts.join('، ');
}

/** An ISO date `years` before `isoDate` (29 February falls back to the 28th). */
function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years from `birthDate` to `onDate`. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// ---- The generator ---------------------------------------------------------------------------

interface Counters {
  nationalId: number;
  phone: number;
  cases: Map<string, number>;
}

class PopulationBuilder {
  readonly households: SyntheticHousehold[] = [];
  readonly persons: SyntheticPerson[] = [];
  private readonly counters: Counters;

  constructor(
    private readonly today: string,
    firstIdSequence: number,
  ) {
    this.counters = { nationalId: firstIdSequence, phone: firstIdSequence, cases: new Map() };
  }

  nextNationalId(): string {
    return syntheticNationalId(scatter(this.counters.nationalId++, 524_287));
  }

  nextPhone(): string {
    return syntheticPhone(this.counters.phone++);
  }

  caseNumber(agencyCode: string, provinceCode: string): string {
    const serial = (this.counters.cases.get(agencyCode) ?? 0) + 1;
    this.counters.cases.set(agencyCode, serial);
    return `${caseNumberPrefixes[agencyCode] ?? 'CS'}-${provinceCode}-${String(serial).padStart(6, '0')}`;
  }

  /** A day from `minDaysAgo` to `maxDaysAgo` before today, never before `notBefore`. */
  dayAgo(random: Random, minDaysAgo: number, maxDaysAgo: number, notBefore: string): string {
    const day = addDays(this.today, -random.int(minDaysAgo, maxDaysAgo));
    return day < notBefore ? notBefore : day;
  }

  addNeighborhood(neighborhood: PopulationNeighborhood, target: number, random: Random): void {
    const sizeWeights = sizeWeightsFor(neighborhood);
    const todayYear = Number(this.today.slice(0, 4));
    const birthYearOf = (age: number) => todayYear - age;
    let people = 0;
    while (people < target) {
      const foreign = random.chance(foreignHouseholdShare);
      const namer = foreign ? afghanNamer(random, random.pick(afghanNames.last)) : iranianNamer(random);
      const members = composeHousehold(random, namer, birthYearOf, random.choose(sizeWeights));
      this.addHousehold(neighborhood, members, foreign, random);
      people += members.length;
    }
  }

  private addHousehold(neighborhood: PopulationNeighborhood, members: Member[], foreign: boolean, random: Random): void {
    const head = members[0]!;
    const femaleHeaded = head.sex === 'female';
    const informalArea = neighborhood.fabric === 'informal_settlement';
    const tenure: Tenure = foreign
      ? random.weighted({ tenant: 80, informal: 20 })
      : random.weighted(informalArea ? { owner: 30, tenant: 30, informal: 40 } : { owner: 45, tenant: 42, informal: 13 });
    const decile: number | null = foreign
      ? random.choose<number | null>([[null, 60], [1, 20], [2, 15], [3, 5]])
      : random.choose<number | null>(
          femaleHeaded
            ? [[1, 45], [2, 30], [3, 15], [4, 6], [null, 4]]
            : [[1, 28], [2, 27], [3, 20], [4, 13], [5, 5], [6, 2], [null, 5]],
        );
    // Insurance mostly goes with the household: dependants are covered by the head's.
    const householdUninsured = random.chance(foreign ? 0.65 : decile === 1 ? 0.31 : 0.21);
    const householdKey = this.households.length;
    const firstKey = this.persons.length;
    this.households.push({
      key: householdKey,
      provinceCode: neighborhood.provinceCode,
      neighborhoodId: neighborhood.id,
      address: addressFor(random, tenure),
      tenure,
      welfareDecile: decile,
      headKey: firstKey,
    });

    for (const member of members) {
      const birthDate = addDays(yearsBefore(this.today, member.age), -random.int(0, 364));
      let missingIdReason: MissingIdReason | null = null;
      if (foreign) missingIdReason = 'foreign_national';
      else if (member.age === 0 && random.chance(0.08)) missingIdReason = 'not_yet_issued';
      else if (member.age >= 18 && random.chance(0.003)) missingIdReason = 'undocumented';
      const schooling = schoolingFor(random, member.age, foreign);
      const disabled = random.chance(member.age < 15 ? 0.015 : member.age < 65 ? 0.025 : 0.08);
      let insurance: Insurance = householdUninsured ? 'uninsured' : 'insured';
      if (random.chance(0.03)) insurance = 'unknown';
      else if (random.chance(0.1)) insurance = random.chance(0.6) ? 'insured' : 'uninsured';
      const phoneChance = member.relation === 'head' ? (foreign ? 0.7 : 0.92) : member.age >= 18 ? 0.55 : member.age >= 15 ? 0.2 : 0;
      this.persons.push({
        key: this.persons.length,
        householdKey,
        provinceCode: neighborhood.provinceCode,
        neighborhoodId: neighborhood.id,
        nationalId: missingIdReason ? null : this.nextNationalId(),
        missingIdReason,
        firstName: member.firstName,
        lastName: member.lastName,
        fatherName: member.fatherName,
        sex: member.sex,
        birthDate,
        relation: member.relation,
        phone: random.chance(phoneChance) ? this.nextPhone() : '',
        schooling,
        insurance,
        employment: employmentFor(random, member, schooling, disabled),
        disability: disabled ? random.choose(disabilityKinds) : '',
        notes: missingIdReason ? missingIdNotes[missingIdReason] : '',
        agencies: [],
      });
    }
    this.linkAgencies(neighborhood, this.persons.slice(firstKey), { femaleHeaded, foreign, decile, elderlyAlone: members.length === 1 && head.age >= 60 }, random);
  }

  /**
   * Who serves the household: its neighbourhood's steward has everyone on its books; the relief
   * committee and the welfare organisation take female-headed and the poorest households and
   * disabled people; Setad some of the poorest; the Red Crescent individuals it screened.
   */
  private linkAgencies(neighborhood: PopulationNeighborhood, members: SyntheticPerson[], household: { femaleHeaded: boolean; foreign: boolean; decile: number | null; elderlyAlone: boolean }, random: Random): void {
    const province = neighborhood.provinceCode;
    const linkAll = (agencyCode: string, minDaysAgo: number, maxDaysAgo: number) => {
      if (members.some((member) => member.agencies.some((link) => link.agencyCode === agencyCode))) return;
      const caseNumber = this.caseNumber(agencyCode, province);
      const startedOn = addDays(this.today, -random.int(minDaysAgo, maxDaysAgo));
      for (const member of members) member.agencies.push({ agencyCode, caseNumber, startedOn: startedOn < member.birthDate ? member.birthDate : startedOn, endedOn: null });
    };
    linkAll(neighborhood.stewardAgencyCode ?? 'relief-committee', 7, 1_400);
    const { femaleHeaded, foreign, decile, elderlyAlone } = household;
    if (!foreign && ((femaleHeaded && random.chance(0.55)) || (decile === 1 && random.chance(0.3)) || (elderlyAlone && random.chance(0.5)))) linkAll('relief-committee', 60, 4_000);
    if (femaleHeaded && random.chance(0.3)) linkAll('welfare', 30, 3_000);
    if (!foreign && decile !== null && decile <= 2 && random.chance(0.08)) linkAll('setad', 30, 1_200);
    for (const member of members) {
      const linked = (code: string) => member.agencies.some((link) => link.agencyCode === code);
      if (member.disability && !linked('welfare') && random.chance(0.7)) {
        member.agencies.push({ agencyCode: 'welfare', caseNumber: this.caseNumber('welfare', province), startedOn: this.dayAgo(random, 30, 3_000, member.birthDate), endedOn: null });
      }
      if (!linked('red-crescent') && random.chance(0.04)) {
        const startedOn = this.dayAgo(random, 5, 700, member.birthDate);
        const ends = addDays(startedOn, random.int(1, 90));
        member.agencies.push({ agencyCode: 'red-crescent', caseNumber: this.caseNumber('red-crescent', province), startedOn, endedOn: random.chance(0.4) && ends <= this.today ? ends : null });
      }
    }
  }
}

// ---- Planted duplicates ----------------------------------------------------------------------

/** A compound given name written as two words: محمدعلی → محمد علی, علی‌اکبر → علی اکبر; null when it is not compound. */
function spacedCompound(name: string): string | null {
  if (name.includes(ZWNJ)) return name.replaceAll(ZWNJ, ' ');
  for (const head of compoundNameHeads) {
    if (name.startsWith(head) && compoundNameTails.has(name.slice(head.length))) return `${head} ${name.slice(head.length)}`;
  }
  return null;
}

function surnameVariant(name: string): string | null {
  return surnameVariants[name] ?? (name.includes(ZWNJ) ? name.replaceAll(ZWNJ, ' ') : null);
}

const toArabicLetters = (text: string) => text.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

/**
 * Another valid ID one digit away from `nationalId`: the checksum catches every single wrong digit
 * except where remainders 1 and 10 share the check digit 1, and this finds that blind spot (null
 * for most IDs, which have none).
 */
function mistyped(random: Random, nationalId: string, taken: ReadonlySet<string>): string | null {
  for (const position of random.shuffle([3, 4, 5, 6, 7, 8])) {
    for (const digit of random.shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])) {
      if (digit === nationalId[position]) continue;
      const nine = `${nationalId.slice(0, position)}${digit}${nationalId.slice(position + 1, 9)}`;
      // Only the slips that leave the check digit right: the checksum catches the rest.
      const candidate = `${nine}${checkDigit(nine)}`;
      if (candidate[9] === nationalId[9] && !taken.has(candidate) && !/^(\d)\1{9}$/.test(candidate)) return candidate;
    }
  }
  return null;
}

interface DuplicatePlan {
  eligible: (person: SyntheticPerson, age: number) => boolean;
  /** Candidates to try first, when there are any. */
  prefer?: (person: SyntheticPerson) => boolean;
  /** The changes to the copy, and what they are in words; null when this original will not do. */
  change: (copy: SyntheticPerson, random: Random) => string[] | null;
}

function plantDuplicates(builder: PopulationBuilder, neighborhoods: readonly PopulationNeighborhood[], today: string, random: Random): PlantedDuplicate[] {
  const { persons } = builder;
  const takenIds = new Set(persons.flatMap((person) => (person.nationalId ? [person.nationalId] : [])));
  const withoutId = (copy: SyntheticPerson, reason: MissingIdReason = 'undocumented') => {
    copy.nationalId = null;
    copy.missingIdReason = reason;
    return 'no national ID';
  };
  const newPhone = (copy: SyntheticPerson) => {
    copy.phone = builder.nextPhone();
    return 'another phone';
  };
  const adultWithId = (person: SyntheticPerson, age: number) => person.nationalId !== null && age >= 18;
  const plans: Record<DuplicateKind, DuplicatePlan> = {
    arabic_letters: {
      eligible: (person, age) => adultWithId(person, age) && /[یک]/.test(person.firstName + person.lastName),
      change: (copy) => {
        copy.firstName = toArabicLetters(copy.firstName);
        copy.lastName = toArabicLetters(copy.lastName);
        return ['typed with Arabic ي/ك (the same once normalised)', withoutId(copy), newPhone(copy)];
      },
    },
    teh_marbuta: {
      eligible: (person, age) => adultWithId(person, age) && tehMarbutaNames.has(person.firstName),
      change: (copy) => {
        copy.firstName = `${copy.firstName.slice(0, -1)}ة`;
        return ['first name ends in ة, not ه', withoutId(copy)];
      },
    },
    compound_name_space: {
      eligible: (person, age) => adultWithId(person, age) && spacedCompound(person.firstName) !== null,
      change: (copy) => {
        copy.firstName = spacedCompound(copy.firstName)!;
        return ['compound first name written as two words', withoutId(copy), newPhone(copy)];
      },
    },
    surname_spelling: {
      eligible: (person, age) => adultWithId(person, age) && surnameVariant(person.lastName) !== null,
      change: (copy) => {
        copy.lastName = surnameVariant(copy.lastName)!;
        return ['family name spelled differently', withoutId(copy)];
      },
    },
    birth_year_only: {
      eligible: (person, age) => adultWithId(person, age) && toJalali(person.birthDate).month !== 1,
      change: (copy) => {
        copy.birthDate = fromJalali(toJalali(copy.birthDate).year, 1, 1);
        return ['only the birth year known: born 1 Farvardin', withoutId(copy), newPhone(copy)];
      },
    },
    no_father_name: {
      eligible: (person, age) => adultWithId(person, age) && person.fatherName !== '',
      change: (copy) => {
        copy.fatherName = '';
        return ["no father's name", withoutId(copy), newPhone(copy)];
      },
    },
    child_without_id: {
      eligible: (person, age) => person.nationalId !== null && age <= 4,
      change: (copy) => {
        copy.phone = '';
        return ['registered before the ID was issued', withoutId(copy, 'not_yet_issued')];
      },
    },
    mistyped_national_id: {
      eligible: adultWithId,
      change: (copy, draw) => {
        const other = mistyped(draw, copy.nationalId!, takenIds);
        if (!other) return null;
        takenIds.add(other);
        copy.nationalId = other;
        return ['a national ID with one digit wrong that still passes the checksum', newPhone(copy)];
      },
    },
    foreign_national_twice: {
      eligible: (person, age) => person.missingIdReason === 'foreign_national' && age >= 18,
      prefer: (person) => spacedCompound(person.firstName) !== null,
      change: (copy, draw) => {
        const spaced = spacedCompound(copy.firstName);
        if (spaced) copy.firstName = spaced;
        const phone = copy.phone !== '' && draw.chance(0.5) ? 'the same phone' : newPhone(copy);
        return [spaced ? 'compound first name written as two words' : 'the same name', phone];
      },
    },
    other_neighborhood: {
      eligible: (person, age) => adultWithId(person, age) && neighborhoods.some((n) => n.id !== person.neighborhoodId && n.provinceCode === person.provinceCode),
      change: (copy, draw) => {
        copy.neighborhoodId = draw.pick(neighborhoods.filter((n) => n.id !== copy.neighborhoodId && n.provinceCode === copy.provinceCode)).id;
        return ['registered in another neighbourhood', withoutId(copy), newPhone(copy)];
      },
    },
  };

  const planted: PlantedDuplicate[] = [];
  const usedHouseholds = new Set<number | null>();
  const ages = persons.map((person) => ageOn(person.birthDate, today));
  for (const kind of duplicateKinds) {
    const plan = plans[kind];
    const freeAgencies = (person: SyntheticPerson) => founding.filter((code) => !person.agencies.some((link) => link.agencyCode === code));
    const eligible = random.shuffle(persons.filter((person) => !usedHouseholds.has(person.householdKey) && freeAgencies(person).length > 0 && plan.eligible(person, ages[person.key]!)));
    const { prefer } = plan;
    const candidates = prefer ? [...eligible.filter(prefer), ...eligible.filter((person) => !prefer(person))] : eligible;
    for (const original of candidates) {
      const copy: SyntheticPerson = { ...original, key: persons.length, householdKey: null, relation: null, notes: '', agencies: [] };
      const differences = plan.change(copy, random);
      if (!differences) continue;
      if (copy.missingIdReason === 'foreign_national') copy.notes = missingIdNotes.foreign_national;
      // Another agency registered them on its own, not knowing the first record.
      const agencyCode = random.pick(freeAgencies(original));
      copy.agencies = [{ agencyCode, caseNumber: builder.caseNumber(agencyCode, copy.provinceCode), startedOn: builder.dayAgo(random, 3, 500, copy.birthDate), endedOn: null }];
      if (random.chance(0.5)) copy.insurance = 'unknown';
      differences.push(`registered by ${agencyCode}, outside any household`);
      persons.push(copy);
      usedHouseholds.add(original.householdKey);
      planted.push({ kind, originalKey: original.key, duplicateKey: copy.key, differences });
      break;
    }
  }
  return planted;
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
