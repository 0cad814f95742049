import type { Random } from '../../lib/random.ts';
import type { PopulationNeighborhood } from './residents.synthetic.ts';
import type { Relation, Sex } from './residents.schemas.ts';
import type { Namer } from './residents.synthetic-names.ts';

// The composition of a synthetic household: how large it is, who heads it (a couple, a widow, a
// divorced woman, someone alone), and its members' ages, sexes and names, fitting each other.

// ---- Sizes and heads -------------------------------------------------------------------------

// Household sizes in deprived urban neighbourhoods: mostly three or four, a long tail to eight
// (the 2016 census: urban mean 3.2; poorer areas larger). Mean of these weights: 3.46.
const householdSizeWeights: readonly (readonly [number, number])[] = [
  [1, 9], [2, 19], [3, 25], [4, 25], [5, 13], [6, 5.5], [7, 2.2], [8, 1.3],
];
/** Households of foreign nationals (almost all Afghan). */
export const foreignHouseholdShare = 0.004;
/** Share of female heads by household size (widows and the divorced; lone elderly women count at size 1 below). */
const femaleHeadShareBySize = [0, 0, 0.17, 0.15, 0.08, 0.05, 0.04, 0.04, 0.04];

type Band = readonly [min: number, max: number, weight: number];
const draw = (random: Random, bands: readonly Band[]): number => {
  const [min, max] = random.choose(bands.map((band) => [band, band[2]] as const));
  return random.int(min, max);
};

/** Size weights tilted (exponentially) so that their mean is the neighbourhood's own, within 3.1–3.9. */
export function sizeWeightsFor(neighborhood: PopulationNeighborhood): (readonly [number, number])[] {
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

// ---- Members ---------------------------------------------------------------------------------

/** A household member before they become a person row. */
export interface Member {
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
export function composeHousehold(random: Random, namer: Namer, birthYearOf: (age: number) => number, size: number): Member[] {
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
