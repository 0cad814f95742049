import type { meetingsFa } from './meetings.fa.ts';

/** English UI strings of the bodies and meetings pages: every key of the Persian file. */
export const meetingsEn: Record<keyof typeof meetingsFa, string> = {
  'nav.decisions': 'Meetings and resolutions',
  'nav.bodies': 'Headquarters and working groups',
  'nav.meetings': 'Meetings and minutes',
};
