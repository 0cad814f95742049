import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, localeFromAcceptLanguage } from '../../lib/errors/index.ts';
import { sendProblem } from '../../server/error-handler.ts';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import { importReportXlsx, importTemplateXlsx, xlsxType } from './imports.report.ts';
import { importRunner, stopImportRunner } from './imports.runner.ts';
import {
  importCommitBodySchema,
  importIdParamsSchema,
  importJobListQuerySchema,
  importJobListSchema,
  importJobSchema,
  importMappingBodySchema,
  importRowListQuerySchema,
  importRowListSchema,
} from './imports.schemas.ts';
import * as imports from './imports.service.ts';

const localeOf = (request: FastifyRequest) => localeFromAcceptLanguage(request.headers['accept-language']);

// The contract answers these with 400 (the request carries no usable file), not 422.
const badRequestCodes = new Set(['import.empty_file', 'import.no_file']);

function attachment(reply: FastifyReply, asciiName: string, name: string, file: Buffer) {
  return reply.header('content-type', xlsxType).header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`).send(file);
}

/** Reads the multipart upload: the `file` part (up to the limit, counted while it streams) and an optional `agencyCode` field. */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new AppError('unsupported', 'request.unsupported_media_type');
  let file: { fileName: string; bytes: Buffer } | null = null;
  let agencyCode: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { fileName: part.filename, bytes };
      } else if (part.fieldname === 'agencyCode' && typeof part.value === 'string' && part.value.trim() !== '') {
        agencyCode = part.value.trim();
      }
    }
  } catch (error) {
    const max = Math.round(maxBytes / (1024 * 1024));
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('too_large', 'import.too_large', { max }, [{ path: 'file', code: 'import.too_large', params: { max } }]);
    throw error;
  }
  if (!file) throw new AppError('invalid', 'import.no_file', {}, [{ path: 'file', code: 'import.no_file' }]);
  return { ...file, agencyCode };
}

export async function importsRoutes(app: TavanaApp): Promise<void> {
  const runner = importRunner(app.db);
  // A failed step is on its job (status "failed"); the log gets the error's code, never its
  // detail, which may quote a national ID.
  runner.onError = (error, task) => app.log.error({ jobId: task.jobId, step: task.kind, code: (error as { code?: string }).code, constraint: (error as { constraint?: string }).constraint }, 'import step failed');
  app.addHook('onClose', async () => stopImportRunner(app.db));
  // Multipart is accepted in this plugin only, for the upload.
  await app.register(fastifyMultipart);

  app.post(
    '/api/v1/imports',
    {
      schema: {
        tags: ['imports'],
        summary: 'Upload a residents spreadsheet (multipart field "file", optional "agencyCode"): analysed in the background; the same file committed before answers 200 with that job',
        consumes: ['multipart/form-data'],
        response: { 200: importJobSchema, 202: importJobSchema },
      },
    },
    async (request, reply) => {
      const context = requestContext(request);
      const locale = localeOf(request);
      try {
        const upload = await readUpload(request, runner.limits.maxBytes);
        const { created, job } = await imports.uploadImport(app.db, context, upload, locale);
        return reply.status(created ? 202 : 200).send(job);
      } catch (error) {
        if (error instanceof AppError && badRequestCodes.has(error.code)) return sendProblem(reply, locale, { status: 400, code: error.code, params: error.params, fieldErrors: error.fieldErrors });
        throw error;
      }
    },
  );
  app.get(
    '/api/v1/imports',
    { schema: { tags: ['imports'], summary: 'Your imports, newest first (every import for an administrator)', querystring: importJobListQuerySchema, response: { 200: importJobListSchema } } },
    async (request) => imports.listImports(app.db, requestContext(request), request.query, localeOf(request)),
  );
  app.get('/api/v1/imports/template.xlsx', { schema: { tags: ['imports'], summary: 'An empty workbook with the Persian header of every field' } }, async (request, reply) =>
    attachment(reply, 'residents-template.xlsx', 'الگوی درون‌بُرد ساکنان.xlsx', await importTemplateXlsx(requestContext(request))),
  );
  app.get('/api/v1/imports/:id', { schema: { tags: ['imports'], summary: 'An import: status, progress, columns and counts', params: importIdParamsSchema, response: { 200: importJobSchema } } }, async (request) =>
    imports.getImport(app.db, requestContext(request), request.params.id, localeOf(request)),
  );
  app.put(
    '/api/v1/imports/:id/mapping',
    {
      schema: {
        tags: ['imports'],
        summary: 'Choose the column of each field (null = not imported); the file is analysed again',
        params: importIdParamsSchema,
        body: importMappingBodySchema,
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) => reply.status(202).send(await imports.setImportMapping(app.db, requestContext(request), request.params.id, request.body, localeOf(request))),
  );
  app.post(
    '/api/v1/imports/:id/commit',
    {
      schema: {
        tags: ['imports'],
        summary: 'Save an analysed import in one transaction (skipRejected to leave rejected rows out)',
        params: importIdParamsSchema,
        body: importCommitBodySchema,
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) => reply.status(202).send(await imports.commitImport(app.db, requestContext(request), request.params.id, request.body, localeOf(request))),
  );
  app.post('/api/v1/imports/:id/cancel', { schema: { tags: ['imports'], summary: 'Cancel an import that is not saved', params: importIdParamsSchema, response: { 200: importJobSchema } } }, async (request) =>
    imports.cancelImport(app.db, requestContext(request), request.params.id, localeOf(request)),
  );
  app.get(
    '/api/v1/imports/:id/rows',
    { schema: { tags: ['imports'], summary: "An import's rows with their outcome and reasons", params: importIdParamsSchema, querystring: importRowListQuerySchema, response: { 200: importRowListSchema } } },
    async (request) => imports.listImportRows(app.db, requestContext(request), request.params.id, request.query, localeOf(request)),
  );
  app.get('/api/v1/imports/:id/report.xlsx', { schema: { tags: ['imports'], summary: 'The report: counts and the rejected rows with reasons and original cells (audited)', params: importIdParamsSchema } }, async (request, reply) =>
    attachment(reply, `import-${request.params.id}-report.xlsx`, `گزارش درون‌بُرد ${request.params.id}.xlsx`, await importReportXlsx(app.db, requestContext(request), request.params.id)),
  );
}
