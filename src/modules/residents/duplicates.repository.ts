import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import { fromJalali } from '../../lib/persian/index.ts';
import type { Scope } from '../../lib/scope.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** True for a person row (by its alias) that the scope covers; the same rule as the registry's own reads. */
export function personInScope(scope: Scope, alias: string): RawBuilder<boolean> {
  const province = sql.ref<string>(`${alias}.province_code`);
  const neighborhood = sql.ref<number>(`${alias}.neighborhood_id`);
  switch (scope.level) {
    case 'country':
      return sql<boolean>`true`;
    case 'province':
      return scope.codes.length ? sql<boolean>`${province} in (${sql.join(scope.codes)})` : sql<boolean>`false`;
    case 'county':
      return scope.codes.length ? sql<boolean>`${neighborhood} in (select id from neighborhoods where county_code in (${sql.join(scope.codes)}))` : sql<boolean>`false`;
    case 'neighborhood':
      return scope.codes.length ? sql<boolean>`${neighborhood} in (select id from neighborhoods where code in (${sql.join(scope.codes)}))` : sql<boolean>`false`;
  }
}

/** The provinces where the scope covers at least one person. */
export async function provincesWithPersons(db: Executor, scope: Scope): Promise<string[]> {
  const rows = await sql<{ code: string }>`
    select provinces.code from provinces
    where exists (select 1 from persons where persons.province_code = provinces.code and ${personInScope(scope, 'persons')})
    order by provinces.code`.execute(db);
  return rows.rows.map((row) => row.code);
}

// ---- Detection ----------------------------------------------------------------------------------

/**
 * Points per signal, and the rules that combine them (see detectInProvince). Deterministic: the
 * same people always give the same score and reasons.
 */
export const duplicateScoring = {
  /** The normalised first and last names equal and born in the same Jalali year. */
  sameNameBirthYear: 40,
  /** The normalised names equal, the birth years differ or one is unknown (found by phone). */
  sameName: 25,
  /** Names not equal but alike: 40 × pg_trgm similarity rounded (half up), only from `similarNameThreshold` on. */
  similarNameWeight: 40,
  similarNameThreshold: 0.5,
  sameBirthDate: 15,
  sameFatherName: 15,
  samePhone: 20,
  /** Both have national IDs that differ in one digit: a typing slip the checksum let through. */
  nationalIdOneDigit: 10,
  /** Both fathers' names known and different: a sign of two people, not a reason. */
  differentFatherName: -15,
  /** Pairs scoring less are not kept. */
  minimum: 50,
} as const;

// Arabic letters and ة/ئ typed for their Persian spellings, then spaces and ZWNJ, make no difference
// to the name key: محمدعلی = محمد علی, فاطمة = فاطمه, رضائی = رضایی, علي = علی.
const LETTERS_FROM = 'يىكةئأإ';
const LETTERS_TO = 'ییکهیاا';

/**
 * Nowruz (1 Farvardin) for every Gregorian year from 1900 to 2100, as a comma-separated list: the
 * Jalali birth year is then one array lookup per person instead of a calendar in SQL.
 */
const nowruzDays = Array.from({ length: 201 }, (_, index) => fromJalali(1900 + index - 621, 1, 1)).join(',');

export interface DetectionCounts {
  /** Pairs scoring at least the minimum. */
  found: number;
  /** Of those, now open (new or refreshed). */
  open: number;
  /** Open candidates of earlier runs that no longer qualify, removed. */
  removed: number;
}

/**
 * Finds likely duplicates among the people of one province that the scope covers, set-based and
 * blocked so that no pass compares everyone with everyone:
 *  1. equal normalised name and Jalali birth year (hash join on both);
 *  2. alike names (trigram similarity) only within the same neighbourhood, birth year and sex;
 *  3. equal or alike names only among people sharing a phone number and sex.
 * Two people with different national IDs (more than one digit apart) are never paired: the
 * registry already holds one record per ID. Open candidates of the scope are replaced; dismissed
 * pairs stay dismissed (the upsert skips them).
 */
export async function detectInProvince(trx: Transaction<Database>, scope: Scope, provinceCode: string): Promise<DetectionCounts> {
  const s = duplicateScoring;
  // The province's people with their blocking keys, in a temporary table rather than a CTE: a CTE
  // has no statistics, and on guessed sizes the planner joined everyone with everyone (a nested
  // loop of the whole province twice over before matching the pairs: hours at 200,000 people).
  // Analysed, the blocks become hash joins and the pairs' people lookups by id. Dropped first in
  // case one transaction detects twice; `on commit drop` for when a run ends another way.
  await sql`drop table if exists pg_temp.duplicate_people`.execute(trx);
  // The statement's estimated cost passes the JIT threshold while it runs in well under a second:
  // compiling it took 2 of a small province's 2.3 s. For the rest of this (detection's own) transaction.
  await sql`set local jit = off`.execute(trx);
  await sql`
    create temporary table duplicate_people on commit drop as
    with nowruz as materialized (select string_to_array(${nowruzDays}, ',')::date[] as days)
    select persons.id, persons.neighborhood_id, persons.sex, persons.national_id, persons.birth_date, persons.phone,
      regexp_replace(translate(persons.first_name || persons.last_name, ${LETTERS_FROM}, ${LETTERS_TO}), '[[:space:]\u200c\u200d]', '', 'g') as name_key,
      btrim(regexp_replace(translate(persons.first_name || ' ' || persons.last_name, ${LETTERS_FROM}, ${LETTERS_TO}), '[[:space:]\u200c\u200d]+', ' ', 'g')) as name_text,
      regexp_replace(translate(persons.father_name, ${LETTERS_FROM}, ${LETTERS_TO}), '[[:space:]\u200c\u200d]', '', 'g') as father_key,
      extract(year from persons.birth_date)::int - 621
        - case when persons.birth_date < nowruz.days[extract(year from persons.birth_date)::int - 1899] then 1 else 0 end as birth_year
    from persons cross join nowruz
    where persons.province_code = ${provinceCode} and ${personInScope(scope, 'persons')}`.execute(trx);
  await sql`create index on pg_temp.duplicate_people (id)`.execute(trx);
  await sql`analyze pg_temp.duplicate_people`.execute(trx);
  const found = await sql<{ found: string; open: string }>`
    with p as not materialized (select * from pg_temp.duplicate_people),
    pairs as (
      select a.id as a_id, b.id as b_id from p a join p b on b.name_key = a.name_key and b.birth_year = a.birth_year and b.id > a.id
      union
      select a.id, b.id from p a join p b on b.neighborhood_id = a.neighborhood_id and b.birth_year = a.birth_year and b.sex = a.sex and b.id > a.id
      where b.name_key <> a.name_key and similarity(a.name_text, b.name_text) >= ${s.similarNameThreshold}
      union
      select a.id, b.id from p a join p b on b.phone = a.phone and b.sex = a.sex and b.id > a.id
      where a.phone <> '' and b.phone <> '' and (b.name_key = a.name_key or similarity(a.name_text, b.name_text) >= ${s.similarNameThreshold})
    ),
    signals as (
      select pairs.a_id, pairs.b_id,
        a.name_key = b.name_key as same_name,
        coalesce(a.birth_year = b.birth_year, false) as same_year,
        similarity(a.name_text, b.name_text) as name_similarity,
        coalesce(a.birth_date = b.birth_date, false) as same_date,
        a.father_key <> '' and a.father_key = b.father_key as same_father,
        a.father_key <> '' and b.father_key <> '' and a.father_key <> b.father_key as different_father,
        a.phone <> '' and a.phone = b.phone as same_phone,
        case when a.national_id is null or b.national_id is null then null
          else (select count(*) from generate_series(1, 10) as i where substr(a.national_id, i, 1) <> substr(b.national_id, i, 1)) end as id_digits_apart
      from pairs join p a on a.id = pairs.a_id join p b on b.id = pairs.b_id
    ),
    scored as (
      select a_id, b_id, name_similarity,
        least(100, greatest(0,
          case when same_name and same_year then ${s.sameNameBirthYear} when same_name then ${s.sameName} else round(${s.similarNameWeight} * name_similarity::numeric)::int end
          + case when same_date then ${s.sameBirthDate} else 0 end
          + case when same_father then ${s.sameFatherName} else 0 end
          + case when different_father then ${s.differentFatherName} else 0 end
          + case when same_phone then ${s.samePhone} else 0 end
          + case when id_digits_apart = 1 then ${s.nationalIdOneDigit} else 0 end)) as score,
        array_remove(array[
          case when same_name and same_year then 'same_name_birth_year' end,
          case when same_name and not same_year then 'same_name' end,
          case when not same_name then 'similar_name' end,
          case when same_date then 'same_birth_date' end,
          case when same_father then 'same_father_name' end,
          case when same_phone then 'same_phone' end,
          case when id_digits_apart = 1 then 'national_id_one_digit' end
        ], null) as reasons
      from signals
      where id_digits_apart is null or id_digits_apart <= 1
    ),
    kept as (select * from scored where score >= ${s.minimum}),
    written as (
      insert into duplicate_candidates (province_code, person_a_id, person_b_id, score, reasons, name_similarity)
      select ${provinceCode}, a_id, b_id, score, reasons, name_similarity from kept
      on conflict (province_code, person_a_id, person_b_id) do update
        set score = excluded.score, reasons = excluded.reasons, name_similarity = excluded.name_similarity, detected_at = now()
        where duplicate_candidates.status = 'open'
      returning 1
    )
    select (select count(*) from kept) as found, (select count(*) from written) as open`.execute(trx);
  await sql`drop table pg_temp.duplicate_people`.execute(trx);
  // What this run did not find again goes (now() is the transaction's time: the upsert's rows carry it).
  const removed = await sql`
    delete from duplicate_candidates as c
    where c.province_code = ${provinceCode} and c.status = 'open' and c.detected_at < now()
      and not exists (select 1 from persons where persons.province_code = c.province_code and persons.id in (c.person_a_id, c.person_b_id) and not ${personInScope(scope, 'persons')})`.execute(trx);
  const row = found.rows[0];
  return { found: Number(row?.found ?? 0), open: Number(row?.open ?? 0), removed: Number(removed.numAffectedRows ?? 0n) };
}

// ---- Reading -----------------------------------------------------------------------------------

export interface CandidateFilter {
  status: string;
  neighborhoodId?: number;
  minScore?: number;
  limit: number;
  offset: number;
}

/** Candidates whose two people are both inside the scope, best first. */
export async function listCandidates(db: Executor, scope: Scope, filter: CandidateFilter) {
  let query = db
    .selectFrom('duplicate_candidates as c')
    .innerJoin('persons as a', (join) => join.onRef('a.id', '=', 'c.person_a_id').onRef('a.province_code', '=', 'c.province_code'))
    .innerJoin('persons as b', (join) => join.onRef('b.id', '=', 'c.person_b_id').onRef('b.province_code', '=', 'c.province_code'))
    .where('c.status', '=', filter.status)
    .where(personInScope(scope, 'a'))
    .where(personInScope(scope, 'b'));
  if (scope.level === 'province') query = query.where('c.province_code', 'in', scope.codes.length ? scope.codes : ['']);
  if (filter.minScore !== undefined) query = query.where('c.score', '>=', filter.minScore);
  const neighborhood = filter.neighborhoodId;
  if (neighborhood !== undefined) query = query.where((eb) => eb.or([eb('a.neighborhood_id', '=', neighborhood), eb('b.neighborhood_id', '=', neighborhood)]));
  const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select(['c.id', 'c.province_code', 'c.person_a_id', 'c.person_b_id', 'c.score', 'c.reasons', 'c.name_similarity', 'c.status', 'c.detected_at'])
    .orderBy('c.score', 'desc')
    .orderBy('c.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { rows, total: Number(total) };
}

/** One candidate, when both its people are inside the scope. */
export async function findCandidate(db: Executor, scope: Scope, id: string) {
  return db
    .selectFrom('duplicate_candidates as c')
    .innerJoin('persons as a', (join) => join.onRef('a.id', '=', 'c.person_a_id').onRef('a.province_code', '=', 'c.province_code'))
    .innerJoin('persons as b', (join) => join.onRef('b.id', '=', 'c.person_b_id').onRef('b.province_code', '=', 'c.province_code'))
    .select(['c.id', 'c.status'])
    .where('c.id', '=', id)
    .where(personInScope(scope, 'a'))
    .where(personInScope(scope, 'b'))
    .executeTakeFirst();
}

export async function dismissCandidate(trx: Executor, id: string, userId: number): Promise<boolean> {
  const result = await trx
    .updateTable('duplicate_candidates')
    .set({ status: 'dismissed', decided_by: userId, decided_at: sql`now()` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
