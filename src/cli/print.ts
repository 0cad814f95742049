import type { Credential } from '../server/bootstrap.ts';

/** Prints logins created at first start; random passwords are shown this once only. */
export function printCredentials(credentials: Credential[]): void {
  if (credentials.length === 0) return;
  const width = Math.max(...credentials.map((c) => c.username.length));
  process.stdout.write('\n  Logins (passwords are shown only now; change them under Users):\n');
  for (const credential of credentials) {
    process.stdout.write(`    ${credential.username.padEnd(width)}  ${credential.password}  (${credential.role})\n`);
  }
  process.stdout.write('\n');
}
