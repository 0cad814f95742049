import { z } from 'zod';
import { roles, scopeLevels } from '../../lib/scope.ts';

export const roleSchema = z.enum(roles);
export const scopeSchema = z.object({
  level: z.enum(scopeLevels),
  codes: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
});

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  scope: z.object({ level: z.enum(scopeLevels), codes: z.array(z.string()) }),
  agencyCode: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

/** What the signed-in user may do; the web app shows or hides actions by these. */
export const permissions = [
  'neighborhoods.write',
  'houses.write',
  'provinces.quota',
  'packages.write',
  'users.manage',
  'audit.read',
  'export',
  'meetings.write',
  'resolutions.follow_up',
  'persons.read',
  'persons.write',
  'persons.national_id',
  /** Detect and dismiss duplicate candidates, merge two people and undo a merge. */
  'persons.merge',
] as const;
export type Permission = (typeof permissions)[number];

export const sessionInfoSchema = z.object({ user: userSchema, csrfToken: z.string(), permissions: z.array(z.enum(permissions)) });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-zA-Z0-9._-]+$/, { error: 'field.bad_format' });

export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(120),
  password: z.string().min(10, { error: 'users.weak_password' }).max(256),
  role: roleSchema,
  scope: scopeSchema,
  agencyCode: z.string().trim().min(1).nullable().default(null),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  password: z.string().min(10, { error: 'users.weak_password' }).max(256).optional(),
  role: roleSchema.optional(),
  scope: scopeSchema.optional(),
  agencyCode: z.string().trim().min(1).nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userListSchema = z.object({
  items: z.array(userSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
