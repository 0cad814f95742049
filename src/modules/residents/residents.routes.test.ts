import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../lib/persian/index.ts';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import type { Household, NeighborhoodResidentStats, Person, PersonList, RegisterPersonResult } from './residents.schemas.ts';

/** A national ID with a valid check digit, from nine digits. */
function nationalId(nine: string): string {
  const sum = [...nine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const remainder = sum % 11;
  return `${nine}${remainder < 2 ? remainder : 11 - remainder}`;
}

let t: TestApp;
let welfare: TestSession;
let relief: TestSession;
let house: TestSession;
let alborzRelief: TestSession;
let neighborhoodId: number;
let alborzNeighborhoodId: number;

beforeAll(async () => {
  t = await createTestApp({ demo: true });
  welfare = await t.signIn({ username: 'res-behzisti', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'welfare' });
  relief = await t.signIn({ username: 'res-emdad', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'relief-committee' });
  house = await t.signIn({ username: 'res-khane', role: 'house_staff', scope: { level: 'county', codes: ['20-03'] }, agencyCode: 'welfare' });
  alborzRelief = await t.signIn({ username: 'res-emdad-alborz', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'relief-committee' });
  const row = await t.database.db.selectFrom('neighborhoods').select('id').where('county_code', '=', '20-03').orderBy('id').executeTakeFirstOrThrow();
  neighborhoodId = row.id;
  alborzNeighborhoodId = (await t.database.db.selectFrom('neighborhoods').select('id').where('province_code', '=', '30').orderBy('id').executeTakeFirstOrThrow()).id;
});

afterAll(async () => {
  await t?.close();
});

function register(session: TestSession, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/v1/persons', headers: session.headers, payload: { neighborhoodId, sex: 'female', ...body } });
}

async function count(table: 'persons' | 'person_agencies' | 'audit_log' | 'households'): Promise<number> {
  return Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
}

describe('one person, many agencies', () => {
  it('creates a person once and links every other agency that registers the same national ID', async () => {
    const id = nationalId('123456789');
    const first = await register(welfare, { nationalId: id, firstName: 'زهرا', lastName: 'احمدی', fatherName: 'علی', birthDate: '1360/05/12', caseNumber: 'B-1' });
    expect(first.statusCode, first.body).toBe(201);
    expect((first.json() as RegisterPersonResult).outcome).toBe('created');
    // The relief committee types it in Persian digits, without its leading zero dropped or not.
    const second = await register(relief, { nationalId: toPersianDigits(id), firstName: 'زهرا', lastName: 'احمدي', caseNumber: 'E-77' });
    expect(second.statusCode, second.body).toBe(200);
    const linked = second.json() as RegisterPersonResult;
    expect(linked.outcome).toBe('linked');
    expect(linked.person.id).toBe((first.json() as RegisterPersonResult).person.id);
    expect(linked.person.agencies.map((agency) => [agency.agencyCode, agency.caseNumber]).sort()).toEqual([
      ['relief-committee', 'E-77'],
      ['welfare', 'B-1'],
    ]);
    const again = await register(relief, { nationalId: id, firstName: 'زهرا', lastName: 'احمدی' });
    expect((again.json() as RegisterPersonResult).outcome).toBe('already_linked');
    expect(await t.database.db.selectFrom('persons').select('id').where('national_id', '=', id).execute()).toHaveLength(1);
  });

  it('matches a person without a national ID by name, father and birth date', async () => {
    const body = { nationalId: null, missingIdReason: 'foreign_national', firstName: 'گل‌افروز', lastName: 'رحیمی', fatherName: 'نادر', birthDate: '1375/01/20' };
    expect((await register(welfare, body)).statusCode).toBe(201);
    const second = await register(relief, { ...body, firstName: 'گل‌افروز ' });
    expect((second.json() as RegisterPersonResult).outcome).toBe('linked');
  });

  it('does not reveal or link someone registered outside the scope', async () => {
    const id = nationalId('223456780');
    expect((await register(alborzRelief, { nationalId: id, neighborhoodId: alborzNeighborhoodId, firstName: 'رضا', lastName: 'کریمی', sex: 'male' })).statusCode).toBe(201);
    const persons = await count('persons');
    const links = await count('person_agencies');
    const response = await register(welfare, { nationalId: id, firstName: 'رضا', lastName: 'کریمی', sex: 'male' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'residents.registered_elsewhere' });
    expect([await count('persons'), await count('person_agencies')]).toEqual([persons, links]);
  });
});

describe('bad input writes nothing', () => {
  it.each([
    [{ nationalId: '1234567890', firstName: 'الف', lastName: 'ب' }, 422, 'residents.invalid_national_id', 'nationalId'],
    [{ nationalId: null, firstName: 'الف', lastName: 'ب' }, 422, 'residents.missing_id_reason', 'missingIdReason'],
    [{ nationalId: nationalId('323456781'), firstName: 'الف', lastName: 'ب', birthDate: '1499/01/01' }, 422, 'residents.birth_in_future', 'birthDate'],
    [{ nationalId: nationalId('423456782'), firstName: 'الف', lastName: 'ب', birthDate: '1401/07/31' }, 400, 'request.invalid', 'birthDate'],
    [{ nationalId: nationalId('523456783'), firstName: 'الف', lastName: 'ب', neighborhoodId: null }, 422, 'residents.place_required', 'neighborhoodId'],
    [{ nationalId: nationalId('623456784'), firstName: 'الف', lastName: 'ب', householdId: '999999' }, 422, 'residents.household_not_found', 'householdId'],
    [{ nationalId: nationalId('723456785'), firstName: '', lastName: 'ب' }, 400, 'request.invalid', 'firstName'],
  ])('%j → %i %s', async (body, status, code, path) => {
    const before = [await count('persons'), await count('person_agencies'), await count('audit_log')];
    const response = await register(welfare, body);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json()).toMatchObject({ code });
    expect((response.json() as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
    expect([await count('persons'), await count('person_agencies'), await count('audit_log')]).toEqual(before);
  });

  it('refuses a national ID that belongs to someone else, and a stale version', async () => {
    const a = (await register(welfare, { nationalId: nationalId('111222333'), firstName: 'مریم', lastName: 'نوری' })).json() as RegisterPersonResult;
    const b = (await register(welfare, { nationalId: nationalId('111222334'), firstName: 'مینا', lastName: 'نوری' })).json() as RegisterPersonResult;
    const taken = await t.app.inject({ method: 'PATCH', url: `/api/v1/persons/${b.person.id}`, headers: welfare.headers, payload: { version: b.person.version, nationalId: nationalId('111222333') } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'residents.duplicate_national_id', errors: [{ path: 'nationalId' }] });
    const ok = await t.app.inject({ method: 'PATCH', url: `/api/v1/persons/${a.person.id}`, headers: welfare.headers, payload: { version: a.person.version, phone: '۰۹۱۲۱۲۳۴۵۶۷' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as Person).phone).toBe('09121234567');
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/v1/persons/${a.person.id}`, headers: welfare.headers, payload: { version: a.person.version, phone: '0912' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'record.version_conflict' });
  });
});

describe('privacy', () => {
  it('masks national IDs in lists except for those allowed, finds by name typed with Arabic letters and by ID in Persian digits', async () => {
    const id = nationalId('987654321');
    await register(welfare, { nationalId: id, firstName: 'علی', lastName: 'کاظمی', sex: 'male' });
    const masked = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent('علي کاظمي')}`, headers: welfare.headers })).json() as PersonList;
    expect(masked.items.map((item) => item.nationalId)).toEqual([`******${id.slice(-4)}`]);
    const whole = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent(toPersianDigits(id))}`, headers: house.headers })).json() as PersonList;
    expect(whole.items.map((item) => item.nationalId)).toEqual([id]);
  });

  it('finds by the first digits of a national ID only for those who see whole IDs: to others the digits would give masked IDs away', async () => {
    const id = nationalId('864202468');
    await register(welfare, { nationalId: id, firstName: 'مریم', lastName: 'پیشوندی' });
    const prefix = toPersianDigits(id.slice(0, 7));
    const house7 = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent(prefix)}`, headers: house.headers })).json() as PersonList;
    expect(house7).toMatchObject({ total: 1, totalCapped: false });
    expect(house7.items.map((item) => item.nationalId)).toEqual([id]);
    const masked = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent(prefix)}`, headers: welfare.headers })).json() as PersonList;
    expect(masked).toMatchObject({ items: [], total: 0 });
  });

  it('counts a list up to 1,000 and says when there are more, without changing the page', async () => {
    const crowd = Array.from({ length: 1001 }, (_, i) => ({
      province_code: '20',
      neighborhood_id: neighborhoodId,
      national_id: null,
      missing_id_reason: 'undocumented',
      first_name: 'انبوه',
      last_name: `شمارش ${i}`,
      name_search: `انبوه شمارش ${i}`,
      sex: 'male',
    }));
    await t.database.db.insertInto('persons').values(crowd).execute();
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/persons?pageSize=10&page=3', headers: welfare.headers })).json() as PersonList;
    expect(all).toMatchObject({ total: 1000, totalCapped: true, page: 3, pageSize: 10 });
    expect(all.items).toHaveLength(10);
    const one = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent('علی کاظمی')}`, headers: welfare.headers })).json() as PersonList;
    expect(one).toMatchObject({ totalCapped: false });
  });

  it('audits opening a whole record, and keeps no personal details in the audit log', async () => {
    const created = (await register(welfare, { nationalId: nationalId('135792468'), firstName: 'سارا', lastName: 'محمدی' })).json() as RegisterPersonResult;
    const before = await count('audit_log');
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/persons/${created.person.id}`, headers: relief.headers });
    expect(response.statusCode).toBe(200);
    expect(await count('audit_log')).toBe(before + 1);
    const entries = await t.database.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'person').where('entity_id', '=', created.person.id).execute();
    expect(entries.map((entry) => entry.action).sort()).toEqual(['create', 'read', 'read']);
    expect(JSON.stringify(entries)).not.toContain('سارا');
  });

  it('shows no personal data to headquarters, the budget office or viewers, but gives them the counts', async () => {
    for (const role of ['province_secretariat', 'budget_office', 'viewer'] as const) {
      const session = await t.signIn({ username: `res-${role}`, role, scope: { level: 'province', codes: ['20'] }, agencyCode: role === 'budget_office' ? 'plan-budget' : null });
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/persons', headers: session.headers })).statusCode).toBe(403);
      const stats = await t.app.inject({ method: 'GET', url: `/api/v1/neighborhoods/${neighborhoodId}/residents/stats`, headers: session.headers });
      expect(stats.statusCode).toBe(200);
      expect((stats.json() as NeighborhoodResidentStats).residents).toBeGreaterThan(0);
    }
  });

  it('hides people outside the scope', async () => {
    const other = (await register(welfare, { nationalId: nationalId('246813579'), firstName: 'نرگس', lastName: 'امیری' })).json() as RegisterPersonResult;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/persons/${other.person.id}`, headers: alborzRelief.headers })).statusCode).toBe(404);
  });

  it("lists only the people of a county's or a neighbourhood's scope", async () => {
    const here = await t.database.db.selectFrom('neighborhoods').select(['id', 'code']).where('id', '=', neighborhoodId).executeTakeFirstOrThrow();
    const sameCounty = await t.database.db.selectFrom('neighborhoods').select('id').where('county_code', '=', '20-03').where('id', '<>', neighborhoodId).orderBy('id').executeTakeFirstOrThrow();
    const otherCounty = await t.database.db.selectFrom('neighborhoods').select('id').where('province_code', '=', '20').where('county_code', '<>', '20-03').orderBy('id').executeTakeFirstOrThrow();
    for (const [first, id] of [['اول', here.id], ['دوم', sameCounty.id], ['سوم', otherCounty.id]] as const) {
      expect((await register(welfare, { firstName: first, lastName: 'دامنه‌سنج', neighborhoodId: id, missingIdReason: 'undocumented' })).statusCode).toBe(201);
    }
    const street = await t.signIn({ username: 'res-khane-mahalle', role: 'house_staff', scope: { level: 'neighborhood', codes: [here.code] }, agencyCode: 'welfare' });
    const names = async (session: TestSession) =>
      ((await t.app.inject({ method: 'GET', url: `/api/v1/persons?q=${encodeURIComponent('دامنه‌سنج')}`, headers: session.headers })).json() as PersonList).items.map((item) => item.firstName).sort();
    expect(await names(welfare)).toEqual(['اول', 'دوم', 'سوم'].sort());
    expect(await names(house)).toEqual(['اول', 'دوم'].sort());
    expect(await names(street)).toEqual(['اول']);
  });

  it('exports CSV with a BOM and neutralised formulas, audited', async () => {
    await register(welfare, { nationalId: nationalId('192837465'), firstName: '=HYPERLINK("x")', lastName: 'آزمون' });
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/persons/export.csv?q=${encodeURIComponent('آزمون')}`, headers: welfare.headers });
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    expect(response.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(response.body).not.toContain(nationalId('192837465'));
  });
});

describe('households', () => {
  it('keeps members, derives female-headed from the head, and moves with its history', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/households', headers: welfare.headers, payload: { neighborhoodId, address: 'کوچهٔ ۱۲', tenure: 'tenant', welfareDecile: 2 } });
    expect(created.statusCode, created.body).toBe(201);
    const household = created.json() as Household;
    const head = (await register(welfare, { householdId: household.id, neighborhoodId: null, nationalId: nationalId('314159265'), firstName: 'فاطمه', lastName: 'رضایی', relation: 'head', birthDate: '1355/02/02' })).json() as RegisterPersonResult;
    await register(welfare, { householdId: household.id, neighborhoodId: null, nationalId: nationalId('271828182'), firstName: 'حسین', lastName: 'رضایی', sex: 'male', relation: 'child', birthDate: '1390/09/09' });
    const stranger = (await register(welfare, { nationalId: nationalId('161803398'), firstName: 'کسی', lastName: 'دیگر' })).json() as RegisterPersonResult;
    const notMember = await t.app.inject({ method: 'PATCH', url: `/api/v1/households/${household.id}`, headers: welfare.headers, payload: { version: household.version, headPersonId: stranger.person.id } });
    expect(notMember.statusCode).toBe(422);
    expect(notMember.json()).toMatchObject({ code: 'residents.head_not_member' });
    const withHead = await t.app.inject({ method: 'PATCH', url: `/api/v1/households/${household.id}`, headers: welfare.headers, payload: { version: household.version, headPersonId: head.person.id } });
    expect(withHead.statusCode, withHead.body).toBe(200);
    expect(withHead.json()).toMatchObject({ size: 2, femaleHeaded: true, headName: 'فاطمه رضایی' });

    const target = (await t.database.db.selectFrom('neighborhoods').select('id').where('province_code', '=', '20').where('id', '<>', neighborhoodId).orderBy('id').executeTakeFirstOrThrow()).id;
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/households/${household.id}/move`,
      headers: welfare.headers,
      payload: { version: (withHead.json() as Household).version, neighborhoodId: target, movedOn: '1404/01/15' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = moved.json() as Household;
    expect(after.neighborhoodId).toBe(target);
    expect(after.members.every((member) => member.neighborhoodId === target)).toBe(true);
    expect(after.moves).toEqual([expect.objectContaining({ movedOn: '2025-04-04' })]);
  });

  it('takes an existing person into a household, and sorts people by age', async () => {
    const household = (await t.app.inject({ method: 'POST', url: '/api/v1/households', headers: welfare.headers, payload: { neighborhoodId } })).json() as Household;
    const person = (await register(welfare, { nationalId: nationalId('577215664'), firstName: 'پروین', lastName: 'صادقی', birthDate: '1340/01/01' })).json() as RegisterPersonResult;
    const joined = await t.app.inject({ method: 'PATCH', url: `/api/v1/persons/${person.person.id}`, headers: welfare.headers, payload: { version: person.person.version, householdId: household.id } });
    expect(joined.statusCode, joined.body).toBe(200);
    expect((joined.json() as Person).householdId).toBe(household.id);
    const elsewhere = await t.app.inject({ method: 'PATCH', url: `/api/v1/persons/${person.person.id}`, headers: welfare.headers, payload: { version: (joined.json() as Person).version, householdId: '999999999' } });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({ code: 'residents.household_not_found' });
    const oldestFirst = (await t.app.inject({ method: 'GET', url: `/api/v1/persons?neighborhood=${neighborhoodId}&sort=-age&pageSize=200`, headers: welfare.headers })).json() as PersonList;
    const births = oldestFirst.items.map((item) => item.birthDate).filter((date): date is string => date !== null);
    expect(births).toEqual([...births].sort());
  });

  it("counts a neighbourhood's residents by sex, axis and age band", async () => {
    const stats = (await t.app.inject({ method: 'GET', url: `/api/v1/neighborhoods/${neighborhoodId}/residents/stats`, headers: welfare.headers })).json() as NeighborhoodResidentStats;
    expect(stats.residents).toBe(stats.bySex.male + stats.bySex.female);
    expect(stats.byAxis.transformation + stats.byAxis.empowerment + stats.byAxis.unknown).toBe(stats.residents);
    expect(stats.byAgeBand.reduce((sum, band) => sum + band.count, 0)).toBe(stats.residents - stats.byAxis.unknown);
  });
});
