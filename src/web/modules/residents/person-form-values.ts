import type { FieldError } from '../../../lib/errors/index.ts';
import { normalizeNationalId } from '../../../lib/persian/index.ts';
import type { Person, UpdatePersonBody } from '../../../modules/residents/residents.schemas.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import { todayInTehran } from '../resolutions/follow-up-form-values.ts';

/** A person's fields as the form holds them: every choice a string ('' for none). */
export interface PersonFormValues {
  /** Ticked for people without a national ID (undocumented, foreign nationals, not yet issued). */
  noNationalId: boolean;
  /** As typed: Persian, Arabic-Indic or Latin digits, with or without separators. */
  nationalId: string;
  missingIdReason: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  sex: string;
  /** ISO date from the Jalali picker. */
  birthDate: string | null;
  relation: string;
  phone: string;
  schooling: string;
  insurance: string;
  employment: string;
  disability: string;
  notes: string;
}

/** Registration adds where the person lives, the agency's case number, and (for admins) the agency. */
export interface RegisterFormValues extends PersonFormValues {
  /** The neighbourhood's id as text, when the person joins no household. */
  neighborhoodId: string;
  caseNumber: string;
  agencyCode: string;
}

const emptyPerson: PersonFormValues = {
  noNationalId: false,
  nationalId: '',
  missingIdReason: '',
  firstName: '',
  lastName: '',
  fatherName: '',
  sex: '',
  birthDate: null,
  relation: '',
  phone: '',
  schooling: '',
  insurance: 'unknown',
  employment: '',
  disability: '',
  notes: '',
};

export function emptyRegisterValues(neighborhoodId: string): RegisterFormValues {
  return { ...emptyPerson, neighborhoodId, caseNumber: '', agencyCode: '' };
}

/** Shared fields of the register and edit bodies, with the checks the schema cannot make. */
function personFieldsInput(values: PersonFormValues, errors: FieldError[]) {
  if (!values.sex) errors.push({ path: 'sex', code: 'field.required' });
  // The server refuses a birth date after today (in Iran); say so before the round trip.
  if (values.birthDate && values.birthDate > todayInTehran()) errors.push({ path: 'birthDate', code: 'residents.birth_in_future' });
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    fatherName: values.fatherName,
    sex: values.sex || undefined,
    birthDate: values.birthDate,
    relation: values.relation || null,
    phone: values.phone,
    schooling: values.schooling || null,
    insurance: values.insurance || 'unknown',
    employment: values.employment || null,
    disability: values.disability,
    notes: values.notes,
  };
}

/**
 * The national ID as typed, checked as the server checks it (ten digits with a valid check digit;
 * leading zeros a spreadsheet dropped are restored) and sent as ten Latin digits.
 */
function checkedNationalId(typed: string, errors: FieldError[]): string {
  const normalized = normalizeNationalId(typed);
  if (normalized === null) errors.push({ path: 'nationalId', code: 'residents.invalid_national_id', params: { value: typed.trim() } });
  return normalized ?? typed.trim();
}

/** Either a national ID, or none with the reason why. */
function identityInput(values: PersonFormValues, errors: FieldError[]): { nationalId: string | null; missingIdReason: string | null } {
  if (values.noNationalId) {
    if (!values.missingIdReason) errors.push({ path: 'missingIdReason', code: 'residents.missing_id_reason' });
    return { nationalId: null, missingIdReason: values.missingIdReason || null };
  }
  if (values.nationalId.trim() === '') {
    errors.push({ path: 'nationalId', code: 'field.required' });
    return { nationalId: null, missingIdReason: null };
  }
  return { nationalId: checkedNationalId(values.nationalId, errors), missingIdReason: null };
}

interface RegisterContext {
  /** The household the person joins (from the address), or null. */
  householdId: string | null;
  /** Users without an agency of their own (admins) must name the agency that registers the person. */
  needsAgency: boolean;
}

/** The body of POST /persons, as registerPersonBodySchema reads it. */
export const registerInput =
  ({ householdId, needsAgency }: RegisterContext) =>
  (values: RegisterFormValues): FormInput => {
    const errors: FieldError[] = [];
    const neighborhoodId = householdId ? null : Number(values.neighborhoodId) || null;
    if (!householdId && neighborhoodId === null) errors.push({ path: 'neighborhoodId', code: 'residents.place_required' });
    if (needsAgency && !values.agencyCode) errors.push({ path: 'agencyCode', code: 'field.required' });
    const input = {
      ...identityInput(values, errors),
      ...personFieldsInput(values, errors),
      householdId,
      neighborhoodId,
      caseNumber: values.caseNumber,
      agencyCode: needsAgency ? values.agencyCode || undefined : undefined,
    };
    return { input, errors };
  };

/** A masked ID (`******1234`) is shown, never sent back. */
function isWhole(nationalId: string | null): nationalId is string {
  return nationalId !== null && !nationalId.includes('*');
}

export function valuesFromPerson(person: Person, digits: (text: string) => string): PersonFormValues {
  return {
    noNationalId: person.nationalId === null,
    nationalId: isWhole(person.nationalId) ? digits(person.nationalId) : '',
    missingIdReason: person.missingIdReason ?? '',
    firstName: person.firstName,
    lastName: person.lastName,
    fatherName: person.fatherName,
    sex: person.sex,
    birthDate: person.birthDate,
    relation: person.relation ?? '',
    phone: person.phone,
    schooling: person.schooling ?? '',
    insurance: person.insurance,
    employment: person.employment ?? '',
    disability: person.disability,
    notes: person.notes,
  };
}

/**
 * The body of PATCH /persons/:id, as updatePersonBodySchema reads it. A national ID the reader
 * sees masked is left alone unless a new one is typed.
 */
export const updateInput =
  (original: Person) =>
  (values: PersonFormValues): FormInput => {
    const errors: FieldError[] = [];
    const fields = personFieldsInput(values, errors);
    let identity: { nationalId?: string | null; missingIdReason?: string | null } = {};
    if (values.noNationalId || values.nationalId.trim() !== '' || original.nationalId === null) identity = identityInput(values, errors);
    return { input: { version: original.version, ...fields, ...identity }, errors };
  };

const updatableKeys = [
  'nationalId',
  'missingIdReason',
  'firstName',
  'lastName',
  'fatherName',
  'sex',
  'birthDate',
  'relation',
  'phone',
  'schooling',
  'insurance',
  'employment',
  'disability',
  'notes',
] as const satisfies ReadonlyArray<keyof UpdatePersonBody & keyof Person>;

/** Only what changed, with the version the user loaded (so a concurrent edit answers 409). */
export function personChanges(original: Person, body: UpdatePersonBody): UpdatePersonBody {
  const changes: UpdatePersonBody = { version: original.version };
  for (const key of updatableKeys) {
    if (body[key] !== undefined && body[key] !== original[key]) Object.assign(changes, { [key]: body[key] });
  }
  return changes;
}
