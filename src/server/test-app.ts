import type { LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../db/connection.ts';
import { openTestDatabase } from '../db/test-database.ts';
import type { Role, Scope } from '../lib/scope.ts';
import { createUser } from '../modules/users/index.ts';
import { buildApp } from './app.ts';
import { prepareDatabase } from './bootstrap.ts';
import { configFromEnv } from './config.ts';
import type { TavanaApp } from './fastify-types.ts';

/** A signed-in client: its cookie and CSRF token, ready to send with app.inject. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export interface TestApp {
  app: TavanaApp;
  database: DatabaseHandle;
  /** Creates a user and returns a signed-in session for it. */
  signIn(user: { username: string; role: Role; scope?: Scope; agencyCode?: string | null }): Promise<TestSession>;
  close(): Promise<void>;
}

export const testPassword = 'correct-horse-battery-staple';

/** A real app on a fresh database with migrations and reference data, for integration tests. */
export async function createTestApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  await prepareDatabase(database.db);
  if (options.demo) {
    const { loadDemoNeighborhoods } = await import('../modules/geography/index.ts');
    await loadDemoNeighborhoods(database.db);
  }
  const app = await buildApp({ database, config: { ...configFromEnv({}), webRoot: null }, logger: false });
  await app.ready();
  return {
    app,
    database,
    async signIn(user) {
      await createUser(database.db, null, {
        username: user.username,
        displayName: user.username,
        password: testPassword,
        role: user.role,
        scope: user.scope ?? { level: 'country', codes: [] },
        agencyCode: user.agencyCode ?? null,
      });
      return login(app, user.username, testPassword);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Logs in through the API and returns the session's cookie and CSRF token. */
export async function login(app: TavanaApp, username: string, password: string): Promise<TestSession> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookie(response);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'tavana_session');
  if (!cookie) throw new Error('no session cookie');
  return `tavana_session=${cookie.value}`;
}
