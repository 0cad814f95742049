import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import type { Database } from './types.ts';

const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../modules');

/**
 * Collects every module's `migrations/` folder into one ordered set. File names start with a
 * timestamp, so sorting by name orders migrations across modules; a duplicate name is an error
 * because Kysely records migrations by name alone.
 */
export class ModuleMigrationProvider implements MigrationProvider {
  constructor(private readonly root: string = modulesDir) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    const modules = await fs.readdir(this.root, { withFileTypes: true });
    for (const entry of modules) {
      if (!entry.isDirectory()) continue;
      const folder = path.join(this.root, entry.name, 'migrations');
      const files = await fs.readdir(folder).catch(() => [] as string[]);
      for (const file of files) {
        if (!/^\d{14}_[\w-]+\.ts$/.test(file) || file.endsWith('.test.ts')) continue;
        const name = file.replace(/\.ts$/, '');
        if (migrations[name]) throw new Error(`Two modules define the migration ${name}`);
        migrations[name] = (await import(path.join(folder, file))) as Migration;
      }
    }
    return migrations;
  }
}

/** Applies every pending migration; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new ModuleMigrationProvider() });
  const { error, results } = await migrator.migrateToLatest();
  return reportOrThrow(error, results);
}

function reportOrThrow(error: unknown, results: MigrationResultSet['results']): string[] {
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
