/** Persian UI strings of the resolution tracker, scorecard and follow-up pages (merged into i18n/fa.ts). */
export const resolutionsFa = {
  'nav.resolutions': 'پیگیری مصوبات',
  'nav.myResolutions': 'مصوبات باز من',
  'nav.scorecards': 'کارنامهٔ دستگاه‌ها',
} as const;
