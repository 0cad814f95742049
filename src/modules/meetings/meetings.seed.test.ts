import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../lib/dates.ts';
import { normalizePersianText } from '../../lib/persian/index.ts';
import { loadDemo } from '../../server/bootstrap.ts';
import { createTestApp, login, type TestApp, type TestSession } from '../../server/test-app.ts';
import { loadDemoMeetings } from './index.ts';
import { alborzMeeting23 } from './meetings.demo-data.ts';
import type { Body, Meeting, MeetingList } from './meetings.schemas.ts';
import { resolutionStatuses, type Scorecard, type TrackerList } from './resolutions.schemas.ts';

const password = 'demo-password-123';
let t: TestApp;
const sessions: Record<string, TestSession> = {};

beforeAll(async () => {
  t = await createTestApp();
  await loadDemo(t.database.db, { TAVANA_DEMO_PASSWORD: password });
  for (const username of ['setad', 'alborz', 'semnan', 'behzisti-semnan', 'emdad-alborz']) sessions[username] = await login(t.app, username, password);
});

afterAll(async () => {
  await t?.close();
});

async function get<T>(username: string, url: string): Promise<T> {
  const response = await t.app.inject({ method: 'GET', url, headers: sessions[username]!.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

async function bodyNamed(username: string, nameFa: string): Promise<Body> {
  const { items } = await get<{ items: Body[] }>(username, '/api/v1/bodies');
  const body = items.find((item) => item.nameFa === nameFa);
  expect(body, nameFa).toBeDefined();
  return body!;
}

async function meetingsOf(username: string, bodyId: number): Promise<MeetingList> {
  return get<MeetingList>(username, `/api/v1/meetings?body=${bodyId}&sort=number&pageSize=200`);
}

describe('the demo meetings', () => {
  it('gives Alborz meetings 1 to 23, the 23rd as the seed has it', async () => {
    const body = await bodyNamed('alborz', 'قرارگاه اجتماعی استان البرز');
    const meetings = await meetingsOf('alborz', body.id);
    expect(meetings.items.map((meeting) => meeting.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(meetings.items.every((meeting) => meeting.status === 'approved')).toBe(true);

    const meeting = await get<Meeting>('alborz', `/api/v1/meetings/${meetings.items[22]!.id}`);
    expect(meeting.heldOn).toBe('2022-10-27');
    expect(meeting.weekdayFa).toBe('پنج‌شنبه');
    expect(meeting.startTime).toBe('08:00');
    expect(meeting.place).toBe('سالن جلسات شهدای دولت');
    expect(meeting.invitationDate).toBe('2022-10-25');
    expect(meeting.agenda.map((item) => item.title)).toEqual(alborzMeeting23.agenda.map(normalizePersianText));
    expect(meeting.agenda.map((item) => item.kind)).toEqual(['item', 'past_resolutions']);
    expect(meeting.narrative).toContain('آقامحمدی');
    expect(meeting.narrative).toContain('عبداللهی');
    expect(meeting.attendees.some((attendee) => attendee.kind === 'guest' && attendee.personName === 'دکتر آقامحمدی')).toBe(true);
    expect(meeting.attendees.some((attendee) => attendee.presence === 'absent' && attendee.reason !== '')).toBe(true);
    expect(meeting.attendees.some((attendee) => attendee.presence === 'substitute' && attendee.reason !== '')).toBe(true);

    expect(meeting.resolutions).toHaveLength(2);
    for (const resolution of meeting.resolutions) {
      expect(resolution).toMatchObject({ deadlineAmount: 1, deadlineUnit: 'month', deadline: '2022-11-26', leadAgencyCode: 'governorate' });
    }
    expect(meeting.resolutions[1]!.text).toContain('شریف استار');
    // The 23rd meeting reviewed, and decided on, what the 22 before it left open.
    expect(meeting.reviews.length).toBeGreaterThan(0);
    expect(meeting.reviews.every((review) => review.decision !== null)).toBe(true);
  });

  it('gives Semnan 22 meetings counted back from today, the newest still a draft', async () => {
    const body = await bodyNamed('semnan', 'قرارگاه اجتماعی استان سمنان');
    const meetings = await meetingsOf('semnan', body.id);
    expect(meetings.total).toBe(22);
    const newest = meetings.items[21]!;
    expect(newest.status).toBe('held');
    expect(newest.heldOn < todayIso()).toBe(true);
    expect(newest.heldOn >= addDays(todayIso(), -14)).toBe(true);
  });

  it('has resolutions in every status, some overdue and some due within a week', async () => {
    for (const status of resolutionStatuses) {
      const list = await get<TrackerList>('setad', `/api/v1/resolutions?status=${status}&pageSize=1`);
      expect(list.total, status).toBeGreaterThan(0);
    }
    const overdue = await get<TrackerList>('setad', '/api/v1/resolutions?overdue=true&pageSize=200');
    expect(overdue.total).toBeGreaterThan(0);
    expect(new Set(overdue.items.map((item) => item.provinceCode))).toEqual(new Set(['20', '30']));
    const today = todayIso();
    const soon = await get<TrackerList>('setad', `/api/v1/resolutions?open=true&deadlineFrom=${today}&deadlineTo=${addDays(today, 7)}&pageSize=200`);
    expect(soon.total).toBeGreaterThan(0);
    expect(soon.items.every((item) => item.provinceCode === '20')).toBe(true);
  });

  it('gives the scorecard on-time figures', async () => {
    const scorecard = await get<Scorecard>('setad', '/api/v1/scorecards/agencies');
    const scored = scorecard.items.filter((row) => row.onTimePercent !== null);
    expect(scored.length).toBeGreaterThan(3);
    // Not everyone is on time, and not everyone is late.
    expect(scored.some((row) => row.onTimePercent! < 100)).toBe(true);
    expect(scored.some((row) => row.onTimePercent! > 0)).toBe(true);
  });

  it('gives the agencies work of their own and tells them about it', async () => {
    const welfare = await get<TrackerList>('behzisti-semnan', '/api/v1/resolutions/mine');
    expect(welfare.total).toBeGreaterThan(0);
    expect(welfare.items.some((item) => item.neighborhoods.some((neighborhood) => neighborhood.code === '20-013' || neighborhood.code === '20-036'))).toBe(true);
    const relief = await get<TrackerList>('emdad-alborz', '/api/v1/resolutions/mine');
    expect(relief.total).toBeGreaterThan(0);

    const notices = await get<{ total: number; items: { kind: string }[] }>('behzisti-semnan', '/api/v1/notifications?pageSize=100');
    expect(notices.total).toBeGreaterThan(0);
    const kinds = new Set(notices.items.map((notice) => notice.kind));
    for (const kind of ['resolution_assigned', 'deadline_soon', 'resolution_overdue', 'daily_digest']) expect(kinds.has(kind), kind).toBe(true);
  });

  it('dates follow-ups in the past, never before their meeting', async () => {
    const list = await get<TrackerList>('alborz', '/api/v1/resolutions?status=done&pageSize=200');
    const late = list.items.filter((item) => item.delayDays > 0);
    const onTime = list.items.filter((item) => item.delayDays === 0);
    expect(late.length).toBeGreaterThan(0);
    expect(onTime.length).toBeGreaterThan(0);
    for (const item of list.items) {
      expect(item.completedOn! >= item.meetingHeldOn, `${item.id}`).toBe(true);
      expect(item.completedOn! <= todayIso(), `${item.id}`).toBe(true);
    }
  });

  it('loads only once', async () => {
    expect(await loadDemoMeetings(t.database.db)).toBeNull();
    expect(await loadDemo(t.database.db, { TAVANA_DEMO_PASSWORD: password })).toBeNull();
    const body = await bodyNamed('alborz', 'قرارگاه اجتماعی استان البرز');
    expect(body.meetingCount).toBe(23);
  });
});
