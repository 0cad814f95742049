export { notificationsRoutes } from './notifications.routes.ts';
export { notify, type Notice } from './notifications.service.ts';
export type { Notification, NotificationKind } from './notifications.schemas.ts';
