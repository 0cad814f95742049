import { toPersianDigits } from '../../lib/persian/index.ts';
import type { Random } from '../../lib/random.ts';
import { alleyNames, streetNames } from './residents.demo-data.ts';
import type { employmentStatuses, insuranceStatuses, missingIdReasons, schoolingStatuses, Tenure } from './residents.schemas.ts';
import type { Member } from './residents.synthetic-households.ts';

// A synthetic person's circumstances: schooling and work that fit their age, sex and place in the
// household, an address, and the dates their ages are counted from.

export type Schooling = (typeof schoolingStatuses)[number];
export type Insurance = (typeof insuranceStatuses)[number];
export type Employment = (typeof employmentStatuses)[number];
export type MissingIdReason = (typeof missingIdReasons)[number];

export function schoolingFor(random: Random, age: number, foreign: boolean): Schooling {
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

export function employmentFor(random: Random, member: Member, schooling: Schooling, disabled: boolean): Employment {
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

export function addressFor(random: Random, tenure: Tenure): string {
  const alley = random.chance(0.3) ? toPersianDigits(random.int(1, 40)) : random.pick(alleyNames);
  const parts = [`خیابان ${random.pick(streetNames)}`, `کوچه ${alley}`, `پلاک ${toPersianDigits(random.int(1, 120))}`];
  if (tenure === 'tenant' && random.chance(0.3)) parts.push(`واحد ${toPersianDigits(random.int(1, 4))}`);
  return parts.join('، ');
}

/** An ISO date `years` before `isoDate` (29 February falls back to the 28th). */
export function yearsBefore(isoDate: string, years: number): string {
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
