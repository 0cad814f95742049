import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/bootstrap.ts';
import { createTestApp, type TestApp } from '../../server/test-app.ts';

describe('GET /api/v1/system', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('answers without a login, and says demo only after the demo is loaded', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/system' });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ demo: false, database: t.database.kind });
    expect(before.json().version).toMatch(/^\d+\.\d+\.\d+/);

    const logins = await loadDemo(t.database.db, { TAVANA_DEMO_PASSWORD: 'demo-password-123' });
    expect(logins?.map((login) => login.role).sort()).toEqual(
      ['agency_staff', 'agency_staff', 'budget_office', 'house_staff', 'national_hq', 'province_secretariat', 'province_secretariat', 'viewer'].sort(),
    );
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/system' });
    expect(after.json().demo).toBe(true);
    // A second call on a database that has neighbourhoods loads nothing.
    expect(await loadDemo(t.database.db, {})).toBeNull();
  });
});
