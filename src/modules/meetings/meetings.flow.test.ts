import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { createBody, createMeeting, createResolution } from './meetings.factories.ts';
import type { Meeting } from './meetings.schemas.ts';
import type { ResolutionDetail } from './resolutions.schemas.ts';

let t: TestApp;
let secretariat: TestSession;
let governorate: TestSession;
let relief: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.signIn({ username: 'flow-alborz', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] }, agencyCode: 'governorate' });
  governorate = secretariat;
  relief = await t.signIn({ username: 'flow-emdad', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'relief-committee' });
});

afterAll(async () => {
  await t?.close();
});

async function getMeeting(id: number, session = secretariat): Promise<Meeting> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${id}`, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Meeting;
}

describe('the seed: the 23rd meeting of a provincial social headquarters', () => {
  it('derives the weekday, numbers the meeting and turns "one month" into the same day of the next Jalali month', async () => {
    const body = await createBody(t, secretariat);
    const meeting = await createMeeting(t, secretariat, body.id, { number: 23 });
    expect(meeting.number).toBe(23);
    expect(meeting.heldOn).toBe('2022-10-27');
    expect(meeting.weekdayFa).toBe('پنج‌شنبه');
    expect(meeting.invitationDate).toBe('2022-10-25');
    const first = await createResolution(t, secretariat, meeting.id);
    const second = await createResolution(t, secretariat, meeting.id, { text: 'جلسه ای مشترک با موسسه شریف استار برگزار و اتخاذ تصمیم گردد.' });
    expect([first.rowNumber, second.rowNumber]).toEqual([1, 2]);
    // 1401/08/05 + one month = 1401/09/05 = 2022-11-26.
    expect(first.deadline).toBe('2022-11-26');
    expect(first.deadlineAmount).toBe(1);
    expect(first.deadlineUnit).toBe('month');
    expect(first.overdue).toBe(true);
    const full = await getMeeting(meeting.id);
    expect(full.resolutions.map((resolution) => resolution.rowNumber)).toEqual([1, 2]);
  });
});

describe('carry-over, review and follow-up', () => {
  it('puts every open resolution of earlier meetings under review in the next meeting, and records decisions', async () => {
    const body = await createBody(t, secretariat);
    const first = await createMeeting(t, secretariat, body.id, { heldOn: '1401/07/05' });
    expect(first.agenda.some((item) => item.kind === 'past_resolutions')).toBe(false);
    const a = await createResolution(t, secretariat, first.id, { leadAgencyCode: 'relief-committee' });
    const b = await createResolution(t, secretariat, first.id, { deadline: { kind: 'date', date: '1401/07/20' } });
    const c = await createResolution(t, secretariat, first.id, { deadline: { kind: 'duration', amount: 2, unit: 'week' } });
    expect(c.deadline).toBe('2022-10-11');

    // The relief committee closes (a) before the next meeting.
    const followUp = await t.app.inject({
      method: 'POST',
      url: `/api/v1/resolutions/${a.id}/follow-ups`,
      headers: relief.headers,
      payload: { reportedOn: '1401/07/25', text: 'انجام شد', progress: 100 },
    });
    expect(followUp.statusCode, followUp.body).toBe(201);

    const second = await createMeeting(t, secretariat, body.id, { heldOn: '1401/08/05' });
    expect(second.number).toBe(2);
    const reviewItem = second.agenda.find((item) => item.kind === 'past_resolutions');
    expect(reviewItem?.title).toBe('بررسی مصوبات گذشته');
    expect(second.reviews.map((review) => review.resolutionId).sort()).toEqual([b.id, c.id].sort());
    const reviewOfB = second.reviews.find((review) => review.resolutionId === b.id)!;
    // 1401/07/20 → 1401/08/05: 15 days late on the day of the meeting.
    expect(reviewOfB.delayDaysAtReview).toBe(15);

    const extend = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${second.id}/reviews/${reviewOfB.id}`,
      headers: secretariat.headers,
      payload: { decision: 'extended', newDeadline: '1401/09/30', reason: 'نیاز به هماهنگی با وزارتخانه' },
    });
    expect(extend.statusCode, extend.body).toBe(200);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/resolutions/${b.id}`, headers: secretariat.headers })).json() as ResolutionDetail;
    expect(detail.deadline).toBe('2022-12-21');
    expect(detail.originalDeadline).toBe('2022-10-12');
    expect(detail.reviews).toEqual([expect.objectContaining({ meetingId: second.id, decision: 'extended', newDeadline: '2022-12-21' })]);

    const reviewOfC = second.reviews.find((review) => review.resolutionId === c.id)!;
    const reassign = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${second.id}/reviews/${reviewOfC.id}`,
      headers: secretariat.headers,
      payload: { decision: 'reassigned', newLeadAgencyCode: 'relief-committee', reason: 'در حیطهٔ کمیته امداد است' },
    });
    expect(reassign.statusCode, reassign.body).toBe(200);
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/resolutions/mine', headers: relief.headers });
    expect((mine.json() as { items: { id: number }[] }).items.map((item) => item.id)).toContain(c.id);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${second.id}/reviews/${reviewOfC.id}`,
      headers: secretariat.headers,
      payload: { decision: 'continued' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'meetings.review_decided' });
  });
});

describe('follow-ups', () => {
  it('take the latest report as the state; an earlier-dated one fills in the history only', async () => {
    const body = await createBody(t, secretariat);
    const meeting = await createMeeting(t, secretariat, body.id, { heldOn: '1401/07/01' });
    const resolution = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'relief-committee' });
    const report = async (reportedOn: string, progress: number) => {
      const response = await t.app.inject({ method: 'POST', url: `/api/v1/resolutions/${resolution.id}/follow-ups`, headers: relief.headers, payload: { reportedOn, text: 'گزارش', progress } });
      expect(response.statusCode, response.body).toBe(201);
    };
    await report('1401/08/20', 60);
    await report('1401/08/10', 100);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/resolutions/${resolution.id}`, headers: relief.headers })).json() as ResolutionDetail;
    expect(detail).toMatchObject({ status: 'in_progress', progress: 60, completedOn: null });
    expect(detail.followUps.map((followUp) => followUp.reportedOn)).toEqual(['2022-11-11', '2022-11-01']);
  });
});

describe('approved minutes are locked', () => {
  it('refuses a silent change and records an amendment when a reason is given', async () => {
    const body = await createBody(t, governorate);
    const meeting = await createMeeting(t, secretariat, body.id);
    await createResolution(t, secretariat, meeting.id);
    const approve = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${meeting.id}/status`, headers: secretariat.headers, payload: { version: (await getMeeting(meeting.id)).version, status: 'approved' } });
    expect(approve.statusCode, approve.body).toBe(200);
    const locked = approve.json() as Meeting;
    expect(locked.locked).toBe(true);

    const silent = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${meeting.id}/resolutions`, headers: secretariat.headers, payload: { text: 'مصوبهٔ بعدی', leadAgencyCode: 'welfare', deadline: { kind: 'duration', amount: 10, unit: 'day' } } });
    expect(silent.statusCode).toBe(409);
    expect(silent.json()).toMatchObject({ code: 'meetings.minutes_locked' });
    expect((await getMeeting(meeting.id)).resolutions).toHaveLength(1);

    const amended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/meetings/${meeting.id}/resolutions`,
      headers: secretariat.headers,
      payload: { text: 'مصوبهٔ جاافتاده', leadAgencyCode: 'welfare', deadline: { kind: 'duration', amount: 10, unit: 'day' }, amendmentReason: 'این مصوبه در تایپ صورتجلسه جا افتاده بود' },
    });
    expect(amended.statusCode, amended.body).toBe(201);
    const after = await getMeeting(meeting.id);
    expect(after.resolutions).toHaveLength(2);
    expect(after.amendments).toEqual([expect.objectContaining({ seq: 1, reason: 'این مصوبه در تایپ صورتجلسه جا افتاده بود' })]);
    expect(after.resolutions[1]!.amendmentId).not.toBeNull();

    // An amendment changes what it names and nothing else.
    const narrative = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${meeting.id}`,
      headers: secretariat.headers,
      payload: { version: after.version, narrative: 'گزارش دبیر قرارگاه', amendmentReason: 'افزودن گزارش دبیر' },
    });
    expect(narrative.statusCode, narrative.body).toBe(200);
    const withNarrative = narrative.json() as Meeting;
    expect(withNarrative).toMatchObject({ startTime: '08:00', place: 'سالن جلسات شهدای دولت', narrative: 'گزارش دبیر قرارگاه' });
    expect(withNarrative.amendments[1]).toMatchObject({ seq: 2, change: 'meeting: narrative' });
  });
});
