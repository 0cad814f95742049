import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { readSetting, writeSetting } from './system.repository.ts';

const demoKey = 'demo_loaded';

/** Remembers that the demo data was loaded, so every page can say it is a demo. */
export async function markDemoLoaded(db: Kysely<Database>): Promise<void> {
  await writeSetting(db, demoKey, 'true');
}

export async function isDemo(db: Kysely<Database>): Promise<boolean> {
  return (await readSetting(db, demoKey)) === 'true';
}
