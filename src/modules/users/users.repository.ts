import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';

type Executor = Kysely<Database> | Transaction<Database>;

const userColumns = [
  'id',
  'username',
  'display_name',
  'password_hash',
  'role',
  'scope_level',
  'scope_codes',
  'agency_code',
  'active',
  'created_at',
  'last_login_at',
] as const;

export type UserRow = Awaited<ReturnType<typeof findUserById>> & {};

/** The user with this id, or undefined. */
export async function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

/** Usernames are unique without regard to case. */
export async function findUserByUsername(db: Executor, username: string) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

export interface UserFilter {
  q?: string;
  role?: string;
  active?: boolean;
  limit: number;
  offset: number;
}

export async function listUsers(db: Executor, filter: UserFilter) {
  let query = db.selectFrom('users');
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('username', 'ilike', pattern), eb('display_name', 'ilike', pattern)]));
  }
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  const [rows, count] = await Promise.all([
    query.select(userColumns).orderBy('username').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export interface NewUserRow {
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  scopeLevel: string;
  scopeCodes: string[];
  agencyCode: string | null;
}

export async function insertUser(db: Executor, user: NewUserRow) {
  return db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      scope_level: user.scopeLevel,
      scope_codes: user.scopeCodes,
      agency_code: user.agencyCode,
      updated_at: new Date(),
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export interface UserChanges {
  display_name?: string;
  password_hash?: string;
  role?: string;
  scope_level?: string;
  scope_codes?: string[];
  agency_code?: string | null;
  active?: boolean;
}

export async function updateUser(db: Executor, id: number, changes: UserChanges) {
  return db
    .updateTable('users')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function touchLastLogin(db: Executor, id: number): Promise<void> {
  await db.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', id).execute();
}

// Sessions

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; userId: number; csrfToken: string; expiresAt: Date; ip: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      last_seen_at: new Date(),
      ip: session.ip,
    })
    .execute();
}

/** A live session with its user; expired sessions and inactive users are not found. */
export async function findLiveSession(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.csrf_token',
      'sessions.expires_at',
      'sessions.last_seen_at',
      ...userColumns.map((column) => `users.${column}` as const),
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', new Date())
    .where('users.active', '=', true)
    .executeTakeFirst();
}

export async function extendSession(db: Executor, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt, last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).execute();
}

export async function deleteLoginFailuresBefore(db: Executor, before: Date): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<', before).execute();
}

// Failed logins

export async function recordLoginFailure(db: Executor, username: string, ip: string): Promise<void> {
  await db.insertInto('login_failures').values({ username: username.toLowerCase(), ip }).execute();
}

export async function countRecentFailures(db: Executor, username: string, ip: string, since: Date) {
  const row = await db
    .selectFrom('login_failures')
    .select([
      sql<number>`count(*) filter (where lower(username) = ${username.toLowerCase()})::int`.as('byUsername'),
      sql<number>`count(*) filter (where ip = ${ip})::int`.as('byIp'),
    ])
    .where('at', '>', since)
    .where((eb) => eb.or([eb(sql`lower(username)`, '=', username.toLowerCase()), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return { byUsername: Number(row.byUsername), byIp: Number(row.byIp) };
}

export async function clearLoginFailures(db: Executor, username: string): Promise<void> {
  await db.deleteFrom('login_failures').where(sql`lower(username)`, '=', username.toLowerCase()).execute();
}

/** Active users who work for any of these agencies: the people a resolution's notices go to. */
export async function listActiveUsersOfAgencies(db: Kysely<Database> | Transaction<Database>, agencyCodes: readonly string[]) {
  if (agencyCodes.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'scope_level', 'scope_codes', 'agency_code'])
    .where('active', '=', true)
    .where('agency_code', 'in', [...agencyCodes])
    .execute();
}
