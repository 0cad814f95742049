import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import type { Scope } from '../../lib/scope.ts';
import { prepareDatabase } from '../../server/bootstrap.ts';
import { loadDemoNeighborhoods } from '../geography/index.ts';
import { detectDuplicatesInScope } from './duplicates.service.ts';
import { nameSearchOf } from './residents.service.ts';
import { loadDemoPopulation } from './residents.seed.ts';

let database: DatabaseHandle;
let planted: NonNullable<Awaited<ReturnType<typeof loadDemoPopulation>>>['plantedDuplicates'];
/** Two Alborz neighbourhoods (province 30 has no demo population): the crafted people live there. */
let here: number;
let there: number;

beforeAll(async () => {
  database = await openTestDatabase();
  await prepareDatabase(database.db);
  await loadDemoNeighborhoods(database.db);
  planted = (await loadDemoPopulation(database.db, { today: '2025-11-01' }))!.plantedDuplicates;
  const rows = await database.db.selectFrom('neighborhoods').select('id').where('province_code', '=', '30').orderBy('id').limit(2).execute();
  [here, there] = [rows[0]!.id, rows[1]!.id];
});

afterAll(async () => {
  await database?.close();
});

interface Crafted {
  first: string;
  last: string;
  father?: string;
  birth?: string | null;
  phone?: string;
  nationalId?: string | null;
  sex?: 'male' | 'female';
  neighborhood?: number;
}

async function person(values: Crafted): Promise<string> {
  const nationalId = values.nationalId ?? null;
  const row = await database.db
    .insertInto('persons')
    .values({
      province_code: '30',
      neighborhood_id: values.neighborhood ?? here,
      national_id: nationalId,
      missing_id_reason: nationalId === null ? 'undocumented' : null,
      first_name: values.first,
      last_name: values.last,
      father_name: values.father ?? '',
      name_search: nameSearchOf(values.first, values.last, values.father ?? ''),
      sex: values.sex ?? 'male',
      birth_date: values.birth === undefined ? '1981-06-01' : values.birth,
      phone: values.phone ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const alborz: Scope = { level: 'province', codes: ['30'] };

async function candidate(a: string, b: string) {
  const [first, second] = BigInt(a) < BigInt(b) ? [a, b] : [b, a];
  return database.db
    .selectFrom('duplicate_candidates')
    .select(['score', 'reasons', 'status', 'name_similarity'])
    .where('person_a_id', '=', first)
    .where('person_b_id', '=', second)
    .executeTakeFirst();
}

describe('the demo population', () => {
  it('lists every planted duplicate after loading, and nobody else', async () => {
    const rows = await database.db.selectFrom('duplicate_candidates').select(['person_a_id', 'person_b_id', 'score']).where('province_code', '=', '20').execute();
    const found = new Set(rows.map((row) => `${row.person_a_id}-${row.person_b_id}`));
    for (const pair of planted) {
      const [a, b] = [pair.originalId, pair.duplicateId].sort((x, y) => Number(x) - Number(y));
      expect(found.has(`${a}-${b}`), pair.kind).toBe(true);
    }
    expect(rows).toHaveLength(planted.length);
    expect(rows.every((row) => row.score >= 50 && row.score <= 100)).toBe(true);
  });
});

describe('scores and reasons of crafted pairs', () => {
  const ids: Record<string, [string, string]> = {};

  beforeAll(async () => {
    ids.arabic = [await person({ first: 'علي', last: 'كريمي', father: 'حسن' }), await person({ first: 'علی', last: 'کریمی', father: 'حسن' })];
    ids.compound = [await person({ first: 'محمدرضا', last: 'نوری', father: 'احمد', birth: '1975-01-01', phone: '09120000001' }), await person({ first: 'محمد رضا', last: 'نوری', father: 'احمد', birth: '1975-01-01', phone: '09120000001' })];
    // Different people with a common name: other birth years, or other fathers.
    ids.commonYears = [await person({ first: 'حسین', last: 'محمدی', birth: '1970-05-05' }), await person({ first: 'حسین', last: 'محمدی', birth: '1990-05-05' })];
    ids.commonFathers = [await person({ first: 'رضا', last: 'احمدی', father: 'علی', birth: '1985-02-02' }), await person({ first: 'رضا', last: 'احمدی', father: 'قاسم', birth: '1985-02-02' })];
    // 1360/01/01 and 1360/12/29: one Jalali year across two Gregorian ones; 1359/12/29 is the year before.
    ids.jalaliYear = [await person({ first: 'مهدی', last: 'صالحی', father: 'یوسف', birth: '1981-03-21' }), await person({ first: 'مهدی', last: 'صالحی', father: 'یوسف', birth: '1982-03-20' })];
    ids.jalaliYearBefore = [await person({ first: 'کاظم', last: 'صالحی', father: 'یوسف', birth: '1981-03-21' }), await person({ first: 'کاظم', last: 'صالحی', father: 'یوسف', birth: '1981-03-20' })];
    ids.surname = [
      await person({ first: 'زهرا', last: 'اسماعیلی', father: 'حمید', sex: 'female', birth: '1990-07-07' }),
      await person({ first: 'زهرا', last: 'اسمعیلی', father: 'حمید', sex: 'female', birth: '1990-07-07' }),
    ];
    ids.phone = [await person({ first: 'جواد', last: 'رحمانی', father: 'کریم', birth: '1960-01-01', phone: '09121112233' }), await person({ first: 'جواد', last: 'رحمانی', father: 'کریم', birth: '1962-01-01', phone: '09121112233' })];
    ids.twoIds = [await person({ first: 'امیر', last: 'قاسمی', father: 'رضا', nationalId: '9990000019' }), await person({ first: 'امیر', last: 'قاسمی', father: 'رضا', nationalId: '9990001112' })];
    ids.otherNeighborhood = [await person({ first: 'نادر', last: 'یزدانی', father: 'محمود' }), await person({ first: 'نادر', last: 'یزدانی', father: 'محمود', neighborhood: there })];
    await detectDuplicatesInScope(database.db, alborz);
  });

  it.each([
    ['arabic', 70, ['same_name_birth_year', 'same_birth_date', 'same_father_name']],
    ['compound', 90, ['same_name_birth_year', 'same_birth_date', 'same_father_name', 'same_phone']],
    ['jalaliYear', 55, ['same_name_birth_year', 'same_father_name']],
    ['surname', 58, ['similar_name', 'same_birth_date', 'same_father_name']],
    ['phone', 60, ['same_name', 'same_father_name', 'same_phone']],
    ['otherNeighborhood', 70, ['same_name_birth_year', 'same_birth_date', 'same_father_name']],
  ])('%s → %i %j', async (key, score, reasons) => {
    const [a, b] = ids[key]!;
    expect(await candidate(a, b)).toMatchObject({ score, reasons, status: 'open' });
  });

  // 40 × 0.6875 = 27.5 rounds to 28: 28 + 15 + 15.
  it('keeps the name similarity of alike names', async () => {
    const [a, b] = ids.surname!;
    expect((await candidate(a, b))?.name_similarity).toBeCloseTo(0.6875, 4);
  });

  it.each(['commonYears', 'commonFathers', 'jalaliYearBefore', 'twoIds'])('does not pair %s', async (key) => {
    const [a, b] = ids[key]!;
    expect(await candidate(a, b)).toBeUndefined();
  });

  it('keeps dismissed pairs dismissed, refreshes open ones and drops those no longer found', async () => {
    const [a, b] = ids.arabic!;
    await database.db.updateTable('duplicate_candidates').set({ status: 'dismissed' }).where('person_a_id', '=', a).where('person_b_id', '=', b).execute();
    const [c, d] = ids.otherNeighborhood!;
    await database.db.updateTable('persons').set({ first_name: 'ناصر' }).where('id', '=', d).execute();
    const before = await database.db.selectFrom('duplicate_candidates').select(['id', 'person_a_id']).where('province_code', '=', '30').where('status', '=', 'open').execute();
    const counts = await detectDuplicatesInScope(database.db, alborz);
    expect(counts).toEqual({ provinces: 1, found: 5, open: 4, removed: 1 });
    expect(await candidate(a, b)).toMatchObject({ status: 'dismissed' });
    expect(await candidate(c, d)).toBeUndefined();
    // Refreshed rows keep their ids: a page open during a detection still points at the same pairs.
    const after = await database.db.selectFrom('duplicate_candidates').select(['id', 'person_a_id']).where('province_code', '=', '30').where('status', '=', 'open').execute();
    expect(after.map((row) => row.id).sort()).toEqual(before.filter((row) => row.person_a_id !== c).map((row) => row.id).sort());
  });

  it('leaves pairs outside a narrower scope alone', async () => {
    const county = (await sql<{ county_code: string }>`select county_code from neighborhoods where id = ${here}`.execute(database.db)).rows[0]!.county_code;
    const total = await database.db.selectFrom('duplicate_candidates').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    await detectDuplicatesInScope(database.db, { level: 'county', codes: [county] });
    const after = await database.db.selectFrom('duplicate_candidates').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(total.n);
  });
});
