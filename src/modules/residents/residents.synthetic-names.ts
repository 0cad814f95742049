import type { Random } from '../../lib/random.ts';
import { afghanNames, femaleFirstNames, lastNames, maleFirstNames, type NameEra } from './residents.demo-data.ts';
import type { Sex } from './residents.schemas.ts';

// Names for the synthetic population: given names of the bearer's generation, common names more
// often, and Afghan names for households of foreign nationals.

/** The zero-width non-joiner inside compound names (علی‌اکبر) and family names (حسین‌زاده). */
export const ZWNJ = '\u200c';

function eraOf(birthYear: number): NameEra {
  return birthYear < 1970 ? 'old' : birthYear < 1995 ? 'middle' : 'young';
}

/** Common names more often: the lists run most common first. */
const skewedPick = <T>(random: Random, items: readonly T[], skew = 1.3): T => items[Math.floor(items.length * random.next() ** skew)]!;

export interface Namer {
  first(sex: Sex, birthYear: number, avoid?: ReadonlySet<string>): string;
  last(): string;
}

export function iranianNamer(random: Random): Namer {
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

export function afghanNamer(random: Random, family: string): Namer {
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
