/** Persian UI strings of the notifications pages (merged into i18n/fa.ts). */
export const notificationsFa = {
  'nav.notifications': 'اعلان‌ها',
} as const;
