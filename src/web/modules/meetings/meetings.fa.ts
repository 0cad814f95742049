/** Persian UI strings of the bodies and meetings pages (merged into i18n/fa.ts). */
export const meetingsFa = {
  'nav.decisions': 'جلسات و مصوبات',
  'nav.bodies': 'قرارگاه‌ها و کارگروه‌ها',
  'nav.meetings': 'جلسات و صورتجلسه‌ها',
} as const;
