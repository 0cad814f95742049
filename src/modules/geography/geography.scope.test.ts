import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { buildNeighborhoodBody, createHouse, createNeighborhood } from './geography.factories.ts';
import type { Neighborhood, NeighborhoodList } from './geography.schemas.ts';

// Who sees and changes which neighbourhoods: scope filters records (404 outside it), roles and
// scope together decide actions (403).

let t: TestApp;
let admin: TestSession;
let alborzSecretariat: TestSession;
let viewer: TestSession;
let welfareStaff: TestSession;
let houseStaff: TestSession;
let karajCountyStaff: TestSession;
let karaj: Neighborhood;
let kamalshahr: Neighborhood;
let hashtgerd: Neighborhood;
let semnan: Neighborhood;
let shahroud: Neighborhood;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'scope-admin', role: 'admin' });
  karaj = await createNeighborhood(t, admin, { cityCode: '30-01-01' });
  kamalshahr = await createNeighborhood(t, admin, { cityCode: '30-01-02' });
  hashtgerd = await createNeighborhood(t, admin, { cityCode: '30-02-01' });
  semnan = await createNeighborhood(t, admin, { cityCode: '20-02-01' });
  shahroud = await createNeighborhood(t, admin, { cityCode: '20-03-01' });
  alborzSecretariat = await t.signIn({ username: 'alborz-sec', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] } });
  viewer = await t.signIn({ username: 'scope-viewer', role: 'viewer' });
  welfareStaff = await t.signIn({ username: 'welfare-alborz', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'welfare' });
  houseStaff = await t.signIn({ username: 'house-karaj', role: 'house_staff', scope: { level: 'neighborhood', codes: [karaj.code] }, agencyCode: 'welfare' });
  karajCountyStaff = await t.signIn({ username: 'karaj-county', role: 'province_secretariat', scope: { level: 'county', codes: ['30-01'] } });
});

afterAll(async () => {
  await t?.close();
});

function request(session: TestSession, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
}

async function listAs(session: TestSession, query = ''): Promise<NeighborhoodList> {
  const response = await request(session, 'GET', `/api/v1/neighborhoods?pageSize=200${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NeighborhoodList;
}

async function neighborhoodCount(): Promise<number> {
  const row = await t.database.db.selectFrom('neighborhoods').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countInProvince(code: string): Promise<number> {
  const row = await t.database.db.selectFrom('neighborhoods').select((eb) => eb.fn.countAll<string>().as('n')).where('province_code', '=', code).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('a province secretariat scoped to Alborz (30)', () => {
  it('lists only Alborz neighbourhoods, with a total that counts only them', async () => {
    const result = await listAs(alborzSecretariat);
    expect(result.items.length).toBeGreaterThanOrEqual(3);
    expect(result.items.every((n) => n.provinceCode === '30')).toBe(true);
    expect(result.total).toBe(await countInProvince('30'));
    expect(result.items.map((n) => n.id)).toEqual(expect.arrayContaining([karaj.id, kamalshahr.id, hashtgerd.id]));
  });

  it('sees nothing of another province even when filtering or searching for it', async () => {
    expect((await listAs(alborzSecretariat, '&province=20')).total).toBe(0);
    expect((await listAs(alborzSecretariat, `&q=${encodeURIComponent(semnan.code)}`)).total).toBe(0);
  });

  it('gets 404 for a neighbourhood of another province, as if it did not exist', async () => {
    const response = await request(alborzSecretariat, 'GET', `/api/v1/neighborhoods/${semnan.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'geography.neighborhood_not_found', title: 'محله پیدا نشد.' });
    expect((await request(alborzSecretariat, 'GET', `/api/v1/neighborhoods/${karaj.id}`)).statusCode).toBe(200);
    expect((await request(alborzSecretariat, 'GET', `/api/v1/neighborhoods/${semnan.id}/houses`)).statusCode).toBe(404);
  });

  it('gets 404 when changing or deleting a neighbourhood of another province, which stays as it was', async () => {
    const patch = await request(alborzSecretariat, 'PATCH', `/api/v1/neighborhoods/${semnan.id}`, { version: semnan.version, population: 1 });
    expect(patch.statusCode).toBe(404);
    const del = await request(alborzSecretariat, 'DELETE', `/api/v1/neighborhoods/${semnan.id}`);
    expect(del.statusCode).toBe(404);
    const row = await t.database.db.selectFrom('neighborhoods').select(['population', 'version']).where('id', '=', semnan.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ population: semnan.population, version: 1 });
  });

  it('gets 403 auth.out_of_scope when creating in a city of another province, and nothing is written', async () => {
    const before = await neighborhoodCount();
    const response = await request(alborzSecretariat, 'POST', '/api/v1/neighborhoods', buildNeighborhoodBody({ cityCode: '20-02-01' }));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.out_of_scope', title: 'این کار بیرون از محدودهٔ دسترسی شماست.' });
    expect(await neighborhoodCount()).toBe(before);
  });

  it('creates in its own province', async () => {
    const response = await request(alborzSecretariat, 'POST', '/api/v1/neighborhoods', buildNeighborhoodBody({ cityCode: '30-03-01' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ provinceCode: '30', countyCode: '30-03' });
  });

  it('cannot move its own neighbourhood into another province', async () => {
    const own = await createNeighborhood(t, alborzSecretariat, { cityCode: '30-01-01' });
    const response = await request(alborzSecretariat, 'PATCH', `/api/v1/neighborhoods/${own.id}`, { version: 1, cityCode: '20-02-01' });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.out_of_scope' });
    const row = await t.database.db.selectFrom('neighborhoods').select(['province_code', 'city_code', 'version']).where('id', '=', own.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ province_code: '30', city_code: '30-01-01', version: 1 });
  });

  it('changes and deletes its own neighbourhoods', async () => {
    const own = await createNeighborhood(t, alborzSecretariat, { cityCode: '30-02-01' });
    const patch = await request(alborzSecretariat, 'PATCH', `/api/v1/neighborhoods/${own.id}`, { version: 1, status: 'target' });
    expect(patch.statusCode).toBe(200);
    expect((await request(alborzSecretariat, 'DELETE', `/api/v1/neighborhoods/${own.id}`)).statusCode).toBe(204);
  });

  it('exports only its own province', async () => {
    const response = await request(alborzSecretariat, 'GET', '/api/v1/neighborhoods/export.xlsx');
    expect(response.statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'export')
      .where('actor_username', '=', 'alborz-sec')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect((audit.after as { rows: number }).rows).toBe(await countInProvince('30'));
  });
});

describe('a county-scoped user (Karaj county 30-01)', () => {
  it('sees only that county', async () => {
    const result = await listAs(karajCountyStaff);
    expect(result.items.every((n) => n.countyCode === '30-01')).toBe(true);
    expect(result.items.map((n) => n.id)).toEqual(expect.arrayContaining([karaj.id, kamalshahr.id]));
    expect(result.items.map((n) => n.id)).not.toContain(hashtgerd.id);
    expect((await request(karajCountyStaff, 'GET', `/api/v1/neighborhoods/${hashtgerd.id}`)).statusCode).toBe(404);
  });

  it('may not create in another county of the same province', async () => {
    const response = await request(karajCountyStaff, 'POST', '/api/v1/neighborhoods', buildNeighborhoodBody({ cityCode: '30-02-01' }));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.out_of_scope' });
  });
});

describe('a viewer', () => {
  it('reads the whole country but gets 403 auth.forbidden on every write, and nothing changes', async () => {
    expect((await listAs(viewer)).total).toBe(await neighborhoodCount());
    const before = await neighborhoodCount();
    const create = await request(viewer, 'POST', '/api/v1/neighborhoods', buildNeighborhoodBody());
    expect(create.statusCode).toBe(403);
    expect(create.json()).toMatchObject({ code: 'auth.forbidden', title: 'شما اجازهٔ این کار را ندارید.' });
    const patch = await request(viewer, 'PATCH', `/api/v1/neighborhoods/${karaj.id}`, { version: 1, population: 1 });
    expect(patch.statusCode).toBe(403);
    const del = await request(viewer, 'DELETE', `/api/v1/neighborhoods/${shahroud.id}`);
    expect(del.statusCode).toBe(403);
    const house = await request(viewer, 'POST', `/api/v1/neighborhoods/${karaj.id}/houses`, { agencyCode: 'welfare', nameFa: 'خانه' });
    expect(house.statusCode).toBe(403);
    const exported = await request(viewer, 'GET', '/api/v1/neighborhoods/export.xlsx');
    expect(exported.statusCode).toBe(403);
    expect(await neighborhoodCount()).toBe(before);
    const row = await t.database.db.selectFrom('neighborhoods').select('version').where('id', '=', karaj.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(1);
  });
});

describe('agency staff (Welfare, Alborz)', () => {
  it('cannot change a neighbourhood', async () => {
    const patch = await request(welfareStaff, 'PATCH', `/api/v1/neighborhoods/${karaj.id}`, { version: 1, population: 1 });
    expect(patch.statusCode).toBe(403);
    expect(patch.json()).toMatchObject({ code: 'auth.forbidden' });
    const create = await request(welfareStaff, 'POST', '/api/v1/neighborhoods', buildNeighborhoodBody());
    expect(create.statusCode).toBe(403);
    expect((await request(welfareStaff, 'DELETE', `/api/v1/neighborhoods/${karaj.id}`)).statusCode).toBe(403);
  });

  it("adds a house of its own agency, but not another agency's", async () => {
    const own = await request(welfareStaff, 'POST', `/api/v1/neighborhoods/${kamalshahr.id}/houses`, { agencyCode: 'welfare', nameFa: 'خانه بهزیستی کمال‌شهر' });
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ agencyCode: 'welfare', neighborhoodId: kamalshahr.id });
    const other = await request(welfareStaff, 'POST', `/api/v1/neighborhoods/${kamalshahr.id}/houses`, { agencyCode: 'relief-committee', nameFa: 'خانه امداد' });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'auth.forbidden' });
    const houses = await t.database.db.selectFrom('houses').select('agency_code').where('neighborhood_id', '=', kamalshahr.id).execute();
    expect(houses).toEqual([{ agency_code: 'welfare' }]);
  });

  it("cannot remove another agency's house, and cannot see houses outside its scope", async () => {
    const relief = await createHouse(t, admin, hashtgerd.id, 'relief-committee');
    const del = await request(welfareStaff, 'DELETE', `/api/v1/houses/${relief.id}`);
    expect(del.statusCode).toBe(403);
    expect((await t.database.db.selectFrom('houses').select('id').where('id', '=', relief.id).execute())).toHaveLength(1);

    const semnanHouse = await createHouse(t, admin, semnan.id, 'welfare');
    const outside = await request(welfareStaff, 'DELETE', `/api/v1/houses/${semnanHouse.id}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toMatchObject({ code: 'geography.house_not_found' });
    const add = await request(welfareStaff, 'POST', `/api/v1/neighborhoods/${semnan.id}/houses`, { agencyCode: 'welfare', nameFa: 'خانه' });
    expect(add.statusCode).toBe(404);
  });
});

describe('house staff scoped to one neighbourhood', () => {
  it('sees only that neighbourhood', async () => {
    const result = await listAs(houseStaff);
    expect(result.items.map((n) => n.id)).toEqual([karaj.id]);
    expect(result.total).toBe(1);
    expect((await request(houseStaff, 'GET', `/api/v1/neighborhoods/${karaj.id}`)).statusCode).toBe(200);
    expect((await request(houseStaff, 'GET', `/api/v1/neighborhoods/${kamalshahr.id}`)).statusCode).toBe(404);
  });

  it('cannot change it or open houses in it', async () => {
    expect((await request(houseStaff, 'PATCH', `/api/v1/neighborhoods/${karaj.id}`, { version: 1, population: 1 })).statusCode).toBe(403);
    expect((await request(houseStaff, 'POST', `/api/v1/neighborhoods/${karaj.id}/houses`, { agencyCode: 'welfare', nameFa: 'خانه' })).statusCode).toBe(403);
  });
});
