import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/connection.ts';
import { localeFromAcceptLanguage } from '../lib/errors/index.ts';
import { auditRoutes } from '../modules/audit/index.ts';
import { geographyRoutes } from '../modules/geography/index.ts';
import { meetingsRoutes, resolutionsRoutes } from '../modules/meetings/index.ts';
import { notificationsRoutes } from '../modules/notifications/index.ts';
import { duplicatesRoutes, importsRoutes, residentsRoutes } from '../modules/residents/index.ts';
import { referenceRoutes } from '../modules/reference/index.ts';
import { systemRoutes } from '../modules/system/index.ts';
import { sessionPlugin, usersRoutes } from '../modules/users/index.ts';
import type { AppConfig } from './config.ts';
import { registerErrorHandler, sendProblem } from './error-handler.ts';
import type { TavanaApp } from './fastify-types.ts';
import { zodValidatorCompiler } from './validation.ts';

export interface BuildAppOptions {
  database: DatabaseHandle;
  config: AppConfig;
  /** Fastify logger settings; false in tests. */
  logger?: boolean | { level: string };
}

/** Assembles Tavana: plugins, error handling, OpenAPI, every module's routes, and the web app. */
export async function buildApp(options: BuildAppOptions): Promise<TavanaApp> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: typeof options.logger === 'object' ? options.logger.level : options.config.logLevel,
            // Query strings can carry names and national IDs: log the path only.
            serializers: { req: (request) => ({ method: request.method, url: request.url.split('?')[0], remoteAddress: request.ip }) },
          },
    bodyLimit: options.config.bodyLimit,
    trustProxy: options.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only: a text/plain body (what a cross-site form can send without a
  // preflight) answers 415 instead of reaching the handlers as a string.
  app.removeContentTypeParser('text/plain');
  app.decorate('db', options.database.db);
  app.decorate('databaseKind', options.database.kind);
  app.decorate('config', options.config);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Tavana API',
        description: 'Tavana (توانا): the programme for empowering and transforming deprived urban neighbourhoods. Errors are RFC 9457 problem documents in Persian, or English with Accept-Language: en. State-changing requests need the x-csrf-token header from /api/v1/auth/login or /api/v1/auth/me.',
        version: '1.0.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tavana_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(sessionPlugin);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and database kind', response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgres']) }) } } },
    async () => {
      await app.db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
      return { status: 'ok' as const, database: app.databaseKind };
    },
  );

  await app.register(systemRoutes);
  await app.register(usersRoutes);
  await app.register(auditRoutes);
  await app.register(referenceRoutes);
  await app.register(geographyRoutes);
  await app.register(meetingsRoutes);
  await app.register(resolutionsRoutes);
  await app.register(notificationsRoutes);
  await app.register(residentsRoutes);
  await app.register(importsRoutes);
  await app.register(duplicatesRoutes);

  await registerWebApp(app, options.config.webRoot);
  return app;
}

/** Serves the built single-page app, sending index.html for its client-side routes. */
async function registerWebApp(app: TavanaApp, webRoot: string | null): Promise<void> {
  const indexFile = webRoot ? path.join(webRoot, 'index.html') : null;
  if (webRoot && indexFile && fs.existsSync(indexFile)) {
    // A wildcard route looks files up per request, so a rebuilt web app is served without a restart;
    // a missing file falls through to the not-found handler below.
    await app.register(fastifyStatic, { root: webRoot, wildcard: true, index: false });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexFile)));
  }
  app.setNotFoundHandler((request, reply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    if (request.url.startsWith('/api') || request.method !== 'GET' || !indexFile || !fs.existsSync(indexFile)) {
      return sendProblem(reply, locale, { status: 404, code: 'request.route_not_found' });
    }
    return reply.type('text/html; charset=utf-8').send(fs.createReadStream(indexFile));
  });
}
