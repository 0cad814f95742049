import { z } from 'zod';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import * as duplicates from './duplicates.service.ts';
import { detectionResultSchema, duplicateListQuerySchema, duplicateListSchema, mergeBodySchema, mergeResultSchema, personMergeListSchema, undoResultSchema } from './duplicates.schemas.ts';
import * as merges from './merge.service.ts';

const bigIdParams = z.object({ id: z.string().regex(/^\d{1,18}$/, { error: 'field.bad_format' }) });

export async function duplicatesRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/duplicates',
    { schema: { tags: ['residents'], summary: 'Likely duplicate people in your scope, best score first, with the reasons', querystring: duplicateListQuerySchema, response: { 200: duplicateListSchema } } },
    async (request) => duplicates.listDuplicates(app.db, requestContext(request), request.query),
  );
  app.post(
    '/api/v1/duplicates/detect',
    { schema: { tags: ['residents'], summary: 'Find likely duplicates again in your scope (open pairs are replaced, dismissed ones stay dismissed)', response: { 200: detectionResultSchema } } },
    async (request) => duplicates.detectDuplicates(app.db, requestContext(request)),
  );
  app.post(
    '/api/v1/duplicates/:id/dismiss',
    { schema: { tags: ['residents'], summary: 'Not the same person: dismiss a pair for good', params: bigIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await duplicates.dismissDuplicate(app.db, requestContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/persons/merge',
    { schema: { tags: ['residents'], summary: 'Merge one person into another (send both versions); undoable', body: mergeBodySchema, response: { 200: mergeResultSchema } } },
    async (request) => merges.mergePersons(app.db, requestContext(request), request.body),
  );
  app.post(
    '/api/v1/person-merges/:id/undo',
    { schema: { tags: ['residents'], summary: 'Undo a merge: the merged person comes back with their links', params: bigIdParams, response: { 200: undoResultSchema } } },
    async (request) => merges.undoMerge(app.db, requestContext(request), request.params.id),
  );
  app.get(
    '/api/v1/persons/:id/merges',
    { schema: { tags: ['residents'], summary: 'The merges a person survived', params: bigIdParams, response: { 200: personMergeListSchema } } },
    async (request) => merges.listMerges(app.db, requestContext(request), request.params.id),
  );
}
