import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import type { Agency, Package } from './reference.schemas.ts';

let t: TestApp;
let hq: TestSession;
let viewer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  hq = await t.signIn({ username: 'ref-hq', role: 'national_hq' });
  viewer = await t.signIn({ username: 'ref-viewer', role: 'viewer' });
});

afterAll(async () => {
  await t?.close();
});

function packageBody(overrides: Record<string, unknown> = {}) {
  return { code: 'digital-skills', axisCode: 'transformation', nameFa: 'مهارت‌های دیجیتال', nameEn: 'Digital skills', sortOrder: 9, ...overrides };
}

async function packageRow(code: string) {
  return t.database.db.selectFrom('packages').selectAll().where('code', '=', code).executeTakeFirst();
}

async function packageCount(): Promise<number> {
  const row = await t.database.db.selectFrom('packages').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('reference data', () => {
  it('lists the agencies, the four founding agencies first with their houses', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: viewer.headers });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Agency[] }).items;
    expect(items.slice(0, 4).map((a) => [a.code, a.houseNameFa])).toEqual([
      ['relief-committee', 'خانه امداد'],
      ['setad', 'خانه احسان'],
      ['red-crescent', 'خانه هلال'],
      ['welfare', 'خانه بهزیستی'],
    ]);
    expect(items.map((a) => a.code)).toEqual(expect.arrayContaining(['ministry-of-health', 'ministry-of-education', 'plan-budget', 'governorate']));
    expect(items.every((a) => a.active)).toBe(true);
  });

  it('lists the two axes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/axes', headers: viewer.headers });
    expect(response.json()).toEqual({
      items: [
        { code: 'empowerment', nameFa: 'محور توانمندسازی (بالای ۳۰ سال)', nameEn: 'Empowerment (over 30)', minAge: 31, maxAge: null },
        { code: 'transformation', nameFa: 'محور تحول (۰ تا ۳۰ سال)', nameEn: 'Transformation (birth to 30)', minAge: 0, maxAge: 30 },
      ],
    });
  });

  it('lists the seven empowerment packages in order', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/packages', headers: viewer.headers });
    const items = (response.json() as { items: Package[] }).items;
    expect(items.filter((p) => p.axisCode === 'empowerment').map((p) => p.nameFa)).toEqual(['اشتغال', 'سلامت', 'تغذیه', 'پوشاک', 'ورزش و تفریحات', 'فرهنگ و مذهب', 'مسکن']);
  });
});

describe('editing packages', () => {
  it('lets the national headquarters create a package (201) and audits it', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/packages', headers: hq.headers, payload: packageBody() });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ code: 'digital-skills', axisCode: 'transformation', nameFa: 'مهارت‌های دیجیتال', nameEn: 'Digital skills', sortOrder: 9, active: true });
    expect(await packageRow('digital-skills')).toMatchObject({ axis_code: 'transformation', sort_order: 9, active: true });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'package').where('entity_id', '=', 'digital-skills').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor_username: 'ref-hq', before: null });
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/packages', headers: viewer.headers });
    expect((listed.json() as { items: Package[] }).items.map((p) => p.code)).toContain('digital-skills');
  });

  it('lets the national headquarters change a package, and audits before and after', async () => {
    const response = await t.app.inject({ method: 'PATCH', url: '/api/v1/packages/housing', headers: hq.headers, payload: { nameFa: 'مسکن و مقاوم‌سازی', active: false } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: 'housing', axisCode: 'empowerment', nameFa: 'مسکن و مقاوم‌سازی', active: false });
    expect(await packageRow('housing')).toMatchObject({ name_fa: 'مسکن و مقاوم‌سازی', active: false });
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity', '=', 'package').where('entity_id', '=', 'housing').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'update', before: { nameFa: 'مسکن', active: true }, after: { nameFa: 'مسکن و مقاوم‌سازی', active: false } });
  });

  it('refuses agency staff and viewers with 403 auth.forbidden and writes nothing', async () => {
    const staff = await t.signIn({ username: 'ref-staff', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'welfare' });
    const secretariat = await t.signIn({ username: 'ref-sec', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] } });
    const before = await packageCount();
    for (const session of [staff, viewer, secretariat]) {
      const create = await t.app.inject({ method: 'POST', url: '/api/v1/packages', headers: session.headers, payload: packageBody({ code: 'not-allowed' }) });
      expect(create.statusCode).toBe(403);
      expect(create.json()).toMatchObject({ code: 'auth.forbidden', title: 'شما اجازهٔ این کار را ندارید.' });
      const patch = await t.app.inject({ method: 'PATCH', url: '/api/v1/packages/health', headers: session.headers, payload: { nameFa: 'تغییر' } });
      expect(patch.statusCode).toBe(403);
    }
    expect(await packageCount()).toBe(before);
    expect(await packageRow('health')).toMatchObject({ name_fa: 'سلامت' });
  });

  it('refuses an unknown axis with 422 reference.unknown_axis, on create and on change', async () => {
    const before = await packageCount();
    const create = await t.app.inject({ method: 'POST', url: '/api/v1/packages', headers: hq.headers, payload: packageBody({ code: 'orphan', axisCode: 'prosperity' }) });
    expect(create.statusCode).toBe(422);
    expect(create.json()).toMatchObject({
      code: 'reference.unknown_axis',
      title: 'محوری با کد «prosperity» وجود ندارد.',
      errors: [{ path: 'axisCode', code: 'reference.unknown_axis' }],
    });
    expect(await packageCount()).toBe(before);
    const patch = await t.app.inject({ method: 'PATCH', url: '/api/v1/packages/nutrition', headers: hq.headers, payload: { axisCode: 'prosperity' } });
    expect(patch.statusCode).toBe(422);
    expect(await packageRow('nutrition')).toMatchObject({ axis_code: 'empowerment' });
  });

  it('answers simultaneous creations of one package with one 201 and the rest reference.duplicate_package, never a 500', async () => {
    const body = packageBody({ code: 'racing-package' });
    const responses = await Promise.all([1, 2, 3].map(() => t.app.inject({ method: 'POST', url: '/api/v1/packages', headers: hq.headers, payload: body })));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    for (const response of responses.filter((r) => r.statusCode === 409)) expect(response.json()).toMatchObject({ code: 'reference.duplicate_package' });
    const audit = await t.database.db.selectFrom('audit_log').select('id').where('entity', '=', 'package').where('entity_id', '=', 'racing-package').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a duplicate code, a malformed code and an unknown package', async () => {
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/v1/packages', headers: hq.headers, payload: packageBody({ code: 'employment' }) });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'reference.duplicate_package', errors: [{ path: 'code' }] });
    expect(await packageRow('employment')).toMatchObject({ name_fa: 'اشتغال' });
    const malformed = await t.app.inject({ method: 'POST', url: '/api/v1/packages', headers: hq.headers, payload: packageBody({ code: 'Bad Code' }) });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ errors: [{ path: 'code', code: 'field.bad_format' }] });
    const unknown = await t.app.inject({ method: 'PATCH', url: '/api/v1/packages/no-such-package', headers: hq.headers, payload: { nameFa: 'x' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'reference.package_not_found', title: 'بسته پیدا نشد.' });
  });
});
