import type { FieldError } from '../../../lib/errors/index.ts';
import type { Household, UpdateHouseholdBody } from '../../../modules/residents/residents.schemas.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import { todayInTehran } from '../resolutions/follow-up-form-values.ts';

/** The welfare deciles (دهک), 1 the poorest. */
export const deciles = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

/** A household's own fields as the form holds them ('' for unknown). */
export interface HouseholdFormValues {
  address: string;
  tenure: string;
  welfareDecile: string;
}

export interface CreateHouseholdValues extends HouseholdFormValues {
  /** The neighbourhood's id as text. */
  neighborhoodId: string;
}

export interface EditHouseholdValues extends HouseholdFormValues {
  /** A member's id, or '' for no head. */
  headPersonId: string;
}

export interface MoveHouseholdValues {
  neighborhoodId: string;
  movedOn: string | null;
  /** The new address; left empty, the address is not changed. */
  address: string;
}

function householdFields(values: HouseholdFormValues) {
  return { address: values.address, tenure: values.tenure || null, welfareDecile: values.welfareDecile ? Number(values.welfareDecile) : null };
}

function neighborhoodOf(text: string, errors: FieldError[]): number | undefined {
  const id = Number(text);
  if (Number.isInteger(id) && id > 0) return id;
  errors.push({ path: 'neighborhoodId', code: 'field.required' });
  return undefined;
}

export function emptyHouseholdValues(neighborhoodId: string): CreateHouseholdValues {
  return { neighborhoodId, address: '', tenure: '', welfareDecile: '' };
}

/** The body of POST /households, as createHouseholdBodySchema reads it. */
export function createHouseholdInput(values: CreateHouseholdValues): FormInput {
  const errors: FieldError[] = [];
  return { input: { neighborhoodId: neighborhoodOf(values.neighborhoodId, errors), ...householdFields(values) }, errors };
}

export function valuesFromHousehold(household: Household): EditHouseholdValues {
  return {
    address: household.address,
    tenure: household.tenure ?? '',
    welfareDecile: household.welfareDecile === null ? '' : String(household.welfareDecile),
    headPersonId: household.headPersonId ?? '',
  };
}

/** The body of PATCH /households/:id, as updateHouseholdBodySchema reads it. */
export const updateHouseholdInput =
  (version: number) =>
  (values: EditHouseholdValues): FormInput => ({ input: { version, ...householdFields(values), headPersonId: values.headPersonId || null }, errors: [] });

const updatableKeys = ['address', 'tenure', 'welfareDecile', 'headPersonId'] as const satisfies ReadonlyArray<keyof UpdateHouseholdBody & keyof Household>;

/** Only what changed, with the version loaded (a concurrent edit answers 409). */
export function householdChanges(original: Household, body: UpdateHouseholdBody): UpdateHouseholdBody {
  const changes: UpdateHouseholdBody = { version: original.version };
  for (const key of updatableKeys) {
    if (body[key] !== undefined && body[key] !== original[key]) Object.assign(changes, { [key]: body[key] });
  }
  return changes;
}

export function emptyMoveValues(): MoveHouseholdValues {
  return { neighborhoodId: '', movedOn: todayInTehran(), address: '' };
}

/** The body of POST /households/:id/move, as moveHouseholdBodySchema reads it. */
export const moveHouseholdInput =
  (household: Pick<Household, 'version' | 'neighborhoodId'>) =>
  (values: MoveHouseholdValues): FormInput => {
    const errors: FieldError[] = [];
    const neighborhoodId = neighborhoodOf(values.neighborhoodId, errors);
    // A move to where the household already lives is no move; nor is one in the future.
    if (neighborhoodId === household.neighborhoodId) errors.push({ path: 'neighborhoodId', code: 'residents.same_neighborhood' });
    if (values.movedOn && values.movedOn > todayInTehran()) errors.push({ path: 'movedOn', code: 'residents.move_in_future' });
    return {
      input: { version: household.version, neighborhoodId, movedOn: values.movedOn ?? undefined, address: values.address.trim() ? values.address : undefined },
      errors,
    };
  };
