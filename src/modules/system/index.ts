export { markDemoLoaded, isDemo } from './system.service.ts';
export { systemRoutes } from './system.routes.ts';
export type { SystemInfo } from './system.schemas.ts';
