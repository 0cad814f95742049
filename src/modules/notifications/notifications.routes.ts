import { z } from 'zod';
import { requestContext, type TavanaApp } from '../../server/fastify-types.ts';
import { notificationListQuerySchema, notificationListSchema } from './notifications.schemas.ts';
import * as service from './notifications.service.ts';

export async function notificationsRoutes(app: TavanaApp): Promise<void> {
  app.get(
    '/api/v1/notifications',
    { schema: { tags: ['notifications'], summary: 'Your notifications, newest first, with the unread count', querystring: notificationListQuerySchema, response: { 200: notificationListSchema } } },
    async (request) => service.listNotifications(app.db, requestContext(request), request.query),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags: ['notifications'], summary: 'Mark one notification read', params: z.object({ id: z.string().max(20) }) } },
    async (request, reply) => {
      await service.markNotificationRead(app.db, requestContext(request), request.params.id);
      return reply.status(204).send();
    },
  );
  app.post('/api/v1/notifications/read-all', { schema: { tags: ['notifications'], summary: 'Mark all your notifications read' } }, async (request, reply) => {
    await service.markAllNotificationsRead(app.db, requestContext(request));
    return reply.status(204).send();
  });
}
