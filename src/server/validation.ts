import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

/** A request that does not match its schema; the error handler localises the issues. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: z.core.$ZodIssue[], readonly part: string) {
    super('Request validation failed');
    this.name = 'RequestValidationError';
  }
}

/**
 * Like fastify-type-provider-zod's compiler, but keeps the raw issues (with their input, so
 * "missing" can be told from "wrong type") for messages in the user's language.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
    // PostgreSQL cannot store or compare a NUL character: refuse it here as a bad field instead of a 500.
    const nulPath = pathOfNul(result.data, []);
    if (nulPath) {
      const issue: z.core.$ZodIssue = { code: 'custom', path: nulPath, message: 'field.bad_format', input: undefined };
      return { error: new RequestValidationError([issue], httpPart ?? 'body') };
    }
    return { value: result.data };
  };

function pathOfNul(value: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}
