import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { roles, type Role, type Scope, scopeLevels, type ScopeLevel } from '../lib/scope.ts';
import { prepareDatabase } from '../server/bootstrap.ts';
import { createUser, findUserByUsername, generatePassword, updateUser } from '../modules/users/index.ts';
import { AppError, translate } from '../lib/errors/index.ts';
import { listUsersForCli } from './user-list.ts';

function parseScope(text: string | undefined): Scope {
  if (!text || text === 'country') return { level: 'country', codes: [] };
  const [level, codes = ''] = text.split(':');
  if (!scopeLevels.includes(level as ScopeLevel)) throw new Error(`Unknown scope level "${level}"; use one of ${scopeLevels.join(', ')}`);
  return { level: level as ScopeLevel, codes: codes.split(',').filter(Boolean) };
}

function describe(error: unknown): string {
  if (error instanceof AppError) {
    const field = error.fieldErrors.map((e) => translate(e.code, 'en', { label: e.path, ...e.params })).join(' ');
    return field || translate(error.code, 'en', error.params);
  }
  return error instanceof Error ? error.message : String(error);
}

/** `tavana user list | create | set-password`. */
export async function runUserCommand(db: Kysely<Database>, args: string[]): Promise<number> {
  await prepareDatabase(db);
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, scope: { type: 'string' }, agency: { type: 'string' }, password: { type: 'string' } },
  });
  try {
    if (sub === 'list') {
      await listUsersForCli(db);
      return 0;
    }
    const username = positionals[0];
    if (!username) throw new Error('A username is required.');
    if (sub === 'create') {
      const role = values.role as Role | undefined;
      if (!role || !roles.includes(role)) throw new Error(`--role is required: one of ${roles.join(', ')}`);
      const password = values.password ?? generatePassword();
      await createUser(db, null, {
        username,
        displayName: values.name ?? username,
        password,
        role,
        scope: parseScope(values.scope),
        agencyCode: values.agency ?? null,
      });
      process.stdout.write(`Created ${username} (${role}).${values.password ? '' : ` Password: ${password}`}\n`);
      return 0;
    }
    if (sub === 'set-password') {
      const user = await findUserByUsername(db, username);
      if (!user) throw new Error(`No user named ${username}.`);
      const password = values.password ?? generatePassword();
      await updateUser(db, null, user.id, { password, active: true });
      process.stdout.write(`Password of ${username} changed.${values.password ? '' : ` New password: ${password}`}\n`);
      return 0;
    }
    throw new Error('Use: tavana user list | create <username> --role <role> | set-password <username>');
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  }
}
