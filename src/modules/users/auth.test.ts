import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { configFromEnv } from '../../server/config.ts';
import { createTestApp, login, testPassword, type TestApp, type TestSession } from '../../server/test-app.ts';
import { buildNeighborhoodBody, createNeighborhood } from '../geography/geography.factories.ts';

let t: TestApp;
let admin: TestSession;
let addressCounter = 0;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'auth-admin', role: 'admin' });
});

afterAll(async () => {
  await t?.close();
});

/** A fresh client address, so failed logins of one test never count against another. */
function freshAddress(): string {
  addressCounter += 1;
  return `10.20.${Math.floor(addressCounter / 250)}.${(addressCounter % 250) + 1}`;
}

function postLogin(username: string, password: string, remoteAddress = '127.0.0.1') {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
}

function me(cookie: string) {
  return t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
}

function tokenHashOf(cookie: string): string {
  return createHash('sha256').update(cookie.replace(/^tavana_session=/, '')).digest('hex');
}

async function neighborhoodCount(): Promise<number> {
  const row = await t.database.db.selectFrom('neighborhoods').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function newUser(username: string, role: 'viewer' | 'national_hq' = 'viewer'): Promise<TestSession> {
  return t.signIn({ username, role });
}

describe('login', () => {
  it('answers 200 with an http-only session cookie and a CSRF token, and stores only a hash of the token', async () => {
    await newUser('login-ok');
    const response = await postLogin('login-ok', testPassword);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'tavana_session');
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.path).toBe('/');
    expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
    const expires = new Date(cookie!.expires as Date).getTime();
    expect(Math.abs(expires - (Date.now() + 8 * 3_600_000))).toBeLessThan(60_000);

    const body = response.json() as { user: Record<string, unknown>; csrfToken: string; permissions: string[] };
    expect(body.user.username).toBe('login-ok');
    expect(body.user.role).toBe('viewer');
    expect(body.permissions).toEqual([]);
    expect(body.csrfToken).toMatch(/^[\w-]{30,}$/);
    expect(response.body).not.toMatch(/argon2|password/i);

    const sessions = await t.database.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHashOf(`tavana_session=${cookie!.value}`)).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.csrf_token).toBe(body.csrfToken);
    const raw = await t.database.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', cookie!.value).execute();
    expect(raw).toHaveLength(0);
  });

  it('marks the cookie Secure and uses the configured session length when the server is configured so', async () => {
    await newUser('secure-cookie');
    const secureApp = await buildApp({ database: t.database, config: { ...configFromEnv({ TAVANA_SESSION_HOURS: '2' }), webRoot: null, secureCookies: true }, logger: false });
    try {
      const response = await secureApp.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'secure-cookie', password: testPassword }, remoteAddress: freshAddress() });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'tavana_session')!;
      expect(cookie.secure).toBe(true);
      expect(cookie.httpOnly).toBe(true);
      expect(Math.abs(new Date(cookie.expires as Date).getTime() - (Date.now() + 2 * 3_600_000))).toBeLessThan(60_000);
      const row = await t.database.db.selectFrom('sessions').select('expires_at').where('token_hash', '=', tokenHashOf(cookie.value)).executeTakeFirstOrThrow();
      expect(Math.abs(row.expires_at.getTime() - (Date.now() + 2 * 3_600_000))).toBeLessThan(60_000);
    } finally {
      await secureApp.close();
    }
  });

  it('lets /auth/me answer with the same user and CSRF token', async () => {
    const session = await newUser('me-user', 'national_hq');
    const response = await me(session.cookie);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { user: { username: string; lastLoginAt: string | null }; csrfToken: string; permissions: string[] };
    expect(body.user.username).toBe('me-user');
    expect(body.user.lastLoginAt).not.toBeNull();
    expect(body.csrfToken).toBe(session.csrfToken);
    expect(body.permissions).toEqual(['neighborhoods.write', 'houses.write', 'provinces.quota', 'packages.write', 'export', 'meetings.write', 'resolutions.follow_up']);
  });

  it('accepts the username in any case', async () => {
    await newUser('mixed-case');
    const response = await postLogin('MIXED-Case', testPassword, freshAddress());
    expect(response.statusCode).toBe(200);
    expect((response.json() as { user: { username: string } }).user.username).toBe('mixed-case');
  });

  it('answers a wrong password and an unknown user with the same 401 and message, and sets no cookie', async () => {
    await newUser('wrong-pass');
    const address = freshAddress();
    const wrong = await postLogin('wrong-pass', 'not-the-password', address);
    const unknown = await postLogin('nobody-at-all', 'not-the-password', address);
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.cookies).toHaveLength(0);
    }
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ status: 401, code: 'auth.invalid_credentials', title: 'نام کاربری یا گذرواژه نادرست است.' });
  });

  it('refuses a login body without a password with a field message', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'someone' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'request.invalid',
      errors: [{ path: 'password', code: 'field.required', message: '«گذرواژه» لازم است.' }],
    });
  });

  it('records the login in the audit log with the address', async () => {
    await newUser('audited-login');
    const response = await postLogin('audited-login', testPassword, '10.99.1.7');
    expect(response.statusCode).toBe(200);
    const userId = (response.json() as { user: { id: number } }).user.id;
    // signIn logged in once already, from the default address.
    const rows = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'login').where('entity_id', '=', String(userId)).orderBy('id').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.ip).toBe('127.0.0.1');
    rows.shift();
    expect(rows[0]).toMatchObject({ actor_id: userId, actor_username: 'audited-login', entity: 'user', ip: '10.99.1.7' });
  });

  it('does not let an inactive user log in, with the same message as a wrong password', async () => {
    const session = await newUser('soon-inactive');
    const id = ((await me(session.cookie)).json() as { user: { id: number } }).user.id;
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: admin.headers, payload: { active: false } });
    expect(patch.statusCode).toBe(200);
    // The open session ends with the account.
    expect((await me(session.cookie)).statusCode).toBe(401);
    const response = await postLogin('soon-inactive', testPassword, freshAddress());
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth.invalid_credentials', title: 'نام کاربری یا گذرواژه نادرست است.' });
    expect(response.cookies).toHaveLength(0);
  });
});

describe('login rate limiting', () => {
  it('answers 429 in Persian after five failures, even with the right password, and writes no session', async () => {
    await newUser('guessed');
    const address = freshAddress();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await postLogin('guessed', `wrong-${attempt}`, address)).statusCode).toBe(401);
    }
    const sessionsBefore = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    // From another address too: the limit is per username.
    const response = await postLogin('guessed', testPassword, freshAddress());
    expect(response.statusCode).toBe(429);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      status: 429,
      code: 'auth.too_many_attempts',
      title: 'تلاش‌های ناموفق ورود بیش از حد بوده است. ۱۵ دقیقهٔ دیگر دوباره تلاش کنید.',
    });
    expect(response.cookies).toHaveLength(0);
    const sessionsAfter = await t.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessionsAfter).toHaveLength(sessionsBefore.length);
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'GUESSED', password: testPassword },
      headers: { 'accept-language': 'en' },
      remoteAddress: freshAddress(),
    });
    expect(english.statusCode).toBe(429);
    expect(english.json()).toMatchObject({ title: 'Too many failed login attempts. Try again in 15 minutes.' });
  });

  it('limits one username without locking out others from the same address', async () => {
    await newUser('limited-one');
    await newUser('free-other');
    const address = freshAddress();
    for (let attempt = 0; attempt < 5; attempt++) await postLogin('limited-one', 'wrong-password', address);
    expect((await postLogin('limited-one', testPassword, address)).statusCode).toBe(429);
    expect((await postLogin('free-other', testPassword, address)).statusCode).toBe(200);
  });

  it('forgets failures older than the window', async () => {
    await newUser('window-user');
    const address = freshAddress();
    for (let attempt = 0; attempt < 5; attempt++) await postLogin('window-user', 'wrong-password', address);
    expect((await postLogin('window-user', testPassword, address)).statusCode).toBe(429);
    await t.database.db
      .updateTable('login_failures')
      .set({ at: new Date(Date.now() - 16 * 60_000) })
      .where('username', '=', 'window-user')
      .execute();
    expect((await postLogin('window-user', testPassword, address)).statusCode).toBe(200);
  });

  it('clears the failures of a username after a successful login', async () => {
    await newUser('clears-failures');
    const address = freshAddress();
    for (let attempt = 0; attempt < 4; attempt++) await postLogin('clears-failures', 'wrong-password', address);
    expect((await postLogin('clears-failures', testPassword, address)).statusCode).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) await postLogin('clears-failures', 'wrong-password', address);
    expect((await postLogin('clears-failures', testPassword, address)).statusCode).toBe(200);
  });

  it('limits one address that tries many usernames', async () => {
    await newUser('victim-of-spray');
    const address = freshAddress();
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await postLogin(`spray-${attempt}`, 'wrong-password', address)).statusCode).toBe(401);
    }
    expect((await postLogin('victim-of-spray', testPassword, address)).statusCode).toBe(429);
    expect((await postLogin('victim-of-spray', testPassword, freshAddress())).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('ends the session on logout: the cookie is cleared and /auth/me answers 401', async () => {
    const session = await newUser('logs-out');
    expect((await me(session.cookie)).statusCode).toBe(200);
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name === 'tavana_session');
    expect(cleared?.value).toBe('');
    expect(new Date(cleared!.expires as Date).getTime()).toBeLessThan(Date.now());
    const after = await me(session.cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'auth.required', title: 'برای این کار باید وارد شوید.' });
    const rows = await t.database.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', tokenHashOf(session.cookie)).execute();
    expect(rows).toHaveLength(0);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'logout').where('actor_username', '=', 'logs-out').execute();
    expect(audit).toHaveLength(1);
  });

  it('ends only the session that logs out', async () => {
    await newUser('two-devices');
    const first = await login(t.app, 'two-devices', testPassword);
    const second = await login(t.app, 'two-devices', testPassword);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: first.headers })).statusCode).toBe(204);
    expect((await me(first.cookie)).statusCode).toBe(401);
    expect((await me(second.cookie)).statusCode).toBe(200);
  });

  it('does not honour an expired session', async () => {
    const session = await newUser('expires');
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('token_hash', '=', tokenHashOf(session.cookie))
      .execute();
    const response = await me(session.cookie);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth.required' });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/neighborhoods', headers: { cookie: session.cookie } });
    expect(list.statusCode).toBe(401);
  });

  it('slides the expiry forward when a session is used', async () => {
    const session = await newUser('slides');
    const soon = new Date(Date.now() + 5 * 60_000);
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: soon, last_seen_at: new Date(Date.now() - 5 * 60_000) })
      .where('token_hash', '=', tokenHashOf(session.cookie))
      .execute();
    expect((await me(session.cookie)).statusCode).toBe(200);
    const row = await t.database.db.selectFrom('sessions').select(['expires_at', 'last_seen_at']).where('token_hash', '=', tokenHashOf(session.cookie)).executeTakeFirstOrThrow();
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now() + 7.9 * 3_600_000);
    expect(Date.now() - row.last_seen_at.getTime()).toBeLessThan(60_000);
  });

  it('answers 401 auth.required to an unauthenticated GET, and to a made-up cookie', async () => {
    for (const headers of [{}, { cookie: 'tavana_session=made-up-token' }]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/neighborhoods', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json()).toMatchObject({ status: 401, code: 'auth.required', title: 'برای این کار باید وارد شوید.' });
    }
    for (const url of ['/api/v1/auth/me', '/api/v1/provinces', '/api/v1/users', '/api/v1/audit', '/api/v1/agencies', '/api/v1/neighborhoods/export.xlsx']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('answers 401 to an unauthenticated write and writes nothing', async () => {
    const before = await neighborhoodCount();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', payload: buildNeighborhoodBody() });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth.required' });
    expect(await neighborhoodCount()).toBe(before);
  });
});

describe('CSRF protection', () => {
  it('refuses a state change without x-csrf-token with 403 auth.csrf_missing and writes nothing', async () => {
    const before = await neighborhoodCount();
    const auditBefore = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: { cookie: admin.cookie }, payload: buildNeighborhoodBody() });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      status: 403,
      code: 'auth.csrf_missing',
      title: 'توکن امنیتی (CSRF) درخواست نیست یا نادرست است. صفحه را تازه کنید.',
    });
    expect(await neighborhoodCount()).toBe(before);
    const auditAfter = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n);
  });

  it('refuses a wrong token, and the token of another session', async () => {
    const other = await newUser('csrf-other');
    const before = await neighborhoodCount();
    for (const token of ['wrong-token', admin.csrfToken.slice(0, -1), other.csrfToken, '']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/neighborhoods',
        headers: { cookie: admin.cookie, 'x-csrf-token': token },
        payload: buildNeighborhoodBody(),
      });
      expect(response.statusCode, token).toBe(403);
      expect(response.json()).toMatchObject({ code: 'auth.csrf_missing' });
    }
    expect(await neighborhoodCount()).toBe(before);
  });

  it('protects PATCH, DELETE and logout too, and changes nothing', async () => {
    const created = await createNeighborhood(t, admin);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/neighborhoods/${created.id}`,
      headers: { cookie: admin.cookie },
      payload: { version: created.version, population: 1 },
    });
    expect(patch.statusCode).toBe(403);
    expect(patch.json()).toMatchObject({ code: 'auth.csrf_missing' });
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/neighborhoods/${created.id}`, headers: { cookie: admin.cookie } });
    expect(del.statusCode).toBe(403);
    const row = await t.database.db.selectFrom('neighborhoods').select(['population', 'version']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ population: created.population, version: 1 });

    const session = await newUser('csrf-logout');
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
    expect(logout.statusCode).toBe(403);
    expect((await me(session.cookie)).statusCode).toBe(200);
  });

  it('does not need the token for reads', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/neighborhoods', headers: { cookie: admin.cookie } });
    expect(response.statusCode).toBe(200);
  });
});
