import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../lib/errors/index.ts';
import type { Actor, RequestContext } from '../lib/scope.ts';
import type { AppConfig } from './config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    databaseKind: 'embedded' | 'postgres';
    config: AppConfig;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionTokenHash: string | null;
  }
}

/** The Fastify instance as modules see it: zod schemas type the handlers. */
export type TavanaApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** The signed-in caller and address, or a 401 when nobody is signed in. */
export function requestContext(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('unauthenticated', 'auth.required');
  return { actor: request.actor, ip: request.ip };
}
