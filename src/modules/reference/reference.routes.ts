import { z } from 'zod';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import { agencySchema, axisSchema, createPackageBodySchema, packageSchema, updatePackageBodySchema } from './reference.schemas.ts';
import * as service from './reference.service.ts';

export async function referenceRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/agencies',
    { schema: { tags: ['reference'], summary: 'Agencies and their neighbourhood houses', response: { 200: z.object({ items: z.array(agencySchema) }) } } },
    async (request) => {
      requestContext(request);
      return { items: await service.listAgencies(app.db) };
    },
  );
  app.get(
    '/api/v1/axes',
    { schema: { tags: ['reference'], summary: 'The two axes of the programme', response: { 200: z.object({ items: z.array(axisSchema) }) } } },
    async (request) => {
      requestContext(request);
      return { items: await service.listAxes(app.db) };
    },
  );
  app.get(
    '/api/v1/packages',
    { schema: { tags: ['reference'], summary: 'Service packages of each axis', response: { 200: z.object({ items: z.array(packageSchema) }) } } },
    async (request) => {
      requestContext(request);
      return { items: await service.listPackages(app.db) };
    },
  );
  app.post(
    '/api/v1/packages',
    { schema: { tags: ['reference'], summary: 'Add a package (national headquarters)', body: createPackageBodySchema, response: { 201: packageSchema } } },
    async (request, reply) => reply.status(201).send(await service.createPackage(app.db, requestContext(request), request.body)),
  );
  app.patch(
    '/api/v1/packages/:code',
    {
      schema: {
        tags: ['reference'],
        summary: 'Change a package (national headquarters)',
        params: z.object({ code: z.string().min(1) }),
        body: updatePackageBodySchema,
        response: { 200: packageSchema },
      },
    },
    async (request) => service.updatePackage(app.db, requestContext(request), request.params.code, request.body),
  );
}
