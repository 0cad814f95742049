import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../lib/errors/index.ts';
import type { Actor, RequestContext, Role, Scope, ScopeLevel } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { findUnknownPlaceCodes } from '../geography/index.ts';
import { agencyExists } from '../reference/index.ts';
import { can, permissionsOf } from './users.policy.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from './users.passwords.ts';
import * as repo from './users.repository.ts';
import type { CreateUserBody, SessionInfo, UpdateUserBody, User, UserListQuery } from './users.schemas.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.findUserById>>>;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    scope: { level: row.scope_level as ScopeLevel, codes: row.scope_codes },
    agencyCode: row.agency_code,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

function toActor(row: Pick<UserRow, 'id' | 'username' | 'role' | 'scope_level' | 'scope_codes' | 'agency_code'>): Actor {
  return {
    userId: row.id,
    username: row.username,
    role: row.role as Role,
    scope: { level: row.scope_level as ScopeLevel, codes: row.scope_codes },
    agencyCode: row.agency_code,
  };
}

/** What is safe to keep in the audit log about a user: never the password hash. */
function auditView(user: User) {
  return { username: user.username, displayName: user.displayName, role: user.role, scope: user.scope, agencyCode: user.agencyCode, active: user.active };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  info: SessionInfo;
}

export interface SessionSettings {
  sessionHours: number;
  maxFailures: number;
  windowMinutes: number;
}

/**
 * Checks credentials and opens a session. Failures are counted per username and per address;
 * past the limit the answer is 429 even for the right password, so guessing gains nothing.
 */
export async function login(db: Kysely<Database>, settings: SessionSettings, username: string, password: string, ip: string): Promise<LoginResult> {
  const since = new Date(Date.now() - settings.windowMinutes * 60_000);
  const failures = await repo.countRecentFailures(db, username, ip, since);
  if (failures.byUsername >= settings.maxFailures || failures.byIp >= settings.maxFailures * 6) {
    throw new AppError('rate_limited', 'auth.too_many_attempts', { minutes: settings.windowMinutes });
  }
  const row = await repo.findUserByUsername(db, username);
  const passwordOk = await verifyPassword(row?.password_hash ?? (await decoyPasswordHash()), password);
  if (!row || !row.active || !passwordOk) {
    await repo.recordLoginFailure(db, username, ip);
    throw new AppError('unauthenticated', 'auth.invalid_credentials');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + settings.sessionHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await repo.insertSession(trx, { tokenHash: hashSessionToken(token), userId: row.id, csrfToken, expiresAt, ip });
    await repo.touchLastLogin(trx, row.id);
    await repo.clearLoginFailures(trx, username);
    await recordAudit(trx, { actor: toActor(row), ip }, { action: 'login', entity: 'user', entityId: row.id });
  });
  const user = toUser(row);
  return { token, expiresAt, info: { user, csrfToken, permissions: [...permissionsOf(user.role)] } };
}

export interface LiveSession {
  actor: Actor;
  info: SessionInfo;
}

/** The session behind a cookie token, sliding its expiry forward; null when it is gone or expired. */
export async function resumeSession(db: Kysely<Database>, settings: SessionSettings, token: string): Promise<LiveSession | null> {
  const tokenHash = hashSessionToken(token);
  const row = await repo.findLiveSession(db, tokenHash);
  if (!row) return null;
  // Extending on every request would write on every read; once a minute is enough.
  if (Date.now() - row.last_seen_at.getTime() > 60_000) {
    await repo.extendSession(db, tokenHash, new Date(Date.now() + settings.sessionHours * 3_600_000));
  }
  const user = toUser(row);
  return { actor: toActor(row), info: { user, csrfToken: row.csrf_token, permissions: [...permissionsOf(user.role)] } };
}

export async function logout(db: Kysely<Database>, context: RequestContext, token: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, hashSessionToken(token));
    await recordAudit(trx, context, { action: 'logout', entity: 'user', entityId: context.actor.userId });
  });
}

function requireUserManager(context: RequestContext): void {
  if (!can(context.actor.role, 'users.manage')) throw new AppError('forbidden', 'auth.forbidden');
}

async function validateScopeAndAgency(db: Kysely<Database>, role: Role, scope: Scope, agencyCode: string | null): Promise<Scope> {
  const codes = [...new Set(scope.codes.map((code) => code.trim()))];
  if (scope.level === 'country') return { level: 'country', codes: [] };
  if (codes.length === 0) throw AppError.field('scope.codes', 'users.scope_codes_required', { level: `scope.${scope.level}` });
  const unknown = await findUnknownPlaceCodes(db, scope.level, codes);
  if (unknown.length > 0) throw AppError.field('scope.codes', 'users.unknown_scope_code', { code: unknown[0] ?? '', level: `scope.${scope.level}` });
  if (agencyCode !== null && !(await agencyExists(db, agencyCode))) {
    throw AppError.field('agencyCode', 'geography.unknown_agency', { code: agencyCode });
  }
  if ((role === 'agency_staff' || role === 'house_staff') && agencyCode === null) throw AppError.field('agencyCode', 'users.agency_required');
  return { level: scope.level, codes };
}

function checkPassword(username: string, password: string): void {
  if (password.length < 10 || password.toLowerCase() === username.toLowerCase()) throw AppError.field('password', 'users.weak_password');
}

/** Creates a user. `context` null means the system itself (first start, CLI). */
export async function createUser(db: Kysely<Database>, context: RequestContext | null, body: CreateUserBody): Promise<User> {
  if (context) requireUserManager(context);
  checkPassword(body.username, body.password);
  const scope = await validateScopeAndAgency(db, body.role, body.scope, body.agencyCode);
  if (await repo.findUserByUsername(db, body.username)) throw AppError.duplicate('username', 'users.duplicate_username', { username: body.username });
  const passwordHash = await hashPassword(body.password);
  return db
    .transaction()
    .execute(async (trx) => {
      const row = await repo.insertUser(trx, {
        username: body.username,
        displayName: body.displayName,
        passwordHash,
        role: body.role,
        scopeLevel: scope.level,
        scopeCodes: scope.codes,
        agencyCode: body.agencyCode,
      });
      const user = toUser(row);
      await recordAudit(trx, context ?? { actor: null, ip: null }, { action: 'create', entity: 'user', entityId: user.id, after: auditView(user) });
      return user;
    })
    .catch((error: unknown) => {
      // Two requests for the same username can both pass the check above; the unique index decides.
      if ((error as { constraint?: string }).constraint === 'users_username_key') {
        throw AppError.duplicate('username', 'users.duplicate_username', { username: body.username });
      }
      throw error;
    });
}

export async function updateUser(db: Kysely<Database>, context: RequestContext | null, id: number, body: UpdateUserBody): Promise<User> {
  if (context) requireUserManager(context);
  const existing = await repo.findUserById(db, id);
  if (!existing) throw new AppError('not_found', 'users.not_found');
  const before = toUser(existing);
  if (context && body.active === false && context.actor.userId === id) throw AppError.field('active', 'users.cannot_deactivate_self');
  const role = body.role ?? before.role;
  const agencyCode = body.agencyCode === undefined ? before.agencyCode : body.agencyCode;
  const scope = await validateScopeAndAgency(db, role, body.scope ?? before.scope, agencyCode);
  const changes: repo.UserChanges = { role, scope_level: scope.level, scope_codes: scope.codes, agency_code: agencyCode };
  if (body.displayName !== undefined) changes.display_name = body.displayName;
  if (body.active !== undefined) changes.active = body.active;
  if (body.password !== undefined) {
    checkPassword(before.username, body.password);
    changes.password_hash = await hashPassword(body.password);
  }
  return db.transaction().execute(async (trx) => {
    const user = toUser(await repo.updateUser(trx, id, changes));
    // A new password, a lost role or a deactivation ends the user's open sessions.
    if (body.password !== undefined || body.active === false || role !== before.role) await repo.deleteSessionsOfUser(trx, id);
    await recordAudit(trx, context ?? { actor: null, ip: null }, {
      action: body.password !== undefined ? 'update_with_password' : 'update',
      entity: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(user),
    });
    return user;
  });
}

export async function listUsers(db: Kysely<Database>, context: RequestContext, query: UserListQuery) {
  requireUserManager(context);
  const { rows, total } = await repo.listUsers(db, {
    q: query.q,
    role: query.role,
    active: query.active === undefined ? undefined : query.active === 'true',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toUser), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Kysely<Database>, context: RequestContext, id: number): Promise<User> {
  requireUserManager(context);
  const row = await repo.findUserById(db, id);
  if (!row) throw new AppError('not_found', 'users.not_found');
  return toUser(row);
}

/** For the CLI, which runs as the system: every user. */
export async function listAllUsers(db: Kysely<Database>): Promise<User[]> {
  const { rows } = await repo.listUsers(db, { limit: 10_000, offset: 0 });
  return rows.map(toUser);
}

/** For the CLI: one user by username. */
export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | null> {
  const row = await repo.findUserByUsername(db, username);
  return row ? toUser(row) : null;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  return repo.countUsers(db);
}

/**
 * Deletes expired sessions and failed logins older than the limit's window: both are ignored
 * once stale, but would otherwise pile up for ever.
 */
export async function purgeExpiredSessions(db: Kysely<Database>, settings: Pick<SessionSettings, 'windowMinutes'>): Promise<void> {
  await repo.deleteExpiredSessions(db);
  await repo.deleteLoginFailuresBefore(db, new Date(Date.now() - settings.windowMinutes * 60_000));
}

/** Active users of these agencies, as actors (for deciding who hears about a resolution). */
export async function activeActorsOfAgencies(db: Kysely<Database> | Transaction<Database>, agencyCodes: readonly string[]): Promise<Actor[]> {
  const rows = await repo.listActiveUsersOfAgencies(db, agencyCodes);
  return rows.map((row) => ({
    userId: row.id,
    username: row.username,
    role: row.role as Role,
    scope: { level: row.scope_level as ScopeLevel, codes: row.scope_codes },
    agencyCode: row.agency_code,
  }));
}
