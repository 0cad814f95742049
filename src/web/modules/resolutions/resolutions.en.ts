import type { resolutionsFa } from './resolutions.fa.ts';

/** English UI strings of the resolution pages: every key of the Persian file. */
export const resolutionsEn: Record<keyof typeof resolutionsFa, string> = {
  'nav.resolutions': 'Resolution tracker',
  'nav.myResolutions': 'My open resolutions',
  'nav.scorecards': 'Agency scorecards',
};
