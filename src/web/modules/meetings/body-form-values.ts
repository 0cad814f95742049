import type { FieldError } from '../../../lib/errors/index.ts';
import type { Body, BodyKind, BodyLevel, UpdateBodyBody } from '../../../modules/meetings/meetings.schemas.ts';
import type { FormInput } from '../../forms/useZodForm.ts';

/** A body as the form holds it: selects as strings, '' when unchosen. */
export interface BodyFormValues {
  nameFa: string;
  kind: BodyKind | '';
  level: BodyLevel | '';
  provinceCode: string;
  countyCode: string;
  chair: string;
  secretary: string;
  memberAgencyCodes: string[];
}

export const emptyBodyValues: BodyFormValues = {
  nameFa: '',
  kind: 'social_hq',
  level: 'province',
  provinceCode: '',
  countyCode: '',
  chair: '',
  secretary: '',
  memberAgencyCodes: [],
};

/** The create body, with the server's place rules (a provincial body needs its province) checked first. */
export function createBodyInput(values: BodyFormValues): FormInput {
  const errors: FieldError[] = [];
  if (!values.kind) errors.push({ path: 'kind', code: 'field.required' });
  if (!values.level) errors.push({ path: 'level', code: 'field.required' });
  const needsProvince = values.level === 'province' || values.level === 'county';
  if (needsProvince && !values.provinceCode) errors.push({ path: 'provinceCode', code: 'meetings.level_needs_province' });
  if (values.level === 'county' && !values.countyCode) errors.push({ path: 'countyCode', code: 'meetings.level_needs_county' });
  return {
    input: {
      nameFa: values.nameFa,
      kind: values.kind || undefined,
      level: values.level || undefined,
      provinceCode: needsProvince ? values.provinceCode || null : null,
      countyCode: values.level === 'county' ? values.countyCode || null : null,
      chair: values.chair,
      secretary: values.secretary,
      memberAgencyCodes: values.memberAgencyCodes,
    },
    errors,
  };
}

export function valuesFromBody(body: Body): BodyFormValues {
  return {
    nameFa: body.nameFa,
    kind: body.kind,
    level: body.level,
    provinceCode: body.provinceCode ?? '',
    countyCode: body.countyCode ?? '',
    chair: body.chair,
    secretary: body.secretary,
    memberAgencyCodes: [...body.memberAgencyCodes],
  };
}

/** The update body: what an edit may change (not the level or place), with the version loaded. */
export const updateBodyInput =
  (original: Body) =>
  (values: BodyFormValues): FormInput => {
    const errors: FieldError[] = [];
    if (!values.kind) errors.push({ path: 'kind', code: 'field.required' });
    const input: UpdateBodyBody = { version: original.version };
    if (values.nameFa !== original.nameFa) input.nameFa = values.nameFa;
    if (values.kind && values.kind !== original.kind) input.kind = values.kind;
    if (values.chair !== original.chair) input.chair = values.chair;
    if (values.secretary !== original.secretary) input.secretary = values.secretary;
    const members = [...values.memberAgencyCodes].sort();
    if (members.join('\n') !== [...original.memberAgencyCodes].sort().join('\n')) input.memberAgencyCodes = values.memberAgencyCodes;
    return { input, errors };
  };
