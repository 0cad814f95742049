import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../lib/errors/index.ts';
import type { TavanaApp } from '../../server/fastify-types.ts';
import { resumeSession } from './users.service.ts';

export const sessionCookieName = 'tavana_session';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Logging in has no session yet to carry a token; it is protected by SameSite cookies and by
// accepting JSON only (a cross-site form cannot send JSON without a CORS preflight).
const csrfExempt = new Set(['/api/v1/auth/login']);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Resolves the session cookie to an actor on every API request, and refuses state-changing
 * requests whose `x-csrf-token` header does not match the session's token.
 */
export const sessionPlugin = fp(async (app: TavanaApp) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookieName];
    let csrfToken: string | null = null;
    if (token) {
      const session = await resumeSession(app.db, sessionSettings(app), token);
      if (session) {
        request.actor = session.actor;
        csrfToken = session.info.csrfToken;
      }
    }
    const path = request.url.split('?')[0] ?? '';
    if (unsafeMethods.has(request.method) && !csrfExempt.has(path)) {
      if (!request.actor) throw new AppError('unauthenticated', 'auth.required');
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || csrfToken === null || !sameToken(header, csrfToken)) {
        throw new AppError('forbidden', 'auth.csrf_missing');
      }
    }
  });
});

export function sessionSettings(app: TavanaApp) {
  return {
    sessionHours: app.config.sessionHours,
    maxFailures: app.config.loginMaxFailures,
    windowMinutes: app.config.loginWindowMinutes,
  };
}
