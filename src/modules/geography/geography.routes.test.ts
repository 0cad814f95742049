import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { buildNeighborhoodBody, createHouse, createNeighborhood, uniqueNeighborhoodCode } from './geography.factories.ts';
import type { CreateNeighborhoodBody, Neighborhood, NeighborhoodList } from './geography.schemas.ts';

let t: TestApp;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'geo-admin', role: 'admin' });
});

afterAll(async () => {
  await t?.close();
});

interface FieldProblem {
  status: number;
  code: string;
  title: string;
  errors: { path: string; code: string; message: string }[];
}

async function neighborhoodCount(): Promise<number> {
  const row = await t.database.db.selectFrom('neighborhoods').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditCount(): Promise<number> {
  const row = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function post(payload: unknown, session: TestSession = admin) {
  return t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: session.headers, payload: payload as object });
}

function get(url: string) {
  return t.app.inject({ method: 'GET', url, headers: admin.headers });
}

async function list(query: string): Promise<NeighborhoodList> {
  const response = await get(`/api/v1/neighborhoods?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NeighborhoodList;
}

/** Posts a bad body and checks the status, the problem code, and that neither a row nor an audit entry was written. */
async function expectRefused(payload: unknown, status: number, code: string): Promise<FieldProblem> {
  const rows = await neighborhoodCount();
  const audits = await auditCount();
  const response = await post(payload);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = response.json() as FieldProblem;
  expect(problem.code).toBe(code);
  expect(await neighborhoodCount()).toBe(rows);
  expect(await auditCount()).toBe(audits);
  return problem;
}

describe('creating a neighbourhood', () => {
  it('stores names and the profile with Persian letters, keeping the profile\'s paragraphs', async () => {
    const response = await post(buildNeighborhoodBody({ nameFa: '  كوي  علي‌آباد ', profile: 'خانه امداد فعال است.\n\n\n\nنياز اصلي: مسكن' }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ nameFa: 'کوی علی‌آباد', profile: 'خانه امداد فعال است.\n\nنیاز اصلی: مسکن' });
  });

  it('answers 201 with the record, derives province, county and city from the city, and reads back the same', async () => {
    const body = buildNeighborhoodBody({ cityCode: '20-03-01', nameFa: 'شهرک ولیعصر', nameEn: 'Shahrak-e Valiasr', profile: 'محله‌ای در شاهرود.' });
    const response = await post(body);
    expect(response.statusCode).toBe(201);
    const created = response.json() as Neighborhood;
    expect(created).toMatchObject({
      code: body.code,
      nameFa: 'شهرک ولیعصر',
      nameEn: 'Shahrak-e Valiasr',
      provinceCode: '20',
      provinceNameFa: 'سمنان',
      provinceNameEn: 'Semnan',
      countyCode: '20-03',
      countyNameFa: 'شاهرود',
      cityCode: '20-03-01',
      cityNameFa: 'شاهرود',
      population: body.population,
      households: body.households,
      areaHectares: 42.5,
      fabric: 'worn_out',
      severity: 'severe',
      status: 'candidate',
      stewardAgencyCode: 'welfare',
      stewardAgencyNameFa: 'سازمان بهزیستی کشور',
      stewardHouseNameFa: 'خانه بهزیستی',
      latitude: 35.83,
      longitude: 50.99,
      profile: 'محله‌ای در شاهرود.',
      version: 1,
    });
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    const read = await get(`/api/v1/neighborhoods/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(created);
    const row = await t.database.db.selectFrom('neighborhoods').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ province_code: '20', county_code: '20-03', city_code: '20-03-01', version: 1 });
  });

  it('fills defaults for optional fields', async () => {
    const code = uniqueNeighborhoodCode();
    const response = await post({ code, nameFa: 'محله حداقلی', cityCode: '30-01-01', population: 100, households: 20, fabric: 'historic', severity: 'weak' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ nameEn: '', areaHectares: null, status: 'candidate', stewardAgencyCode: null, stewardAgencyNameFa: null, latitude: null, longitude: null, profile: '' });
  });

  it('stores the Persian name normalised: Arabic ي and ك become ی and ک, spaces collapse', async () => {
    const created = await createNeighborhood(t, admin, { nameFa: '  كوي   ياس  ' });
    expect(created.nameFa).toBe('کوی یاس');
    const row = await t.database.db.selectFrom('neighborhoods').select(['name_fa', 'search_text']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.name_fa).toBe('کوی یاس');
    expect(row.search_text).toContain('کوی یاس');
  });

  it('refuses a missing field with 400 and a Persian field message', async () => {
    const { nameFa: _omitted, ...body } = buildNeighborhoodBody();
    const problem = await expectRefused(body, 400, 'request.invalid');
    expect(problem.title).toBe('درخواست نادرست است.');
    expect(problem.errors).toEqual([{ path: 'nameFa', code: 'field.required', message: '«نام فارسی» لازم است.' }]);
  });

  it('lists every missing field', async () => {
    const problem = await expectRefused({ code: uniqueNeighborhoodCode() }, 400, 'request.invalid');
    expect(problem.errors.map((error) => error.path).sort()).toEqual(['cityCode', 'fabric', 'households', 'nameFa', 'population', 'severity']);
    expect(problem.errors.every((error) => error.code === 'field.required')).toBe(true);
  });

  it('refuses a string for the population', async () => {
    const problem = await expectRefused({ ...buildNeighborhoodBody(), population: 'many' }, 400, 'request.invalid');
    expect(problem.errors).toEqual([{ path: 'population', code: 'field.not_number', message: '«جمعیت» باید عدد باشد.' }]);
  });

  it('refuses a fractional population', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ population: 10.5 }), 400, 'request.invalid');
    expect(problem.errors).toEqual([{ path: 'population', code: 'field.not_integer', message: '«جمعیت» باید عدد صحیح باشد.' }]);
  });

  it('refuses a negative population with its Persian message', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ population: -5 }), 400, 'request.invalid');
    expect(problem.errors).toEqual([{ path: 'population', code: 'field.negative', message: '«جمعیت» نمی‌تواند منفی باشد.' }]);
  });

  it('refuses more households than people', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ population: 100, households: 101 }), 422, 'geography.households_exceed_population');
    expect(problem.title).toBe('تعداد خانوار نمی‌تواند از جمعیت بیشتر باشد.');
    expect(problem.errors).toEqual([{ path: 'households', code: 'geography.households_exceed_population', message: 'تعداد خانوار نمی‌تواند از جمعیت بیشتر باشد.' }]);
  });

  it('refuses an unknown city with geography.unknown_city', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ cityCode: '99-99-99' }), 422, 'geography.unknown_city');
    expect(problem.title).toBe('شهری با کد «99-99-99» وجود ندارد.');
    expect(problem.errors).toEqual([{ path: 'cityCode', code: 'geography.unknown_city', message: 'شهری با کد «99-99-99» وجود ندارد.' }]);
  });

  it('refuses an unknown steward agency with geography.unknown_agency', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ stewardAgencyCode: 'no-such-agency' }), 422, 'geography.unknown_agency');
    expect(problem.title).toBe('دستگاهی با کد «no-such-agency» وجود ندارد.');
    expect(problem.errors[0]?.path).toBe('stewardAgencyCode');
  });

  it('refuses a duplicate code with 409 geography.duplicate_code', async () => {
    const first = await createNeighborhood(t, admin);
    const problem = await expectRefused(buildNeighborhoodBody({ code: first.code, cityCode: '20-02-01' }), 409, 'geography.duplicate_code');
    expect(problem.title).toBe(`محله‌ای با کد «${first.code}» از پیش ثبت شده است.`);
    expect(problem.errors[0]?.path).toBe('code');
  });

  it('refuses a duplicate name in the same city, also when typed with Arabic letters, but allows it in another city', async () => {
    await createNeighborhood(t, admin, { nameFa: 'کوی کارگران', cityCode: '30-01-02' });
    const problem = await expectRefused(buildNeighborhoodBody({ nameFa: 'كوي كارگران', cityCode: '30-01-02' }), 409, 'geography.duplicate_name');
    expect(problem.title).toBe('محله‌ای با نام «کوی کارگران» در همین شهر از پیش ثبت شده است.');
    expect(problem.errors[0]?.path).toBe('nameFa');
    const elsewhere = await post(buildNeighborhoodBody({ nameFa: 'کوی کارگران', cityCode: '30-01-03' }));
    expect(elsewhere.statusCode).toBe(201);
  });

  it('answers simultaneous creations of one code with one 201 and the rest 409, writing one row and one audit entry', async () => {
    const body = buildNeighborhoodBody();
    const responses = await Promise.all([1, 2, 3].map(() => post(body)));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    for (const response of responses.filter((r) => r.statusCode === 409)) expect(response.json()).toMatchObject({ code: 'geography.duplicate_code' });
    const rows = await t.database.db.selectFrom('neighborhoods').select('id').where('code', '=', body.code).execute();
    expect(rows).toHaveLength(1);
    const audit = await t.database.db.selectFrom('audit_log').select('id').where('entity', '=', 'neighborhood').where('entity_id', '=', String(rows[0]!.id)).execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses an unknown field (the schema is strict), including a province sent by the client', async () => {
    const problem = await expectRefused({ ...buildNeighborhoodBody(), district: 'منطقه ۵' }, 400, 'request.invalid');
    expect(problem.errors).toEqual([{ path: '', code: 'field.unknown', message: 'فیلد ناشناخته: district' }]);
    const province = await expectRefused({ ...buildNeighborhoodBody(), provinceCode: '30' }, 400, 'request.invalid');
    expect(province.errors[0]?.code).toBe('field.unknown');
  });

  it('refuses a latitude without a longitude, and the other way round', async () => {
    const latOnly = await expectRefused(buildNeighborhoodBody({ latitude: 35.8, longitude: null }), 422, 'geography.coordinates_pair');
    expect(latOnly.title).toBe('عرض و طول جغرافیایی باید با هم وارد شوند.');
    expect(latOnly.errors[0]?.path).toBe('longitude');
    const longOnly = await expectRefused(buildNeighborhoodBody({ latitude: null, longitude: 50.9 }), 422, 'geography.coordinates_pair');
    expect(longOnly.errors[0]?.path).toBe('latitude');
  });

  it('refuses coordinates outside Iran', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ latitude: 10, longitude: 50.9 }), 400, 'request.invalid');
    expect(problem.errors).toEqual([{ path: 'latitude', code: 'field.too_small', message: '«عرض جغرافیایی» نباید کمتر از ۲۴ باشد.' }]);
  });

  it('refuses an unknown severity, listing the allowed values', async () => {
    const problem = await expectRefused({ ...buildNeighborhoodBody(), severity: 'extreme' }, 400, 'request.invalid');
    expect(problem.errors).toEqual([
      { path: 'severity', code: 'field.not_allowed_value', message: 'مقدار «شدت محرومیت» مجاز نیست. مقادیر مجاز: very_severe، severe، weak، very_weak' },
    ]);
  });

  it('refuses a malformed code and a blank name', async () => {
    const problem = await expectRefused(buildNeighborhoodBody({ code: 'کد فارسی', nameFa: '   ' }), 400, 'request.invalid');
    expect(problem.errors).toEqual([
      { path: 'code', code: 'field.bad_format', message: 'قالب «کد» نادرست است.' },
      { path: 'nameFa', code: 'field.empty', message: '«نام فارسی» نباید خالی باشد.' },
    ]);
  });
});

describe('reading neighbourhoods', () => {
  it('answers 404 geography.neighborhood_not_found for an unknown id, and 400 for a malformed one', async () => {
    const missing = await get('/api/v1/neighborhoods/987654');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'geography.neighborhood_not_found', title: 'محله پیدا نشد.' });
    const malformed = await get('/api/v1/neighborhoods/abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'id', code: 'field.not_number', message: '«شناسه» باید عدد باشد.' }] });
  });

  it('lists counties of a province and cities of a county', async () => {
    const counties = await get('/api/v1/counties?province=30');
    expect(counties.statusCode).toBe(200);
    const countyItems = (counties.json() as { items: { code: string; provinceCode: string }[] }).items;
    expect(countyItems.map((c) => c.code)).toContain('30-01');
    expect(countyItems.every((c) => c.provinceCode === '30')).toBe(true);
    const cities = await get('/api/v1/cities?county=30-01');
    const cityItems = (cities.json() as { items: { code: string; countyCode: string; nameFa: string }[] }).items;
    expect(cityItems.map((c) => c.code)).toEqual(expect.arrayContaining(['30-01-01', '30-01-02', '30-01-03']));
    expect(cityItems.every((c) => c.countyCode === '30-01')).toBe(true);
    expect(cityItems.find((c) => c.code === '30-01-01')?.nameFa).toBe('کرج');
  });
});

describe('searching', () => {
  let target: Neighborhood;
  beforeAll(async () => {
    target = await createNeighborhood(t, admin, { nameFa: 'کوی علی‌آباد', nameEn: 'Kuy-e Aliabad', cityCode: '30-02-01' });
    await createNeighborhood(t, admin, { nameFa: 'کوی گلستان', nameEn: 'Kuy-e Golestan', cityCode: '30-02-01' });
  });

  it('finds a name stored with ی when searched with Arabic ي', async () => {
    const result = await list(`q=${encodeURIComponent('علي')}`);
    expect(result.items.map((n) => n.id)).toContain(target.id);
    expect(result.items.every((n) => n.nameFa.includes('علی'))).toBe(true);
  });

  it('finds a name stored with ک and ی when searched with Arabic ك and ي', async () => {
    const result = await list(`q=${encodeURIComponent('كوي علي')}&city=30-02-01`);
    expect(result.items.map((n) => n.nameFa)).toEqual(['کوی علی‌آباد']);
    const both = await list(`q=${encodeURIComponent('كوي')}&city=30-02-01`);
    expect(both.items.map((n) => n.nameFa).sort()).toEqual(['کوی علی‌آباد', 'کوی گلستان'].sort());
    expect(both.total).toBe(2);
  });

  it('searches English names without regard to case, and codes', async () => {
    expect((await list('q=ALIABAD')).items.map((n) => n.id)).toEqual([target.id]);
    expect((await list(`q=${encodeURIComponent(target.code)}`)).items.map((n) => n.id)).toEqual([target.id]);
  });

  it('treats % and _ in a search as text, not wildcards', async () => {
    expect((await list(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(`q=${encodeURIComponent('_')}`)).total).toBe(0);
  });

  it('finds nothing for a name that does not exist', async () => {
    const result = await list(`q=${encodeURIComponent('ناموجودستان')}`);
    expect(result).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
  });
});

describe('filters, sorting and paging', () => {
  const token = `flt${Date.now().toString(36)}`;
  const ids: Record<string, number> = {};
  const specs: Record<string, Partial<CreateNeighborhoodBody>> = {
    A: { cityCode: '30-01-01', severity: 'very_severe', status: 'target', stewardAgencyCode: 'welfare', fabric: 'worn_out', population: 1000, households: 200 },
    B: { cityCode: '30-01-02', severity: 'severe', status: 'candidate', stewardAgencyCode: 'relief-committee', fabric: 'informal_settlement', population: 5000, households: 900 },
    C: { cityCode: '30-02-01', severity: 'weak', status: 'graduated', stewardAgencyCode: 'setad', fabric: 'historic', population: 3000, households: 700 },
    D: { cityCode: '20-02-01', severity: 'very_weak', status: 'target', stewardAgencyCode: 'red-crescent', fabric: 'rural_origin', population: 2000, households: 500 },
    E: { cityCode: '20-03-01', severity: 'severe', status: 'target', stewardAgencyCode: 'welfare', fabric: 'worn_out', population: 4000, households: 1000 },
  };

  beforeAll(async () => {
    for (const [key, spec] of Object.entries(specs)) {
      const created = await createNeighborhood(t, admin, { ...spec, nameFa: `محله ${key} ${token}`, nameEn: `${token} ${key}` });
      ids[key] = created.id;
    }
  });

  async function keysOf(query: string): Promise<string[]> {
    const result = await list(`q=${token}&pageSize=200&${query}`);
    const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    expect(result.total).toBe(result.items.length);
    return result.items.map((n) => byId.get(n.id) ?? `other:${n.code}`).sort();
  }

  it('finds all five with the search alone', async () => {
    expect(await keysOf('')).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('narrows by province, county and city', async () => {
    expect(await keysOf('province=30')).toEqual(['A', 'B', 'C']);
    expect(await keysOf('province=20')).toEqual(['D', 'E']);
    expect(await keysOf('county=30-01')).toEqual(['A', 'B']);
    expect(await keysOf('city=30-02-01')).toEqual(['C']);
    expect(await keysOf('province=23')).toEqual([]);
  });

  it('narrows by severity, status, steward agency and fabric', async () => {
    expect(await keysOf('severity=severe')).toEqual(['B', 'E']);
    expect(await keysOf('status=target')).toEqual(['A', 'D', 'E']);
    expect(await keysOf('status=graduated')).toEqual(['C']);
    expect(await keysOf('stewardAgency=welfare')).toEqual(['A', 'E']);
    expect(await keysOf('stewardAgency=relief-committee')).toEqual(['B']);
    expect(await keysOf('fabric=worn_out')).toEqual(['A', 'E']);
    expect(await keysOf('fabric=historic')).toEqual(['C']);
  });

  it('combines filters', async () => {
    expect(await keysOf('province=30&severity=severe')).toEqual(['B']);
    expect(await keysOf('status=target&fabric=worn_out&province=20')).toEqual(['E']);
  });

  it('sorts by population ascending and descending', async () => {
    const ascending = await list(`q=${token}&sort=population`);
    expect(ascending.items.map((n) => n.population)).toEqual([1000, 2000, 3000, 4000, 5000]);
    const descending = await list(`q=${token}&sort=-population`);
    expect(descending.items.map((n) => n.population)).toEqual([5000, 4000, 3000, 2000, 1000]);
  });

  it('sorts by severity and by code', async () => {
    const bySeverity = await list(`q=${token}&sort=-severity`);
    expect(bySeverity.items[0]?.id).toBe(ids.A);
    expect(bySeverity.items.at(-1)?.id).toBe(ids.D);
    const byCode = await list(`q=${token}&sort=code`);
    const codes = byCode.items.map((n) => n.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('pages with total, page and pageSize', async () => {
    const page1 = await list(`q=${token}&sort=population&pageSize=2&page=1`);
    expect(page1).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page1.items.map((n) => n.id)).toEqual([ids.A, ids.D]);
    const page2 = await list(`q=${token}&sort=population&pageSize=2&page=2`);
    expect(page2.items.map((n) => n.id)).toEqual([ids.C, ids.E]);
    const page3 = await list(`q=${token}&sort=population&pageSize=2&page=3`);
    expect(page3).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(page3.items.map((n) => n.id)).toEqual([ids.B]);
    const beyond = await list(`q=${token}&sort=population&pageSize=2&page=9`);
    expect(beyond).toMatchObject({ items: [], total: 5, page: 9 });
  });

  it('refuses a page size over 200, page 0, an unknown sort key and an unknown severity', async () => {
    const tooBig = await get('/api/v1/neighborhoods?pageSize=201');
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'pageSize', code: 'field.too_big', message: '«اندازهٔ صفحه» نباید بیشتر از ۲۰۰ باشد.' }] });
    const pageZero = await get('/api/v1/neighborhoods?page=0');
    expect(pageZero.statusCode).toBe(400);
    expect(pageZero.json()).toMatchObject({ errors: [{ path: 'page', code: 'field.too_small' }] });
    const badSort = await get('/api/v1/neighborhoods?sort=secret');
    expect(badSort.statusCode).toBe(400);
    expect(badSort.json()).toMatchObject({ errors: [{ path: 'sort', code: 'field.not_allowed_value' }] });
    const badSeverity = await get('/api/v1/neighborhoods?severity=extreme');
    expect(badSeverity.statusCode).toBe(400);
    expect(badSeverity.json()).toMatchObject({ errors: [{ path: 'severity', code: 'field.not_allowed_value' }] });
  });
});

describe('changing a neighbourhood', () => {
  it('updates with the right version and bumps the version', async () => {
    const created = await createNeighborhood(t, admin);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/neighborhoods/${created.id}`,
      headers: admin.headers,
      payload: { version: 1, population: 15_000, severity: 'very_severe', status: 'target', profile: 'نیازسنجی انجام شد.' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json() as Neighborhood;
    expect(updated).toMatchObject({ id: created.id, version: 2, population: 15_000, severity: 'very_severe', status: 'target', profile: 'نیازسنجی انجام شد.', nameFa: created.nameFa, households: created.households });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    const row = await t.database.db.selectFrom('neighborhoods').select(['version', 'population', 'severity']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, population: 15_000, severity: 'very_severe' });
  });

  it('answers a stale version with 409 record.version_conflict and changes nothing', async () => {
    const created = await createNeighborhood(t, admin);
    const first = await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, population: 13_000 } });
    expect(first.statusCode).toBe(200);
    const audits = await auditCount();
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, population: 99 , households: 10 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'record.version_conflict',
      title: 'این رکورد در این فاصله به دست کاربر دیگری تغییر کرده است. صفحه را تازه کنید و دوباره ویرایش کنید.',
    });
    const row = await t.database.db.selectFrom('neighborhoods').select(['version', 'population']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, population: 13_000 });
    expect(await auditCount()).toBe(audits);
  });

  it('lets exactly one of several simultaneous edits of the same version win', async () => {
    const created = await createNeighborhood(t, admin);
    const responses = await Promise.all(
      [20_001, 20_002, 20_003].map((population) =>
        t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, population } }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409, 409]);
    const winner = responses.find((response) => response.statusCode === 200)!.json() as Neighborhood;
    const row = await t.database.db.selectFrom('neighborhoods').select(['version', 'population']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, population: winner.population });
  });

  it('moves a neighbourhood to a city of another province and derives the new province and county', async () => {
    const created = await createNeighborhood(t, admin, { cityCode: '30-01-01' });
    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, cityCode: '20-01-01' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ provinceCode: '20', countyCode: '20-01', cityCode: '20-01-01', cityNameFa: 'دامغان' });
    const row = await t.database.db.selectFrom('neighborhoods').select(['province_code', 'county_code']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ province_code: '20', county_code: '20-01' });
  });

  it('checks the merged record: households over the population, half a coordinate pair, a taken code, an unknown city', async () => {
    const created = await createNeighborhood(t, admin, { population: 1000, households: 300 });
    const other = await createNeighborhood(t, admin);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ households: 1001 }, 422, 'geography.households_exceed_population'],
      [{ population: 299 }, 422, 'geography.households_exceed_population'],
      [{ longitude: null }, 422, 'geography.coordinates_pair'],
      [{ code: other.code }, 409, 'geography.duplicate_code'],
      [{ nameFa: other.nameFa }, 409, 'geography.duplicate_name'],
      [{ cityCode: '99-99-99' }, 422, 'geography.unknown_city'],
      [{ stewardAgencyCode: 'nobody' }, 422, 'geography.unknown_agency'],
      [{ population: -1 }, 400, 'request.invalid'],
      [{ id: 5 }, 400, 'request.invalid'],
    ];
    for (const [changes, status, code] of cases) {
      const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, ...changes } });
      expect(response.statusCode, JSON.stringify(changes)).toBe(status);
      expect((response.json() as { code: string }).code).toBe(code);
    }
    const row = await t.database.db.selectFrom('neighborhoods').select(['version', 'population', 'households', 'code']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 1, population: 1000, households: 300, code: created.code });
  });

  it('needs the version', async () => {
    const created = await createNeighborhood(t, admin);
    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { population: 5 } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ path: 'version', code: 'field.required', message: '«نسخه» لازم است.' }] });
  });

  it('clears the coordinates together', async () => {
    const created = await createNeighborhood(t, admin);
    const response = await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, latitude: null, longitude: null } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ latitude: null, longitude: null, version: 2 });
  });

  it('answers 404 for an unknown neighbourhood', async () => {
    const response = await t.app.inject({ method: 'PATCH', url: '/api/v1/neighborhoods/987654', headers: admin.headers, payload: { version: 1, population: 5 } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'geography.neighborhood_not_found' });
  });
});

describe('deleting a neighbourhood', () => {
  it('deletes one that nothing depends on', async () => {
    const created = await createNeighborhood(t, admin);
    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await get(`/api/v1/neighborhoods/${created.id}`)).statusCode).toBe(404);
    const rows = await t.database.db.selectFrom('neighborhoods').select('id').where('id', '=', created.id).execute();
    expect(rows).toHaveLength(0);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers });
    expect(again.statusCode).toBe(404);
  });

  it('refuses to delete one with a house with 409 geography.has_houses, and keeps it until the house is gone', async () => {
    const created = await createNeighborhood(t, admin);
    const house = await createHouse(t, admin, created.id);
    const audits = await auditCount();
    const response = await t.app.inject({ method: 'DELETE', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'geography.has_houses',
      title: 'این محله را نمی‌توان حذف کرد، چون ۱ خانهٔ محله در آن ثبت شده است. نخست آن‌ها را حذف یا منتقل کنید.',
    });
    const rows = await t.database.db.selectFrom('neighborhoods').select('id').where('id', '=', created.id).execute();
    expect(rows).toHaveLength(1);
    expect(await auditCount()).toBe(audits);

    const removeHouse = await t.app.inject({ method: 'DELETE', url: `/api/v1/houses/${house.id}`, headers: admin.headers });
    expect(removeHouse.statusCode).toBe(204);
    const retry = await t.app.inject({ method: 'DELETE', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers });
    expect(retry.statusCode).toBe(204);
  });
});

describe('neighbourhood houses', () => {
  it('opens, lists and removes a house', async () => {
    const created = await createNeighborhood(t, admin);
    const house = await createHouse(t, admin, created.id, 'relief-committee');
    expect(house).toMatchObject({ neighborhoodId: created.id, agencyCode: 'relief-committee', agencyNameFa: 'کمیته امداد امام خمینی (ره)', openedOn: '2024-03-10' });
    const houses = await get(`/api/v1/neighborhoods/${created.id}/houses`);
    expect(houses.json()).toEqual({ items: [house] });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/houses/${house.id}`, headers: admin.headers })).statusCode).toBe(204);
    expect((await get(`/api/v1/neighborhoods/${created.id}/houses`)).json()).toEqual({ items: [] });
    const missing = await t.app.inject({ method: 'DELETE', url: `/api/v1/houses/${house.id}`, headers: admin.headers });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'geography.house_not_found' });
  });

  it('refuses an unknown agency and a date that does not exist, and writes nothing', async () => {
    const created = await createNeighborhood(t, admin);
    const unknown = await t.app.inject({ method: 'POST', url: `/api/v1/neighborhoods/${created.id}/houses`, headers: admin.headers, payload: { agencyCode: 'nobody', nameFa: 'خانه' } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'geography.unknown_agency', errors: [{ path: 'agencyCode' }] });
    const badDate = await t.app.inject({
      method: 'POST',
      url: `/api/v1/neighborhoods/${created.id}/houses`,
      headers: admin.headers,
      payload: { agencyCode: 'welfare', nameFa: 'خانه', openedOn: '2024-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toMatchObject({ errors: [{ path: 'openedOn', code: 'field.bad_format', message: 'قالب «تاریخ گشایش» نادرست است.' }] });
    const houses = await t.database.db.selectFrom('houses').select('id').where('neighborhood_id', '=', created.id).execute();
    expect(houses).toHaveLength(0);
    const noNeighborhood = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods/987654/houses', headers: admin.headers, payload: { agencyCode: 'welfare', nameFa: 'خانه' } });
    expect(noNeighborhood.statusCode).toBe(404);
  });
});
