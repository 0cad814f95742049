import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { provinces as provinceSeeds } from '../reference/reference.data.ts';
import type { ProvinceDetail, ProvinceSummary } from './geography.schemas.ts';

// Provinces on the demo data: quota against identified neighbourhoods, and who may set a quota.

let t: TestApp;
let admin: TestSession;
let viewer: TestSession;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  admin = await t.signIn({ username: 'prov-admin', role: 'admin' });
  viewer = await t.signIn({ username: 'prov-viewer', role: 'viewer' });
});

afterAll(async () => {
  await t?.close();
});

function quotaPatch(session: TestSession, code: string, payload: object) {
  return t.app.inject({ method: 'PATCH', url: `/api/v1/provinces/${code}`, headers: session.headers, payload });
}

async function quotaOf(code: string): Promise<number> {
  const row = await t.database.db.selectFrom('provinces').select('quota').where('code', '=', code).executeTakeFirstOrThrow();
  return row.quota;
}

describe('the province list', () => {
  it('has the 31 provinces with quota and identified counts that match the rows', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/provinces', headers: viewer.headers });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: ProvinceSummary[] }).items;
    expect(items).toHaveLength(31);
    expect(items.map((p) => p.code)).toEqual(Array.from({ length: 31 }, (_, i) => String(i).padStart(2, '0')));

    const counts = await t.database.db
      .selectFrom('neighborhoods')
      .select([
        'province_code',
        sql<number>`count(*)::int`.as('identified'),
        sql<number>`sum(population)::int`.as('population'),
        sql<number>`(count(*) filter (where status = 'target'))::int`.as('target'),
      ])
      .groupBy('province_code')
      .execute();
    const byCode = new Map(counts.map((row) => [row.province_code, row]));
    for (const item of items) {
      const seed = provinceSeeds.find((p) => p.code === item.code)!;
      const row = byCode.get(item.code);
      expect(item, item.code).toMatchObject({
        nameFa: seed.nameFa,
        population2016: seed.population2016,
        identified: row?.identified ?? 0,
        identifiedPopulation: row?.population ?? 0,
        targetCount: row?.target ?? 0,
      });
    }
    const alborz = items.find((p) => p.code === '30')!;
    expect(alborz).toMatchObject({ nameFa: 'البرز', nameEn: 'Alborz', population2016: 2_712_400, identified: 66 });
    const semnan = items.find((p) => p.code === '20')!;
    expect(semnan).toMatchObject({ nameFa: 'سمنان', identified: 50, quota: 50 });
    expect(items.find((p) => p.code === '11')?.nameFa).toBe('سیستان و بلوچستان');
  });
});

describe('a province page', () => {
  it('breaks Alborz down by severity, status, steward and county, each adding up to the identified count', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/provinces/30', headers: viewer.headers });
    expect(response.statusCode).toBe(200);
    const detail = response.json() as ProvinceDetail;
    expect(detail.code).toBe('30');
    expect(detail.identified).toBe(66);
    const sum = (values: { count?: number; identified?: number }[]) => values.reduce((total, v) => total + (v.count ?? v.identified ?? 0), 0);
    expect(sum(detail.bySeverity)).toBe(66);
    expect(sum(detail.byStatus)).toBe(66);
    expect(sum(detail.bySteward)).toBe(66);
    expect(sum(detail.counties)).toBe(66);
    expect(detail.counties.reduce((total, c) => total + c.population, 0)).toBe(detail.identifiedPopulation);
    expect(detail.byStatus.find((s) => s.status === 'target')?.count).toBe(detail.targetCount);

    const severe = await t.database.db
      .selectFrom('neighborhoods')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('province_code', '=', '30')
      .where('severity', '=', 'very_severe')
      .executeTakeFirstOrThrow();
    expect(detail.bySeverity.find((s) => s.severity === 'very_severe')?.count).toBe(severe.n);
    const karaj = detail.counties.find((c) => c.code === '30-01')!;
    expect(karaj.nameFa).toBe('کرج');
    const karajRows = await t.database.db.selectFrom('neighborhoods').select(sql<number>`count(*)::int`.as('n')).where('county_code', '=', '30-01').executeTakeFirstOrThrow();
    expect(karaj.identified).toBe(karajRows.n);
    expect(detail.bySteward.find((s) => s.agencyCode === 'welfare')?.nameFa).toBe('سازمان بهزیستی کشور');
    // Stewards are listed from the largest count down.
    const stewardCounts = detail.bySteward.map((s) => s.count);
    expect(stewardCounts).toEqual([...stewardCounts].sort((a, b) => b - a));
  });

  it('shows a province without neighbourhoods with zeros', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/provinces/16', headers: viewer.headers });
    expect(response.json()).toMatchObject({ code: '16', nameFa: 'ایلام', identified: 0, identifiedPopulation: 0, bySeverity: [], byStatus: [], bySteward: [] });
  });

  it('answers 404 for an unknown province and 400 for a malformed code', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/provinces/99', headers: viewer.headers });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'geography.province_not_found', title: 'استان پیدا نشد.' });
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/provinces/abc', headers: viewer.headers });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ errors: [{ path: 'code', code: 'field.bad_format' }] });
  });
});

describe('province quotas', () => {
  it("lets Alborz's secretariat raise its own quota, and audits it", async () => {
    const secretariat = await t.signIn({ username: 'alborz-quota', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] } });
    const before = await quotaOf('30');
    const response = await quotaPatch(secretariat, '30', { quota: before + 4 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: '30', quota: before + 4, identified: 66 });
    expect(await quotaOf('30')).toBe(before + 4);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'province')
      .where('entity_id', '=', '30')
      .where('action', '=', 'set_quota')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_username: 'alborz-quota', before: { quota: before }, after: { quota: before + 4 }, ip: '127.0.0.1' });
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/provinces', headers: viewer.headers });
    expect((listed.json() as { items: ProvinceSummary[] }).items.find((p) => p.code === '30')?.quota).toBe(before + 4);
  });

  it("refuses another province's quota with 403 auth.out_of_scope and changes nothing", async () => {
    const secretariat = await t.signIn({ username: 'semnan-quota', role: 'province_secretariat', scope: { level: 'province', codes: ['20'] } });
    const before = await quotaOf('30');
    const response = await quotaPatch(secretariat, '30', { quota: 200 });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.out_of_scope' });
    expect(await quotaOf('30')).toBe(before);
  });

  it('refuses a county-scoped secretariat, even in its own province', async () => {
    const county = await t.signIn({ username: 'county-quota', role: 'province_secretariat', scope: { level: 'county', codes: ['30-01'] } });
    const response = await quotaPatch(county, '30', { quota: 1 });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'auth.out_of_scope' });
  });

  it('refuses a viewer and agency staff with 403 auth.forbidden', async () => {
    const staff = await t.signIn({ username: 'staff-quota', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' });
    const before = await quotaOf('20');
    for (const session of [viewer, staff]) {
      const response = await quotaPatch(session, '20', { quota: 1 });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'auth.forbidden', title: 'شما اجازهٔ این کار را ندارید.' });
    }
    expect(await quotaOf('20')).toBe(before);
  });

  it('lets the national headquarters set any quota', async () => {
    const hq = await t.signIn({ username: 'hq-quota', role: 'national_hq' });
    const response = await quotaPatch(hq, '16', { quota: 12 });
    expect(response.statusCode).toBe(200);
    expect(await quotaOf('16')).toBe(12);
  });

  it('refuses a negative, fractional or missing quota with 400, and an unknown province with 404', async () => {
    const before = await quotaOf('20');
    const negative = await quotaPatch(admin, '20', { quota: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'quota', code: 'field.negative', message: '«سهمیهٔ محلات» نمی‌تواند منفی باشد.' }] });
    const fractional = await quotaPatch(admin, '20', { quota: 2.5 });
    expect(fractional.statusCode).toBe(400);
    const missing = await quotaPatch(admin, '20', {});
    expect(missing.json()).toMatchObject({ errors: [{ path: 'quota', code: 'field.required' }] });
    const unknown = await quotaPatch(admin, '99', { quota: 5 });
    expect(unknown.statusCode).toBe(404);
    expect(await quotaOf('20')).toBe(before);
  });
});
