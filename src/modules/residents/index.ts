export { residentsRoutes } from './residents.routes.ts';
export type { Person, Household } from './residents.schemas.ts';
export { loadDemoPopulation } from './residents.seed.ts';
export { importsRoutes } from './imports.routes.ts';
export { resumeImportJobs } from './imports.runner.ts';
