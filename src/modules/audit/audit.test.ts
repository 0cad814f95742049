import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { buildNeighborhoodBody, createHouse, createNeighborhood } from '../geography/geography.factories.ts';
import type { Neighborhood } from '../geography/index.ts';
import type { AuditEntry } from './audit.schemas.ts';

let t: TestApp;
let admin: TestSession;
let adminId: number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn({ username: 'audit-admin', role: 'admin' });
  adminId = ((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: admin.headers })).json() as { user: { id: number } }).user.id;
});

afterAll(async () => {
  await t?.close();
});

interface AuditList {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

async function browse(query: string, session: TestSession = admin): Promise<AuditList> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit?${query}`, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as AuditList;
}

async function auditCount(): Promise<number> {
  const row = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The Tehran calendar day of an instant, as YYYY-MM-DD, shifted by some days. */
function tehranDay(iso: string, shiftDays = 0): string {
  const instant = new Date(Date.parse(iso) + shiftDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

describe('what the audit log records', () => {
  it('records a create with actor, action, entity, id, after and the address', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: buildNeighborhoodBody(), remoteAddress: '10.7.7.7' });
    expect(response.statusCode).toBe(201);
    const created = response.json() as Neighborhood;
    const { items } = await browse(`entity=neighborhood&entityId=${created.id}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actorId: adminId, actorUsername: 'audit-admin', action: 'create', entity: 'neighborhood', entityId: String(created.id), before: null, ip: '10.7.7.7' });
    expect(items[0]!.after).toEqual(created);
    expect(Math.abs(Date.parse(items[0]!.at) - Date.now())).toBeLessThan(60_000);
  });

  it('records an update with before and after', async () => {
    const created = await createNeighborhood(t, admin, { population: 8000 });
    await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers, payload: { version: 1, population: 9000 } });
    const { items } = await browse(`entity=neighborhood&entityId=${created.id}&action=update`);
    expect(items).toHaveLength(1);
    expect(items[0]!.before).toMatchObject({ population: 8000, version: 1 });
    expect(items[0]!.after).toMatchObject({ population: 9000, version: 2 });
  });

  it('records a delete with the record as it was', async () => {
    const created = await createNeighborhood(t, admin);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/neighborhoods/${created.id}`, headers: admin.headers });
    const { items } = await browse(`entity=neighborhood&entityId=${created.id}&action=delete`);
    expect(items).toHaveLength(1);
    expect(items[0]!.before).toEqual(created);
    expect(items[0]!.after).toBeNull();
  });

  it('records houses, packages and users too', async () => {
    const neighborhood = await createNeighborhood(t, admin);
    const house = await createHouse(t, admin, neighborhood.id);
    expect((await browse(`entity=house&entityId=${house.id}&action=create`)).total).toBe(1);
    const pkg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/packages',
      headers: admin.headers,
      payload: { code: 'audit-pkg', axisCode: 'empowerment', nameFa: 'بستهٔ آزمایشی', nameEn: 'Test package' },
    });
    expect(pkg.statusCode).toBe(201);
    expect((await browse('entity=package&entityId=audit-pkg&action=create')).total).toBe(1);
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { username: 'audited-user', displayName: 'کاربر', password: 'long-enough-password', role: 'viewer', scope: { level: 'country', codes: [] } },
    });
    const userId = (user.json() as { id: number }).id;
    const entries = await browse(`entity=user&entityId=${userId}`);
    expect(entries.items).toHaveLength(1);
    expect(entries.items[0]).toMatchObject({ action: 'create', actorUsername: 'audit-admin', after: { username: 'audited-user', role: 'viewer' } });
  });

  it('writes no entry for a refused write', async () => {
    const existing = await createNeighborhood(t, admin);
    const before = await auditCount();
    const refused = [
      await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: buildNeighborhoodBody({ code: existing.code }) }),
      await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: buildNeighborhoodBody({ population: -1 }) }),
      await t.app.inject({ method: 'PATCH', url: `/api/v1/neighborhoods/${existing.id}`, headers: admin.headers, payload: { version: 7, population: 20_000 } }),
    ];
    expect(refused.map((response) => response.statusCode)).toEqual([409, 400, 409]);
    expect(await auditCount()).toBe(before);
  });

  it('writes the change and its entry in one transaction: when the entry fails, the change is rolled back', async () => {
    // Make the audit insert fail for one neighbourhood name only, inside the same transaction.
    await sql`
      create or replace function refuse_audit() returns trigger language plpgsql as $$
      begin
        if new.after ->> 'nameFa' = 'محله ممنوع‌الثبت' then raise exception 'audit refused'; end if;
        return new;
      end $$`.execute(t.database.db);
    await sql`create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()`.execute(t.database.db);
    try {
      const body = buildNeighborhoodBody({ nameFa: 'محله ممنوع‌الثبت' });
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/neighborhoods', headers: admin.headers, payload: body });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toMatchObject({ code: 'server.internal' });
      expect(response.body).not.toContain('audit refused');
      const rows = await t.database.db.selectFrom('neighborhoods').select('id').where('code', '=', body.code).execute();
      expect(rows).toHaveLength(0);
    } finally {
      await sql`drop trigger refuse_audit on audit_log`.execute(t.database.db);
      await sql`drop function refuse_audit()`.execute(t.database.db);
    }
  });
});

describe('browsing the audit log', () => {
  let other: TestSession;
  let created: Neighborhood;
  beforeAll(async () => {
    other = await t.signIn({ username: 'audit-hq', role: 'national_hq' });
    created = await createNeighborhood(t, other);
  });

  it('lists newest first with paging', async () => {
    const all = await browse('pageSize=5');
    expect(all).toMatchObject({ page: 1, pageSize: 5 });
    expect(all.items).toHaveLength(5);
    expect(all.total).toBe(await auditCount());
    const times = all.items.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const page2 = await browse('pageSize=5&page=2');
    expect(page2.items[0]!.id).not.toBe(all.items[0]!.id);
    expect(Number(page2.items[0]!.id)).toBeLessThan(Number(all.items[4]!.id));
  });

  it('filters by entity, action and actor (any case)', async () => {
    const byEntity = await browse('entity=province');
    expect(byEntity.total).toBe(0);
    const creates = await browse('entity=neighborhood&action=create&pageSize=200');
    expect(creates.total).toBeGreaterThanOrEqual(3);
    expect(creates.items.every((entry) => entry.entity === 'neighborhood' && entry.action === 'create')).toBe(true);
    const byActor = await browse('actor=AUDIT-HQ');
    expect(byActor.items.every((entry) => entry.actorUsername === 'audit-hq')).toBe(true);
    expect(byActor.items.map((entry) => entry.action).sort()).toEqual(['create', 'login']);
    expect(byActor.items.find((entry) => entry.action === 'create')?.entityId).toBe(String(created.id));
    const logins = await browse('action=login&actor=audit-hq');
    expect(logins.total).toBe(1);
  });

  it('filters by from and to dates, taken as whole Tehran days', async () => {
    const [latest] = (await browse('actor=audit-hq&action=create')).items;
    const day = tehranDay(latest!.at);
    const sameDay = await browse(`actor=audit-hq&from=${day}&to=${day}`);
    expect(sameDay.total).toBe(2);
    expect((await browse(`actor=audit-hq&from=${tehranDay(latest!.at, 1)}`)).total).toBe(0);
    expect((await browse(`actor=audit-hq&to=${tehranDay(latest!.at, -1)}`)).total).toBe(0);
    expect((await browse(`actor=audit-hq&from=${tehranDay(latest!.at, -1)}`)).total).toBe(2);
  });

  it('refuses a date that does not exist or is malformed with 400', async () => {
    for (const query of ['from=2024-13-45', 'to=2023-02-29', 'from=1403/01/01']) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit?${query}`, headers: admin.headers });
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ code: 'request.invalid', errors: [{ code: 'field.bad_format' }] });
    }
  });

  it('is for administrators only', async () => {
    for (const session of [other, await t.signIn({ username: 'audit-viewer', role: 'viewer' })]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: session.headers });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'auth.forbidden' });
    }
  });
});
