import { z } from 'zod';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import * as households from './households.service.ts';
import { exportPersonsCsv, exportPersonsXlsx } from './residents.export.ts';
import {
  createHouseholdBodySchema,
  householdSchema,
  moveHouseholdBodySchema,
  neighborhoodResidentStatsSchema,
  personListQuerySchema,
  personListSchema,
  personSchema,
  registerPersonBodySchema,
  registerPersonResultSchema,
  updateHouseholdBodySchema,
  updatePersonBodySchema,
} from './residents.schemas.ts';
import * as persons from './residents.service.ts';

const bigIdParams = z.object({ id: z.string().regex(/^\d{1,18}$/, { error: 'field.bad_format' }) });
const exportQuery = personListQuerySchema.omit({ page: true, pageSize: true });

export async function residentsRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/persons',
    { schema: { tags: ['residents'], summary: 'People in your scope (national IDs masked unless you may see them)', querystring: personListQuerySchema, response: { 200: personListSchema } } },
    async (request) => persons.listPersons(app.db, requestContext(request), request.query),
  );
  app.get('/api/v1/persons/export.xlsx', { schema: { tags: ['residents'], summary: 'The filtered people as Excel (audited)', querystring: exportQuery } }, async (request, reply) => {
    const file = await exportPersonsXlsx(app.db, requestContext(request), request.query);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="people.xlsx"; filename*=UTF-8''${encodeURIComponent('ساکنان.xlsx')}`)
      .send(file);
  });
  app.get('/api/v1/persons/export.csv', { schema: { tags: ['residents'], summary: 'The filtered people as CSV, UTF-8 with BOM (audited)', querystring: exportQuery } }, async (request, reply) => {
    const file = await exportPersonsCsv(app.db, requestContext(request), request.query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="people.csv"; filename*=UTF-8''${encodeURIComponent('ساکنان.csv')}`)
      .send(file);
  });
  app.post(
    '/api/v1/persons',
    {
      schema: {
        tags: ['residents'],
        summary: 'Register a person for your agency: created, or linked when the national ID (or name and birth date) is known',
        body: registerPersonBodySchema,
        response: { 200: registerPersonResultSchema, 201: registerPersonResultSchema },
      },
    },
    async (request, reply) => {
      const result = await persons.registerPerson(app.db, requestContext(request), request.body);
      return reply.status(result.outcome === 'created' ? 201 : 200).send(result);
    },
  );
  app.get('/api/v1/persons/:id', { schema: { tags: ['residents'], summary: "A person's whole record (the reading is audited)", params: bigIdParams, response: { 200: personSchema } } }, async (request) =>
    persons.getPerson(app.db, requestContext(request), request.params.id),
  );
  app.patch(
    '/api/v1/persons/:id',
    { schema: { tags: ['residents'], summary: 'Change a person (send the version you loaded)', params: bigIdParams, body: updatePersonBodySchema, response: { 200: personSchema } } },
    async (request) => persons.updatePerson(app.db, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/households',
    { schema: { tags: ['residents'], summary: 'Register a household in a neighbourhood', body: createHouseholdBodySchema, response: { 201: householdSchema } } },
    async (request, reply) => reply.status(201).send(await households.createHousehold(app.db, requestContext(request), request.body)),
  );
  app.get('/api/v1/households/:id', { schema: { tags: ['residents'], summary: 'A household with its members and moves', params: bigIdParams, response: { 200: householdSchema } } }, async (request) =>
    households.getHousehold(app.db, requestContext(request), request.params.id),
  );
  app.patch(
    '/api/v1/households/:id',
    { schema: { tags: ['residents'], summary: 'Change a household (address, tenure, decile, head)', params: bigIdParams, body: updateHouseholdBodySchema, response: { 200: householdSchema } } },
    async (request) => households.updateHousehold(app.db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/households/:id/move',
    { schema: { tags: ['residents'], summary: 'Move a household and its members to another neighbourhood', params: bigIdParams, body: moveHouseholdBodySchema, response: { 200: householdSchema } } },
    async (request) => households.moveHousehold(app.db, requestContext(request), request.params.id, request.body),
  );
  app.get(
    '/api/v1/neighborhoods/:id/residents/stats',
    {
      schema: {
        tags: ['residents'],
        summary: "A neighbourhood's numbers from the registry (counts only)",
        params: z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) }),
        response: { 200: neighborhoodResidentStatsSchema },
      },
    },
    async (request) => households.neighborhoodResidentStats(app.db, requestContext(request), request.params.id),
  );
}
