import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../server/test-app.ts';
import { buildMeetingBody, buildResolutionBody, createBody, createMeeting, createResolution } from './meetings.factories.ts';
import type { Body, Meeting } from './meetings.schemas.ts';
import type { Resolution } from './resolutions.schemas.ts';

let t: TestApp;
let secretariat: TestSession;
let relief: TestSession;
let welfare: TestSession;
let body: Body;
let meeting: Meeting;
let resolution: Resolution;

beforeAll(async () => {
  t = await createTestApp();
  secretariat = await t.signIn({ username: 'bad-alborz', role: 'province_secretariat', scope: { level: 'province', codes: ['30'] }, agencyCode: 'governorate' });
  relief = await t.signIn({ username: 'bad-emdad', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'relief-committee' });
  welfare = await t.signIn({ username: 'bad-behzisti', role: 'agency_staff', scope: { level: 'province', codes: ['30'] }, agencyCode: 'welfare' });
  body = await createBody(t, secretariat);
  meeting = await createMeeting(t, secretariat, body.id, { number: 5 });
  resolution = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'relief-committee' });
});

afterAll(async () => {
  await t?.close();
});

const tables = ['meetings', 'resolutions', 'resolution_follow_ups', 'attachments', 'meeting_amendments', 'audit_log', 'notifications'] as const;

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

interface Problem {
  status: number;
  code: string;
  title: string;
  errors: { path: string; code: string; message: string }[];
}

/** Sends a bad request and checks the status and code, and that nothing at all was written. */
async function expectRefused(
  request: { method: 'POST' | 'PATCH'; url: string; payload: object; session?: TestSession; headers?: Record<string, string> },
  status: number,
  code: string,
): Promise<Problem> {
  const before = await counts();
  const response = await t.app.inject({ method: request.method, url: request.url, headers: { ...(request.session ?? secretariat).headers, ...request.headers }, payload: request.payload });
  expect(response.statusCode, response.body).toBe(status);
  const problem = response.json() as Problem;
  expect(problem.code).toBe(code);
  expect(await counts()).toEqual(before);
  return problem;
}

describe('resolutions: bad input writes nothing', () => {
  it('refuses a deadline before the meeting date', async () => {
    const problem = await expectRefused(
      { method: 'POST', url: `/api/v1/meetings/${meeting.id}/resolutions`, payload: buildResolutionBody({ deadline: { kind: 'date', date: '1401/08/01' } }) },
      422,
      'resolutions.deadline_before_meeting',
    );
    expect(problem.errors[0]).toMatchObject({ path: 'deadline.date' });
    expect(problem.errors[0]?.message).toContain('۱۴۰۱/۰۸/۰۱');
  });

  it('refuses a Jalali date that does not exist, in Persian and in English', async () => {
    const problem = await expectRefused(
      { method: 'POST', url: `/api/v1/meetings/${meeting.id}/resolutions`, payload: buildResolutionBody({ deadline: { kind: 'date', date: '1401/07/31' } }) },
      400,
      'request.invalid',
    );
    expect(problem.errors[0]).toMatchObject({ path: 'deadline.date', code: 'date.invalid_jalali' });
    expect(problem.errors[0]?.message).toBe('تاریخ 1401/7/31 در تقویم شمسی وجود ندارد.');
    const english = await expectRefused(
      { method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { heldOn: '1402/12/30' }), headers: { 'accept-language': 'en' } },
      400,
      'request.invalid',
    );
    expect(english.errors[0]).toMatchObject({ path: 'heldOn', message: 'The Jalali date 1402/12/30 does not exist.' });
  });

  it('refuses unknown agencies and packages, a lead that is also a co-agency, and a neighbourhood outside the body', async () => {
    const url = `/api/v1/meetings/${meeting.id}/resolutions`;
    expect((await expectRefused({ method: 'POST', url, payload: buildResolutionBody({ leadAgencyCode: 'no-such-agency' }) }, 422, 'resolutions.unknown_agency')).errors[0]?.path).toBe('leadAgencyCode');
    await expectRefused({ method: 'POST', url, payload: buildResolutionBody({ coAgencyCodes: ['governorate'] }) }, 422, 'resolutions.lead_also_co');
    await expectRefused({ method: 'POST', url, payload: buildResolutionBody({ packageCodes: ['no-package'] }) }, 422, 'resolutions.unknown_package');
    await expectRefused({ method: 'POST', url, payload: buildResolutionBody({ neighborhoodIds: [999_999] }) }, 422, 'resolutions.unknown_neighborhood');
  });

  it('refuses a resolution for a meeting not yet held', async () => {
    const planned = await createMeeting(t, secretariat, body.id, { heldOn: '1401/09/05', status: 'planned' });
    await expectRefused({ method: 'POST', url: `/api/v1/meetings/${planned.id}/resolutions`, payload: buildResolutionBody() }, 422, 'meetings.planned_has_no_resolutions');
  });

  it('refuses an approval dated before the meeting or in the future, and records a given one', async () => {
    const held = await createMeeting(t, secretariat, body.id, { heldOn: '1401/09/08' });
    const url = `/api/v1/meetings/${held.id}/status`;
    await expectRefused({ method: 'POST', url, payload: { version: held.version, status: 'approved', approvedOn: '1401/09/01' } }, 422, 'meetings.approved_before_meeting');
    await expectRefused({ method: 'POST', url, payload: { version: held.version, status: 'approved', approvedOn: '1499/01/01' } }, 422, 'meetings.approved_in_future');
    const approved = await t.app.inject({ method: 'POST', url, headers: secretariat.headers, payload: { version: held.version, status: 'approved', approvedOn: '1401/09/15' } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((approved.json() as Meeting).approvedAt).toBe('2022-12-06T08:30:00.000Z');
  });

  it('refuses a resolution on approved minutes without an amendment', async () => {
    const locked = await createMeeting(t, secretariat, body.id, { heldOn: '1401/09/10' });
    const approve = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${locked.id}/status`, headers: secretariat.headers, payload: { version: locked.version, status: 'approved' } });
    expect(approve.statusCode, approve.body).toBe(200);
    await expectRefused({ method: 'POST', url: `/api/v1/meetings/${locked.id}/resolutions`, payload: buildResolutionBody() }, 409, 'meetings.minutes_locked');
    const approved = approve.json() as Meeting;
    await expectRefused({ method: 'PATCH', url: `/api/v1/meetings/${locked.id}`, payload: { version: approved.version, narrative: 'متن تازه' } }, 409, 'meetings.minutes_locked');
    await expectRefused({ method: 'POST', url: `/api/v1/meetings/${locked.id}/status`, payload: { version: approved.version, status: 'held' } }, 409, 'meetings.bad_transition');
  });
});

describe('meetings: bad input writes nothing', () => {
  it('refuses a meeting number that already exists in the series', async () => {
    const problem = await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { number: 5, heldOn: '1401/10/01' }) }, 409, 'meetings.duplicate_number');
    expect(problem.errors[0]).toMatchObject({ path: 'number' });
    expect(problem.title).toBe('جلسهٔ شمارهٔ ۵ این نهاد از پیش ثبت شده است.');
  });

  it('refuses an invitation dated after the meeting, a held meeting in the future, and an unknown field', async () => {
    await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { heldOn: '1401/10/01', invitationDate: '1401/10/02' }) }, 422, 'meetings.invitation_after_meeting');
    await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { heldOn: '1499/01/01', status: 'held' }) }, 422, 'meetings.held_in_future');
    await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: { ...buildMeetingBody(body.id), weekday: 'شنبه' } }, 400, 'request.invalid');
  });

  it('refuses a date that breaks the order of the series', async () => {
    // Meeting 5 was held on 1401/08/05: meeting 4 cannot come after it, nor a later number before it.
    const early = await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { number: 4, heldOn: '1401/09/01' }) }, 422, 'meetings.out_of_order');
    expect(early.errors[0]).toMatchObject({ path: 'heldOn' });
    expect(early.title).toContain('جلسهٔ ۵ در ۱۴۰۱/۰۸/۰۵');
    await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { number: 100, heldOn: '1401/07/01' }) }, 422, 'meetings.out_of_order');
  });

  it('refuses a time that is not HH:MM', async () => {
    const problem = await expectRefused({ method: 'POST', url: '/api/v1/meetings', payload: buildMeetingBody(body.id, { startTime: '8 صبح' }) }, 400, 'request.invalid');
    expect(problem.errors[0]).toMatchObject({ path: 'startTime', code: 'field.bad_format' });
  });
});

describe('follow-ups: bad input writes nothing', () => {
  const url = () => `/api/v1/resolutions/${resolution.id}/follow-ups`;

  it('refuses a follow-up from an agency that is not responsible', async () => {
    await expectRefused({ method: 'POST', url: url(), session: welfare, payload: { text: 'گزارش', progress: 10 } }, 403, 'resolutions.not_responsible');
  });

  it('refuses progress outside 0–100', async () => {
    for (const progress of [101, -1]) {
      const problem = await expectRefused({ method: 'POST', url: url(), session: relief, payload: { text: 'گزارش', progress } }, 400, 'request.invalid');
      expect(problem.errors[0]).toMatchObject({ path: 'progress', code: 'resolutions.progress_range', message: 'درصد پیشرفت باید عددی بین ۰ تا ۱۰۰ باشد.' });
    }
    await expectRefused({ method: 'PATCH', url: `/api/v1/resolutions/${resolution.id}`, payload: { version: resolution.version, progress: 150 } }, 400, 'request.invalid');
  });

  it('refuses a report dated in the future or before the meeting', async () => {
    await expectRefused({ method: 'POST', url: url(), session: relief, payload: { text: 'گزارش', progress: 10, reportedOn: '1499/01/01' } }, 422, 'resolutions.report_in_future');
    await expectRefused({ method: 'POST', url: url(), session: relief, payload: { text: 'گزارش', progress: 10, reportedOn: '1401/08/01' } }, 422, 'resolutions.report_before_meeting');
  });

  it("refuses someone else's or a made-up attachment, and keeps the report unwritten", async () => {
    await expectRefused(
      { method: 'POST', url: url(), session: relief, payload: { text: 'گزارش', progress: 10, attachmentIds: ['0b6d5f0e-3c1a-4c9e-9a57-6f1f1c0c0c0c'] } },
      422,
      'resolutions.attachment_not_found',
    );
  });
});

describe('completion dates', () => {
  it('refuses a completion date in the future, before the meeting, or on a resolution not done', async () => {
    const target = await createResolution(t, secretariat, meeting.id);
    const url = `/api/v1/resolutions/${target.id}`;
    await expectRefused({ method: 'PATCH', url, payload: { version: target.version, status: 'done', completedOn: '1499/01/01' } }, 422, 'resolutions.completed_in_future');
    await expectRefused({ method: 'PATCH', url, payload: { version: target.version, status: 'done', completedOn: '1401/08/01' } }, 422, 'resolutions.completed_before_meeting');
    await expectRefused({ method: 'PATCH', url, payload: { version: target.version, completedOn: '1401/08/20' } }, 422, 'resolutions.completed_needs_done');
    const done = await t.app.inject({ method: 'PATCH', url, headers: secretariat.headers, payload: { version: target.version, status: 'done', completedOn: '1401/08/20' } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', progress: 100, completedOn: '2022-11-11' });
  });
});

describe('attachments', () => {
  function multipart(fileName: string, content: Buffer, session: TestSession = relief) {
    const boundary = '----tavana-test-boundary';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([head, content, tail]),
    });
  }
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

  it('refuses a forbidden type, by its bytes and not its name, and a file over the limit', async () => {
    const before = await counts();
    const exe = await multipart('report.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]));
    expect(exe.statusCode).toBe(422);
    expect(exe.json()).toMatchObject({ code: 'attachments.forbidden_type' });
    const html = await multipart('page.html', Buffer.from('<script>alert(1)</script>'));
    expect(html.statusCode).toBe(422);
    const renamed = await multipart('report.png', pdf);
    expect(renamed.statusCode).toBe(422);
    const big = await multipart('big.pdf', Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'attachments.too_large', title: 'حجم پرونده بیش از ۱۰ مگابایت است.' });
    const empty = await multipart('empty.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    expect(await counts()).toEqual(before);
  });

  it('stores an allowed file, attaches it to a follow-up, and serves it only to those who see the resolution', async () => {
    const upload = await multipart('گزارش پیشرفت.pdf', pdf);
    expect(upload.statusCode, upload.body).toBe(201);
    const attachment = upload.json() as { id: string; mediaType: string; fileName: string };
    expect(attachment).toMatchObject({ mediaType: 'application/pdf', fileName: 'گزارش پیشرفت.pdf' });
    // Before it is attached, only its uploader sees it.
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/attachments/${attachment.id}`, headers: welfare.headers })).statusCode).toBe(404);
    const followUp = await t.app.inject({
      method: 'POST',
      url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
      headers: relief.headers,
      payload: { text: 'تفاهم‌نامه ابلاغ شد', progress: 40, attachmentIds: [attachment.id] },
    });
    expect(followUp.statusCode, followUp.body).toBe(201);
    expect(followUp.json()).toMatchObject({ progress: 40, statusAfter: 'in_progress', attachments: [{ id: attachment.id }] });
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/attachments/${attachment.id}`, headers: welfare.headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const semnan = await t.signIn({ username: 'bad-semnan', role: 'province_secretariat', scope: { level: 'province', codes: ['20'] }, agencyCode: 'governorate' });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/attachments/${attachment.id}`, headers: semnan.headers })).statusCode).toBe(404);
    // An attachment belongs to one follow-up.
    const reuse = await t.app.inject({
      method: 'POST',
      url: `/api/v1/resolutions/${resolution.id}/follow-ups`,
      headers: relief.headers,
      payload: { text: 'دوباره', progress: 50, attachmentIds: [attachment.id] },
    });
    expect(reuse.statusCode).toBe(422);
  });
});

describe('concurrent edits never lose an update', () => {
  it('answers 409 to the second of two edits made from the same version', async () => {
    const target = await createResolution(t, secretariat, meeting.id);
    const patch = (progress: number) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/resolutions/${target.id}`, headers: secretariat.headers, payload: { version: target.version, progress } });
    const [first, second] = await Promise.all([patch(30), patch(60)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json()).toMatchObject({ code: 'record.version_conflict' });
    const winner = (first.statusCode === 200 ? first : second).json() as Resolution;
    expect(winner.version).toBe(target.version + 1);
  });

  it('counts two follow-ups posted at once, both of them', async () => {
    const target = await createResolution(t, secretariat, meeting.id, { leadAgencyCode: 'relief-committee' });
    const post = (progress: number) =>
      t.app.inject({ method: 'POST', url: `/api/v1/resolutions/${target.id}/follow-ups`, headers: relief.headers, payload: { text: `پیشرفت ${progress}`, progress } });
    const responses = await Promise.all([post(20), post(35)]);
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201]);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/resolutions/${target.id}`, headers: relief.headers })).json() as { followUps: unknown[]; version: number };
    expect(detail.followUps).toHaveLength(2);
    expect(detail.version).toBe(target.version + 2);
  });
});
