import { z } from 'zod';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import { exportNeighborhoods } from './geography.export.ts';
import * as places from './geography.places.ts';
import {
  citySchema,
  countySchema,
  createHouseBodySchema,
  createNeighborhoodBodySchema,
  houseSchema,
  neighborhoodListQuerySchema,
  neighborhoodListSchema,
  neighborhoodSchema,
  provinceDetailSchema,
  provinceSummarySchema,
  updateNeighborhoodBodySchema,
  updateProvinceBodySchema,
} from './geography.schemas.ts';
import * as service from './geography.service.ts';

const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const provinceParams = z.object({ code: z.string().regex(/^\d{2}$/, { error: 'field.bad_format' }) });

export async function geographyRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/provinces',
    { schema: { tags: ['geography'], summary: 'Provinces with quota and identified neighbourhoods', response: { 200: z.object({ items: z.array(provinceSummarySchema) }) } } },
    async (request) => {
      requestContext(request);
      return { items: await places.listProvinces(app.db) };
    },
  );
  app.get(
    '/api/v1/provinces/:code',
    { schema: { tags: ['geography'], summary: 'A province: quota vs identified, breakdowns, counties', params: provinceParams, response: { 200: provinceDetailSchema } } },
    async (request) => {
      requestContext(request);
      return places.getProvince(app.db, request.params.code);
    },
  );
  app.patch(
    '/api/v1/provinces/:code',
    { schema: { tags: ['geography'], summary: "Set a province's neighbourhood quota", params: provinceParams, body: updateProvinceBodySchema, response: { 200: provinceSummarySchema } } },
    async (request) => places.setProvinceQuota(app.db, requestContext(request), request.params.code, request.body.quota),
  );
  app.get(
    '/api/v1/counties',
    {
      schema: {
        tags: ['geography'],
        summary: 'Counties, optionally of one province',
        querystring: z.object({ province: z.string().optional() }),
        response: { 200: z.object({ items: z.array(countySchema) }) },
      },
    },
    async (request) => {
      requestContext(request);
      return { items: await places.listCounties(app.db, request.query.province) };
    },
  );
  app.get(
    '/api/v1/cities',
    {
      schema: {
        tags: ['geography'],
        summary: 'Cities, optionally of one province or county',
        querystring: z.object({ province: z.string().optional(), county: z.string().optional() }),
        response: { 200: z.object({ items: z.array(citySchema) }) },
      },
    },
    async (request) => {
      requestContext(request);
      return { items: await places.listCities(app.db, { provinceCode: request.query.province, countyCode: request.query.county }) };
    },
  );
  app.get(
    '/api/v1/neighborhoods',
    { schema: { tags: ['geography'], summary: 'Search and filter neighbourhoods in your scope', querystring: neighborhoodListQuerySchema, response: { 200: neighborhoodListSchema } } },
    async (request) => service.listNeighborhoods(app.db, requestContext(request), request.query),
  );
  app.get(
    '/api/v1/neighborhoods/export.xlsx',
    { schema: { tags: ['geography'], summary: 'The filtered neighbourhood list as an Excel file', querystring: neighborhoodListQuerySchema.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const file = await exportNeighborhoods(app.db, requestContext(request), { ...request.query, page: 1, pageSize: 50 });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="neighborhoods.xlsx"; filename*=UTF-8''${encodeURIComponent('محلات.xlsx')}`)
        .send(file);
    },
  );
  app.post(
    '/api/v1/neighborhoods',
    { schema: { tags: ['geography'], summary: 'Register a neighbourhood', body: createNeighborhoodBodySchema, response: { 201: neighborhoodSchema } } },
    async (request, reply) => reply.status(201).send(await service.createNeighborhood(app.db, requestContext(request), request.body)),
  );
  app.get(
    '/api/v1/neighborhoods/:id',
    { schema: { tags: ['geography'], summary: 'One neighbourhood', params: idParams, response: { 200: neighborhoodSchema } } },
    async (request) => service.getNeighborhood(app.db, requestContext(request).actor.scope, request.params.id),
  );
  app.patch(
    '/api/v1/neighborhoods/:id',
    {
      schema: {
        tags: ['geography'],
        summary: 'Change a neighbourhood (send the version you loaded; 409 if someone changed it meanwhile)',
        params: idParams,
        body: updateNeighborhoodBodySchema,
        response: { 200: neighborhoodSchema },
      },
    },
    async (request) => service.updateNeighborhood(app.db, requestContext(request), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/neighborhoods/:id',
    { schema: { tags: ['geography'], summary: 'Delete a neighbourhood that nothing depends on', params: idParams } },
    async (request, reply) => {
      await service.deleteNeighborhood(app.db, requestContext(request), request.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/neighborhoods/:id/houses',
    { schema: { tags: ['geography'], summary: 'Neighbourhood houses in a neighbourhood', params: idParams, response: { 200: z.object({ items: z.array(houseSchema) }) } } },
    async (request) => ({ items: await places.listHouses(app.db, requestContext(request), request.params.id) }),
  );
  app.post(
    '/api/v1/neighborhoods/:id/houses',
    { schema: { tags: ['geography'], summary: 'Open a neighbourhood house', params: idParams, body: createHouseBodySchema, response: { 201: houseSchema } } },
    async (request, reply) => reply.status(201).send(await places.createHouse(app.db, requestContext(request), request.params.id, request.body)),
  );
  app.delete(
    '/api/v1/houses/:id',
    { schema: { tags: ['geography'], summary: 'Remove a neighbourhood house', params: idParams } },
    async (request, reply) => {
      await places.deleteHouse(app.db, requestContext(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
