import { z } from 'zod';
import { dateInputSchema } from '../../lib/iso-date.ts';

export const tenures = ['owner', 'tenant', 'informal'] as const;
export const sexes = ['male', 'female'] as const;
export const relations = ['head', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'other'] as const;
export const schoolingStatuses = ['in_school', 'left_school', 'graduated', 'never_enrolled', 'under_school_age'] as const;
export const insuranceStatuses = ['insured', 'uninsured', 'unknown'] as const;
export const employmentStatuses = ['employed', 'unemployed', 'student', 'homemaker', 'retired', 'unable', 'child'] as const;
/** Why a person has no national ID: it happens, and such records are flagged and matched by name. */
export const missingIdReasons = ['undocumented', 'foreign_national', 'not_yet_issued'] as const;
export const axes = ['transformation', 'empowerment'] as const;
export type Tenure = (typeof tenures)[number];
export type Sex = (typeof sexes)[number];
export type Relation = (typeof relations)[number];
export type Axis = (typeof axes)[number];

const text = (max: number) => z.string().trim().max(max);
/** A national ID as typed: Persian or Latin digits, leading zeros Excel dropped; checked and normalised by the service. */
const nationalIdInput = z.string().trim().min(1).max(20);
const phoneSchema = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9۰-۹٠-٩+\- ]*$/, { error: 'field.bad_format' });

// ---- People ------------------------------------------------------------------------------------

export const agencyLinkSchema = z.object({
  agencyCode: z.string(),
  agencyNameFa: z.string(),
  caseNumber: z.string(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});
export type AgencyLink = z.infer<typeof agencyLinkSchema>;

/** A person as lists show them: the national ID masked (last four digits) unless the reader may see it. */
export const personSummarySchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  householdId: z.string().nullable(),
  neighborhoodId: z.number().int().nullable(),
  neighborhoodNameFa: z.string().nullable(),
  /** `******1234`, or whole for readers allowed to see national IDs; null when the person has none. */
  nationalId: z.string().nullable(),
  missingIdReason: z.enum(missingIdReasons).nullable(),
  firstName: z.string(),
  lastName: z.string(),
  fatherName: z.string(),
  sex: z.enum(sexes),
  birthDate: z.string().nullable(),
  /** Derived on the reference date (today unless asked): age in whole years and the axis it puts them on. */
  age: z.number().int().nullable(),
  axis: z.enum(axes).nullable(),
  relation: z.enum(relations).nullable(),
  agencyCodes: z.array(z.string()),
  version: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** A person's whole record (reading it is audited). */
export const personSchema = personSummarySchema.extend({
  phone: z.string(),
  schooling: z.enum(schoolingStatuses).nullable(),
  insurance: z.enum(insuranceStatuses),
  employment: z.enum(employmentStatuses).nullable(),
  disability: z.string(),
  notes: z.string(),
  agencies: z.array(agencyLinkSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

const personFields = {
  nationalId: nationalIdInput.nullable().default(null),
  missingIdReason: z.enum(missingIdReasons).nullable().default(null),
  firstName: z.string().trim().min(1).max(80),
  lastName: z.string().trim().min(1).max(80),
  fatherName: text(80).default(''),
  sex: z.enum(sexes),
  birthDate: dateInputSchema.nullable().default(null),
  relation: z.enum(relations).nullable().default(null),
  phone: phoneSchema.default(''),
  schooling: z.enum(schoolingStatuses).nullable().default(null),
  insurance: z.enum(insuranceStatuses).default('unknown'),
  employment: z.enum(employmentStatuses).nullable().default(null),
  disability: text(200).default(''),
  notes: text(2000).default(''),
};

/**
 * Registers a person for the signed-in user's agency. When the national ID (or, without one, the
 * name, father's name and birth date) is already known, the existing person is linked to the
 * agency instead of being duplicated; the answer says which happened.
 */
export const registerPersonBodySchema = z.strictObject({
  ...personFields,
  householdId: z.string().regex(/^\d{1,18}$/, { error: 'field.bad_format' }).nullable().default(null),
  /** Required when there is no household: where the person lives. */
  neighborhoodId: z.number().int().min(1).nullable().default(null),
  /** The agency's own case number for this person. */
  caseNumber: text(60).default(''),
  /** The agency to link; the user's own when left out (admins must name one). */
  agencyCode: z.string().trim().min(1).max(60).optional(),
});
export type RegisterPersonBody = z.infer<typeof registerPersonBodySchema>;

export const registerPersonResultSchema = z.object({ outcome: z.enum(['created', 'linked', 'already_linked']), person: personSchema });
export type RegisterPersonResult = z.infer<typeof registerPersonResultSchema>;

export const updatePersonBodySchema = z.strictObject({
  version: z.number().int().min(1),
  firstName: personFields.firstName.optional(),
  lastName: personFields.lastName.optional(),
  fatherName: text(80).optional(),
  sex: z.enum(sexes).optional(),
  birthDate: dateInputSchema.nullable().optional(),
  relation: z.enum(relations).nullable().optional(),
  phone: phoneSchema.optional(),
  schooling: z.enum(schoolingStatuses).nullable().optional(),
  insurance: z.enum(insuranceStatuses).optional(),
  employment: z.enum(employmentStatuses).nullable().optional(),
  disability: text(200).optional(),
  notes: text(2000).optional(),
  nationalId: nationalIdInput.nullable().optional(),
  missingIdReason: z.enum(missingIdReasons).nullable().optional(),
  /** Puts the person in a household (they move to its neighbourhood), or takes them out with null. */
  householdId: z.string().regex(/^\d{1,18}$/, { error: 'field.bad_format' }).nullable().optional(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const personListQuerySchema = z.object({
  /** A name (any part, Arabic ي/ك accepted) or a national ID (whole, Persian digits accepted; its first 3–9 digits for those who see whole IDs). */
  q: z.string().trim().max(100).optional(),
  neighborhood: z.coerce.number().int().min(1).optional(),
  household: z.string().regex(/^\d{1,18}$/).optional(),
  agency: z.string().trim().max(60).optional(),
  sex: z.enum(sexes).optional(),
  axis: z.enum(axes).optional(),
  missingId: z.enum(['true', 'false']).optional(),
  /** By name (last, then first), or by age (oldest first with `-age`). */
  sort: z.enum(['name', '-name', 'age', '-age']).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type PersonListQuery = z.infer<typeof personListQuerySchema>;
export const personListSchema = z.object({
  items: z.array(personSummarySchema),
  /** At most 1,000: counting stops there (a common name matches tens of thousands); then `totalCapped` is true and the list has more. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type PersonList = z.infer<typeof personListSchema>;

// ---- Households --------------------------------------------------------------------------------

export const householdSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  neighborhoodId: z.number().int(),
  neighborhoodNameFa: z.string(),
  address: z.string(),
  tenure: z.enum(tenures).nullable(),
  welfareDecile: z.number().int().nullable(),
  headPersonId: z.string().nullable(),
  headName: z.string().nullable(),
  /** Derived from the head's sex. */
  femaleHeaded: z.boolean(),
  size: z.number().int(),
  members: z.array(personSummarySchema),
  moves: z.array(z.object({ fromNeighborhoodNameFa: z.string(), toNeighborhoodNameFa: z.string(), movedOn: z.string() })),
  version: z.number().int(),
});
export type Household = z.infer<typeof householdSchema>;

export const createHouseholdBodySchema = z.strictObject({
  neighborhoodId: z.number().int().min(1),
  address: text(500).default(''),
  tenure: z.enum(tenures).nullable().default(null),
  welfareDecile: z.number().int().min(1).max(10).nullable().default(null),
});
export type CreateHouseholdBody = z.infer<typeof createHouseholdBodySchema>;

export const updateHouseholdBodySchema = z.strictObject({
  version: z.number().int().min(1),
  address: text(500).optional(),
  tenure: z.enum(tenures).nullable().optional(),
  welfareDecile: z.number().int().min(1).max(10).nullable().optional(),
  headPersonId: z.string().regex(/^\d{1,18}$/).nullable().optional(),
});
export type UpdateHouseholdBody = z.infer<typeof updateHouseholdBodySchema>;

/** A household moves to another neighbourhood; the move is kept in its history. */
export const moveHouseholdBodySchema = z.strictObject({ version: z.number().int().min(1), neighborhoodId: z.number().int().min(1), movedOn: dateInputSchema, address: text(500).optional() });
export type MoveHouseholdBody = z.infer<typeof moveHouseholdBodySchema>;

// ---- Profile numbers ---------------------------------------------------------------------------

/** A neighbourhood's numbers from the registry: anyone who sees the neighbourhood sees these counts. */
export const neighborhoodResidentStatsSchema = z.object({
  neighborhoodId: z.number().int(),
  asOf: z.string(),
  residents: z.number().int(),
  households: z.number().int(),
  femaleHeadedHouseholds: z.number().int(),
  bySex: z.object({ male: z.number().int(), female: z.number().int() }),
  byAxis: z.object({ transformation: z.number().int(), empowerment: z.number().int(), unknown: z.number().int() }),
  byAgeBand: z.array(z.object({ band: z.string(), count: z.number().int() })),
  insured: z.number().int(),
  /** Children 6–17 in school, of all children 6–17. */
  inSchool6to17: z.number().int(),
  children6to17: z.number().int(),
  employed: z.number().int(),
  withoutNationalId: z.number().int(),
});
export type NeighborhoodResidentStats = z.infer<typeof neighborhoodResidentStatsSchema>;
