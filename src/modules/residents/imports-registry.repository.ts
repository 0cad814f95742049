/**
 * What the staged rows of an import do to the registry, in SQL: the checks against it (after the
 * lookups staging did) and the commit. Each is a set-based statement over a job's staged rows;
 * a million-row file costs a few dozen statements, never a round trip per row.
 */
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { Scope } from '../../lib/scope.ts';
import type { ImportField } from './import/fields.ts';

type Executor = Kysely<Database> | Transaction<Database>;

// ---- Checks against the registry ---------------------------------------------------------------

/**
 * The joins, sorts and groupings over a million staged rows fit in memory with this, instead of
 * spilling to disk in 32 batches (the commit's persons insert: 68 s → 55 s); for the caller's
 * transaction only.
 */
async function bulkWorkMem(trx: Transaction<Database>): Promise<void> {
  await sql`set local work_mem = '128MB'`.execute(trx);
}

/** The neighbourhoods (alias n) a scope covers, as a condition. */
export function neighborhoodInScope(scope: Scope): RawBuilder<boolean> {
  if (scope.level === 'country') return sql<boolean>`true`;
  if (scope.codes.length === 0) return sql<boolean>`false`;
  const column = scope.level === 'province' ? sql.ref('n.province_code') : scope.level === 'county' ? sql.ref('n.county_code') : sql.ref('n.code');
  return sql<boolean>`${column} in (${sql.join(scope.codes)})`;
}

/** Appends one error to the rows a condition picks, and rejects them. */
function rejectWhere(jobId: string, error: { field: ImportField; column: string; code: string }, value: RawBuilder<unknown>, from: RawBuilder<unknown>, where: RawBuilder<boolean>) {
  return sql`
    update import_rows r set outcome = 'rejected',
      db_errors = coalesce(r.db_errors, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
        'row', r.row_no, 'field', ${error.field}::text, 'column', ${error.column}::text, 'code', ${error.code}::text,
        'params', jsonb_build_object('column', ${error.column}::text, 'value', ${value})))
    ${from}
    where r.job_id = ${jobId} and r.parse_errors is null and ${where}`;
}

export interface ResolveOptions {
  jobId: string;
  scope: Scope;
  agencyCode: string;
  /** The file's header per field, for the errors' `column`. */
  columns: Partial<Record<ImportField, string>>;
  /** False for freshly staged rows, which hold no earlier findings. */
  reset: boolean;
}

/**
 * Checks the staged rows against the registry as it is now: neighbourhoods in the caller's scope,
 * people already registered (by national ID, or by name, father's name and birth date without
 * one), people known outside the scope or under another name, households without a head, and
 * what would happen to each row.
 */
export async function resolveRows(db: Transaction<Database>, options: ResolveOptions): Promise<void> {
  await bulkWorkMem(db);
  const { jobId, scope, agencyCode, columns } = options;
  const column = (field: ImportField, fallback: string) => columns[field] ?? fallback;
  const inScope = neighborhoodInScope(scope);
  if (options.reset) {
    // Everything staging looked up is looked up again, as the registry is now.
    await sql`
      update import_rows set db_errors = null, neighborhood_id = null, province_code = null, person_id = null, person_province = null,
        household_id = null,
        outcome = case when parse_errors is null then 'pending' else 'rejected' end
      where job_id = ${jobId}`.execute(db);
    await sql`
      update import_rows r set neighborhood_id = n.id, province_code = n.province_code
      from neighborhoods n
      where r.job_id = ${jobId} and r.parse_errors is null and r.neighborhood_code is not null and n.code = r.neighborhood_code and ${inScope}`.execute(db);
    await sql`
      update import_rows r set neighborhood_id = m.id, province_code = m.province_code
      from (select n.name_fa, min(n.id) as id, min(n.province_code) as province_code from neighborhoods n where ${inScope} group by n.name_fa having count(*) = 1) m
      where r.job_id = ${jobId} and r.parse_errors is null and r.neighborhood_code is null and r.neighborhood_name = m.name_fa`.execute(db);
    await sql`
      update import_rows r set person_id = p.id, person_province = p.province_code
      from persons p
      where r.job_id = ${jobId} and r.parse_errors is null and r.national_id is not null and p.national_id = r.national_id`.execute(db);
    await sql`update import_rows set outcome = 'create' where job_id = ${jobId} and outcome = 'pending' and person_id is null`.execute(db);
  }
  await rejectWhere(
    jobId,
    { field: 'neighborhoodCode', column: column('neighborhoodCode', 'کد محله'), code: 'import.unknown_neighborhood' },
    sql`r.neighborhood_code`,
    sql``,
    sql<boolean>`r.neighborhood_code is not null and r.neighborhood_id is null`,
  ).execute(db);
  await rejectWhere(
    jobId,
    { field: 'neighborhoodName', column: column('neighborhoodName', 'محله'), code: 'import.unknown_neighborhood' },
    sql`r.neighborhood_name`,
    sql``,
    sql<boolean>`r.neighborhood_code is null and r.neighborhood_name is not null and r.neighborhood_id is null`,
  ).execute(db);

  // People without a national ID already registered under the same name, father's name and birth date.
  await sql`
    with m as materialized (
      select distinct on (r.row_no) r.row_no, p.id, p.province_code
      from import_rows r join persons p on p.national_id is null and p.name_search = r.name_search and p.birth_date is not distinct from r.birth_date
      where r.job_id = ${jobId} and r.outcome = 'create' and r.national_id is null
      order by r.row_no, p.id
    )
    update import_rows r set person_id = m.id, person_province = m.province_code, outcome = 'pending'
    from m where r.job_id = ${jobId} and r.row_no = m.row_no`.execute(db);
  const nationalIdColumn = column('nationalId', 'کد ملی');
  await rejectWhere(
    jobId,
    { field: 'nationalId', column: nationalIdColumn, code: 'residents.registered_elsewhere' },
    sql`coalesce(r.national_id, '')`,
    sql`from persons p join neighborhoods n on n.id = p.neighborhood_id`,
    sql<boolean>`r.person_id is not null and p.province_code = r.person_province and p.id = r.person_id and not (${inScope})`,
  ).execute(db);
  // "Clearly different": neither the first nor the last name agrees (spaces and ZWNJ aside), so a
  // spelling variant or a changed surname still links.
  const bare = (ref: string) => sql`regexp_replace(${sql.ref(ref)}, '[[:space:]\u200c]', '', 'g')`;
  await rejectWhere(
    jobId,
    { field: 'nationalId', column: nationalIdColumn, code: 'import.identity_mismatch' },
    sql`r.national_id`,
    sql`from persons p`,
    sql<boolean>`r.national_id is not null and p.province_code = r.person_province and p.id = r.person_id
      and ${bare('p.first_name')} <> ${bare('r.first_name')} and ${bare('p.last_name')} <> ${bare('r.last_name')}`,
  ).execute(db);

  // Households: the rows sharing a key are one family, which needs a head in the file or an
  // existing household (one of its members already registered in one).
  // Families without a head are found first, and only their rows looked up in the registry: most
  // files have none, and grouping a million rows with the registry joined took 4.9 s, this 1.5 s.
  await sql`
    with headless as materialized (
      select r.household_key
      from import_rows r
      where r.job_id = ${jobId} and r.parse_errors is null and r.household_key is not null
      group by r.household_key
      having not bool_or(r.relation = 'head' and r.outcome <> 'rejected')
    ), g as materialized (
      select h.household_key
      from headless h
        join import_rows r on r.job_id = ${jobId} and r.household_key = h.household_key and r.parse_errors is null
        left join persons p on p.province_code = r.person_province and p.id = r.person_id
      group by h.household_key
      having min(p.household_id) filter (where r.outcome <> 'rejected') is null
    )
    update import_rows r set outcome = 'rejected',
      db_errors = coalesce(r.db_errors, '[]'::jsonb) || jsonb_build_array(jsonb_build_object(
        'row', r.row_no, 'field', 'relation', 'column', ${column('relation', 'نسبت با سرپرست')}::text, 'code', 'import.household_without_head',
        'params', jsonb_build_object('column', ${column('relation', 'نسبت با سرپرست')}::text, 'value', r.household_key)))
    from g
    -- A row refused already says what to fix; the family's missing head is news to the others.
    where r.job_id = ${jobId} and r.outcome <> 'rejected' and r.household_key = g.household_key`.execute(db);
  // New members of a family live where it lives: its existing household's neighbourhood, or the
  // head's (any member's when the head gives none). Only families where that can move anyone are
  // grouped with the registry: members who disagree or give no neighbourhood, or someone already
  // registered (grouping all 285,000 families of a million rows took 4.3 s).
  await sql`
    with moving as materialized (
      select r.household_key
      from import_rows r
      where r.job_id = ${jobId} and r.outcome in ('create', 'pending') and r.household_key is not null
      group by r.household_key
      having min(r.neighborhood_id) is distinct from max(r.neighborhood_id) or bool_or(r.neighborhood_id is null) or bool_or(r.person_id is not null)
    ), g as materialized (
      select r.household_key,
        (array_agg(h.id order by h.id) filter (where h.id is not null))[1] as household_id,
        (array_agg(h.province_code order by h.id) filter (where h.id is not null))[1] as household_province,
        (array_agg(h.neighborhood_id order by h.id) filter (where h.id is not null))[1] as household_neighborhood,
        (array_agg(r.neighborhood_id order by r.relation = 'head' desc, r.row_no) filter (where r.neighborhood_id is not null))[1] as neighborhood_id,
        (array_agg(r.province_code order by r.relation = 'head' desc, r.row_no) filter (where r.neighborhood_id is not null))[1] as province_code
      from moving m
        join import_rows r on r.job_id = ${jobId} and r.household_key = m.household_key
        left join persons p on p.province_code = r.person_province and p.id = r.person_id
        left join households h on h.province_code = p.province_code and h.id = p.household_id
      where r.outcome in ('create', 'pending')
      group by r.household_key
    )
    update import_rows r set
      household_id = g.household_id,
      neighborhood_id = coalesce(g.household_neighborhood, g.neighborhood_id),
      province_code = coalesce(g.household_province, g.province_code)
    from g
    where r.job_id = ${jobId} and r.outcome = 'create' and r.household_key = g.household_key
      -- Only the rows that move: members of one family usually agree already.
      and (r.household_id, r.neighborhood_id, r.province_code)
        is distinct from (g.household_id, coalesce(g.household_neighborhood, g.neighborhood_id), coalesce(g.household_province, g.province_code))`.execute(db);
  await rejectWhere(
    jobId,
    { field: columns.neighborhoodCode || !columns.neighborhoodName ? 'neighborhoodCode' : 'neighborhoodName', column: columns.neighborhoodCode ?? columns.neighborhoodName ?? 'کد محله', code: 'import.neighborhood_required' },
    sql`''`,
    sql``,
    sql<boolean>`r.outcome = 'create' and r.neighborhood_id is null`,
  ).execute(db);

  // What happens to each person already registered. A changeable field counts only when the file
  // gives it: an empty cell never blanks what is registered.
  await sql`
    update import_rows r set outcome = o.outcome
    from (
      select r.row_no, case
        when r.person_id is null then 'create'
        when pa.person_id is null then 'link'
        when (r.phone <> '' and r.phone <> p.phone)
          or (r.schooling is not null and r.schooling is distinct from p.schooling)
          or (r.insurance <> 'unknown' and r.insurance <> p.insurance)
          or (r.employment is not null and r.employment is distinct from p.employment)
          or (r.disability <> '' and r.disability <> p.disability)
          or (r.case_number <> '' and r.case_number <> pa.case_number) then 'update'
        else 'unchanged' end as outcome
      from import_rows r
        left join persons p on p.province_code = r.person_province and p.id = r.person_id
        left join person_agencies pa on pa.province_code = r.person_province and pa.person_id = r.person_id and pa.agency_code = ${agencyCode}
      where r.job_id = ${jobId} and r.outcome = 'pending'
    ) o
    where r.job_id = ${jobId} and r.row_no = o.row_no`.execute(db);
}

// ---- Commit ------------------------------------------------------------------------------------

/**
 * Writes what the resolved rows say, inside the caller's transaction: new households and people
 * with ids taken from their sequences (households point at their heads without a second pass),
 * links to the agency, and the changeable fields of people already linked. Identity fields of
 * people already registered are never written; rejected rows never are. The new ids live in two
 * narrow tables of the transaction: writing them into the wide staged rows cost as much as the
 * insert itself.
 *
 * New people take their ids in the order of the registry's name indexes (province, last name,
 * first name) and are written in id order: each index then takes the import's entries in key
 * order, touching each leaf page once, instead of a million random insertions (the persons insert
 * measured 85 s in file order and 44 s so, bench/RESULTS.md). The sequence is named once, in a
 * subquery: pg_get_serial_sequence() called for each of a million rows cost 3.8 s of the 4.4.
 */
export async function applyRows(trx: Transaction<Database>, jobId: string, agencyCode: string, userId: number, today: string): Promise<void> {
  await bulkWorkMem(trx);
  await sql`
    create temporary table import_new_persons on commit drop as
    select row_no, nextval((select pg_get_serial_sequence('persons', 'id'))::regclass) as id
    from (select row_no from import_rows where job_id = ${jobId} and outcome = 'create' order by province_code, last_name, first_name, row_no) r`.execute(trx);
  await sql`
    create temporary table import_new_households on commit drop as
    select household_key, nextval((select pg_get_serial_sequence('households', 'id'))::regclass) as id
    from (
      select household_key from import_rows
      where job_id = ${jobId} and outcome = 'create' and household_key is not null and household_id is null
      group by household_key order by min(province_code), household_key
    ) k`.execute(trx);
  // Temporary tables have no statistics: without them the joins below are planned for a few rows.
  await sql`analyze import_new_persons`.execute(trx);
  await sql`analyze import_new_households`.execute(trx);
  await sql`
    insert into households (province_code, id, neighborhood_id, address, tenure, welfare_decile, head_person_id)
    overriding system value
    select distinct on (h.id) r.province_code, h.id, r.neighborhood_id, r.address, r.tenure, r.welfare_decile,
      case when r.relation = 'head' then np.id end
    from import_rows r
      join import_new_households h on h.household_key = r.household_key
      join import_new_persons np on np.row_no = r.row_no
    where r.job_id = ${jobId} and r.outcome = 'create' and r.household_id is null
    order by h.id, r.relation = 'head' desc, r.row_no`.execute(trx);
  await sql`
    insert into persons (
      province_code, id, household_id, neighborhood_id, national_id, missing_id_reason, first_name, last_name, father_name,
      name_search, sex, birth_date, relation, phone, schooling, insurance, employment, disability, notes
    )
    overriding system value
    select r.province_code, np.id, coalesce(r.household_id, h.id), r.neighborhood_id, r.national_id, r.missing_id_reason, r.first_name, r.last_name,
      r.father_name, r.name_search, r.sex, r.birth_date, r.relation, r.phone, r.schooling, r.insurance, r.employment, r.disability, r.notes
    from import_rows r
      join import_new_persons np on np.row_no = r.row_no
      left join import_new_households h on r.household_id is null and h.household_key = r.household_key
    where r.job_id = ${jobId} and r.outcome = 'create'
    order by np.id`.execute(trx);
  // A new person has no link yet: no conflict to look for, and the links go in key order too.
  await sql`
    insert into person_agencies (province_code, person_id, agency_code, case_number, started_on, created_by)
    select r.province_code, np.id, ${agencyCode}, r.case_number, ${today}::date, ${userId}::integer
    from import_rows r join import_new_persons np on np.row_no = r.row_no
    where r.job_id = ${jobId} and r.outcome = 'create'
    order by np.id`.execute(trx);
  await sql`
    insert into person_agencies (province_code, person_id, agency_code, case_number, started_on, created_by)
    select r.person_province, r.person_id, ${agencyCode}, r.case_number, ${today}::date, ${userId}::integer
    from import_rows r
    where r.job_id = ${jobId} and r.outcome = 'link'
    on conflict (province_code, person_id, agency_code) do nothing`.execute(trx);
  await sql`
    update persons p set
      phone = case when r.phone <> '' then r.phone else p.phone end,
      schooling = coalesce(r.schooling, p.schooling),
      insurance = case when r.insurance <> 'unknown' then r.insurance else p.insurance end,
      employment = coalesce(r.employment, p.employment),
      disability = case when r.disability <> '' then r.disability else p.disability end,
      version = p.version + 1, updated_at = now()
    from import_rows r
    where r.job_id = ${jobId} and r.outcome = 'update' and p.province_code = r.person_province and p.id = r.person_id`.execute(trx);
  await sql`
    update person_agencies pa set case_number = r.case_number
    from import_rows r
    where r.job_id = ${jobId} and r.outcome = 'update' and r.case_number <> '' and pa.province_code = r.person_province and pa.person_id = r.person_id
      and pa.agency_code = ${agencyCode} and pa.case_number <> r.case_number`.execute(trx);
}

/**
 * Whether the registry moved under a dry run since it was made: a person now registered under a
 * row's national ID (or, without one, under its name and birth date), a registered person or an
 * existing household the rows count on now gone. Cheaper than checking every row again; when it
 * says yes, the commit checks everything again.
 */
export async function registryChangedSince(trx: Executor, jobId: string): Promise<boolean> {
  const result = await sql<{ changed: boolean }>`
    select
      -- Counted rather than asked with exists: a million rows probing the national-ID index one
      -- by one took 4 s, where one hash join takes a fraction of that.
      (select count(*) from import_rows r join persons p on p.national_id = r.national_id
              where r.job_id = ${jobId} and r.outcome = 'create' and r.national_id is not null) > 0
      or exists (select 1 from import_rows r join persons p on p.national_id is null and p.name_search = r.name_search and p.birth_date is not distinct from r.birth_date
              where r.job_id = ${jobId} and r.outcome = 'create' and r.national_id is null)
      or exists (select 1 from import_rows r
              where r.job_id = ${jobId} and r.outcome in ('link', 'update', 'unchanged')
                and not exists (select 1 from persons p where p.province_code = r.person_province and p.id = r.person_id))
      or exists (select 1 from import_rows r
              where r.job_id = ${jobId} and r.outcome = 'create' and r.household_id is not null
                and not exists (select 1 from households h where h.province_code = r.province_code and h.id = r.household_id))
      as changed`.execute(trx);
  return result.rows[0]?.changed ?? true;
}
