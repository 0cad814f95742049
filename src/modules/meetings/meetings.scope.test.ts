import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../lib/dates.ts';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import type { NotificationList } from '../notifications/notifications.schemas.ts';
import { runDailyDigest } from './digest.service.ts';
import { buildMeetingBody, createBody, createMeeting, createResolution } from './meetings.factories.ts';
import type { Body, Meeting } from './meetings.schemas.ts';
import type { Resolution, ResolutionDetail, TrackerList } from './resolutions.schemas.ts';

let t: TestApp;
let alborz: TestSession;
let semnan: TestSession;
let reliefAlborz: TestSession;
let reliefSemnan: TestSession;
let welfareAlborz: TestSession;
let karajHouse: TestSession;
let alborzBody: Body;
let karajCouncil: Body;
let meeting: Meeting;
let reliefResolution: Resolution;
let welfareResolution: Resolution;

beforeAll(async () => {
  t = await createTestApp();
  alborz = await t.signIn({ username: 'scope-alborz', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] }, agencyCode: 'governorate' });
  semnan = await t.signIn({ username: 'scope-semnan', role: 'province_secretariat', scope: { level: 'province', codes: ['20'] }, agencyCode: 'governorate' });
  reliefAlborz = await t.signIn({ username: 'scope-emdad-alborz', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'relief-committee' });
  reliefSemnan = await t.signIn({ username: 'scope-emdad-semnan', role: 'agency_staff', scope: { level: 'province', codes: ['20'] }, agencyCode: 'relief-committee' });
  welfareAlborz = await t.signIn({ username: 'scope-behzisti-alborz', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'welfare' });
  karajHouse = await t.signIn({ username: 'scope-khane-fardis', role: 'house_staff', scope: { level: 'county', codes: ['30-06'] }, agencyCode: 'welfare' });
  alborzBody = await createBody(t, alborz);
  karajCouncil = await createBody(t, alborz, { nameFa: 'شورای توانمندسازی شهرستان کرج', kind: 'county_council', level: 'county', countyCode: '30-01' });
  meeting = await createMeeting(t, alborz, alborzBody.id, { heldOn: todayIso() });
  reliefResolution = await createResolution(t, alborz, meeting.id, { leadAgencyCode: 'relief-committee', deadline: { kind: 'duration', amount: 5, unit: 'day' } });
  welfareResolution = await createResolution(t, alborz, meeting.id, { leadAgencyCode: 'welfare', deadline: { kind: 'duration', amount: 1, unit: 'month' } });
});

afterAll(async () => {
  await t?.close();
});

function get(url: string, session: TestSession) {
  return t.app.inject({ method: 'GET', url, headers: session.headers });
}

describe('who sees what', () => {
  it("hides one province's meetings and resolutions from another's", async () => {
    expect((await get(`/api/v1/meetings/${meeting.id}`, semnan)).statusCode).toBe(404);
    expect((await get(`/api/v1/resolutions/${reliefResolution.id}`, semnan)).statusCode).toBe(404);
    expect((await get(`/api/v1/bodies/${alborzBody.id}`, semnan)).statusCode).toBe(404);
    expect(((await get(`/api/v1/resolutions?body=${alborzBody.id}`, semnan)).json() as TrackerList).total).toBe(0);
    const create = await t.app.inject({ method: 'POST', url: '/api/v1/meetings', headers: semnan.headers, payload: buildMeetingBody(alborzBody.id, { number: 99 }) });
    expect(create.statusCode).toBe(422);
    expect(create.json()).toMatchObject({ code: 'meetings.body_not_found' });
  });

  it("shows a county's house staff their province's headquarters, but not another county's council", async () => {
    expect((await get(`/api/v1/meetings/${meeting.id}`, karajHouse)).statusCode).toBe(200);
    expect((await get(`/api/v1/bodies/${karajCouncil.id}`, karajHouse)).statusCode).toBe(404);
    expect((await get(`/api/v1/bodies/${karajCouncil.id}`, alborz)).statusCode).toBe(200);
  });

  it('shows a national body to everyone, and lets only the country scope keep its minutes', async () => {
    const setad = await t.signIn({ username: 'scope-setad', role: 'national_hq' });
    const national = await createBody(t, setad, { nameFa: 'کارگروه ملی ساماندهی سکونتگاه‌های غیررسمی', kind: 'working_group', level: 'national', provinceCode: null });
    expect((await get(`/api/v1/bodies/${national.id}`, semnan)).statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/meetings', headers: semnan.headers, payload: buildMeetingBody(national.id) });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'auth.out_of_scope' });
  });

  it('lets agency staff read but not keep minutes', async () => {
    expect((await get(`/api/v1/meetings/${meeting.id}`, reliefAlborz)).statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/meetings', headers: reliefAlborz.headers, payload: buildMeetingBody(alborzBody.id, { number: 50 }) });
    expect(refused.statusCode).toBe(403);
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/v1/resolutions/${reliefResolution.id}`, headers: reliefAlborz.headers, payload: { version: reliefResolution.version, status: 'done' } });
    expect(patch.statusCode).toBe(403);
  });
});

describe('an agency acts only on its own resolutions', () => {
  it('offers the follow-up action only to the responsible agency, and refuses it to others', async () => {
    const own = (await get(`/api/v1/resolutions/${reliefResolution.id}`, reliefAlborz)).json() as ResolutionDetail;
    expect(own).toMatchObject({ canFollowUp: true, canEdit: false });
    const other = (await get(`/api/v1/resolutions/${welfareResolution.id}`, reliefAlborz)).json() as ResolutionDetail;
    expect(other).toMatchObject({ canFollowUp: false, canEdit: false });
    const secretariatView = (await get(`/api/v1/resolutions/${reliefResolution.id}`, alborz)).json() as ResolutionDetail;
    expect(secretariatView).toMatchObject({ canFollowUp: false, canEdit: true });
    const refused = await t.app.inject({ method: 'POST', url: `/api/v1/resolutions/${welfareResolution.id}/follow-ups`, headers: reliefAlborz.headers, payload: { text: 'x', progress: 10 } });
    expect(refused.statusCode).toBe(403);
    // The same agency in another province does not see the resolution at all.
    const elsewhere = await t.app.inject({ method: 'POST', url: `/api/v1/resolutions/${reliefResolution.id}/follow-ups`, headers: reliefSemnan.headers, payload: { text: 'x', progress: 10 } });
    expect(elsewhere.statusCode).toBe(404);
  });

  it("lists only the user's agency's open resolutions as theirs", async () => {
    const mine = (await get('/api/v1/resolutions/mine', reliefAlborz)).json() as TrackerList;
    expect(mine.items.map((item) => item.id)).toEqual([reliefResolution.id]);
    expect(((await get('/api/v1/resolutions/mine', reliefSemnan)).json() as TrackerList).items).toEqual([]);
  });
});

describe('notifications', () => {
  async function notices(session: TestSession): Promise<NotificationList> {
    return (await get('/api/v1/notifications', session)).json() as NotificationList;
  }

  it("tell the responsible agency's staff in the area about a new resolution, and nobody else", async () => {
    const relief = await notices(reliefAlborz);
    expect(relief.items).toEqual([expect.objectContaining({ kind: 'resolution_assigned', link: `/resolutions/${reliefResolution.id}`, params: expect.objectContaining({ resolutionId: reliefResolution.id }) })]);
    expect((await notices(reliefSemnan)).total).toBe(0);
    expect((await notices(karajHouse)).items.map((item) => item.params.resolutionId)).toEqual([welfareResolution.id]);
  });

  it('the daily job reminds of deadlines within a week and of overdue ones, once', async () => {
    const first = await runDailyDigest(t.database.db);
    expect(first.deadlineSoon).toBeGreaterThanOrEqual(1);
    const relief = await notices(reliefAlborz);
    expect(relief.items.map((item) => item.kind).sort()).toEqual(['daily_digest', 'deadline_soon', 'resolution_assigned']);
    const again = await runDailyDigest(t.database.db);
    expect(again).toMatchObject({ deadlineSoon: 0, overdue: 0, digests: 0 });
    // Ten days on, the five-day deadline has passed.
    const later = await runDailyDigest(t.database.db, addDays(todayIso(), 10));
    expect(later.overdue).toBeGreaterThanOrEqual(1);
    const overdue = (await notices(reliefAlborz)).items.find((item) => item.kind === 'resolution_overdue');
    expect(overdue?.params).toMatchObject({ resolutionId: reliefResolution.id, delayDays: 5 });
  });

  it('are marked read one by one or all at once, each user only their own', async () => {
    const before = await notices(welfareAlborz);
    expect(before.unread).toBeGreaterThan(0);
    const [first] = before.items;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first!.id}/read`, headers: reliefAlborz.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first!.id}/read`, headers: welfareAlborz.headers })).statusCode).toBe(204);
    expect((await notices(welfareAlborz)).unread).toBe(before.unread - 1);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: welfareAlborz.headers })).statusCode).toBe(204);
    expect((await notices(welfareAlborz)).unread).toBe(0);
  });
});
