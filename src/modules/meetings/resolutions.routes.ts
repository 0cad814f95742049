import fastifyMultipart from '@fastify/multipart';
import { z } from 'zod';
import { AppError } from '../../lib/errors/index.ts';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import { createFollowUp, downloadAttachment, uploadAttachment } from './follow-ups.service.ts';
import { getResolutionDetail } from './resolutions.detail.ts';
import {
  attachmentSchema,
  createFollowUpBodySchema,
  createResolutionBodySchema,
  followUpSchema,
  resolutionDetailSchema,
  resolutionSchema,
  scorecardQuerySchema,
  scorecardSchema,
  trackerListSchema,
  trackerQuerySchema,
  updateResolutionBodySchema,
} from './resolutions.schemas.ts';
import * as resolutions from './resolutions.service.ts';
import { exportTracker } from './tracker.export.ts';
import { agencyScorecard, myOpenResolutions, trackResolutions } from './tracker.service.ts';

const idParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

export async function resolutionsRoutes(app: TavanaApp): Promise<void> {
  const maxMb = app.config.attachmentMaxMb;
  // Multipart is accepted here only, for the one route that takes files.
  await app.register(fastifyMultipart, { limits: { fileSize: maxMb * 1024 * 1024, files: 1, fields: 0, parts: 1 } });

  app.post(
    '/api/v1/meetings/:id/resolutions',
    { schema: { tags: ['resolutions'], summary: 'Record a resolution in a held meeting', params: idParams, body: createResolutionBodySchema, response: { 201: resolutionSchema } } },
    async (request, reply) => reply.status(201).send(await resolutions.createResolution(app.db, requestContext(request), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/resolutions',
    { schema: { tags: ['resolutions'], summary: 'The resolution tracker across bodies', querystring: trackerQuerySchema, response: { 200: trackerListSchema } } },
    async (request) => trackResolutions(app.db, requestContext(request), request.query),
  );
  app.get(
    '/api/v1/resolutions/export.xlsx',
    { schema: { tags: ['resolutions'], summary: 'The filtered tracker as an Excel file', querystring: trackerQuerySchema.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const file = await exportTracker(app.db, requestContext(request), request.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="resolutions.xlsx"; filename*=UTF-8''${encodeURIComponent('مصوبات.xlsx')}`)
        .send(file);
    },
  );
  app.get(
    '/api/v1/resolutions/mine',
    {
      schema: {
        tags: ['resolutions'],
        summary: "Your agency's open resolutions, nearest deadline first",
        querystring: trackerQuerySchema.pick({ page: true, pageSize: true }),
        response: { 200: trackerListSchema },
      },
    },
    async (request) => myOpenResolutions(app.db, requestContext(request), request.query.page, request.query.pageSize),
  );
  app.get(
    '/api/v1/resolutions/:id',
    { schema: { tags: ['resolutions'], summary: 'A resolution with its follow-ups and reviews', params: idParams, response: { 200: resolutionDetailSchema } } },
    async (request) => getResolutionDetail(app.db, requestContext(request), request.params.id),
  );
  app.patch(
    '/api/v1/resolutions/:id',
    {
      schema: {
        tags: ['resolutions'],
        summary: 'Change a resolution (version required; its wording on approved minutes needs amendmentReason)',
        params: idParams,
        body: updateResolutionBodySchema,
        response: { 200: resolutionSchema },
      },
    },
    async (request) => resolutions.updateResolution(app.db, requestContext(request), request.params.id, request.body),
  );
  app.delete('/api/v1/resolutions/:id', { schema: { tags: ['resolutions'], summary: 'Withdraw a resolution from draft minutes', params: idParams } }, async (request, reply) => {
    await resolutions.deleteResolution(app.db, requestContext(request), request.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/v1/resolutions/:id/follow-ups',
    {
      schema: {
        tags: ['resolutions'],
        summary: 'Report progress on a resolution (staff of a responsible agency only)',
        params: idParams,
        body: createFollowUpBodySchema,
        response: { 201: followUpSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createFollowUp(app.db, requestContext(request), request.params.id, request.body)),
  );
  app.get(
    '/api/v1/scorecards/agencies',
    { schema: { tags: ['resolutions'], summary: "Agencies' records as lead agency: done, on time, overdue, average delay", querystring: scorecardQuerySchema, response: { 200: scorecardSchema } } },
    async (request) => agencyScorecard(app.db, requestContext(request), request.query),
  );

  app.post(
    '/api/v1/attachments',
    {
      schema: {
        tags: ['resolutions'],
        summary: `Upload a file (multipart field "file"; PDF, image or office document up to ${maxMb} MB) to attach to a follow-up`,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const context = requestContext(request);
      if (!request.isMultipart()) throw new AppError('unsupported', 'request.unsupported_media_type');
      const part = await request.file();
      if (!part) throw AppError.field('file', 'attachments.missing_file');
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('too_large', 'attachments.too_large', { max: maxMb }, [{ path: 'file', code: 'attachments.too_large', params: { max: maxMb } }]);
        throw error;
      }
      return reply.status(201).send(await uploadAttachment(app.db, context, { fileName: part.filename, bytes }));
    },
  );
  app.get(
    '/api/v1/attachments/:id',
    { schema: { tags: ['resolutions'], summary: 'Download an attachment', params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      const file = await downloadAttachment(app.db, requestContext(request), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.content);
    },
  );
}
