import { randomBytes } from 'node:crypto';
import type { TestApp, TestSession } from '../../server/test-app.ts';
import type { CreateNeighborhoodBody, House, Neighborhood } from './geography.schemas.ts';

// Test factories (DESIGN.md §4): valid records and their parents, made through the HTTP API as a
// client would make them. Used only by tests.

let sequence = 0;
const run = randomBytes(3).toString('hex');

/** A neighbourhood code no other test has used: letters, digits and hyphens, at most 30 characters. */
export function uniqueNeighborhoodCode(prefix = 'T'): string {
  sequence += 1;
  return `${prefix}-${run}-${sequence}`;
}

/** A valid body for POST /api/v1/neighborhoods in Karaj (Alborz), with a unique code and name. */
export function buildNeighborhoodBody(overrides: Partial<CreateNeighborhoodBody> = {}): CreateNeighborhoodBody {
  const code = overrides.code ?? uniqueNeighborhoodCode();
  return {
    code,
    nameFa: `محله آزمایشی ${code}`,
    nameEn: `Test quarter ${code}`,
    cityCode: '30-01-01',
    population: 12_000,
    households: 3_400,
    areaHectares: 42.5,
    fabric: 'worn_out',
    severity: 'severe',
    status: 'candidate',
    stewardAgencyCode: 'welfare',
    latitude: 35.83,
    longitude: 50.99,
    profile: '',
    ...overrides,
  };
}

/** Creates a neighbourhood through the API and returns it; throws unless the answer is 201. */
export async function createNeighborhood(t: TestApp, session: TestSession, overrides: Partial<CreateNeighborhoodBody> = {}): Promise<Neighborhood> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: session.headers, payload: buildNeighborhoodBody(overrides) });
  if (response.statusCode !== 201) throw new Error(`creating a neighbourhood failed: ${response.statusCode} ${response.body}`);
  return response.json() as Neighborhood;
}

/** Opens a house of an agency in a neighbourhood through the API; throws unless the answer is 201. */
export async function createHouse(t: TestApp, session: TestSession, neighborhoodId: number, agencyCode = 'welfare'): Promise<House> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/neighborhoods/${neighborhoodId}/houses`,
    headers: session.headers,
    payload: { agencyCode, nameFa: 'خانه بهزیستی آزمایشی', openedOn: '2024-03-10' },
  });
  if (response.statusCode !== 201) throw new Error(`opening a house failed: ${response.statusCode} ${response.body}`);
  return response.json() as House;
}
