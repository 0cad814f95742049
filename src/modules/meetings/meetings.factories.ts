import { expect } from 'vitest';
import type { TestApp, TestSession } from '../../server/test-app.ts';
import type { Body, CreateBodyBody, CreateMeetingBody, Meeting } from './meetings.schemas.ts';
import type { CreateResolutionBody, Resolution } from './resolutions.schemas.ts';

// Test factories (DESIGN.md §4): valid records and their parents, made through the HTTP API.

let sequence = 0;

/** A provincial social headquarters in Alborz with a name no other test has used. */
export function buildBodyBody(overrides: Partial<CreateBodyBody> = {}): CreateBodyBody {
  sequence += 1;
  return {
    nameFa: `قرارگاه اجتماعی آزمایشی ${sequence}`,
    kind: 'social_hq',
    level: 'province',
    provinceCode: '30',
    countyCode: null,
    chair: 'استاندار',
    secretary: 'مدیرکل امور اجتماعی و فرهنگی',
    memberAgencyCodes: ['relief-committee', 'setad', 'welfare', 'red-crescent'],
    ...overrides,
  };
}

export async function createBody(t: TestApp, session: TestSession, overrides: Partial<CreateBodyBody> = {}): Promise<Body> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/bodies', headers: session.headers, payload: buildBodyBody(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Body;
}

/** The seed's 23rd meeting header: 1401/08/05, 8 in the morning, held. */
export function buildMeetingBody(bodyId: number, overrides: Partial<CreateMeetingBody> = {}): CreateMeetingBody {
  return {
    bodyId,
    heldOn: '1401/08/05',
    startTime: '08:00',
    place: 'سالن جلسات شهدای دولت',
    invitationNumber: '21/25/54207',
    // The seed's invitation date fits the seed's meeting date only.
    invitationDate: overrides.heldOn === undefined ? '1401/08/03' : null,
    narrative: '',
    status: 'held',
    agenda: [{ title: 'ارائه گزارش روسای کمیته و دستگاههای عضو قرارگاه اجتماعی', notes: '' }],
    attendees: [],
    ...overrides,
  } as CreateMeetingBody;
}

export async function createMeeting(t: TestApp, session: TestSession, bodyId: number, overrides: Partial<CreateMeetingBody> = {}): Promise<Meeting> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/meetings', headers: session.headers, payload: buildMeetingBody(bodyId, overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Meeting;
}

export function buildResolutionBody(overrides: Partial<CreateResolutionBody> = {}): CreateResolutionBody {
  return {
    text: 'موضوع تفاهم نامه ها از سوی وزارت کشور پیگیری و نسبت به اجرای مفاد آنها در استان اقدام لازم معمول گردد.',
    leadAgencyCode: 'governorate',
    coAgencyCodes: [],
    deadline: { kind: 'duration', amount: 1, unit: 'month' },
    neighborhoodIds: [],
    packageCodes: [],
    ...overrides,
  };
}

export async function createResolution(t: TestApp, session: TestSession, meetingId: number, overrides: Partial<CreateResolutionBody> = {}): Promise<Resolution> {
  const response = await t.app.inject({ method: 'POST', url: `/api/v1/meetings/${meetingId}/resolutions`, headers: session.headers, payload: buildResolutionBody(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Resolution;
}
