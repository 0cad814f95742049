import type { FieldError } from '../../../lib/errors/index.ts';
import { addDays, addJalaliMonths } from '../../../lib/dates.ts';
import type { DeadlineUnit } from '../../../modules/meetings/resolutions.schemas.ts';
import { numberForBody, parseNumberInput } from '../../forms/parse.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import { amendmentInput } from './meeting-form-values.ts';

export interface PickedNeighborhood {
  id: number;
  code: string;
  nameFa: string;
}

export interface ResolutionFormValues {
  text: string;
  leadAgencyCode: string;
  coAgencyCodes: string[];
  /** A deadline is a date, or a time from the meeting ("one month"). */
  deadlineKind: 'date' | 'duration';
  deadlineDate: string | null;
  deadlineAmount: string;
  deadlineUnit: DeadlineUnit;
  neighborhoods: PickedNeighborhood[];
  packageCodes: string[];
  amendmentReason: string;
}

export const emptyResolutionValues: ResolutionFormValues = {
  text: '',
  leadAgencyCode: '',
  coAgencyCodes: [],
  deadlineKind: 'duration',
  deadlineDate: null,
  deadlineAmount: '1',
  deadlineUnit: 'month',
  neighborhoods: [],
  packageCodes: [],
  amendmentReason: '',
};

/** The create body, with the server's cross-field rules (the lead is not also a co-agency) checked first. */
export const resolutionInput =
  (locked: boolean) =>
  (values: ResolutionFormValues): FormInput => {
    const errors: FieldError[] = [];
    if (!values.leadAgencyCode) errors.push({ path: 'leadAgencyCode', code: 'field.required' });
    if (values.leadAgencyCode && values.coAgencyCodes.includes(values.leadAgencyCode)) errors.push({ path: 'coAgencyCodes', code: 'resolutions.lead_also_co' });
    let deadline: unknown;
    if (values.deadlineKind === 'date') {
      if (!values.deadlineDate) errors.push({ path: 'deadlineDate', code: 'field.required' });
      deadline = { kind: 'date', date: values.deadlineDate ?? undefined };
    } else {
      // Empty is undefined, which the schema reports as required.
      const amount = numberForBody(values.deadlineAmount, 'deadlineAmount', undefined, errors);
      deadline = { kind: 'duration', amount: amount ?? undefined, unit: values.deadlineUnit };
    }
    return {
      input: {
        text: values.text,
        leadAgencyCode: values.leadAgencyCode || undefined,
        coAgencyCodes: values.coAgencyCodes,
        deadline,
        neighborhoodIds: values.neighborhoods.map((n) => n.id),
        packageCodes: values.packageCodes,
        amendmentReason: amendmentInput(locked, values.amendmentReason, errors),
      },
      errors,
    };
  };

/** Where an error path of the create body shows in this form. */
export function resolutionFieldOfPath(path: string): keyof ResolutionFormValues & string {
  if (path === 'deadline.date') return 'deadlineDate';
  if (path === 'deadline.amount') return 'deadlineAmount';
  if (path === 'deadline.unit') return 'deadlineUnit';
  if (path.startsWith('deadline')) return 'deadlineKind';
  if (path.startsWith('neighborhoodIds')) return 'neighborhoods';
  return (path.split('.')[0] ?? path) as keyof ResolutionFormValues & string;
}

/** The date a duration from the meeting comes to, as the server counts it (months are Jalali months). */
export function deadlineFromDuration(heldOn: string, amountText: string, unit: DeadlineUnit): string | null {
  const parsed = parseNumberInput(amountText);
  if (parsed.kind !== 'number' || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 120) return null;
  try {
    if (unit === 'day') return addDays(heldOn, parsed.value);
    if (unit === 'week') return addDays(heldOn, parsed.value * 7);
    return addJalaliMonths(heldOn, parsed.value);
  } catch {
    return null;
  }
}
