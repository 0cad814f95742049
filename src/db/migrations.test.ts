import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connection.ts';
import { migrateToLatest, ModuleMigrationProvider } from './migrations.ts';
import { openTestDatabase } from './test-database.ts';

const modulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../modules');

/** Every migration file under src/modules/<module>/migrations, by name, sorted: what the provider must find. */
function migrationFilesOnDisk(): string[] {
  return fs
    .readdirSync(modulesDir)
    .flatMap((module) => {
      const folder = path.join(modulesDir, module, 'migrations');
      return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
    })
    .filter((file) => /^\d{14}_[\w-]+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
}

const expectedMigrations = migrationFilesOnDisk();

// The foundation's migrations, in the order their foreign keys need.
const foundation = ['20261122000100_reference', '20261122000200_users', '20261122000300_audit', '20261122000400_neighborhoods'];

const foundationTables = ['agencies', 'audit_log', 'axes', 'cities', 'counties', 'houses', 'login_failures', 'neighborhoods', 'packages', 'provinces', 'reference_data_state', 'sessions', 'users'];

describe('ModuleMigrationProvider', () => {
  it("finds every module's migrations, ordered by their timestamps across modules", async () => {
    const migrations = await new ModuleMigrationProvider().getMigrations();
    const names = Object.keys(migrations);
    expect(names.sort()).toEqual(expectedMigrations);
    expect(names).toEqual(expect.arrayContaining(foundation));
    expect(foundation.map((name) => names.indexOf(name))).toEqual([...foundation.map((name) => names.indexOf(name))].sort((a, b) => a - b));
    for (const name of names) {
      expect(typeof migrations[name]!.up, name).toBe('function');
      expect(typeof migrations[name]!.down, name).toBe('function');
    }
  });

  describe('on a folder of made-up modules', () => {
    let root: string;
    beforeAll(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'tavana-migrations-'));
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    const migration = 'export async function up() {}\nexport async function down() {}\n';
    function write(relative: string, text = migration): void {
      const file = path.join(root, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }

    it('merges module folders, skips modules without migrations and files that are not migrations', async () => {
      write('beta/migrations/20260101000200_second.ts');
      write('alpha/migrations/20260101000100_first.ts');
      write('alpha/migrations/20260101000300_third.ts');
      write('alpha/migrations/20260101000300_third.test.ts');
      write('alpha/migrations/README.md', '# notes');
      write('alpha/migrations/helper.ts');
      write('gamma/gamma.service.ts');
      const migrations = await new ModuleMigrationProvider(root).getMigrations();
      expect(Object.keys(migrations).sort()).toEqual(['20260101000100_first', '20260101000200_second', '20260101000300_third']);
    });

    it('refuses two modules that define the same migration name', async () => {
      write('delta/migrations/20260101000100_first.ts');
      await expect(new ModuleMigrationProvider(root).getMigrations()).rejects.toThrow('Two modules define the migration 20260101000100_first');
    });
  });
});

describe('migrating a database', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  async function existingTables(): Promise<string[]> {
    const result = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(database.db);
    return result.rows.map((row) => row.table_name);
  }

  it('applies every migration in order on an empty database', async () => {
    expect(await existingTables()).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual(expectedMigrations);
    expect(await existingTables()).toEqual(expect.arrayContaining(foundationTables));
    const applied = await sql<{ name: string }>`select name from kysely_migration order by timestamp, name`.execute(database.db);
    expect(applied.rows.map((row) => row.name)).toEqual(expectedMigrations);
  });

  it('does nothing when migrated again', async () => {
    const before = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration order by name`.execute(database.db);
    expect(await migrateToLatest(database.db)).toEqual([]);
    const after = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration order by name`.execute(database.db);
    expect(after.rows).toEqual(before.rows);
  });

  it('rolls every migration back, and forward again', async () => {
    const migrator = new Migrator({ db: database.db, provider: new ModuleMigrationProvider() });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(down.results?.map((result) => result.migrationName)).toEqual([...expectedMigrations].reverse());
    expect(await existingTables()).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual(expectedMigrations);
    expect(await existingTables()).toEqual(expect.arrayContaining(foundationTables));
  });

  it('enforces the rules the code relies on in the schema too', async () => {
    // A negative population or an unknown city never reaches the table, whatever the code does.
    await sql`insert into provinces (code, name_fa, name_en, population_2016) values ('30', 'البرز', 'Alborz', 1)`.execute(database.db);
    await sql`insert into counties (code, province_code, name_fa, name_en) values ('30-01', '30', 'کرج', 'Karaj')`.execute(database.db);
    await sql`insert into cities (code, county_code, province_code, name_fa, name_en) values ('30-01-01', '30-01', '30', 'کرج', 'Karaj')`.execute(database.db);
    const insert = (population: number, city: string) => sql`
      insert into neighborhoods (code, name_fa, search_text, name_sort, province_code, county_code, city_code, population, households, fabric, severity, status)
      values (${`db-${population}-${city}`}, ${`n ${population} ${city}`}, 'x', 'x', '30', '30-01', ${city}, ${population}, 0, 'worn_out', 'severe', 'candidate')`.execute(database.db);
    await expect(insert(-1, '30-01-01')).rejects.toThrow();
    await expect(insert(10, '99-99-99')).rejects.toThrow();
    await insert(10, '30-01-01');
    await expect(sql`insert into provinces (code, name_fa, name_en, population_2016, quota) values ('31', 'x', 'x', 1, -1)`.execute(database.db)).rejects.toThrow();
  });
});
