import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { listAllUsers } from '../modules/users/index.ts';

export async function listUsersForCli(db: Kysely<Database>): Promise<void> {
  const users = await listAllUsers(db);
  for (const user of users) {
    const scope = user.scope.level === 'country' ? 'country' : `${user.scope.level}:${user.scope.codes.join(',')}`;
    process.stdout.write(`${user.username.padEnd(20)} ${user.role.padEnd(22)} ${scope.padEnd(20)} ${user.agencyCode ?? '-'}${user.active ? '' : '  (inactive)'}\n`);
  }
}
