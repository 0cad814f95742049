import type { Kysely } from 'kysely';
import { migrateToLatest } from '../db/migrations.ts';
import type { Database } from '../db/types.ts';
import type { Role, Scope } from '../lib/scope.ts';
import { loadDemoNeighborhoods, neighborhoodCount } from '../modules/geography/index.ts';
import { loadDemoMeetings } from '../modules/meetings/index.ts';
import { ensureReferenceData } from '../modules/reference/index.ts';
import { loadDemoPopulation } from '../modules/residents/index.ts';
import { markDemoLoaded } from '../modules/system/index.ts';
import { countUsers, createUser, generatePassword } from '../modules/users/index.ts';

/** A login to print once, at the first start. */
export interface Credential {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  generated: boolean;
}

/** Brings a database up to date: migrations, then any missing reference data. */
export async function prepareDatabase(db: Kysely<Database>): Promise<void> {
  await migrateToLatest(db);
  await ensureReferenceData(db);
}

/**
 * On a database without users, creates `admin` with TAVANA_ADMIN_PASSWORD or a random password
 * (printed once). There is no fixed default password anywhere.
 */
export async function ensureAdmin(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): Promise<Credential | null> {
  if ((await countUsers(db)) > 0) return null;
  const given = env.TAVANA_ADMIN_PASSWORD?.trim();
  const password = given || generatePassword();
  await createUser(db, null, {
    username: 'admin',
    displayName: 'مدیر سامانه',
    password,
    role: 'admin',
    scope: { level: 'country', codes: [] },
    agencyCode: null,
  });
  return { username: 'admin', password, role: 'admin', displayName: 'مدیر سامانه', generated: !given };
}

const demoUsers: { username: string; displayName: string; role: Role; scope: Scope; agencyCode: string | null }[] = [
  { username: 'setad', displayName: 'کارشناس ستاد ملی توانمندسازی', role: 'national_hq', scope: { level: 'country', codes: [] }, agencyCode: null },
  { username: 'alborz', displayName: 'دبیرخانه قرارگاه اجتماعی استان البرز', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] }, agencyCode: 'governorate' },
  { username: 'semnan', displayName: 'دبیرخانه قرارگاه اجتماعی استان سمنان', role: 'province_secretariat', scope: { level: 'province', codes: ['20'] }, agencyCode: 'governorate' },
  { username: 'behzisti-semnan', displayName: 'کارشناس بهزیستی استان سمنان', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' },
  { username: 'emdad-alborz', displayName: 'کارشناس کمیته امداد استان البرز', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'relief-committee' },
  { username: 'khane-valiasr', displayName: 'کارکنان خانه بهزیستی شهرک ولیعصر', role: 'house_staff', scope: { level: 'county', codes: ['20-03'] }, agencyCode: 'welfare' },
  { username: 'budget', displayName: 'کارشناس سازمان برنامه و بودجه', role: 'budget_office', scope: { level: 'country', codes: [] }, agencyCode: 'plan-budget' },
  { username: 'observer', displayName: 'ناظر', role: 'viewer', scope: { level: 'country', codes: [] }, agencyCode: null },
];

/**
 * Loads the demo on an empty database: neighbourhoods, their houses, a user for each role
 * (random passwords unless TAVANA_DEMO_PASSWORD is set), and then, as those users, the deciding
 * bodies with their meetings, resolutions and follow-ups. Returns the logins to print, or null
 * when the database already has neighbourhoods.
 */
export async function loadDemo(db: Kysely<Database>, env: NodeJS.ProcessEnv = process.env): Promise<Credential[] | null> {
  if ((await neighborhoodCount(db)) > 0) return null;
  await loadDemoNeighborhoods(db);
  // Synthetic residents for Semnan's neighbourhoods (national IDs beginning 999: obviously not real).
  await loadDemoPopulation(db);
  await markDemoLoaded(db);
  const shared = env.TAVANA_DEMO_PASSWORD?.trim();
  const credentials: Credential[] = [];
  for (const user of demoUsers) {
    const password = shared || generatePassword();
    await createUser(db, null, { ...user, password });
    credentials.push({ username: user.username, password, role: user.role, displayName: user.displayName, generated: !shared });
  }
  // The meetings are kept and followed up by the demo users, so they come after them.
  await loadDemoMeetings(db);
  return credentials;
}
