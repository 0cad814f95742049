import type { FieldError } from '../../../lib/errors/index.ts';
import type { CreateNeighborhoodBody, Neighborhood, UpdateNeighborhoodBody } from '../../../modules/geography/geography.schemas.ts';
import { numberForBody, numberToInput, parseNumberInput } from '../../forms/parse.ts';
import type { FormInput } from '../../forms/useZodForm.ts';
import type { Locale } from '../../i18n/locale.ts';

/** The form as typed: every field a string, so half-typed numbers survive re-renders. */
export interface NeighborhoodFormValues {
  code: string;
  nameFa: string;
  nameEn: string;
  provinceCode: string;
  countyCode: string;
  cityCode: string;
  population: string;
  households: string;
  areaHectares: string;
  fabric: string;
  severity: string;
  status: string;
  stewardAgencyCode: string;
  latitude: string;
  longitude: string;
  profile: string;
}

export const emptyNeighborhoodValues: NeighborhoodFormValues = {
  code: '',
  nameFa: '',
  nameEn: '',
  provinceCode: '',
  countyCode: '',
  cityCode: '',
  population: '',
  households: '',
  areaHectares: '',
  fabric: '',
  severity: '',
  status: 'candidate',
  stewardAgencyCode: '',
  latitude: '',
  longitude: '',
  profile: '',
};

export function valuesFromNeighborhood(n: Neighborhood, locale: Locale): NeighborhoodFormValues {
  return {
    code: n.code,
    nameFa: n.nameFa,
    nameEn: n.nameEn,
    provinceCode: n.provinceCode,
    countyCode: n.countyCode,
    cityCode: n.cityCode,
    population: numberToInput(n.population, locale),
    households: numberToInput(n.households, locale),
    areaHectares: numberToInput(n.areaHectares, locale),
    fabric: n.fabric,
    severity: n.severity,
    status: n.status,
    stewardAgencyCode: n.stewardAgencyCode ?? '',
    latitude: numberToInput(n.latitude, locale),
    longitude: numberToInput(n.longitude, locale),
    profile: n.profile,
  };
}

/**
 * The create body the shared schema checks, plus the server's cross-field rules (households
 * within the population, coordinates in pairs) so the user hears about them before saving.
 */
export function neighborhoodInput(values: NeighborhoodFormValues): FormInput {
  const errors: FieldError[] = [];
  const input = {
    code: values.code,
    nameFa: values.nameFa,
    nameEn: values.nameEn,
    cityCode: values.cityCode,
    population: numberForBody(values.population, 'population', undefined, errors),
    households: numberForBody(values.households, 'households', undefined, errors),
    areaHectares: numberForBody(values.areaHectares, 'areaHectares', null, errors),
    fabric: values.fabric || undefined,
    severity: values.severity || undefined,
    status: values.status || undefined,
    stewardAgencyCode: values.stewardAgencyCode || null,
    latitude: numberForBody(values.latitude, 'latitude', null, errors),
    longitude: numberForBody(values.longitude, 'longitude', null, errors),
    profile: values.profile,
  };
  // An unchosen select reads "required", not "not one of very_severe, severe, …".
  for (const key of ['cityCode', 'fabric', 'severity', 'status'] as const) {
    if (!values[key]) errors.push({ path: key, code: 'field.required' });
  }
  const population = parseNumberInput(values.population);
  const households = parseNumberInput(values.households);
  if (population.kind === 'number' && households.kind === 'number' && population.value >= 0 && households.value > population.value) {
    errors.push({ path: 'households', code: 'geography.households_exceed_population' });
  }
  const hasLatitude = parseNumberInput(values.latitude).kind !== 'empty';
  const hasLongitude = parseNumberInput(values.longitude).kind !== 'empty';
  if (hasLatitude !== hasLongitude) errors.push({ path: hasLatitude ? 'longitude' : 'latitude', code: 'geography.coordinates_pair' });
  return { input, errors };
}

const bodyKeys = [
  'code',
  'nameFa',
  'nameEn',
  'cityCode',
  'population',
  'households',
  'areaHectares',
  'fabric',
  'severity',
  'status',
  'stewardAgencyCode',
  'latitude',
  'longitude',
  'profile',
] as const satisfies ReadonlyArray<keyof CreateNeighborhoodBody>;

/** Only what changed, with the version the user loaded (so a concurrent edit answers 409). */
export function changesFor(original: Neighborhood, body: CreateNeighborhoodBody): UpdateNeighborhoodBody {
  const changes: UpdateNeighborhoodBody = { version: original.version };
  for (const key of bodyKeys) {
    if (body[key] !== original[key]) Object.assign(changes, { [key]: body[key] });
  }
  return changes;
}
