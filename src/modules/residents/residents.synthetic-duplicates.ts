import { fromJalali, toJalali } from '../../lib/persian/index.ts';
import type { Random } from '../../lib/random.ts';
import { compoundNameHeads, compoundNameTails, missingIdNotes, surnameVariants, tehMarbutaNames } from './residents.demo-data.ts';
import type { PopulationNeighborhood, SyntheticPerson } from './residents.synthetic.ts';
import type { PopulationBuilder } from './residents.synthetic-builder.ts';
import { checkDigit } from './residents.synthetic-ids.ts';
import { ZWNJ } from './residents.synthetic-names.ts';
import { ageOn, type MissingIdReason } from './residents.synthetic-people.ts';

// The people planted twice for the duplicate-merge screen: a copy of a real record, registered by
// another agency outside any household, differing the way real duplicates do.

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

/** The agencies a planted copy may be registered by: one that does not already serve the original. */
const founding = ['relief-committee', 'welfare', 'setad', 'red-crescent'] as const;

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

export function plantDuplicates(builder: PopulationBuilder, neighborhoods: readonly PopulationNeighborhood[], today: string, random: Random): PlantedDuplicate[] {
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
