import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import type { DuplicateList, MergeResult, PersonMergeList } from './duplicates.schemas.ts';
import { withCheckDigit as nationalId } from './import/fixtures.test-helpers.ts';
import type { Household, Person, RegisterPersonResult } from './residents.schemas.ts';

let t: TestApp;
let welfare: TestSession;
let relief: TestSession;
let house: TestSession;
let admin: TestSession;
let alborzAdmin: TestSession;
/** In county 20-03 (the house's scope), and one elsewhere in Semnan. */
let inCounty: number;
let outsideCounty: number;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  welfare = await t.signIn({ username: 'm-behzisti', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' });
  relief = await t.signIn({ username: 'm-emdad', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'relief-committee' });
  house = await t.signIn({ username: 'm-khane', role: 'house_staff', scope: { level: 'county', codes: ['20-03'] }, agencyCode: 'welfare' });
  admin = await t.signIn({ username: 'm-admin', role: 'admin' });
  alborzAdmin = await t.signIn({ username: 'm-house-alborz', role: 'house_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'welfare' });
  inCounty = (await t.database.db.selectFrom('neighborhoods').select('id').where('county_code', '=', '20-03').orderBy('id').executeTakeFirstOrThrow()).id;
  outsideCounty = (await t.database.db.selectFrom('neighborhoods').select('id').where('province_code', '=', '20').where('county_code', '<>', '20-03').orderBy('id').executeTakeFirstOrThrow()).id;
});

afterAll(async () => {
  await t?.close();
});

async function register(session: TestSession, body: Record<string, unknown>): Promise<Person> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/persons', headers: session.headers, payload: { neighborhoodId: inCounty, sex: 'female', ...body } });
  if (response.statusCode >= 300) throw new Error(response.body);
  return (response.json() as RegisterPersonResult).person;
}

function merge(session: TestSession, survivor: Person, merged: Person, versions: { survivor?: number; merged?: number } = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/persons/merge',
    headers: session.headers,
    payload: { survivorId: survivor.id, survivorVersion: versions.survivor ?? survivor.version, mergedId: merged.id, mergedVersion: versions.merged ?? merged.version },
  });
}

function undo(session: TestSession, mergeId: string) {
  return t.app.inject({ method: 'POST', url: `/api/v1/person-merges/${mergeId}/undo`, headers: session.headers });
}

async function rows(query: ReturnType<typeof sql>): Promise<unknown[]> {
  return (await query.execute(t.database.db)).rows;
}

/** Everything a merge touches, as stored: compared whole before the merge and after the undo. */
async function state(personIds: string[], householdId: string) {
  return {
    persons: await rows(sql`select to_jsonb(p.*) - 'version' - 'updated_at' as row, p.id from persons p where id in (${sql.join(personIds)}) order by id`),
    links: await rows(sql`select to_jsonb(l.*) as row from person_agencies l where person_id in (${sql.join(personIds)}) order by person_id, agency_code`),
    household: await rows(sql`select to_jsonb(h.*) - 'version' - 'updated_at' as row from households h where id = ${householdId}`),
  };
}

async function counts() {
  const n = async (table: 'persons' | 'person_agencies' | 'audit_log' | 'person_merges' | 'households') => Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return [await n('persons'), await n('person_agencies'), await n('audit_log'), await n('person_merges'), await n('households')];
}

/** A head of household with two agencies, and the same woman registered again without an ID by one of them. */
async function family(nine: string) {
  const household = (await t.app.inject({ method: 'POST', url: '/api/v1/households', headers: welfare.headers, payload: { neighborhoodId: inCounty } })).json() as Household;
  const original = await register(welfare, { householdId: household.id, neighborhoodId: null, nationalId: nationalId(nine), firstName: 'فاطمه', lastName: 'کرمانی', fatherName: 'عباس', birthDate: '1360/05/12', relation: 'head', phone: '09123334455', caseNumber: 'B-1' });
  await register(relief, { nationalId: nationalId(nine), firstName: 'فاطمه', lastName: 'کرمانی', caseNumber: 'E-7' });
  await t.app.inject({ method: 'PATCH', url: `/api/v1/households/${household.id}`, headers: welfare.headers, payload: { version: household.version, headPersonId: original.id } });
  const copy = await register(welfare, { nationalId: null, missingIdReason: 'undocumented', firstName: 'فاطمه', lastName: 'كرماني', fatherName: 'عباس', birthDate: '1360/05/12', caseNumber: 'B-9' });
  // The original's welfare link is older: the merged link keeps the earliest start.
  await t.database.db.updateTable('person_agencies').set({ started_on: '2020-01-01' }).where('person_id', '=', original.id).where('agency_code', '=', 'welfare').execute();
  const fresh = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/persons/${id}`, headers: house.headers })).json() as Person;
  return { household, original: await fresh(original.id), copy: await fresh(copy.id) };
}

describe('merge and undo', () => {
  it('moves links and headship to the survivor, fills its empty fields, and undoes exactly', async () => {
    const { household, original, copy } = await family('310000001');
    const before = await state([original.id, copy.id], household.id);
    // The copy survives: it takes the national ID, phone, household and headship of the original.
    const merged = await merge(house, copy, original);
    expect(merged.statusCode, merged.body).toBe(200);
    const result = merged.json() as MergeResult;
    expect(result.filledFields.sort()).toEqual(['householdId', 'nationalId', 'phone', 'relation']);
    const survivor = (await t.app.inject({ method: 'GET', url: `/api/v1/persons/${copy.id}`, headers: house.headers })).json() as Person;
    expect(survivor).toMatchObject({ nationalId: original.nationalId, missingIdReason: null, householdId: household.id, relation: 'head', version: result.survivorVersion });
    expect(survivor.agencies.map((link) => [link.agencyCode, link.caseNumber, link.startedOn])).toEqual(
      expect.arrayContaining([
        ['welfare', 'B-9 / B-1', '2020-01-01'],
        ['relief-committee', 'E-7', expect.any(String)],
      ]),
    );
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/persons/${original.id}`, headers: house.headers })).statusCode).toBe(404);
    const home = (await t.app.inject({ method: 'GET', url: `/api/v1/households/${household.id}`, headers: house.headers })).json() as Household;
    expect(home.headPersonId).toBe(copy.id);

    const history = (await t.app.inject({ method: 'GET', url: `/api/v1/persons/${copy.id}/merges`, headers: house.headers })).json() as PersonMergeList;
    expect(history.items).toEqual([expect.objectContaining({ id: result.mergeId, mergedPersonId: original.id, mergedName: 'فاطمه کرمانی', undoable: true, undoneAt: null })]);

    const undone = await undo(house, result.mergeId);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await state([original.id, copy.id], household.id)).toEqual(before);
    // The removed row came back whole, its version and times included.
    const restored = (await t.app.inject({ method: 'GET', url: `/api/v1/persons/${original.id}`, headers: house.headers })).json() as Person;
    expect([restored.version, restored.updatedAt]).toEqual([original.version, original.updatedAt]);

    const again = await undo(house, result.mergeId);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'duplicates.undo_already_undone', detail: 'این ادغام پیش‌تر بازگردانده شده است.' });
  });

  it('audits merge and undo with ids only', async () => {
    const { original, copy } = await family('310000002');
    const result = (await merge(admin, original, copy)).json() as MergeResult;
    expect((await undo(admin, result.mergeId)).statusCode).toBe(200);
    const entries = await t.database.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id', 'before', 'after']).where('action', 'in', ['merge', 'merge_undo']).where('entity_id', '=', original.id).execute();
    expect(entries.map((entry) => entry.action).sort()).toEqual(['merge', 'merge_undo']);
    const text = JSON.stringify(entries);
    for (const personal of ['فاطمه', 'کرمانی', 'كرماني', 'عباس', '0912', original.nationalId!]) expect(text).not.toContain(personal);
  });
});

describe('what a merge refuses, writing nothing', () => {
  let original: Person;
  let copy: Person;
  const sessions: Record<string, TestSession> = {};
  beforeAll(async () => {
    ({ original, copy } = await family('310000003'));
    sessions.viewer = await t.signIn({ username: 'm-viewer', role: 'viewer' });
    sessions.budget = await t.signIn({ username: 'm-budget', role: 'budget_office', agencyCode: 'plan-budget' });
  });

  it.each([
    ['self', () => merge(house, copy, copy), 422, 'duplicates.merge_self'],
    ['a stale survivor version', () => merge(house, original, copy, { survivor: original.version + 5 }), 409, 'record.version_conflict'],
    ['a stale merged version', () => merge(house, original, copy, { merged: copy.version + 5 }), 409, 'record.version_conflict'],
    ['a viewer', () => merge(sessions.viewer!, original, copy), 403, 'auth.forbidden'],
    ['the budget office', () => merge(sessions.budget!, original, copy), 403, 'auth.forbidden'],
    ['agency staff (no persons.merge)', () => merge(welfare, original, copy), 403, 'auth.forbidden'],
    ['someone outside the scope', () => merge(alborzAdmin, original, copy), 404, 'residents.person_not_found'],
  ])('%s', async (_name, send, status, code) => {
    const before = await counts();
    const response = await send();
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json()).toMatchObject({ code });
    expect(await counts()).toEqual(before);
  });

  it('refuses a person already merged, a merge outside the scope, and an undo once the survivor changed', async () => {
    const outsider = await register(welfare, { neighborhoodId: outsideCounty, nationalId: nationalId('310000099'), firstName: 'فاطمه', lastName: 'کرمانی' });
    const outside = await merge(house, original, outsider);
    expect(outside.statusCode).toBe(404);
    const result = (await merge(house, original, copy)).json() as MergeResult;
    const twice = await merge(house, { ...original, version: result.survivorVersion }, copy);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'duplicates.already_merged' });
    expect((await undo(alborzAdmin, result.mergeId)).statusCode).toBe(404);
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/v1/persons/${original.id}`, headers: house.headers, payload: { version: result.survivorVersion, notes: 'پس از ادغام' } });
    expect(edited.statusCode, edited.body).toBe(200);
    const before = await counts();
    const refused = await undo(house, result.mergeId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'duplicates.undo_survivor_changed' });
    expect(await counts()).toEqual(before);
    const history = (await t.app.inject({ method: 'GET', url: `/api/v1/persons/${original.id}/merges`, headers: house.headers })).json() as PersonMergeList;
    expect(history.items[0]).toMatchObject({ undoable: false });
  });
});

describe('the duplicates list', () => {
  it('lists pairs in scope with masked IDs for agency staff, only with persons.merge detects and dismisses', async () => {
    const { original, copy } = await family('310000004');
    const outsider = await register(welfare, { neighborhoodId: outsideCounty, nationalId: nationalId('310000005'), firstName: 'مینا', lastName: 'سپهری', fatherName: 'داود', birthDate: '1370/01/10' });
    await register(welfare, { neighborhoodId: inCounty, nationalId: null, missingIdReason: 'undocumented', firstName: 'مینا', lastName: 'سپهری', fatherName: 'داود', birthDate: '1370/01/10' });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/duplicates/detect', headers: welfare.headers })).statusCode).toBe(403);
    const detected = await t.app.inject({ method: 'POST', url: '/api/v1/duplicates/detect', headers: admin.headers });
    expect(detected.statusCode, detected.body).toBe(200);

    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/duplicates?minScore=50', headers: welfare.headers })).json() as DuplicateList;
    const pair = all.items.find((item) => [item.first.id, item.second.id].sort().join() === [original.id, copy.id].sort().join());
    expect(pair).toMatchObject({ score: 70, reasons: ['same_name_birth_year', 'same_birth_date', 'same_father_name'] });
    expect([pair!.first.nationalId, pair!.second.nationalId]).toContain(`******${original.nationalId!.slice(-4)}`);
    expect(all.items.some((item) => item.first.id === outsider.id || item.second.id === outsider.id)).toBe(true);
    // The house sees only pairs whose two people are both in its county.
    const houses = (await t.app.inject({ method: 'GET', url: '/api/v1/duplicates', headers: house.headers })).json() as DuplicateList;
    expect(houses.items.some((item) => item.first.id === outsider.id || item.second.id === outsider.id)).toBe(false);
    expect(houses.items.map((item) => item.id)).toContain(pair!.id);

    expect((await t.app.inject({ method: 'POST', url: `/api/v1/duplicates/${pair!.id}/dismiss`, headers: welfare.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/duplicates/${pair!.id}/dismiss`, headers: alborzAdmin.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/duplicates/${pair!.id}/dismiss`, headers: house.headers })).statusCode).toBe(204);
    const twice = await t.app.inject({ method: 'POST', url: `/api/v1/duplicates/${pair!.id}/dismiss`, headers: house.headers });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'duplicates.candidate_not_open' });
    await t.app.inject({ method: 'POST', url: '/api/v1/duplicates/detect', headers: admin.headers });
    const dismissed = (await t.app.inject({ method: 'GET', url: '/api/v1/duplicates?status=dismissed', headers: house.headers })).json() as DuplicateList;
    expect(dismissed.items.map((item) => item.id)).toEqual([pair!.id]);
    const viewer = await t.signIn({ username: 'm-viewer-list', role: 'viewer' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/duplicates', headers: viewer.headers })).statusCode).toBe(403);
  });
});
