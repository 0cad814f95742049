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
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues, httpPart ?? 'body') };
  };
