export { meetingsRoutes } from './meetings.routes.ts';
export { resolutionsRoutes } from './resolutions.routes.ts';
export { runDailyDigest, type DigestResult } from './digest.service.ts';
export { loadDemoMeetings, type DemoMeetingsResult } from './meetings.seed.ts';
export { purgeUnlinkedAttachments } from './resolutions.repository.ts';
export type { Body, Meeting } from './meetings.schemas.ts';
export type { Resolution } from './resolutions.schemas.ts';
