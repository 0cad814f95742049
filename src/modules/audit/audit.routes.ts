import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import { auditListQuerySchema, auditListSchema } from './audit.schemas.ts';
import { browseAudit } from './audit.service.ts';

export async function auditRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/audit',
    { schema: { tags: ['audit'], summary: 'Browse the audit log (administrators)', querystring: auditListQuerySchema, response: { 200: auditListSchema } } },
    async (request) => browseAudit(app.db, requestContext(request), request.query),
  );
}
