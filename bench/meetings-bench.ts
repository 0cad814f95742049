/**
 * The issue 3 section of `npm run bench`: 2,000 meetings and 50,000 resolutions over 31
 * provinces, measured over HTTP against the bundled server —
 * - the tracker, a page of 50 under a mix of realistic filters, as the admin (whole country) and
 *   as a provincial secretariat (one province, national bodies and its county councils);
 * - the agency scorecard: whole country, one province, one body;
 * - the minutes of a meeting with 40 resolutions as .docx;
 * baseline: the same repository queries (listTracker, scorecardRows) and the .docx rendering
 * in-process, without HTTP, on the same database.
 */
import { type Kysely, sql } from 'kysely';
import type { DatabaseHandle } from '../src/db/connection.ts';
import type { Database } from '../src/db/types.ts';
import { addDays, todayIso } from '../src/lib/dates.ts';
import { fromJalali } from '../src/lib/persian/index.ts';
import type { Scope } from '../src/lib/scope.ts';
import { neighborhoodCount } from '../src/modules/geography/index.ts';
import { scopeArea } from '../src/modules/meetings/meetings.area.ts';
import { renderMinutesDocx } from '../src/modules/meetings/meetings.docx.ts';
import type { Meeting } from '../src/modules/meetings/meetings.schemas.ts';
import { listTracker, scorecardRows } from '../src/modules/meetings/resolutions.repository.ts';
import { trackerQuerySchema } from '../src/modules/meetings/resolutions.schemas.ts';
import { trackerFilter } from '../src/modules/meetings/tracker.service.ts';
import { createUser } from '../src/modules/users/index.ts';
import { ensureAdmin, prepareDatabase } from '../src/server/bootstrap.ts';
import { type LatencySummary, loginCookie, startServer, summarize } from './harness.ts';
import { insertSyntheticMeetings, type SyntheticMeetings } from './synthetic-meetings.ts';
import { insertSyntheticNeighborhoods } from './synthetic-neighborhoods.ts';

export interface MeetingsBenchOptions {
  env: NodeJS.ProcessEnv;
  open: () => Promise<DatabaseHandle>;
  port: number;
  adminPassword: string;
  /** Neighbourhoods to create first when the database has none (for the resolutions' links). */
  neighborhoods: number;
  /** Requests per tracker filter and user; per scorecard row; for the .docx. */
  requestsPerFilter: number;
  scorecardRequests: number;
  docxRequests: number;
  /** Indexes to drop after loading (comparison runs). */
  dropIndexes: string[];
}

/** A filter's latency, and how many resolutions its first request matched (median over its values). */
export interface FilterSummary extends LatencySummary {
  medianTotal: number;
}

export interface TrackerResult {
  /** All filters together (the p95 the requirement is about). */
  mix: LatencySummary;
  byFilter: Record<string, FilterSummary>;
}

export interface MeetingsResult {
  data: Omit<SyntheticMeetings, 'bodies' | 'agencies'> & {
    bodies: number;
    neighborhoods: number;
    secretariatProvince: string;
    secretariatVisibleResolutions: number;
    droppedIndexes: string[];
  };
  tracker: { admin: TrackerResult; secretariat: TrackerResult };
  scorecard: Record<'country' | 'secretariatProvince' | 'adminProvince' | 'body', LatencySummary>;
  minutesDocx: { http: LatencySummary; bytes: number; resolutions: number };
  baseline: {
    tracker: { admin: TrackerResult; secretariat: TrackerResult };
    scorecard: Record<'country' | 'secretariatProvince', LatencySummary>;
    renderDocx: LatencySummary;
  };
}

// The secretariat of Tehran: the largest province, so the heaviest common case.
const secretariatProvince = '23';
const secretariatPassword = 'bench-secretariat-password';
const searches = ['مهارت', 'ولیعصر', 'اشتغال', 'آب شرب', 'خیرین', 'کودکان', 'بیمه', 'مسکونی', 'فجر', 'هوش مصنوعی'];
const statuses = ['in_progress', 'not_started', 'done'];

interface Labelled {
  label: string;
  query: string;
}

/** Round-robin over the filters, so that every filter sees the same cache and JIT state. */
function interleave(filters: Record<string, (i: number) => string>, perFilter: number): Labelled[] {
  const list: Labelled[] = [];
  for (let i = 0; i < perFilter; i++) for (const [label, query] of Object.entries(filters)) list.push({ label, query: query(i) });
  return list;
}

async function fetchOk(url: string, cookie: string): Promise<Response> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response;
}

/** Times `run` over the list; the first tenth warms caches and the JIT and is not counted. */
async function timeLabelled(list: Labelled[], run: (item: Labelled) => Promise<number | null>): Promise<TrackerResult> {
  const samples = new Map<string, number[]>();
  const totals = new Map<string, number[]>();
  const all: number[] = [];
  for (const [index, item] of list.entries()) {
    const started = performance.now();
    const total = await run(item);
    const elapsed = performance.now() - started;
    if (total !== null) totals.set(item.label, [...(totals.get(item.label) ?? []), total]);
    if (index < list.length / 10) continue;
    all.push(elapsed);
    samples.set(item.label, [...(samples.get(item.label) ?? []), elapsed]);
  }
  const byFilter: Record<string, FilterSummary> = {};
  for (const [label, values] of samples) {
    const matched = [...(totals.get(label) ?? [])].sort((a, b) => a - b);
    byFilter[label] = { ...summarize(values), medianTotal: matched[Math.floor(matched.length / 2)] ?? 0 };
  }
  return { mix: summarize(all), byFilter };
}

async function timeRepeated(count: number, run: (i: number) => Promise<unknown>): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run(i);
    if (i >= count / 10) samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/** The tracker filters a user applies; `province` only for a user who sees several provinces. */
function trackerFilters(data: SyntheticMeetings, bodyIds: number[], provinces: string[] | null): Record<string, (i: number) => string> {
  const windowStart = fromJalali(1399, 1, 1);
  const agencies = data.agencies;
  const province = (i: number) => (provinces ? `province=${provinces[(i * 7) % provinces.length]}&` : '');
  return {
    [provinces ? 'province + status' : 'status']: (i) => `${province(i)}status=${statuses[i % statuses.length]}`,
    [provinces ? 'province + overdue' : 'overdue']: (i) => `${province(i)}overdue=true`,
    'agency + open': (i) => `agency=${agencies[i % agencies.length]}&open=true`,
    body: (i) => `body=${bodyIds[i % bodyIds.length]}`,
    'deadline range (3 months)': (i) => {
      const from = addDays(windowStart, (i * 97) % 2300);
      return `deadlineFrom=${from}&deadlineTo=${addDays(from, 91)}`;
    },
    'q search': (i) => `q=${encodeURIComponent(searches[i % searches.length]!)}`,
    'sort=delay': (i) => (i % 2 === 0 ? 'sort=delay' : 'open=true&sort=delay'),
    'no filter, pages 1–5': (i) => `page=${(i % 5) + 1}`,
  };
}

async function baselineTracker(db: Kysely<Database>, scope: Scope, list: Labelled[]): Promise<TrackerResult> {
  return timeLabelled(list, async ({ query }) => {
    const parsed = trackerQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
    const filter = trackerFilter(parsed, parsed.pageSize, (parsed.page - 1) * parsed.pageSize);
    const { total } = await listTracker(db, await scopeArea(db, scope), filter);
    return total;
  });
}

export async function benchMeetings(options: MeetingsBenchOptions): Promise<MeetingsResult> {
  const handle = await options.open();
  let data: SyntheticMeetings;
  let neighborhoods: number;
  let secretariatVisible: number;
  let baseline: Omit<MeetingsResult['baseline'], 'renderDocx'>;
  let adminList: Labelled[];
  let secretariatList: Labelled[];
  const secretariatScope: Scope = { level: 'province', codes: [secretariatProvince] };
  const countryScope: Scope = { level: 'country', codes: [] };
  try {
    await prepareDatabase(handle.db);
    await ensureAdmin(handle.db, { TAVANA_ADMIN_PASSWORD: options.adminPassword });
    if ((await neighborhoodCount(handle.db)) === 0) await insertSyntheticNeighborhoods(handle.db, options.neighborhoods);
    neighborhoods = await neighborhoodCount(handle.db);
    process.stderr.write('  inserting synthetic meetings…\n');
    data = await insertSyntheticMeetings(handle.db, { minutesProvince: secretariatProvince });
    process.stderr.write(`  ${data.meetings} meetings, ${data.resolutions} resolutions in ${data.insertMs} ms\n`);
    // BENCH_DROP_INDEXES=a,b: measure without some indexes, to see what each is worth.
    for (const index of options.dropIndexes) await sql`drop index ${sql.id(index)}`.execute(handle.db);
    await createUser(handle.db, null, {
      username: 'bench-secretariat',
      displayName: 'دبیرخانه قرارگاه اجتماعی استان تهران',
      password: secretariatPassword,
      role: 'province_secretariat',
      scope: secretariatScope,
      agencyCode: 'governorate',
    });

    const provinces = [...new Set(data.bodies.map((body) => body.provinceCode).filter((code): code is string => code !== null))];
    const hqIds = data.bodies.filter((body) => body.kind === 'social_hq').map((body) => body.id);
    const secretariatBodies = data.bodies.filter((body) => body.provinceCode === null || body.provinceCode === secretariatProvince).map((body) => body.id);
    adminList = interleave(trackerFilters(data, [...hqIds, ...data.bodies.filter((body) => body.kind !== 'social_hq').map((body) => body.id)], provinces), options.requestsPerFilter);
    secretariatList = interleave(trackerFilters(data, secretariatBodies, null), options.requestsPerFilter);
    secretariatVisible = (await listTracker(handle.db, await scopeArea(handle.db, secretariatScope), trackerFilter(trackerQuerySchema.parse({}), 1, 0))).total;

    process.stderr.write('  baseline in-process…\n');
    const asOf = todayIso();
    baseline = {
      tracker: { admin: await baselineTracker(handle.db, countryScope, adminList), secretariat: await baselineTracker(handle.db, secretariatScope, secretariatList) },
      scorecard: {
        country: await timeRepeated(options.scorecardRequests, async () => scorecardRows(handle.db, await scopeArea(handle.db, countryScope), { asOf })),
        secretariatProvince: await timeRepeated(options.scorecardRequests, async () => scorecardRows(handle.db, await scopeArea(handle.db, secretariatScope), { asOf })),
      },
    };
  } finally {
    await handle.close();
  }

  const server = await startServer(options.env, options.port);
  try {
    const admin = await loginCookie(server.url, 'admin', options.adminPassword);
    const secretariat = await loginCookie(server.url, 'bench-secretariat', secretariatPassword);
    const trackerOver = (cookie: string) => async (item: Labelled) => {
      const response = await fetchOk(`${server.url}/api/v1/resolutions?pageSize=50&${item.query}`, cookie);
      return ((await response.json()) as { total: number }).total;
    };
    process.stderr.write('  tracker over HTTP…\n');
    const tracker = { admin: await timeLabelled(adminList, trackerOver(admin)), secretariat: await timeLabelled(secretariatList, trackerOver(secretariat)) };

    process.stderr.write('  scorecards over HTTP…\n');
    const scorecard = async (cookie: string, query: (i: number) => string) =>
      timeRepeated(options.scorecardRequests, async (i) => (await fetchOk(`${server.url}/api/v1/scorecards/agencies${query(i)}`, cookie)).arrayBuffer());
    const provinces = data.bodies.filter((body) => body.kind === 'social_hq').map((body) => body.provinceCode);
    const hqIds = data.bodies.filter((body) => body.kind === 'social_hq').map((body) => body.id);
    const scorecards = {
      country: await scorecard(admin, () => ''),
      secretariatProvince: await scorecard(secretariat, () => ''),
      adminProvince: await scorecard(admin, (i) => `?province=${provinces[i % provinces.length]}`),
      body: await scorecard(admin, (i) => `?body=${hqIds[i % hqIds.length]}`),
    };

    process.stderr.write('  minutes .docx…\n');
    const meetingUrl = `${server.url}/api/v1/meetings/${data.minutesMeetingId}`;
    const meeting = (await (await fetchOk(meetingUrl, admin)).json()) as Meeting;
    if (meeting.resolutions.length !== 40) throw new Error(`the minutes meeting has ${meeting.resolutions.length} resolutions, not 40`);
    let bytes = 0;
    const http = await timeRepeated(options.docxRequests, async () => {
      bytes = (await (await fetchOk(`${meetingUrl}/minutes.docx`, admin)).arrayBuffer()).byteLength;
    });
    const renderDocx = await timeRepeated(options.docxRequests, () => renderMinutesDocx(meeting));

    const { bodies, agencies: _agencies, ...rest } = data;
    return {
      data: { ...rest, bodies: bodies.length, neighborhoods, secretariatProvince, secretariatVisibleResolutions: secretariatVisible, droppedIndexes: options.dropIndexes },
      tracker,
      scorecard: scorecards,
      minutesDocx: { http, bytes, resolutions: meeting.resolutions.length },
      baseline: { ...baseline, renderDocx },
    };
  } finally {
    await server.stop();
  }
}

const cell = (s: LatencySummary) => `${s.medianMs} / ${s.p95Ms}`;

/** The Markdown tables for bench/RESULTS.md. */
export function meetingsMarkdown(results: { database: string; meetings: MeetingsResult }[]): string {
  const first = results[0]?.meetings;
  if (!first) return '';
  const d = first.data;
  const columns = results.map((r) => r.database);
  const head = ['| measurement (p50 / p95 ms) |', ...columns.map((c) => ` ${c} HTTP | ${c} in-process |`)].join('');
  const rule = `|---|${columns.map(() => '---|---|').join('')}`;
  const row = (label: string, http: (m: MeetingsResult) => LatencySummary | undefined, base: (m: MeetingsResult) => LatencySummary | undefined) =>
    `| ${label} |${results
      .map((r) => {
        const h = http(r.meetings);
        const b = base(r.meetings);
        return ` ${h ? cell(h) : '–'} | ${b ? cell(b) : '–'} |`;
      })
      .join('')}`;
  const lines = [
    `Data: ${d.bodies} bodies, ${d.meetings.toLocaleString('en')} meetings (${d.plannedMeetings} planned), ${d.resolutions.toLocaleString('en')} resolutions ` +
      `(${Object.entries(d.statuses)
        .map(([status, count]) => `${status} ${count.toLocaleString('en')}`)
        .join(', ')}; ${d.openOverdue.toLocaleString('en')} open and overdue), ${d.followUps.toLocaleString('en')} follow-ups, ` +
      `${d.neighborhoodLinks.toLocaleString('en')} neighbourhood links (${d.neighborhoods.toLocaleString('en')} neighbourhoods), ${d.attendees.toLocaleString('en')} attendees, ${d.agendaItems.toLocaleString('en')} agenda items; ` +
      `the secretariat (province ${d.secretariatProvince}) sees ${d.secretariatVisibleResolutions.toLocaleString('en')} resolutions. Synthetic data inserted in ${results.map((r) => `${r.meetings.data.insertMs} ms (${r.database})`).join(', ')}.` +
      (d.droppedIndexes.length ? ` **Without the indexes ${d.droppedIndexes.join(', ')}** (BENCH_DROP_INDEXES).` : ''),
    '',
    head,
    rule,
    row('tracker, admin, mix of filters', (m) => m.tracker.admin.mix, (m) => m.baseline.tracker.admin.mix),
    row('tracker, secretariat, mix of filters', (m) => m.tracker.secretariat.mix, (m) => m.baseline.tracker.secretariat.mix),
    row('scorecard, whole country (admin)', (m) => m.scorecard.country, (m) => m.baseline.scorecard.country),
    row('scorecard, own province (secretariat)', (m) => m.scorecard.secretariatProvince, (m) => m.baseline.scorecard.secretariatProvince),
    row('scorecard, ?province= (admin)', (m) => m.scorecard.adminProvince, () => undefined),
    row('scorecard, ?body= (admin)', (m) => m.scorecard.body, () => undefined),
    row('minutes .docx, 40 resolutions', (m) => m.minutesDocx.http, (m) => m.baseline.renderDocx),
    '',
    'Tracker by filter (page of 50; p50 / p95 ms; median rows matched in brackets):',
    '',
    `| filter |${columns.map((c) => ` ${c} admin | ${c} secretariat |`).join('')}`,
    `|---|${columns.map(() => '---|---|').join('')}`,
  ];
  const labels = Object.keys(first.tracker.admin.byFilter);
  const secretariatLabels = Object.keys(first.tracker.secretariat.byFilter);
  labels.forEach((label, index) => {
    const secretariatLabel = secretariatLabels[index] ?? label;
    const show = (s: FilterSummary | undefined) => (s ? `${cell(s)} (${s.medianTotal.toLocaleString('en')})` : '–');
    lines.push(
      `| ${label === secretariatLabel ? label : `${label} / ${secretariatLabel}`} |${results
        .map((r) => ` ${show(r.meetings.tracker.admin.byFilter[label])} | ${show(r.meetings.tracker.secretariat.byFilter[secretariatLabel])} |`)
        .join('')}`,
    );
  });
  return lines.join('\n');
}
