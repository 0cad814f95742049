export { geographyRoutes } from './geography.routes.ts';
export { findUnknownPlaceCodes } from './geography.places.ts';
export { getNeighborhood } from './geography.service.ts';
export { loadDemoNeighborhoods, neighborhoodCount } from './geography.seed.ts';
export type { Neighborhood } from './geography.schemas.ts';
