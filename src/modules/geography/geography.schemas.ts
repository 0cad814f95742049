import { z } from 'zod';
import { isoDateSchema } from '../../lib/iso-date.ts';

export const severities = ['very_severe', 'severe', 'weak', 'very_weak'] as const;
export const fabrics = ['worn_out', 'informal_settlement', 'historic', 'rural_origin'] as const;
export const neighborhoodStatuses = ['candidate', 'target', 'graduated'] as const;
export type Severity = (typeof severities)[number];
export type Fabric = (typeof fabrics)[number];
export type NeighborhoodStatus = (typeof neighborhoodStatuses)[number];

const nonNegativeInt = z.number().int({ error: 'field.not_integer' }).min(0, { error: 'field.negative' }).max(10_000_000);

export const neighborhoodSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  provinceCode: z.string(),
  provinceNameFa: z.string(),
  provinceNameEn: z.string(),
  countyCode: z.string(),
  countyNameFa: z.string(),
  countyNameEn: z.string(),
  cityCode: z.string(),
  cityNameFa: z.string(),
  cityNameEn: z.string(),
  population: z.number().int(),
  households: z.number().int(),
  areaHectares: z.number().nullable(),
  fabric: z.enum(fabrics),
  severity: z.enum(severities),
  status: z.enum(neighborhoodStatuses),
  stewardAgencyCode: z.string().nullable(),
  stewardAgencyNameFa: z.string().nullable(),
  stewardAgencyNameEn: z.string().nullable(),
  stewardHouseNameFa: z.string().nullable(),
  stewardHouseNameEn: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  profile: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Neighborhood = z.infer<typeof neighborhoodSchema>;

const neighborhoodFields = {
  code: z.string().trim().min(1).max(30).regex(/^[A-Za-z0-9-]+$/, { error: 'field.bad_format' }),
  nameFa: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().max(120).default(''),
  cityCode: z.string().trim().min(1).max(30),
  population: nonNegativeInt,
  households: nonNegativeInt,
  areaHectares: z.number().min(0, { error: 'field.negative' }).max(1_000_000).nullable().default(null),
  fabric: z.enum(fabrics),
  severity: z.enum(severities),
  status: z.enum(neighborhoodStatuses).default('candidate'),
  stewardAgencyCode: z.string().trim().min(1).nullable().default(null),
  latitude: z.number().min(24).max(40.5).nullable().default(null),
  longitude: z.number().min(43.5).max(64).nullable().default(null),
  profile: z.string().max(20_000).default(''),
};

export const createNeighborhoodBodySchema = z.strictObject(neighborhoodFields);
export type CreateNeighborhoodBody = z.infer<typeof createNeighborhoodBodySchema>;

/** A partial update; `version` is the one the editor saw, so a concurrent edit answers 409. */
export const updateNeighborhoodBodySchema = z.strictObject({
  version: z.number().int().min(1),
  code: neighborhoodFields.code.optional(),
  nameFa: neighborhoodFields.nameFa.optional(),
  nameEn: z.string().trim().max(120).optional(),
  cityCode: neighborhoodFields.cityCode.optional(),
  population: nonNegativeInt.optional(),
  households: nonNegativeInt.optional(),
  areaHectares: z.number().min(0, { error: 'field.negative' }).max(1_000_000).nullable().optional(),
  fabric: z.enum(fabrics).optional(),
  severity: z.enum(severities).optional(),
  status: z.enum(neighborhoodStatuses).optional(),
  stewardAgencyCode: z.string().trim().min(1).nullable().optional(),
  latitude: z.number().min(24).max(40.5).nullable().optional(),
  longitude: z.number().min(43.5).max(64).nullable().optional(),
  profile: z.string().max(20_000).optional(),
});
export type UpdateNeighborhoodBody = z.infer<typeof updateNeighborhoodBodySchema>;

export const neighborhoodSortKeys = ['name', 'code', 'population', 'households', 'severity', 'updatedAt', 'province', 'city'] as const;

export const neighborhoodListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  province: z.string().trim().max(10).optional(),
  county: z.string().trim().max(30).optional(),
  city: z.string().trim().max(30).optional(),
  severity: z.enum(severities).optional(),
  status: z.enum(neighborhoodStatuses).optional(),
  stewardAgency: z.string().trim().max(60).optional(),
  fabric: z.enum(fabrics).optional(),
  /** A key, optionally prefixed with `-` for descending; with `q` and no sort, best matches first. */
  sort: z
    .string()
    .regex(new RegExp(`^-?(${neighborhoodSortKeys.join('|')})$`), { error: 'field.not_allowed_value' })
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type NeighborhoodListQuery = z.infer<typeof neighborhoodListQuerySchema>;

export const neighborhoodListSchema = z.object({
  items: z.array(neighborhoodSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NeighborhoodList = z.infer<typeof neighborhoodListSchema>;

export const houseSchema = z.object({
  id: z.number().int(),
  neighborhoodId: z.number().int(),
  agencyCode: z.string(),
  agencyNameFa: z.string(),
  agencyNameEn: z.string(),
  nameFa: z.string(),
  address: z.string(),
  phone: z.string(),
  openedOn: z.string().nullable(),
});
export type House = z.infer<typeof houseSchema>;

export { isoDateSchema };

export const createHouseBodySchema = z.strictObject({
  agencyCode: z.string().trim().min(1),
  nameFa: z.string().trim().min(1).max(160),
  address: z.string().trim().max(500).default(''),
  phone: z.string().trim().max(40).default(''),
  openedOn: isoDateSchema.nullable().default(null),
});
export type CreateHouseBody = z.infer<typeof createHouseBodySchema>;

export const provinceSummarySchema = z.object({
  code: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  population2016: z.number().int(),
  quota: z.number().int(),
  identified: z.number().int(),
  identifiedPopulation: z.number().int(),
  targetCount: z.number().int(),
});
export type ProvinceSummary = z.infer<typeof provinceSummarySchema>;

export const provinceDetailSchema = provinceSummarySchema.extend({
  bySeverity: z.array(z.object({ severity: z.enum(severities), count: z.number().int() })),
  byStatus: z.array(z.object({ status: z.enum(neighborhoodStatuses), count: z.number().int() })),
  bySteward: z.array(z.object({ agencyCode: z.string().nullable(), nameFa: z.string().nullable(), nameEn: z.string().nullable(), count: z.number().int() })),
  counties: z.array(z.object({ code: z.string(), nameFa: z.string(), nameEn: z.string(), identified: z.number().int(), population: z.number().int() })),
});
export type ProvinceDetail = z.infer<typeof provinceDetailSchema>;

export const updateProvinceBodySchema = z.strictObject({ quota: z.number().int().min(0, { error: 'field.negative' }).max(5000) });

export const countySchema = z.object({ code: z.string(), provinceCode: z.string(), nameFa: z.string(), nameEn: z.string() });
export const citySchema = z.object({
  code: z.string(),
  countyCode: z.string(),
  provinceCode: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type County = z.infer<typeof countySchema>;
export type City = z.infer<typeof citySchema>;
