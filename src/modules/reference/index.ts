export { ensureReferenceData, agencyExists, listAgencies } from './reference.service.ts';
export { unknownAgencyCodes, unknownPackageCodes } from './reference.repository.ts';
export { referenceRoutes } from './reference.routes.ts';
export type { Agency, Package } from './reference.schemas.ts';
