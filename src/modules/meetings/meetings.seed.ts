import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { addDays, daysBetween, todayIso } from '../../lib/dates.ts';
import { type Random, seededRandom } from '../../lib/random.ts';
import { dateInputSchema } from '../../lib/iso-date.ts';
import { formatJalali, jalaliWeekdayFa, persianOrdinalWords, toJalali, toPersianDigits } from '../../lib/persian/index.ts';
import type { RequestContext } from '../../lib/scope.ts';
import { findUserByUsername } from '../users/index.ts';
import { createBody } from './bodies.service.ts';
import { type DigestResult, runDailyDigest } from './digest.service.ts';
import { createFollowUp } from './follow-ups.service.ts';
import {
  absenceReasons,
  alborzBody,
  cancellationReasons,
  type DemoAttendee,
  type DemoBody,
  type DemoDeadline,
  type DemoMeeting,
  type DemoResolution,
  type DemoStory,
  doneTexts,
  extensionReasons,
  progressTexts,
  semnanBody,
  shahroudCouncil,
  stopReasons,
} from './meetings.demo-data.ts';
import * as repo from './meetings.repository.ts';
import { createBodyBodySchema, createMeetingBodySchema, type ReviewDecision, reviewDecisionBodySchema } from './meetings.schemas.ts';
import { createMeeting, findMeetingRow, setMeetingStatus } from './meetings.service.ts';
import { createFollowUpBodySchema, createResolutionBodySchema, type DeadlineInput, updateResolutionBodySchema } from './resolutions.schemas.ts';
import { createResolution, findResolutionRow, resolveDeadline, updateResolution } from './resolutions.service.ts';
import { decideReview } from './reviews.service.ts';

// The demo's meetings and resolutions, made through the services as the secretariats and the
// agencies would have made them, in the order they happened: each meeting reviews what the
// earlier ones left open, and every follow-up carries the day it was reported.

/** The bodies the demo loads, each with its own seed for the generator. */
const demoBodies: readonly { body: DemoBody; seed: number }[] = [
  { body: alborzBody, seed: 30 },
  { body: semnanBody, seed: 20 },
  { body: shahroudCouncil, seed: 2003 },
];

/** Days after its last meeting that a fixed history's follow-ups stop. */
const historyTailDays = 60;

export interface DemoMeetingsResult {
  bodies: number;
  meetings: number;
  resolutions: number;
  followUps: number;
  digest: DigestResult;
}


// ---- Planning: dates, and what happens to each resolution ------------------------------------

interface PlannedReport {
  date: string;
  progress: number;
  text: string;
  /** The agency's demo user; null when the agency has none and the secretariat records the progress. */
  reporter: string | null;
}

interface PlannedDecision {
  decision: ReviewDecision;
  newDeadline?: string;
  newLead?: string;
  reason: string;
  /** The meeting heard that the work stopped: the secretariat marks it stopped after deciding. */
  stop?: boolean;
}

interface PlannedResolution {
  seed: DemoResolution;
  deadline: DeadlineInput;
  reports: PlannedReport[];
  /** Decisions by the index of the meeting that reviews it. */
  decisions: Map<number, PlannedDecision>;
  id?: number;
}

interface PlannedMeeting {
  seed: DemoMeeting;
  index: number;
  heldOn: string;
  invitationDate: string;
  invitationNumber: string;
  startTime: string;
  approved: boolean;
  attendees: DemoAttendee[];
  resolutions: PlannedResolution[];
}

function isoDate(jalaliOrIso: string): string {
  return dateInputSchema.parse(jalaliOrIso);
}

function deadlineInput(deadline: DemoDeadline): DeadlineInput {
  if ('date' in deadline) return { kind: 'date', date: isoDate(deadline.date) };
  if ('months' in deadline) return { kind: 'duration', amount: deadline.months, unit: 'month' };
  if ('weeks' in deadline) return { kind: 'duration', amount: deadline.weeks, unit: 'week' };
  return { kind: 'duration', amount: deadline.days, unit: 'day' };
}

/**
 * Meetings keep office days: none on a Thursday or a Friday, and none in the Nowruz holidays
 * (1–13 Farvardin), which move them later. The newest meetings move a day at most, so that
 * their deadlines still fall due in the week after loading.
 */
function officeDay(date: string, recent: boolean): string {
  if (recent) {
    const weekday = jalaliWeekdayFa(date);
    return weekday === 'جمعه' ? addDays(date, 1) : weekday === 'پنج‌شنبه' ? addDays(date, -1) : date;
  }
  const { month, day } = toJalali(date);
  let moved = month === 1 && day <= 13 ? addDays(date, 14 - day) : date;
  while (['پنج‌شنبه', 'جمعه'].includes(jalaliWeekdayFa(moved))) moved = addDays(moved, 1);
  return moved;
}

/** Meeting dates: as written for a fixed history, or counted back from today. */
function meetingDates(body: DemoBody, random: Random, today: string): string[] {
  const count = body.meetings.length;
  return body.meetings.map((meeting, index) => {
    if (meeting.heldOn) return isoDate(meeting.heldOn);
    if (!body.schedule) throw new Error(`Demo body ${body.nameFa}: meeting ${index + 1} has no date and the body no schedule`);
    const age = count - 1 - index;
    // The two newest keep their exact spacing: their deadlines are the ones falling due now.
    const jitter = age < 2 ? 0 : random.int(-4, 4);
    return officeDay(addDays(today, -(body.schedule.newestDaysAgo + age * body.schedule.everyDays + jitter)), age < 2);
  });
}

/** Most members attend; now and then one sends a deputy and one is away. */
function generatedAttendees(body: DemoBody, random: Random): DemoAttendee[] {
  const members: DemoAttendee[] = body.members.map((member) => ({ kind: 'member', agencyCode: member.agency, position: member.position }));
  const absent = random.int(0, 9) < 3 ? random.int(0, members.length - 1) : -1;
  const deputy = random.int(0, 9) < 3 ? random.int(0, members.length - 1) : -1;
  if (absent >= 0) Object.assign(members[absent]!, { presence: 'absent', reason: random.pick(absenceReasons) });
  if (deputy >= 0 && deputy !== absent) Object.assign(members[deputy]!, { presence: 'substitute', substituteName: 'معاون اداره کل', reason: random.pick(absenceReasons) });
  return [
    { kind: 'member', agencyCode: 'governorate', position: body.chair },
    { kind: 'member', agencyCode: 'governorate', position: body.secretary },
    ...members,
  ];
}

/** Unwritten stories are drawn by age: old resolutions have mostly ended, new ones are mostly open. */
function drawStory(random: Random, meetingsAfter: number): DemoStory {
  if (meetingsAfter >= 3) return random.weighted<DemoStory>({ on_time: 50, late: 35, extended: 15 });
  if (meetingsAfter >= 1) return random.weighted<DemoStory>({ on_time: 40, late: 25, extended: 10, in_progress: 25 });
  return random.weighted<DemoStory>({ on_time: 30, late: 15, in_progress: 35, not_started: 20 });
}

function defaultDeadline(story: DemoStory, reported: boolean, random: Random): DemoDeadline {
  switch (story) {
    case 'on_time':
      // Without a reporter, the next meeting closes it: the deadline must leave room for that.
      return reported ? random.pick([{ weeks: 3 }, { months: 1 }, { days: 45 }, { months: 2 }]) : random.pick([{ months: 2 }, { days: 60 }, { days: 75 }, { months: 3 }]);
    case 'late':
      return random.pick([{ weeks: 2 }, { days: 20 }, { months: 1 }]);
    case 'extended':
      return random.pick([{ weeks: 3 }, { months: 1 }]);
    case 'stopped':
      return random.pick([{ months: 2 }, { months: 3 }]);
    case 'in_progress':
      return random.pick([{ months: 1 }, { days: 45 }, { months: 2 }]);
    default:
      return random.pick([{ weeks: 3 }, { months: 1 }]);
  }
}

interface PlanContext {
  body: DemoBody;
  random: Random;
  dates: string[];
  index: number;
  /** The last day a follow-up may carry. */
  cap: string;
}

/**
 * What happens to one resolution: the agency's reports (dated), and the decisions of the meetings
 * that review it. An agency with a demo user reports its own work; for the others, the meetings
 * close, extend, reassign or cancel, and the secretariat records progress it hears of.
 */
function planResolution(seed: DemoResolution, context: PlanContext): PlannedResolution {
  const { body, random, dates, index, cap } = context;
  const heldOn = dates[index]!;
  const nextOn = (k: number): string | undefined => dates[index + k];
  const reporter = seed.reportedBy ?? body.reporters[seed.lead] ?? null;
  const story = seed.story ?? drawStory(random, dates.length - 1 - index);
  let deadline = deadlineInput(seed.deadline ?? defaultDeadline(story, reporter !== null, random));
  let due = resolveDeadline(deadline, heldOn).date;
  const following = nextOn(1);
  if (story === 'on_time' && reporter === null && !seed.deadline && following && following > due) {
    deadline = { kind: 'duration', amount: daysBetween(heldOn, following) + random.int(5, 20), unit: 'day' };
    due = resolveDeadline(deadline, heldOn).date;
  }
  const span = daysBetween(heldOn, due);
  const plan: PlannedResolution = { seed, deadline, reports: [], decisions: new Map() };
  const report = (day: number, progress: number, by: string | null = reporter, text?: string): void => {
    const date = addDays(heldOn, Math.max(0, day));
    if (date > cap) return;
    const fallback = progress === 100 ? (seed.report ?? random.pick(doneTexts)) : random.pick(progressTexts);
    plan.reports.push({ date, progress, text: text ?? fallback, reporter: by });
  };
  const decide = (k: number, decision: PlannedDecision): void => {
    if (nextOn(k) !== undefined) plan.decisions.set(index + k, decision);
  };
  /** The first meeting (1, 2, …) held after the date, or on it. */
  const firstMeetingFrom = (date: string): number => {
    for (let k = 1; nextOn(k) !== undefined; k++) if (nextOn(k)! >= date) return k;
    return 1;
  };

  if (seed.reports) {
    for (const given of seed.reports) report(given.day, given.progress, reporter, given.text);
    return plan;
  }
  switch (story) {
    case 'on_time':
      if (reporter === null) decide(1, { decision: 'closed', reason: '' });
      else {
        if (span >= 10 && random.int(0, 1) === 0) report(Math.round(span * 0.4), random.int(30, 60));
        report(span - random.int(1, Math.max(1, Math.floor(span * 0.3))), 100);
      }
      break;
    case 'late':
      if (reporter === null) decide(firstMeetingFrom(addDays(due, 5)), { decision: 'closed', reason: '' });
      else {
        if (random.int(0, 1) === 0) report(Math.round(span * 0.6), random.int(20, 50));
        // Late, and mostly reported before the next meeting would have to carry it over.
        const gap = following ? daysBetween(heldOn, following) - 1 : Infinity;
        const late = span + random.int(5, 35);
        report(late < gap || gap <= span + 3 ? late : random.int(span + 3, gap), 100);
      }
      break;
    case 'extended': {
      const k = firstMeetingFrom(addDays(due, -3));
      const at = nextOn(k);
      if (!at) break;
      const extended = addDays(at, seed.extendDays ?? random.pick([30, 45, 60]));
      const newDeadline = extended > addDays(due, 14) ? extended : addDays(due, 14);
      if (reporter !== null && span >= 10) report(Math.round(span * 0.5), random.int(20, 40));
      decide(k, { decision: 'extended', newDeadline, reason: seed.reason ?? random.pick(extensionReasons) });
      if (reporter === null) decide(k + 1, { decision: 'closed', reason: '' });
      else report(daysBetween(heldOn, at) + Math.max(3, Math.round(daysBetween(at, newDeadline) * 0.7)), 100);
      break;
    }
    case 'reassigned': {
      const at = nextOn(1);
      const newLead = seed.reassignTo;
      if (!at || !newLead) break;
      const newReporter = body.reporters[newLead] ?? null;
      decide(1, { decision: 'reassigned', newLead, newDeadline: addDays(at, 45), reason: seed.reason ?? 'موضوع در حیطه مأموریت دستگاه جدید است' });
      if (newReporter === null) decide(2, { decision: 'closed', reason: '' });
      else report(daysBetween(heldOn, at) + random.int(15, 40), 100, newReporter);
      break;
    }
    case 'in_progress': {
      const room = daysBetween(heldOn, cap);
      report(Math.min(Math.round(Math.max(span, 2) * 0.5), room - 1), seed.progress ?? random.int(20, 70));
      break;
    }
    case 'stopped':
      // Reported before the meeting that hears it has stopped: nothing is reported on a stopped one.
      report(Math.min(Math.round(span * 0.3), following ? daysBetween(heldOn, following) - 1 : span), seed.progress ?? random.int(10, 40));
      decide(1, { decision: 'continued', reason: seed.reason ?? random.pick(stopReasons), stop: true });
      break;
    case 'cancelled':
      decide(1, { decision: 'cancelled', reason: seed.reason ?? random.pick(cancellationReasons) });
      break;
    case 'not_started':
      break;
  }
  return plan;
}

function planBody(body: DemoBody, seed: number, today: string): PlannedMeeting[] {
  const random = seededRandom(seed);
  const dates = meetingDates(body, random, today);
  const last = dates[dates.length - 1]!;
  const tail = addDays(last, historyTailDays);
  const cap = body.schedule || tail > today ? today : tail;
  return body.meetings.map((meeting, index) => {
    const heldOn = dates[index]!;
    const context: PlanContext = { body, random, dates, index, cap };
    return {
      seed: meeting,
      index,
      heldOn,
      invitationDate: meeting.invitationDate ? isoDate(meeting.invitationDate) : addDays(heldOn, -random.int(2, 5)),
      invitationNumber: meeting.invitationNumber ?? `${body.invitationPrefix}/${toSerial(body, index, random)}`,
      startTime: meeting.startTime ?? random.pick(['08:00', '08:00', '09:00', '10:00']),
      // The newest meeting of a current body is still a draft: its minutes await approval.
      approved: !(body.schedule && index === dates.length - 1),
      attendees: meeting.attendees ?? generatedAttendees(body, random),
      resolutions: meeting.resolutions.map((resolution) => planResolution(resolution, context)),
    };
  });
}

function toSerial(body: DemoBody, index: number, random: Random): number {
  return (body.schedule ? 2000 : 30_000) + (index + 1) * 1000 + random.int(0, 999);
}

// ---- The minutes' words ----------------------------------------------------------------------

function timeInWords(startTime: string): string {
  const hour = Number(startTime.slice(0, 2));
  return hour < 12 ? `${toPersianDigits(String(hour))} صبح` : toPersianDigits(startTime);
}

function generatedNarrative(body: DemoBody, meeting: PlannedMeeting): string {
  const role = body.kind === 'social_hq' ? 'قرارگاه' : 'شورا';
  const topics = meeting.seed.agenda.map((title) => `«${title}»`).join(' و ');
  const paragraphs = [
    `${persianOrdinalWords(meeting.index + 1)} جلسه ${body.nameFa} ساعت ${timeInWords(meeting.startTime)} روز ${jalaliWeekdayFa(meeting.heldOn)} ${formatJalali(meeting.heldOn)} در ${body.place} به ریاست ${body.chair} و با حضور اعضا برگزار شد.`,
    `پس از تلاوت آیاتی از کلام‌الله مجید، دبیر ${role} دستور جلسه را قرائت کرد و ${topics} مطرح شد؛ دستگاه‌های مسئول گزارش اقدامات خود را ارائه کردند.`,
  ];
  if (meeting.index > 0) paragraphs.push(`سپس گزارش پیگیری مصوبات جلسات گذشته ارائه و درباره مصوبات باز تصمیم‌گیری شد.`);
  if (meeting.seed.note) paragraphs.push(meeting.seed.note);
  paragraphs.push('در پایان، پس از بحث و تبادل نظر، موارد زیر به تصویب رسید.');
  return paragraphs.join('\n\n');
}

// ---- Loading ---------------------------------------------------------------------------------

/** The demo users who act in the demo, as request contexts. */
async function demoContexts(db: Kysely<Database>, usernames: Iterable<string>): Promise<Map<string, RequestContext>> {
  const contexts = new Map<string, RequestContext>();
  for (const username of new Set(usernames)) {
    const user = await findUserByUsername(db, username);
    if (!user) throw new Error(`The demo meetings need the demo user "${username}": load the demo users first`);
    contexts.set(username, { actor: { userId: user.id, username: user.username, role: user.role, scope: user.scope, agencyCode: user.agencyCode }, ip: null });
  }
  return contexts;
}

/** Neighbourhood ids by code: the demo data names neighbourhoods by their codes. */
async function neighborhoodIds(db: Kysely<Database>, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  // A read of the geography module's table: its index offers no lookup by code (the geography seed reads it the same way).
  const rows = await db.selectFrom('neighborhoods').select(['id', 'code']).where('code', 'in', codes).execute();
  return new Map(rows.map((row) => [row.code, row.id]));
}

interface LoadStep {
  date: string;
  order: number;
  run: () => Promise<void>;
}

class BodyLoader {
  followUps = 0;
  resolutions = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly body: DemoBody,
    private readonly meetings: PlannedMeeting[],
    private readonly contexts: Map<string, RequestContext>,
    private readonly neighborhoods: Map<string, number>,
  ) {}

  private get secretariat(): RequestContext {
    return this.contexts.get(this.body.secretariat)!;
  }

  async load(): Promise<void> {
    const created = await createBody(
      this.db,
      this.secretariat,
      createBodyBodySchema.parse({
        nameFa: this.body.nameFa,
        kind: this.body.kind,
        level: this.body.level,
        provinceCode: this.body.provinceCode,
        countyCode: this.body.countyCode,
        chair: this.body.chair,
        secretary: this.body.secretary,
        memberAgencyCodes: ['governorate', ...this.body.members.map((member) => member.agency)],
      }),
    );
    // Meetings first on a day, then the reports of that day; ties keep the order of planning.
    const events: LoadStep[] = [];
    for (const meeting of this.meetings) {
      events.push({ date: meeting.heldOn, order: 0, run: () => this.holdMeeting(created.id, meeting) });
      for (const resolution of meeting.resolutions) {
        for (const report of resolution.reports) events.push({ date: report.date, order: 1, run: () => this.report(resolution, report) });
      }
    }
    events.sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));
    for (const event of events) await event.run();
  }

  private resolutionById(id: number): PlannedResolution | undefined {
    for (const meeting of this.meetings) for (const resolution of meeting.resolutions) if (resolution.id === id) return resolution;
    return undefined;
  }

  private async holdMeeting(bodyId: number, meeting: PlannedMeeting): Promise<void> {
    const { seed } = meeting;
    const created = await createMeeting(
      this.db,
      this.secretariat,
      createMeetingBodySchema.parse({
        bodyId,
        heldOn: meeting.heldOn,
        startTime: meeting.startTime,
        place: seed.place ?? this.body.place,
        invitationNumber: meeting.invitationNumber,
        invitationDate: meeting.invitationDate,
        chair: seed.chair,
        secretary: seed.secretary,
        narrative: seed.narrative ?? generatedNarrative(this.body, meeting),
        status: 'held',
        agenda: seed.agenda.map((title) => ({ title })),
        attendees: meeting.attendees,
      }),
    );
    // The carried-over resolutions: what the plan says is decided, and approved minutes record
    // every other one as continued. A draft leaves those for its secretary to decide.
    for (const review of created.reviews) {
      const planned = this.resolutionById(review.resolutionId)?.decisions.get(meeting.index);
      if (!planned && !meeting.approved) continue;
      const decision = planned ?? { decision: 'continued' as const, reason: '' };
      await decideReview(
        this.db,
        this.secretariat,
        created.id,
        review.id,
        reviewDecisionBodySchema.parse({ decision: decision.decision, newDeadline: decision.newDeadline, newLeadAgencyCode: decision.newLead, reason: decision.reason }),
      );
      if (decision.stop) {
        const row = await findResolutionRow(this.db, this.secretariat, review.resolutionId);
        await updateResolution(this.db, this.secretariat, row.id, updateResolutionBodySchema.parse({ version: row.version, status: 'stopped' }));
      }
    }
    for (const resolution of meeting.resolutions) {
      const { seed: row } = resolution;
      const result = await createResolution(
        this.db,
        this.secretariat,
        created.id,
        createResolutionBodySchema.parse({
          text: row.text,
          leadAgencyCode: row.lead,
          coAgencyCodes: row.co ?? [],
          deadline: resolution.deadline,
          neighborhoodIds: (row.neighborhoods ?? []).map((code) => {
            const id = this.neighborhoods.get(code);
            if (id === undefined) throw new Error(`Demo resolution names unknown neighbourhood ${code}`);
            return id;
          }),
          packageCodes: row.packages ?? [],
        }),
      );
      resolution.id = result.id;
      this.resolutions += 1;
    }
    if (meeting.approved) {
      const { version } = await findMeetingRow(this.db, this.secretariat, created.id);
      // Minutes are approved about a week after the meeting (never later than today).
      const weekLater = addDays(meeting.heldOn, 7);
      await setMeetingStatus(this.db, this.secretariat, created.id, { version, status: 'approved', approvedOn: weekLater < todayIso() ? weekLater : todayIso() });
    }
  }

  private async report(resolution: PlannedResolution, report: PlannedReport): Promise<void> {
    const id = resolution.id!;
    if (report.reporter === null) {
      // No demo user for the agency: the secretariat records the progress the agency reported.
      const row = await findResolutionRow(this.db, this.secretariat, id);
      await updateResolution(this.db, this.secretariat, id, updateResolutionBodySchema.parse({ version: row.version, status: 'in_progress', progress: report.progress }));
      return;
    }
    const context = this.contexts.get(report.reporter)!;
    await createFollowUp(this.db, context, id, createFollowUpBodySchema.parse({ reportedOn: report.date, text: report.text, progress: report.progress }));
    this.followUps += 1;
  }
}

/**
 * Loads the demo's deciding bodies — Alborz's social headquarters with the seed's 23rd meeting
 * and the 22 before it, Semnan's with 22 meetings dated back from today, and Shahroud's county
 * council — with their resolutions, reviews and follow-ups, all through the services and as the
 * demo users; then runs the daily digest once so that reminders exist. Needs the demo users and
 * neighbourhoods; does nothing (returns null) when any body exists.
 */
export async function loadDemoMeetings(db: Kysely<Database>): Promise<DemoMeetingsResult | null> {
  const today = todayIso();
  if ((await repo.listBodies(db, { all: true }, { asOf: today })).length > 0) return null;
  const plans = demoBodies.map(({ body, seed }) => ({ body, meetings: planBody(body, seed, today) }));
  const contexts = await demoContexts(
    db,
    plans.flatMap(({ body, meetings }) => [
      body.secretariat,
      ...Object.values(body.reporters),
      ...meetings.flatMap((meeting) => meeting.resolutions.flatMap((resolution) => resolution.reports.flatMap((report) => report.reporter ?? []))),
    ]),
  );
  const neighborhoods = await neighborhoodIds(db, [...new Set(plans.flatMap(({ body }) => body.meetings.flatMap((meeting) => meeting.resolutions.flatMap((row) => row.neighborhoods ?? []))))]);
  const result = { bodies: 0, meetings: 0, resolutions: 0, followUps: 0 };
  for (const { body, meetings } of plans) {
    const loader = new BodyLoader(db, body, meetings, contexts, neighborhoods);
    await loader.load();
    result.bodies += 1;
    result.meetings += meetings.length;
    result.resolutions += loader.resolutions;
    result.followUps += loader.followUps;
  }
  return { ...result, digest: await runDailyDigest(db, today) };
}
