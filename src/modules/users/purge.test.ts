import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../server/test-app.ts';
import { purgeExpiredSessions } from './index.ts';

describe('purgeExpiredSessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('deletes expired sessions and stale failed logins, and keeps live ones', async () => {
    const live = await t.signIn({ username: 'purge-live', role: 'viewer' });
    await t.signIn({ username: 'purge-expired', role: 'viewer' });
    const expiredUser = await t.database.db.selectFrom('users').select('id').where('username', '=', 'purge-expired').executeTakeFirstOrThrow();
    await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000) }).where('user_id', '=', expiredUser.id).execute();
    await t.database.db
      .insertInto('login_failures')
      .values([
        { username: 'someone', ip: '10.0.0.1', at: new Date(Date.now() - 60 * 60_000) },
        { username: 'someone', ip: '10.0.0.1', at: new Date() },
      ])
      .execute();

    await purgeExpiredSessions(t.database.db, { windowMinutes: 15 });

    const sessions = await t.database.db.selectFrom('sessions').select('user_id').execute();
    expect(sessions.map((session) => session.user_id)).not.toContain(expiredUser.id);
    expect(sessions).toHaveLength(1);
    const failures = await t.database.db.selectFrom('login_failures').select('at').execute();
    expect(failures).toHaveLength(1);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: live.cookie } });
    expect(me.statusCode).toBe(200);
  });
});
