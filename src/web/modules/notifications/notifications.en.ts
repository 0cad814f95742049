import type { notificationsFa } from './notifications.fa.ts';

/** English UI strings of the notifications pages: every key of the Persian file. */
export const notificationsEn: Record<keyof typeof notificationsFa, string> = {
  'nav.notifications': 'Notifications',

  'notifications.kind.resolution_assigned': 'New resolution',
  'notifications.kind.deadline_soon': 'Deadline soon',
  'notifications.kind.resolution_overdue': 'Overdue',
  'notifications.kind.daily_digest': 'Daily digest',
  'notifications.text.resolution_assigned': 'Resolution {row} of meeting {meeting} of "{body}" was assigned to your agency; deadline: {deadline}.',
  'notifications.text.deadline_soon': '{days} days left until the deadline of resolution {row} of meeting {meeting} of "{body}" ({deadline}).',
  'notifications.text.deadline_today': 'The deadline of resolution {row} of meeting {meeting} of "{body}" is today ({deadline}).',
  'notifications.text.resolution_overdue': 'The deadline of resolution {row} of meeting {meeting} of "{body}" ({deadline}) has passed: {days} days late.',
  'notifications.text.daily_digest': 'Summary for {date}: {open} open resolutions, {dueSoon} due soon and {overdue} overdue.',
  'notifications.text.unknown': 'New notification',

  'notifications.unreadCount': '{count} unread',
  'notifications.markAllRead': 'Mark all read',
  'notifications.allMarked': 'All notifications were marked read.',
  'notifications.markRead': 'Mark read',
  'notifications.unreadMark': 'Unread',
  'notifications.show': 'Show',
  'notifications.all': 'All',
  'notifications.unreadOnly': 'Unread',
  'notifications.empty': 'You have no notifications.',
  'notifications.noUnread': 'You have no unread notifications.',
  'notifications.bellLabel': 'Notifications',
  'notifications.bellLabelUnread': 'Notifications, {count} unread',
  'notifications.manyCount': '{count}+',
  'notifications.seeAll': 'See all notifications',
};
