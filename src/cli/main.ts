import { parseArgs } from 'node:util';
import { databaseTargetFromEnv } from '../db/config.ts';
import { openDatabase } from '../db/connection.ts';
import { dateInputSchema } from '../lib/iso-date.ts';
import { runDailyDigest } from '../modules/meetings/index.ts';
import { runServe } from './serve.ts';
import { runSeed, runMigrate } from './database-commands.ts';
import { runUserCommand } from './user-commands.ts';

const usage = `tavana — the system for empowering deprived neighbourhoods

Usage:
  tavana serve                 start the server (PORT, HOST, DATABASE_URL or TAVANA_DATA_DIR)
  tavana migrate               apply pending migrations and reference data
  tavana seed --demo           load the demo data into an empty database
  tavana digest [--date YYYY-MM-DD]  send today's resolution reminders, overdue notices and digests
  tavana user list             list users
  tavana user create <username> --role <role> [--name <display name>] [--scope province:30,20] [--agency <code>] [--password <p>]
  tavana user set-password <username> [--password <p>]
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return runServe();
    case 'migrate':
      return withDatabase((handle) => runMigrate(handle.db));
    case 'seed': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
      if (!values.demo) {
        process.stderr.write('seed needs --demo\n');
        return 2;
      }
      return withDatabase((handle) => runSeed(handle.db));
    }
    case 'user':
      return withDatabase((handle) => runUserCommand(handle.db, rest));
    case 'digest': {
      const { values } = parseArgs({ args: rest, options: { date: { type: 'string' } } });
      const date = values.date === undefined ? undefined : dateInputSchema.safeParse(values.date);
      if (date && !date.success) {
        process.stderr.write(`Not a date: ${values.date} (YYYY-MM-DD or a Jalali 1404/08/30)\n`);
        return 2;
      }
      return withDatabase(async (handle) => {
        const result = await runDailyDigest(handle.db, date?.data);
        process.stdout.write(`${result.date}: ${result.deadlineSoon} reminders, ${result.overdue} overdue notices, ${result.digests} digests\n`);
        return 0;
      });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${usage}`);
      return 2;
  }
}

async function withDatabase(run: (handle: Awaited<ReturnType<typeof openDatabase>>) => Promise<number>): Promise<number> {
  const handle = await openDatabase(databaseTargetFromEnv());
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
