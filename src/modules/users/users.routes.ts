import { z } from 'zod';
import { AppError } from '../../lib/errors/index.ts';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import {
  createUserBodySchema,
  loginBodySchema,
  sessionInfoSchema,
  updateUserBodySchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
} from './users.schemas.ts';
import * as service from './users.service.ts';
import { sessionCookieName, sessionSettings } from './users.session.ts';

const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

/** Login, logout, the current session, and user management for administrators. */
export async function usersRoutes(app: TavanaApp): Promise<void> {
  app.post(
    '/api/v1/auth/login',
    { schema: { tags: ['auth'], summary: 'Log in with a username and password', body: loginBodySchema, response: { 200: sessionInfoSchema } } },
    async (request, reply) => {
      const result = await service.login(app.db, sessionSettings(app), request.body.username, request.body.password, request.ip);
      reply.setCookie(sessionCookieName, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.secureCookies,
        expires: result.expiresAt,
      });
      return result.info;
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: 'End the current session' } }, async (request, reply) => {
    const context = requestContext(request);
    const token = request.cookies[sessionCookieName];
    if (token) await service.logout(app.db, context, token);
    reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/v1/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: sessionInfoSchema } } }, async (request) => {
    requestContext(request);
    const token = request.cookies[sessionCookieName];
    const session = token ? await service.resumeSession(app.db, sessionSettings(app), token) : null;
    if (!session) throw new AppError('unauthenticated', 'auth.required');
    return session.info;
  });

  app.get(
    '/api/v1/users',
    { schema: { tags: ['users'], summary: 'List users (administrators)', querystring: userListQuerySchema, response: { 200: userListSchema } } },
    async (request) => service.listUsers(app.db, requestContext(request), request.query),
  );

  app.post(
    '/api/v1/users',
    { schema: { tags: ['users'], summary: 'Create a user', body: createUserBodySchema, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await service.createUser(app.db, requestContext(request), request.body)),
  );

  app.get(
    '/api/v1/users/:id',
    { schema: { tags: ['users'], summary: 'One user', params: idParams, response: { 200: userSchema } } },
    async (request) => service.getUser(app.db, requestContext(request), request.params.id),
  );

  app.patch(
    '/api/v1/users/:id',
    { schema: { tags: ['users'], summary: 'Change a user: name, role, scope, agency, password, active', params: idParams, body: updateUserBodySchema, response: { 200: userSchema } } },
    async (request) => service.updateUser(app.db, requestContext(request), request.params.id, request.body),
  );
}
