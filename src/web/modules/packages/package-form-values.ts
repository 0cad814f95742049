import type { FieldError } from '../../../lib/errors/index.ts';
import type { Package } from '../../../modules/reference/reference.schemas.ts';
import { numberForBody, numberToInput } from '../../forms/parse.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import type { Locale } from '../../i18n/locale.ts';

export interface PackageFormValues {
  code: string;
  axisCode: string;
  nameFa: string;
  nameEn: string;
  sortOrder: string;
  active: boolean;
}

export function packageValues(pkg: Package | null, axisCode: string, locale: Locale): PackageFormValues {
  if (!pkg) return { code: '', axisCode, nameFa: '', nameEn: '', sortOrder: '', active: true };
  return { code: pkg.code, axisCode: pkg.axisCode, nameFa: pkg.nameFa, nameEn: pkg.nameEn, sortOrder: numberToInput(pkg.sortOrder, locale), active: pkg.active };
}

export function createPackageInput(values: PackageFormValues): FormInput {
  const errors: FieldError[] = [];
  const sortOrder = numberForBody(values.sortOrder, 'sortOrder', undefined, errors);
  return { input: { code: values.code, axisCode: values.axisCode, nameFa: values.nameFa, nameEn: values.nameEn, sortOrder, active: values.active }, errors };
}

export function updatePackageInput(values: PackageFormValues): FormInput {
  const errors: FieldError[] = [];
  const sortOrder = numberForBody(values.sortOrder, 'sortOrder', undefined, errors);
  return { input: { axisCode: values.axisCode, nameFa: values.nameFa, nameEn: values.nameEn, sortOrder, active: values.active }, errors };
}
