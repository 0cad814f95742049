import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { createBody, createMeeting, createResolution } from './meetings.factories.ts';
import type { BodyDashboard } from './meetings.schemas.ts';
import type { Resolution, Scorecard, TrackerList } from './resolutions.schemas.ts';

let t: TestApp;
let secretariat: TestSession;
let health: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.signIn({ username: 'track-alborz', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] }, agencyCode: 'governorate' });
  health = await t.signIn({ username: 'track-health', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'ministry-of-health' });
});

afterAll(async () => {
  await t?.close();
});

async function tracker(query: string, session = secretariat): Promise<TrackerList> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/resolutions?${query}`, headers: session.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TrackerList;
}

async function followUp(session: TestSession, resolutionId: number, reportedOn: string, progress: number) {
  const response = await t.app.inject({ method: 'POST', url: `/api/v1/resolutions/${resolutionId}/follow-ups`, headers: session.headers, payload: { reportedOn, text: 'گزارش اقدام', progress } });
  expect(response.statusCode, response.body).toBe(201);
}

describe('overdue is derived, across Jalali month ends', () => {
  it('a "one month" deadline from 1401/06/31 is 1401/07/30, due that day and overdue the next', async () => {
    const body = await createBody(t, secretariat);
    const meeting = await createMeeting(t, secretariat, body.id, { heldOn: '1401/06/31' });
    const resolution = await createResolution(t, secretariat, meeting.id);
    expect(resolution.deadline).toBe('2022-10-22'); // 1401/07/30
    const onTheDay = await tracker(`body=${body.id}&asOf=1401/07/30`);
    expect(onTheDay.items[0]).toMatchObject({ overdue: false, delayDays: 0, daysLeft: 0 });
    const nextDay = await tracker(`body=${body.id}&asOf=1401/08/01`);
    expect(nextDay.items[0]).toMatchObject({ overdue: true, delayDays: 1 });
    expect((await tracker(`body=${body.id}&overdue=true&asOf=1401/07/30`)).total).toBe(0);
    expect((await tracker(`body=${body.id}&overdue=true&asOf=1401/08/01`)).total).toBe(1);
  });

  it('Esfand has 29 days in 1402 and 30 in 1403', async () => {
    const body = await createBody(t, secretariat);
    const in1402 = await createMeeting(t, secretariat, body.id, { heldOn: '1402/11/30' });
    const in1403 = await createMeeting(t, secretariat, body.id, { heldOn: '1403/11/30' });
    const a = await createResolution(t, secretariat, in1402.id);
    const b = await createResolution(t, secretariat, in1403.id);
    expect(a.deadline).toBe('2024-03-19'); // 1402/12/29
    expect(b.deadline).toBe('2025-03-20'); // 1403/12/30
    const firstOfFarvardin = await tracker(`body=${body.id}&overdue=true&asOf=1403/01/01`);
    expect(firstOfFarvardin.items.map((item) => item.id)).toEqual([a.id]);
  });

  it('a done resolution is never overdue; its delay is counted at completion', async () => {
    const body = await createBody(t, secretariat);
    const meeting = await createMeeting(t, secretariat, body.id, { heldOn: '1401/05/01' });
    const late = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'ministry-of-health', deadline: { kind: 'duration', amount: 10, unit: 'day' } });
    await followUp(health, late.id, '1401/05/21', 100);
    const [item] = (await tracker(`body=${body.id}&asOf=1402/01/01`)).items;
    expect(item).toMatchObject({ status: 'done', overdue: false, delayDays: 10, completedOn: '2022-08-12', daysLeft: null });
  });
});

describe('the tracker', () => {
  let body: number;
  let resolutions: Resolution[];

  beforeAll(async () => {
    const created = await createBody(t, secretariat);
    body = created.id;
    const meeting = await createMeeting(t, secretariat, body, { heldOn: '1401/03/01' });
    resolutions = [
      await createResolution(t, secretariat, meeting.id, { text: 'پيگيري بيمه سلامت ساکنان', leadAgencyCode: 'ministry-of-health', deadline: { kind: 'date', date: '1401/04/01' } }),
      await createResolution(t, secretariat, meeting.id, { text: 'ساخت زمین ورزشی', leadAgencyCode: 'welfare', coAgencyCodes: ['ministry-of-health'], deadline: { kind: 'date', date: '1401/06/01' } }),
      await createResolution(t, secretariat, meeting.id, { text: 'کلاس جبرانی بانک زمان', leadAgencyCode: 'ministry-of-education', deadline: { kind: 'date', date: '1401/05/01' } }),
    ];
  });

  it('filters by agency as lead or co-agency, by status, by deadline range and by text typed with Arabic letters', async () => {
    const health = await tracker(`body=${body}&agency=ministry-of-health`);
    expect(health.items.map((item) => item.id)).toEqual([resolutions[0]!.id, resolutions[1]!.id]);
    expect(health.items[1]?.coAgencyNamesFa).toEqual(['وزارت بهداشت، درمان و آموزش پزشکی']);
    expect((await tracker(`body=${body}&deadlineFrom=1401/04/15&deadlineTo=1401/05/15`)).items.map((item) => item.id)).toEqual([resolutions[2]!.id]);
    expect((await tracker(`body=${body}&q=${encodeURIComponent('بیمه')}`)).items.map((item) => item.id)).toEqual([resolutions[0]!.id]);
    expect((await tracker(`body=${body}&q=${encodeURIComponent('زمين ورزشي')}`)).items.map((item) => item.id)).toEqual([resolutions[1]!.id]);
    expect((await tracker(`body=${body}&status=done`)).total).toBe(0);
  });

  it('sorts by deadline, either way, and by delay', async () => {
    expect((await tracker(`body=${body}&sort=-deadline`)).items.map((item) => item.rowNumber)).toEqual([2, 3, 1]);
    const byDelay = await tracker(`body=${body}&sort=delay&asOf=1401/07/01`);
    expect(byDelay.items.map((item) => item.delayDays)).toEqual([93, 62, 31]);
  });

  it('exports the filtered list to a right-to-left sheet, audits the export, and refuses it to viewers', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/resolutions/export.xlsx?body=${body}`, headers: secretariat.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(5).value).toBe('مصوبه');
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity']).where('action', '=', 'export').where('entity', '=', 'resolution').execute();
    expect(audit.length).toBeGreaterThan(0);
    const viewer = await t.signIn({ username: 'track-viewer', role: 'viewer' });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/resolutions/export.xlsx?body=${body}`, headers: viewer.headers })).statusCode).toBe(403);
  });

  it("lists an agency's open resolutions, lead or co, nearest deadline first", async () => {
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/resolutions/mine', headers: health.headers });
    const items = (mine.json() as TrackerList).items.filter((item) => item.bodyId === body);
    expect(items.map((item) => item.id)).toEqual([resolutions[0]!.id, resolutions[1]!.id]);
  });
});

describe('the agency scorecard', () => {
  it('counts done, on time, overdue and the average delay', async () => {
    const body = await createBody(t, secretariat);
    const meeting = await createMeeting(t, secretariat, body.id, { heldOn: '1401/01/15' });
    const deadline = { kind: 'date' as const, date: '1401/02/15' };
    const onTime = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'ministry-of-health', deadline });
    const late = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'ministry-of-health', deadline });
    const overdue = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'ministry-of-health', deadline });
    await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'ministry-of-health', deadline: { kind: 'date', date: '1401/12/01' } });
    const cancelled = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'ministry-of-health', deadline });
    await followUp(health, onTime.id, '1401/02/10', 100);
    await followUp(health, late.id, '1401/02/25', 100); // 10 days late
    await followUp(health, overdue.id, '1401/02/01', 40);
    const cancel = await t.app.inject({ method: 'PATCH', url: `/api/v1/resolutions/${cancelled.id}`, headers: secretariat.headers, payload: { version: cancelled.version, status: 'cancelled' } });
    expect(cancel.statusCode, cancel.body).toBe(200);

    // On 1401/03/15 the open one is 31 days past 1401/02/15 (Ordibehesht has 31 days): (10 + 31) / 2.
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/scorecards/agencies?body=${body.id}&asOf=1401/03/15`, headers: secretariat.headers });
    expect(response.statusCode, response.body).toBe(200);
    const scorecard = response.json() as Scorecard;
    expect(scorecard.items).toEqual([
      {
        agencyCode: 'ministry-of-health',
        agencyNameFa: expect.any(String),
        total: 4,
        done: 2,
        doneOnTime: 1,
        open: 2,
        overdue: 1,
        due: 3,
        donePercent: 50,
        onTimePercent: 33.3,
        averageDelayDays: 20.5,
      },
    ]);

    const dashboard = (await t.app.inject({ method: 'GET', url: `/api/v1/bodies/${body.id}/dashboard?asOf=1401/03/15`, headers: secretariat.headers })).json() as BodyDashboard;
    expect(dashboard.byStatus).toEqual({ not_started: 1, in_progress: 1, done: 2, stopped: 0, cancelled: 1 });
    expect(dashboard.overdue).toBe(1);
    expect(dashboard.byMeeting).toEqual([expect.objectContaining({ meetingId: meeting.id, total: 5, overdue: 1 })]);
  });
});
