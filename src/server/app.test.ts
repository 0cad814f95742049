import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors/index.ts';
import { buildNeighborhoodBody } from '../modules/geography/geography.factories.ts';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { registerErrorHandler } from './error-handler.ts';
import { createTestApp, type TestApp, type TestSession } from './test-app.ts';

let t: TestApp;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'app-admin', role: 'admin' });
});

afterAll(async () => {
  await t?.close();
});

async function neighborhoodCount(): Promise<number> {
  const row = await t.database.db.selectFrom('neighborhoods').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = response.json() as { type: string; status: number; code: string; title: string; detail: string; errors: unknown[] };
  expect(problem.status).toBe(status);
  expect(problem.code).toBe(code);
  expect(problem.type).toBe(`https://tavana.ir/problems/${code}`);
  return problem;
}

describe('system endpoints', () => {
  it('answers health with the database kind', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const expected = process.env.TAVANA_TEST_DATABASE_URL?.trim() ? 'postgres' : 'embedded';
    expect(response.json()).toEqual({ status: 'ok', database: expected });
  });

  it('publishes OpenAPI 3 with the neighbourhood paths', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info.title).toBe('Tavana API');
    expect(Object.keys(document.paths['/api/v1/neighborhoods'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/api/v1/neighborhoods/{id}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(document.paths['/api/v1/neighborhoods/export.xlsx']).toHaveProperty('get');
    expect(document.paths['/api/v1/auth/login']).toHaveProperty('post');
    expect(document.paths['/api/health']).toHaveProperty('get');
    // The document itself is not listed as an API path.
    expect(document.paths).not.toHaveProperty('/api/openapi.json');
  });

  it('serves a browsable documentation page at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/<html/i);
    expect(response.body).toMatch(/swagger/i);
  });
});

describe('error responses', () => {
  it('answers malformed JSON with 400 request.malformed_json in Persian and writes nothing', async () => {
    const before = await neighborhoodCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighborhoods',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"code": "X-1", "nameFa": ',
    });
    const problem = expectProblem(response, 400, 'request.malformed_json');
    expect(problem.title).toBe('بدنهٔ درخواست JSON معتبر نیست.');
    expect(problem.errors).toEqual([]);
    expect(await neighborhoodCount()).toBe(before);
  });

  it('answers malformed JSON on login (no session needed) the same way', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: "{username: 'admin'}",
    });
    expectProblem(response, 400, 'request.malformed_json');
  });

  it('answers an empty JSON body with 400 request.malformed_json', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighborhoods',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '',
    });
    expectProblem(response, 400, 'request.malformed_json');
  });

  it('answers a body over the 1 MiB limit with 413 request.too_large and writes nothing', async () => {
    const before = await neighborhoodCount();
    const body = buildNeighborhoodBody({ profile: 'ب'.repeat(600_000) }); // 1.2 MB of UTF-8
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: body });
    const problem = expectProblem(response, 413, 'request.too_large');
    expect(problem.title).toBe('حجم درخواست بیش از حد مجاز است.');
    expect(await neighborhoodCount()).toBe(before);
  });

  it('answers an oversized login body with 413 too', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'p'.repeat(1024 * 1024 + 1) }),
    });
    expectProblem(response, 413, 'request.too_large');
  });

  it('takes the body limit from the configuration', async () => {
    const small = await buildApp({ database: t.database, config: { ...configFromEnv({}), webRoot: null, bodyLimit: 2_000 }, logger: false });
    try {
      // Under the limit the body is parsed and validated (the password is too long for the schema).
      const parsed = await small.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'x'.repeat(1_500) } });
      expectProblem(parsed, 400, 'request.invalid');
      const tooLarge = await small.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'x'.repeat(2_500) } });
      expectProblem(tooLarge, 413, 'request.too_large');
    } finally {
      await small.close();
    }
  });

  it('refuses a text/plain body with 415 and writes nothing', async () => {
    const before = await neighborhoodCount();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighborhoods',
      headers: { ...admin.headers, 'content-type': 'text/plain' },
      payload: JSON.stringify(buildNeighborhoodBody()),
    });
    const problem = expectProblem(response, 415, 'request.unsupported_media_type');
    expect(problem.title).toBe('نوع محتوای درخواست پشتیبانی نمی‌شود.');
    expect(await neighborhoodCount()).toBe(before);
  });

  it('answers a JSON body that is not an object with a field message that names no English type', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: [1, 2, 3] });
    const problem = expectProblem(response, 400, 'request.invalid') as { errors: { path: string; code: string; message: string }[] };
    expect(problem.errors).toEqual([{ path: '', code: 'field.not_object', message: '«مقدار» باید یک شیء JSON باشد.' }]);
  });

  it('refuses a NUL character, which PostgreSQL cannot store, as a bad field instead of a 500', async () => {
    const before = await neighborhoodCount();
    const body = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: buildNeighborhoodBody({ nameFa: 'کوی\u0000آزادی' }) });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: 'nameFa', code: 'field.bad_format', message: 'قالب «نام فارسی» نادرست است.' }] });
    expect(await neighborhoodCount()).toBe(before);
    const query = await t.app.inject({ method: 'GET', url: `/api/v1/neighborhoods?city=${encodeURIComponent('30\u0000')}`, headers: admin.headers });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({ errors: [{ path: 'city', code: 'field.bad_format', message: 'قالب «شهر» نادرست است.' }] });
    const param = await t.app.inject({ method: 'PATCH', url: `/api/v1/packages/${encodeURIComponent('a\u0000')}`, headers: admin.headers, payload: { nameFa: 'x' } });
    expect(param.statusCode).toBe(400);
    const nested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username: 'nul-user', displayName: 'x', password: 'long-enough-password', role: 'viewer', scope: { level: 'province', codes: ['30', '\u0000'] } },
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json()).toMatchObject({ errors: [{ path: 'scope.codes.1', code: 'field.bad_format', message: 'قالب «کدهای محدوده» نادرست است.' }] });
  });

  it('answers an unknown API route with a 404 problem document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    const problem = expectProblem(response, 404, 'request.route_not_found');
    expect(problem.title).toBe('چنین نشانی‌ای در API وجود ندارد.');
    expect(problem.detail).toBe(problem.title);
  });

  it('answers in English when the client asks for English first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'accept-language': 'en-US,en;q=0.9,fa;q=0.5' } });
    const problem = expectProblem(response, 404, 'request.route_not_found');
    expect(problem.title).toBe('No such API route.');
  });

  it('stays Persian when Persian comes first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: { 'accept-language': 'fa-IR,en;q=0.8' } });
    expect(expectProblem(response, 404, 'request.route_not_found').title).toBe('چنین نشانی‌ای در API وجود ندارد.');
  });

  it('words field errors in English too', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighborhoods',
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: buildNeighborhoodBody({ population: -1 }),
    });
    const problem = expectProblem(response, 400, 'request.invalid') as { title: string; errors: { path: string; message: string }[] };
    expect(problem.title).toBe('The request is invalid.');
    expect(problem.errors).toEqual([{ path: 'population', code: 'field.negative', message: 'Population cannot be negative.' }]);
  });

  it('answers a page path with a 404 problem when no web app is built', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/neighborhoods/12' });
    expectProblem(response, 404, 'request.route_not_found');
  });
});

describe('the web app', () => {
  let webRoot: string;
  beforeAll(() => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tavana-web-'));
    fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><html lang="fa" dir="rtl"><body>توانا</body></html>');
    fs.writeFileSync(path.join(webRoot, 'app.js'), 'console.log(1)');
  });
  afterAll(() => fs.rmSync(webRoot, { recursive: true, force: true }));

  it('serves index.html for client-side routes, static files as they are, and problems for unknown API routes', async () => {
    const app = await buildApp({ database: t.database, config: { ...configFromEnv({}), webRoot }, logger: false });
    try {
      const page = await app.inject({ method: 'GET', url: '/neighborhoods/12' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('dir="rtl"');
      const script = await app.inject({ method: 'GET', url: '/app.js' });
      expect(script.statusCode).toBe(200);
      expect(script.body).toBe('console.log(1)');
      const api = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
      expectProblem(api, 404, 'request.route_not_found');
      // A write to a page path is not a page.
      const post = await app.inject({ method: 'POST', url: '/neighborhoods', payload: {} });
      expectProblem(post, 404, 'request.route_not_found');
    } finally {
      await app.close();
    }
  });
});

describe('the error handler', () => {
  it('never leaks the internals of a 5xx and maps AppError kinds to statuses', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    app.get('/boom', async () => {
      throw new Error('relation "secret_table" does not exist at /srv/tavana/src/db.ts:12');
    });
    app.get('/conflict', async () => {
      throw new AppError('conflict', 'record.version_conflict');
    });
    app.get('/limited', async () => {
      throw new AppError('rate_limited', 'auth.too_many_attempts', { minutes: 15 });
    });
    await app.ready();
    try {
      const boom = await app.inject({ method: 'GET', url: '/boom' });
      const problem = expectProblem(boom, 500, 'server.internal');
      expect(problem.title).toBe('خطای داخلی سرور رخ داد. دوباره تلاش کنید.');
      expect(boom.body).not.toMatch(/secret_table|\/srv|db\.ts|stack/);
      const conflict = await app.inject({ method: 'GET', url: '/conflict', headers: { 'accept-language': 'en' } });
      expect(expectProblem(conflict, 409, 'record.version_conflict').title).toBe('Someone else changed this record meanwhile. Reload and edit again.');
      const limited = await app.inject({ method: 'GET', url: '/limited' });
      expect(expectProblem(limited, 429, 'auth.too_many_attempts').title).toBe('تلاش‌های ناموفق ورود بیش از حد بوده است. ۱۵ دقیقهٔ دیگر دوباره تلاش کنید.');
    } finally {
      await app.close();
    }
  });
});

describe('client address', () => {
  it('ignores X-Forwarded-For unless TAVANA_TRUST_PROXY names the proxy, so the audit log cannot be told a forged address', async () => {
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/neighborhoods',
      headers: { ...admin.headers, 'x-forwarded-for': '203.0.113.9' },
      payload: buildNeighborhoodBody(),
      remoteAddress: '10.9.9.9',
    });
    expect(forged.statusCode).toBe(201);
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('ip')
      .where('entity', '=', 'neighborhood')
      .where('entity_id', '=', String((forged.json() as { id: number }).id))
      .executeTakeFirstOrThrow();
    expect(entry.ip).toBe('10.9.9.9');
    expect(configFromEnv({ TAVANA_TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
    expect(configFromEnv({ TAVANA_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({}).trustProxy).toBe(false);
  });
});
