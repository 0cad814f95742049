/**
 * A person's column values from fields already normalised, and the normalised name search and
 * matching compare. Pure (no database): the import's worker thread loads it without the service.
 */
import { normalizePersianText } from '../../lib/persian/index.ts';
import type * as repo from './residents.repository.ts';

/** "first last father", normalised: what search and matching compare. */
export function nameSearchOf(firstName: string, lastName: string, fatherName: string): string {
  return normalizePersianText(`${firstName} ${lastName} ${fatherName}`).toLowerCase();
}

/** A person's fields as the generator and the import's parser give them, already normalised. */
export type PersonFields = {
  [K in keyof repo.PersonValues as K extends 'name_search' ? never : CamelCase<K>]: repo.PersonValues[K];
};
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The person columns of fields already normalised (a synthetic person, a parsed import row), with the name search derived from the names. */
export function personValuesOf(person: PersonFields): repo.PersonValues {
  return {
    national_id: person.nationalId,
    missing_id_reason: person.missingIdReason,
    first_name: person.firstName,
    last_name: person.lastName,
    father_name: person.fatherName,
    name_search: nameSearchOf(person.firstName, person.lastName, person.fatherName),
    sex: person.sex,
    birth_date: person.birthDate,
    relation: person.relation,
    phone: person.phone,
    schooling: person.schooling,
    insurance: person.insurance,
    employment: person.employment,
    disability: person.disability,
    notes: person.notes,
  };
}
