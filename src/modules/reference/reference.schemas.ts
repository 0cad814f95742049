import { z } from 'zod';

export const agencySchema = z.object({
  code: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  houseNameFa: z.string().nullable(),
  houseNameEn: z.string().nullable(),
  active: z.boolean(),
});
export type Agency = z.infer<typeof agencySchema>;

export const axisSchema = z.object({
  code: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
});
export type Axis = z.infer<typeof axisSchema>;

export const packageSchema = z.object({
  code: z.string(),
  axisCode: z.string(),
  nameFa: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type Package = z.infer<typeof packageSchema>;

export const createPackageBodySchema = z.strictObject({
  code: z.string().trim().min(1).max(40).regex(/^[a-z0-9_-]+$/, { error: 'field.bad_format' }),
  axisCode: z.string().trim().min(1),
  nameFa: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120),
  sortOrder: z.number().int().min(0).max(1000).default(0),
  active: z.boolean().default(true),
});
export type CreatePackageBody = z.infer<typeof createPackageBodySchema>;

export const updatePackageBodySchema = createPackageBodySchema.omit({ code: true }).partial();
export type UpdatePackageBody = z.infer<typeof updatePackageBodySchema>;
