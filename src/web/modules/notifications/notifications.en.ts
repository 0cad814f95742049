import type { notificationsFa } from './notifications.fa.ts';

/** English UI strings of the notifications pages: every key of the Persian file. */
export const notificationsEn: Record<keyof typeof notificationsFa, string> = {
  'nav.notifications': 'Notifications',
};
