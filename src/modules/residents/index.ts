export { residentsRoutes } from './residents.routes.ts';
export { duplicatesRoutes } from './duplicates.routes.ts';
export { detectDuplicatesInScope } from './duplicates.service.ts';
export { registerMergeStep, type MergeStep, type MergeStepContext } from './merge.service.ts';
export type { Person, Household } from './residents.schemas.ts';
export { loadDemoPopulation } from './residents.seed.ts';
export { importsRoutes } from './imports.routes.ts';
export { resumeImportJobs } from './imports.runner.ts';
