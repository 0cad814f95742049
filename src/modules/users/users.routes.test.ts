import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp, type TestSession } from '../../server/test-app.ts';

let t: TestApp;
let admin: TestSession;
let adminId: number;
/** Every response body this file receives, to check that no password hash ever leaves the server. */
const bodies: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'users-admin', role: 'admin' });
  adminId = ((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: admin.headers })).json() as { user: { id: number } }).user.id;
});

afterAll(async () => {
  await t?.close();
});

interface UserBody {
  id: number;
  username: string;
  displayName: string;
  role: string;
  scope: { level: string; codes: string[] };
  agencyCode: string | null;
  active: boolean;
}

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, session: TestSession, payload?: unknown) {
  const response = await t.app.inject({ method, url, headers: session.headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  bodies.push(response.body);
  return response;
}

function userBody(overrides: Record<string, unknown> = {}) {
  return {
    username: 'someone',
    displayName: 'کاربر آزمایشی',
    password: 'a-long-enough-password',
    role: 'province_secretariat',
    scope: { level: 'province', codes: ['30'] },
    agencyCode: null,
    ...overrides,
  };
}

async function userCount(): Promise<number> {
  const row = await t.database.db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function createOk(overrides: Record<string, unknown>): Promise<UserBody> {
  const response = await call('POST', '/api/v1/users', admin, userBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as UserBody;
}

describe('creating users', () => {
  it('creates a user with a scope and answers 201 without any password', async () => {
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'alborz-sec', displayName: 'دبیرخانه البرز', agencyCode: 'governorate' }));
    expect(response.statusCode).toBe(201);
    const user = response.json() as UserBody & Record<string, unknown>;
    expect(user).toMatchObject({
      username: 'alborz-sec',
      displayName: 'دبیرخانه البرز',
      role: 'province_secretariat',
      scope: { level: 'province', codes: ['30'] },
      agencyCode: 'governorate',
      active: true,
      lastLoginAt: null,
    });
    expect(Object.keys(user)).not.toContain('password');
    expect(Object.keys(user)).not.toContain('passwordHash');
    const row = await t.database.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.scope_codes).toEqual(['30']);
    // The new user can log in with that password.
    const session = await login(t.app, 'alborz-sec', 'a-long-enough-password');
    expect(session.csrfToken.length).toBeGreaterThan(20);
  });

  it('stores a country scope without codes', async () => {
    const user = await createOk({ username: 'country-wide', role: 'national_hq', scope: { level: 'country', codes: ['30'] } });
    expect(user.scope).toEqual({ level: 'country', codes: [] });
  });

  it('refuses a duplicate username regardless of case with users.duplicate_username and writes nothing', async () => {
    await createOk({ username: 'Dup-User' });
    const before = await userCount();
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'dup-user' }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'users.duplicate_username',
      title: 'نام کاربری «dup-user» از پیش وجود دارد.',
      errors: [{ path: 'username', code: 'users.duplicate_username', message: 'نام کاربری «dup-user» از پیش وجود دارد.' }],
    });
    expect(await userCount()).toBe(before);
  });

  it('answers simultaneous creations of one username with one 201 and the rest users.duplicate_username, never a 500', async () => {
    const body = userBody({ username: 'racing-user', role: 'viewer', scope: { level: 'country', codes: [] } });
    const responses = await Promise.all([1, 2, 3].map(() => call('POST', '/api/v1/users', admin, body)));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    for (const response of responses.filter((r) => r.statusCode === 409)) expect(response.json()).toMatchObject({ code: 'users.duplicate_username' });
    const rows = await t.database.db.selectFrom('users').select('id').where('username', '=', 'racing-user').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses an unknown scope code with users.unknown_scope_code and writes nothing', async () => {
    const before = await userCount();
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'bad-scope', scope: { level: 'province', codes: ['30', '77'] } }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'users.unknown_scope_code',
      title: 'کد «77» در محدودهٔ «استان» وجود ندارد.',
      errors: [{ path: 'scope.codes', code: 'users.unknown_scope_code' }],
    });
    const county = await call('POST', '/api/v1/users', admin, userBody({ username: 'bad-county', scope: { level: 'county', codes: ['30-99'] } }));
    expect(county.statusCode).toBe(422);
    expect(county.json()).toMatchObject({ code: 'users.unknown_scope_code' });
    expect(await userCount()).toBe(before);
  });

  it('refuses a province scope without codes with users.scope_codes_required', async () => {
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'no-codes', scope: { level: 'province', codes: [] } }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'users.scope_codes_required', errors: [{ path: 'scope.codes' }] });
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: userBody({ username: 'no-codes-en', scope: { level: 'county', codes: [] } }),
    });
    expect(english.json()).toMatchObject({ title: 'Scope "county" needs at least one code.' });
  });

  it('refuses agency staff and house staff without an agency with users.agency_required', async () => {
    const before = await userCount();
    for (const role of ['agency_staff', 'house_staff']) {
      const response = await call('POST', '/api/v1/users', admin, userBody({ username: `no-agency-${role.replace('_', '-')}`, role, agencyCode: null }));
      expect(response.statusCode, role).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'users.agency_required',
        title: 'برای این نقش، دستگاه لازم است.',
        errors: [{ path: 'agencyCode', code: 'users.agency_required', message: 'برای این نقش، دستگاه لازم است.' }],
      });
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses an unknown agency', async () => {
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'ghost-agency', role: 'agency_staff', agencyCode: 'no-such-agency' }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'geography.unknown_agency', errors: [{ path: 'agencyCode' }] });
  });

  it('refuses a weak password: too short (400) or the same as the username (422)', async () => {
    const before = await userCount();
    const short = await call('POST', '/api/v1/users', admin, userBody({ username: 'weak-one', password: 'short' }));
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      code: 'request.invalid',
      errors: [{ path: 'password', code: 'users.weak_password', message: 'گذرواژه دست‌کم ۱۰ نویسه است و نباید با نام کاربری یکی باشد.' }],
    });
    const sameAsName = await call('POST', '/api/v1/users', admin, userBody({ username: 'samename-user', password: 'SameName-User' }));
    expect(sameAsName.statusCode).toBe(422);
    expect(sameAsName.json()).toMatchObject({ code: 'users.weak_password', errors: [{ path: 'password' }] });
    expect(await userCount()).toBe(before);
  });

  it('refuses a malformed username and an unknown role with field messages', async () => {
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'نام فارسی', role: 'king' }));
    expect(response.statusCode).toBe(400);
    const problem = response.json() as { errors: { path: string; code: string; message: string }[] };
    expect(problem.errors).toContainEqual({ path: 'username', code: 'field.bad_format', message: 'قالب «نام کاربری» نادرست است.' });
    expect(problem.errors.find((error) => error.path === 'role')?.code).toBe('field.not_allowed_value');
  });

  it('refuses an unknown field', async () => {
    const response = await call('POST', '/api/v1/users', admin, userBody({ username: 'extra-field', isSuperuser: true }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ path: '', code: 'field.unknown', message: 'فیلد ناشناخته: isSuperuser' }] });
  });
});

describe('listing and reading users', () => {
  it('lists users with search, role filter and paging', async () => {
    await createOk({ username: 'list-viewer-1', role: 'viewer', scope: { level: 'country', codes: [] } });
    await createOk({ username: 'list-viewer-2', role: 'viewer', scope: { level: 'country', codes: [] } });
    const all = await call('GET', '/api/v1/users?q=list-viewer', admin);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect((all.json() as { items: UserBody[] }).items.map((u) => u.username)).toEqual(['list-viewer-1', 'list-viewer-2']);
    const page2 = await call('GET', '/api/v1/users?q=list-viewer&pageSize=1&page=2', admin);
    expect(page2.json()).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ username: 'list-viewer-2' }] });
    const admins = await call('GET', '/api/v1/users?role=admin', admin);
    expect((admins.json() as { items: UserBody[] }).items.map((u) => u.username)).toEqual(['users-admin']);
  });

  it('reads one user, and answers 404 users.not_found for an unknown id', async () => {
    const created = await createOk({ username: 'read-me' });
    const one = await call('GET', `/api/v1/users/${created.id}`, admin);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: created.id, username: 'read-me' });
    const outOfRange = await call('GET', '/api/v1/users/99999999999', admin);
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json()).toMatchObject({ errors: [{ path: 'id', code: 'field.too_big' }] });
    const missing = await call('GET', '/api/v1/users/999999', admin);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'users.not_found', title: 'کاربر پیدا نشد.' });
  });
});

describe('changing users', () => {
  it('changes role, scope, agency and display name, and audits before and after', async () => {
    const created = await createOk({ username: 'to-change' });
    const response = await call('PATCH', `/api/v1/users/${created.id}`, admin, {
      role: 'agency_staff',
      scope: { level: 'county', codes: ['30-01', '30-02'] },
      agencyCode: 'welfare',
      displayName: 'کارشناس بهزیستی',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ role: 'agency_staff', scope: { level: 'county', codes: ['30-01', '30-02'] }, agencyCode: 'welfare', displayName: 'کارشناس بهزیستی' });
    const row = await t.database.db.selectFrom('users').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'agency_staff', scope_level: 'county', scope_codes: ['30-01', '30-02'], agency_code: 'welfare' });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(created.id))
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(adminId);
    expect(audit.before).toMatchObject({ role: 'province_secretariat', scope: { level: 'province', codes: ['30'] } });
    expect(audit.after).toMatchObject({ role: 'agency_staff', scope: { level: 'county', codes: ['30-01', '30-02'] } });
  });

  it('refuses a change that would leave agency staff without an agency, and changes nothing', async () => {
    const created = await createOk({ username: 'keeps-agency', role: 'agency_staff', agencyCode: 'welfare' });
    const response = await call('PATCH', `/api/v1/users/${created.id}`, admin, { agencyCode: null });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'users.agency_required' });
    const row = await t.database.db.selectFrom('users').select('agency_code').where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.agency_code).toBe('welfare');
  });

  it('changes the password: old sessions end, the old password fails and the new one works', async () => {
    await createOk({ username: 'changes-password', role: 'viewer', scope: { level: 'country', codes: [] } });
    const session = await login(t.app, 'changes-password', 'a-long-enough-password');
    const id = ((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).json() as { user: { id: number } }).user.id;
    const response = await call('PATCH', `/api/v1/users/${id}`, admin, { password: 'a-brand-new-password' });
    expect(response.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
    const sessions = await t.database.db.selectFrom('sessions').select('token_hash').where('user_id', '=', id).execute();
    expect(sessions).toHaveLength(0);
    const old = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'changes-password', password: 'a-long-enough-password' }, remoteAddress: '10.30.0.1' });
    expect(old.statusCode).toBe(401);
    await login(t.app, 'changes-password', 'a-brand-new-password');
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', String(id)).where('action', '=', 'update_with_password').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a weak new password and keeps the old one', async () => {
    const created = await createOk({ username: 'keeps-password', role: 'viewer', scope: { level: 'country', codes: [] } });
    const response = await call('PATCH', `/api/v1/users/${created.id}`, admin, { password: 'keeps-password' });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'users.weak_password' });
    await login(t.app, 'keeps-password', 'a-long-enough-password');
  });

  it('deactivates and reactivates a user', async () => {
    const created = await createOk({ username: 'on-and-off', role: 'viewer', scope: { level: 'country', codes: [] } });
    const off = await call('PATCH', `/api/v1/users/${created.id}`, admin, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'on-and-off', password: 'a-long-enough-password' }, remoteAddress: '10.30.0.2' });
    expect(refused.statusCode).toBe(401);
    const on = await call('PATCH', `/api/v1/users/${created.id}`, admin, { active: true });
    expect(on.json()).toMatchObject({ active: true });
    await login(t.app, 'on-and-off', 'a-long-enough-password');
  });

  it('does not let an administrator deactivate their own account', async () => {
    const response = await call('PATCH', `/api/v1/users/${adminId}`, admin, { active: false });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'users.cannot_deactivate_self', title: 'نمی‌توانید حساب خودتان را غیرفعال کنید.' });
    const row = await t.database.db.selectFrom('users').select('active').where('id', '=', adminId).executeTakeFirstOrThrow();
    expect(row.active).toBe(true);
  });

  it('ends the sessions of a user whose role changes', async () => {
    await createOk({ username: 'demoted', role: 'national_hq', scope: { level: 'country', codes: [] } });
    const session = await login(t.app, 'demoted', 'a-long-enough-password');
    const id = ((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).json() as { user: { id: number } }).user.id;
    expect((await call('PATCH', `/api/v1/users/${id}`, admin, { role: 'viewer' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).statusCode).toBe(401);
  });

  it('applies a narrowed scope to an open session at once', async () => {
    await createOk({ username: 'narrowed', role: 'national_hq', scope: { level: 'country', codes: [] } });
    const session = await login(t.app, 'narrowed', 'a-long-enough-password');
    const id = ((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers })).json() as { user: { id: number } }).user.id;
    await call('PATCH', `/api/v1/users/${id}`, admin, { scope: { level: 'province', codes: ['20'] } });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.headers });
    expect(me.json()).toMatchObject({ user: { scope: { level: 'province', codes: ['20'] } } });
  });

  it('answers 404 for an unknown user', async () => {
    const response = await call('PATCH', '/api/v1/users/999999', admin, { displayName: 'هیچ‌کس' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'users.not_found' });
  });
});

describe('who may manage users', () => {
  it('refuses every role but admin with 403 auth.forbidden, and writes nothing', async () => {
    const target = await createOk({ username: 'target-user', role: 'viewer', scope: { level: 'country', codes: [] } });
    const roles = [
      { username: 'nohq', role: 'national_hq' as const },
      { username: 'nosec', role: 'province_secretariat' as const, scope: { level: 'province' as const, codes: ['30'] } },
      { username: 'noagency', role: 'agency_staff' as const, agencyCode: 'welfare' },
      { username: 'noviewer', role: 'viewer' as const },
    ];
    for (const spec of roles) {
      const session = await t.signIn(spec);
      const before = await userCount();
      const responses = [
        await call('GET', '/api/v1/users', session),
        await call('GET', `/api/v1/users/${target.id}`, session),
        await call('POST', '/api/v1/users', session, userBody({ username: `made-by-${spec.username}` })),
        await call('PATCH', `/api/v1/users/${target.id}`, session, { role: 'admin' }),
      ];
      for (const response of responses) {
        expect(response.statusCode, `${spec.role} ${response.body}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'auth.forbidden', title: 'شما اجازهٔ این کار را ندارید.' });
      }
      expect(await userCount()).toBe(before);
    }
    const row = await t.database.db.selectFrom('users').select('role').where('id', '=', target.id).executeTakeFirstOrThrow();
    expect(row.role).toBe('viewer');
  });
});

describe('password hashes', () => {
  it('never appear in a response or in the audit log', async () => {
    const created = await createOk({ username: 'hash-check', role: 'viewer', scope: { level: 'country', codes: [] } });
    await call('PATCH', `/api/v1/users/${created.id}`, admin, { password: 'another-long-password' });
    await call('GET', `/api/v1/users/${created.id}`, admin);
    await call('GET', '/api/v1/users?pageSize=200', admin);
    const auditResponse = await call('GET', '/api/v1/audit?entity=user&pageSize=200', admin);
    expect(auditResponse.statusCode).toBe(200);
    expect((auditResponse.json() as { total: number }).total).toBeGreaterThanOrEqual(3);
    const hashes = (await t.database.db.selectFrom('users').select('password_hash').execute()).map((row) => row.password_hash);
    for (const body of bodies) {
      expect(body).not.toMatch(/\$argon2/);
      expect(body).not.toMatch(/password_?hash/i);
      for (const hash of hashes) expect(body).not.toContain(hash);
    }
    const audit = await t.database.db.selectFrom('audit_log').select(['before', 'after']).execute();
    const text = JSON.stringify(audit);
    expect(text).not.toMatch(/\$argon2|"password|password_?hash/i);
    for (const hash of hashes) expect(text).not.toContain(hash);
  });
});
