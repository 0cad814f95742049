import fs from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, type Migration, type MigrationProvider, type MigrationResultSet, Migrator, sql } from 'kysely';
import { projectRoot } from '../project-root.ts';
import type { Database } from './types.ts';

/**
 * Collects every module's `migrations/` folder into one ordered set. File names start with a
 * timestamp, so sorting by name orders migrations across modules; a duplicate name is an error
 * because Kysely records migrations by name alone.
 */
export class ModuleMigrationProvider implements MigrationProvider {
  constructor(private readonly root: string = path.join(projectRoot(), 'src/modules')) {}

  /** Every migration file, by module, without loading any. */
  async files(): Promise<{ moduleName: string; file: string; name: string }[]> {
    const found: { moduleName: string; file: string; name: string }[] = [];
    const modules = await fs.readdir(this.root, { withFileTypes: true });
    for (const entry of modules) {
      if (!entry.isDirectory()) continue;
      const files = await fs.readdir(path.join(this.root, entry.name, 'migrations')).catch(() => [] as string[]);
      for (const file of files) {
        if (!/^\d{14}_[\w-]+\.ts$/.test(file) || file.endsWith('.test.ts')) continue;
        found.push({ moduleName: entry.name, file, name: file.replace(/\.ts$/, '') });
      }
    }
    return found;
  }

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const { moduleName, file, name } of await this.files()) {
      if (migrations[name]) throw new Error(`Two modules define the migration ${name}`);
      migrations[name] = (await importMigration(this.root, moduleName, file)) as Migration;
    }
    return migrations;
  }
}

/**
 * The template literal is what lets esbuild bundle every module's migrations into the server
 * bundle (it turns the pattern into a table of the matching files); a folder other than the
 * project's own (tests) is imported by its path.
 */
async function importMigration(root: string, moduleName: string, file: string): Promise<unknown> {
  if (root !== path.join(projectRoot(), 'src/modules')) return import(path.join(root, moduleName, 'migrations', file));
  return import(`../modules/${moduleName}/migrations/${file}`);
}

/** Applies every pending migration; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const provider = new ModuleMigrationProvider();
  // Every start comes here: when every file is already recorded, one query replaces loading
  // each migration and the migrator's locking round trips.
  if (await allApplied(db, (await provider.files()).map((migration) => migration.name))) return [];
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  return reportOrThrow(error, results);
}

async function allApplied(db: Kysely<Database>, names: string[]): Promise<boolean> {
  const table = await sql<{ name: string | null }>`select to_regclass('kysely_migration')::text as name`.execute(db);
  if (!table.rows[0]?.name) return false;
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const appliedNames = new Set(applied.rows.map((row) => row.name));
  return names.every((name) => appliedNames.has(name));
}

function reportOrThrow(error: unknown, results: MigrationResultSet['results']): string[] {
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
