/**
 * Synthetic meetings and resolutions for the benchmark (issue 3): deciding bodies (a social
 * headquarters per province, national working groups, county councils), 2,000 meetings over
 * 1399–1405 and 50,000 resolutions with follow-ups, attendance, agenda and neighbourhood links.
 * Rows are built in JavaScript with a seeded generator (the same data on every run) and inserted
 * a few thousand at a time as one JSON parameter (`json_populate_recordset`), which is fast on
 * both PGlite and PostgreSQL. Benchmark data only: the services' checks are bypassed.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../src/db/types.ts';
import { addDays, daysBetween, todayIso } from '../src/lib/dates.ts';
import { fromJalali } from '../src/lib/persian/index.ts';
import { resolutionSearchText } from '../src/modules/meetings/resolutions.service.ts';

export interface SyntheticMeetingsOptions {
  meetings?: number;
  resolutions?: number;
  followUps?: number;
  /** The province whose headquarters holds the meeting with exactly 40 resolutions. */
  minutesProvince?: string;
  seed?: number;
}

export interface SyntheticMeetings {
  bodies: { id: number; kind: string; level: string; provinceCode: string | null; countyCode: string | null; meetings: number }[];
  meetings: number;
  plannedMeetings: number;
  resolutions: number;
  followUps: number;
  neighborhoodLinks: number;
  attendees: number;
  agendaItems: number;
  /** A held, approved meeting with exactly 40 resolutions (the minutes .docx measurement). */
  minutesMeetingId: number;
  /** Lead agencies used, most frequent first. */
  agencies: string[];
  /** Resolution status → count. */
  statuses: Record<string, number>;
  openOverdue: number;
  insertMs: number;
}

/** mulberry32: a small seeded generator, so every run has the same data. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

// Lead agencies and how often each leads (about twenty, as in the provinces' minutes).
const leadAgencies = [
  ['welfare', 10],
  ['relief-committee', 10],
  ['governorate', 8],
  ['setad', 6],
  ['ministry-of-health', 6],
  ['ministry-of-education', 6],
  ['red-crescent', 5],
  ['ministry-of-labour', 5],
  ['tvto', 5],
  ['housing-foundation', 5],
  ['ministry-of-roads', 4],
  ['social-affairs', 4],
  ['ministry-of-culture', 3],
  ['endowments', 3],
  ['police', 3],
  ['judiciary', 2],
  ['mosque-centres', 2],
  ['universities', 2],
  ['charities', 2],
  ['statistical-centre', 1],
] as const;

const actions: readonly (readonly [string, string | null])[] = [
  ['شناسایی و ثبت خانوارهای نیازمند و فاقد پوشش حمایتی', null],
  ['برگزاری دوره‌های آموزش مهارت فنی و حرفه‌ای برای جوانان', 'employment'],
  ['تکمیل پرونده سلامت و غربالگری کودکان زیر شش سال', 'early-childhood'],
  ['بهسازی معابر و روشنایی کوچه‌ها', 'housing'],
  ['تأمین اقلام بهداشتی و سبد غذایی خانوارهای تحت پوشش', 'nutrition'],
  ['راه‌اندازی زمین ورزشی و فضای بازی کودکان', 'sport-recreation'],
  ['ساماندهی کودکان بازمانده از تحصیل و ثبت‌نام آنان در مدارس', null],
  ['پرداخت تسهیلات اشتغال خرد و خانگی به سرپرستان خانوار', 'employment'],
  ['تشکیل هسته‌های مشارکت مردمی و شورای محله', null],
  ['برگزاری جلسات مشاوره خانواده و پیشگیری از آسیب‌های اجتماعی', 'culture-religion'],
  ['مقاوم‌سازی واحدهای مسکونی فرسوده', 'housing'],
  ['توزیع پوشاک زمستانی دانش‌آموزان', 'clothing'],
  ['برگزاری کلاس‌های آموزش هوش مصنوعی برای نوجوانان', 'ai-education'],
  ['پیگیری صدور اسناد مالکیت واحدهای مسکونی', 'housing'],
  ['تأمین آب شرب سالم و اصلاح شبکه فاضلاب', null],
  ['برگزاری اردوی جهادی و ارائه خدمات درمانی رایگان', 'health'],
  ['احداث و تجهیز خانه توانمندسازی', null],
  ['حمایت از استارتاپ‌های دانش‌آموزی و ایده‌های نوآورانه', 'student-startups'],
  ['برگزاری جشنواره استعدادیابی کودکان و نوجوانان', 'early-childhood'],
  ['جذب مشارکت خیرین برای تأمین جهیزیه و لوازم ضروری', null],
  ['ایجاد مشاغل پایدار و افزایش درآمد خانوارها', 'income-transforming-jobs'],
  ['بیمه درمان و بیمه اجتماعی سرپرستان خانوار فاقد بیمه', 'health'],
];
const roots = ['ولیعصر', 'امام‌زاده', 'علی‌آباد', 'حسین‌آباد', 'بهشتی', 'فرهنگ', 'کارگر', 'مهدیه', 'نور', 'فجر', 'گلستان', 'سرچشمه', 'زینبیه', 'رحمت', 'شاهد', 'قائم', 'ایثار', 'کوثر'];
const followUpTexts = [
  'جلسه هماهنگی با دستگاه‌های همکار برگزار و فهرست خانوارها نهایی شد.',
  'بخشی از اعتبار تخصیص یافت و عملیات اجرایی آغاز شد.',
  'گزارش پیشرفت کار به دبیرخانه قرارگاه ارسال شد.',
  'پیمانکار انتخاب و قرارداد منعقد شد.',
  'کار با مشارکت خیرین و گروه‌های جهادی به پایان رسید.',
  'در انتظار تخصیص اعتبار از سازمان برنامه و بودجه.',
];
const firstNames = ['علی', 'محمد', 'حسین', 'رضا', 'مهدی', 'زهرا', 'فاطمه', 'مریم', 'سعید', 'حمید', 'نرگس', 'احمد', 'مرضیه', 'جواد', 'سمیه'];
const lastNames = ['احمدی', 'محمدی', 'حسینی', 'رضایی', 'کریمی', 'موسوی', 'جعفری', 'رحیمی', 'صادقی', 'نوری', 'قاسمی', 'کاظمی', 'اکبری', 'یزدانی'];
const narrativeParagraphs = [
  'جلسه با تلاوت آیاتی از کلام الله مجید آغاز شد. دبیر جلسه گزارشی از روند اجرای برنامه توانمندسازی و تحول محلات کم‌برخوردار و اقدامات انجام‌شده از جلسه قبل ارائه کرد.',
  'نمایندگان دستگاه‌های عضو گزارش عملکرد خود را در محلات هدف بیان کردند و بر لزوم هماهنگی بیشتر میان دستگاه‌ها در ارائه بسته‌های خدمتی تأکید شد.',
  'رئیس جلسه ضمن قدردانی از تلاش دستگاه‌ها، بر پیگیری مصوبات معوق و ارائه گزارش پیشرفت در جلسه آینده تأکید کرد.',
];

interface BodyRow {
  id: number;
  name_fa: string;
  kind: string;
  level: string;
  province_code: string | null;
  county_code: string | null;
  chair: string;
  secretary: string;
  member_agency_codes: string[];
}

/** Inserts `rows` into `table` a chunk at a time, as one JSON parameter per chunk. */
async function insertJson(db: Kysely<Database>, table: string, rows: Record<string, unknown>[], chunkSize = 4000): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const list = sql.join(columns.map((column) => sql.ref(column)));
  const overriding = columns.includes('id') ? sql`overriding system value` : sql``;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const json = JSON.stringify(rows.slice(start, start + chunkSize));
    await sql`insert into ${sql.table(table)} (${list}) ${overriding} select ${list} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(db);
  }
  if (columns.includes('id')) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(db);
  }
}

async function nextId(db: Kysely<Database>, table: 'bodies' | 'meetings' | 'resolutions'): Promise<number> {
  const { rows } = await sql<{ max: number | null }>`select max(id) as max from ${sql.table(table)}`.execute(db);
  return (rows[0]?.max ?? 0) + 1;
}

/**
 * Fills a migrated database that has its reference data with synthetic bodies, meetings and
 * resolutions (benchmarks only). Neighbourhood links are made when neighbourhoods exist.
 */
export async function insertSyntheticMeetings(db: Kysely<Database>, options: SyntheticMeetingsOptions = {}): Promise<SyntheticMeetings> {
  const started = performance.now();
  const meetingTotal = options.meetings ?? 2000;
  const resolutionTotal = options.resolutions ?? 50_000;
  const followUpTarget = options.followUps ?? 4000;
  const minutesProvince = options.minutesProvince ?? '23';
  const random = generator(options.seed ?? 1403);
  const today = todayIso();

  const provinces = await db.selectFrom('provinces').select(['code', 'name_fa', 'population_2016']).orderBy('code').execute();
  const counties = await db.selectFrom('counties').select(['code', 'province_code', 'name_fa']).orderBy('code').execute();
  const agencyNames = new Map((await db.selectFrom('agencies').select(['code', 'name_fa']).execute()).map((row) => [row.code, row.name_fa]));
  for (const [code] of leadAgencies) if (!agencyNames.has(code)) throw new Error(`reference data lacks agency ${code}`);
  const provinceName = new Map(provinces.map((row) => [row.code, row.name_fa]));
  const countyName = new Map(counties.map((row) => [row.code, row.name_fa]));

  // ---- Bodies: a social headquarters per province, two national working groups, county councils.
  let bodyId = await nextId(db, 'bodies');
  const members = leadAgencies.slice(0, 14).map(([code]) => code);
  const person = () => `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  const bodies: BodyRow[] = [];
  const weights: number[] = [];
  for (const province of provinces) {
    bodies.push({
      id: bodyId++,
      name_fa: `قرارگاه اجتماعی استان ${province.name_fa}`,
      kind: 'social_hq',
      level: 'province',
      province_code: province.code,
      county_code: null,
      chair: `استاندار ${province.name_fa}`,
      secretary: `${person()}، دبیر قرارگاه`,
      member_agency_codes: members,
    });
    weights.push(Math.sqrt(Number(province.population_2016)));
  }
  for (const name of ['کارگروه ملی توانمندسازی محلات', 'کارگروه ملی تحول محلات']) {
    bodies.push({ id: bodyId++, name_fa: name, kind: 'working_group', level: 'national', province_code: null, county_code: null, chair: 'معاون وزیر کشور', secretary: person(), member_agency_codes: members });
  }
  const councilCounties = ['23-03', '23-10', '23-13', '30-01', '30-02', '20-03'].filter((code) => countyName.has(code));
  for (const code of councilCounties) {
    const county = counties.find((row) => row.code === code)!;
    bodies.push({
      id: bodyId++,
      name_fa: `شورای توانمندسازی شهرستان ${county.name_fa}`,
      kind: 'county_council',
      level: 'county',
      province_code: county.province_code,
      county_code: code,
      chair: `فرماندار ${county.name_fa}`,
      secretary: person(),
      member_agency_codes: members.slice(0, 10),
    });
  }
  const hqWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const nationalMeetings = 40;
  const councilMeetings = 20;
  const hqMeetings = meetingTotal - 2 * nationalMeetings - councilCounties.length * councilMeetings;
  // Largest remainder, so the counts add up to exactly `meetingTotal`.
  const shares = weights.map((weight) => (weight / hqWeight) * hqMeetings);
  const perBody = shares.map(Math.floor);
  const order = shares.map((share, index) => [share - Math.floor(share), index] as const).sort((a, b) => b[0] - a[0]);
  const remainder = hqMeetings - perBody.reduce((sum, n) => sum + n, 0);
  for (let k = 0; k < remainder; k++) perBody[order[k]![1]]! += 1;
  for (let k = provinces.length; k < bodies.length; k++) perBody.push(bodies[k]!.kind === 'working_group' ? nationalMeetings : councilMeetings);

  // ---- Meetings: spread over 1399-01-01 … (a month from today, within 1405), numbered per body.
  const firstDay = fromJalali(1399, 1, 1);
  const lastDay = [fromJalali(1405, 12, 29), addDays(today, 30)].sort()[0]!;
  const span = daysBetween(firstDay, lastDay);
  let meetingId = await nextId(db, 'meetings');
  interface MeetingPlan {
    id: number;
    body: BodyRow;
    number: number;
    heldOn: string;
    status: 'planned' | 'held' | 'approved';
    resolutions: number;
  }
  const meetingPlans: MeetingPlan[] = [];
  bodies.forEach((body, index) => {
    const count = perBody[index]!;
    for (let n = 0; n < count; n++) {
      const heldOn = addDays(firstDay, Math.min(span, Math.floor(((n + 0.2 + random.next() * 0.6) * span) / count)));
      const status = heldOn > today ? 'planned' : daysBetween(heldOn, today) <= 21 ? 'held' : 'approved';
      meetingPlans.push({ id: meetingId++, body, number: n + 1, heldOn, status, resolutions: 0 });
    }
  });

  // Resolutions per meeting: varied (3–45), ≈ 25 on average, exactly `resolutionTotal` in all;
  // the latest approved meeting of `minutesProvince`'s headquarters has exactly 40.
  const held = meetingPlans.filter((plan) => plan.status !== 'planned');
  const minutesMeeting = held.filter((plan) => plan.body.kind === 'social_hq' && plan.body.province_code === minutesProvince && plan.status === 'approved').at(-1);
  if (!minutesMeeting) throw new Error(`no approved meeting in province ${minutesProvince}`);
  for (const plan of held) plan.resolutions = plan === minutesMeeting ? 40 : random.int(6, 44);
  let difference = resolutionTotal - held.reduce((sum, plan) => sum + plan.resolutions, 0);
  while (difference !== 0) {
    const plan = random.pick(held);
    if (plan === minutesMeeting) continue;
    if (difference > 0 && plan.resolutions < 45) {
      plan.resolutions++;
      difference--;
    } else if (difference < 0 && plan.resolutions > 3) {
      plan.resolutions--;
      difference++;
    }
  }

  // ---- Neighbourhoods to link, by county and by province.
  const neighborhoods = await db.selectFrom('neighborhoods').select(['id', 'name_fa', 'province_code', 'county_code']).orderBy('id').execute();
  const byProvince = new Map<string, typeof neighborhoods>();
  const byCounty = new Map<string, typeof neighborhoods>();
  for (const row of neighborhoods) {
    byProvince.set(row.province_code, byProvince.get(row.province_code) ?? []);
    byProvince.get(row.province_code)!.push(row);
    byCounty.set(row.county_code, byCounty.get(row.county_code) ?? []);
    byCounty.get(row.county_code)!.push(row);
  }

  // ---- Build the rows.
  const meetingRows: Record<string, unknown>[] = [];
  const attendeeRows: Record<string, unknown>[] = [];
  const agendaRows: Record<string, unknown>[] = [];
  const resolutionRows: Record<string, unknown>[] = [];
  const linkRows: Record<string, unknown>[] = [];
  const followUpRows: Record<string, unknown>[] = [];
  let resolutionId = await nextId(db, 'resolutions');
  const statuses: Record<string, number> = {};
  const leadCounts = new Map<string, number>();
  let openOverdue = 0;
  // Follow-ups go to a share of the resolutions someone has worked on.
  const followUpChance = Math.min(1, followUpTarget / (resolutionTotal * 0.55 * 1.5));

  for (const plan of meetingPlans) {
    const { body } = plan;
    const area = body.county_code ? `شهرستان ${countyName.get(body.county_code)}` : body.province_code ? `استان ${provinceName.get(body.province_code)}` : 'کشور';
    meetingRows.push({
      id: plan.id,
      body_id: body.id,
      province_code: body.province_code,
      county_code: body.county_code,
      number: plan.number,
      held_on: plan.heldOn,
      start_time: random.pick(['08:30', '09:00', '10:00', '11:00']),
      place: `سالن جلسات ${body.level === 'national' ? 'وزارت کشور' : body.level === 'county' ? 'فرمانداری' : 'استانداری'}`,
      invitation_number: `${plan.number}/${random.int(1000, 9999)}/ق‌ا`,
      invitation_date: addDays(plan.heldOn, -random.int(3, 10)),
      chair: body.chair,
      secretary: body.secretary,
      narrative: plan.status === 'planned' ? '' : narrativeParagraphs.slice(0, random.int(1, 3)).join('\n\n'),
      status: plan.status,
      approved_at: plan.status === 'approved' ? `${addDays(plan.heldOn, random.int(3, 14))}T08:00:00Z` : null,
      created_at: `${addDays(plan.heldOn, -7)}T08:00:00Z`,
      updated_at: `${plan.heldOn}T12:00:00Z`,
    });
    const memberCount = Math.min(body.member_agency_codes.length, random.int(8, 14));
    for (let k = 0; k < memberCount; k++) {
      const presence = random.weighted([
        ['present', 85],
        ['substitute', 8],
        ['absent', 7],
      ] as const);
      const agencyCode = body.member_agency_codes[k]!;
      attendeeRows.push({
        meeting_id: plan.id,
        sort_order: k + 1,
        kind: 'member',
        agency_code: agencyCode,
        person_name: person(),
        position: `نماینده ${agencyNames.get(agencyCode)}`,
        presence,
        substitute_name: presence === 'substitute' ? person() : '',
        reason: presence === 'absent' ? 'مأموریت اداری' : '',
      });
    }
    for (let k = 0, guests = random.int(0, 2); k < guests; k++) {
      attendeeRows.push({ meeting_id: plan.id, sort_order: memberCount + k + 1, kind: 'guest', agency_code: null, person_name: person(), position: 'کارشناس', presence: 'present', substitute_name: '', reason: '' });
    }
    const agendaCount = random.int(2, 4);
    for (let k = 0; k < agendaCount; k++) {
      const past = k === 0 && plan.number > 1;
      agendaRows.push({
        meeting_id: plan.id,
        sort_order: k + 1,
        kind: past ? 'past_resolutions' : 'item',
        title: past ? 'بررسی مصوبات جلسات گذشته' : `بررسی ${random.pick(actions)[0]} در ${area}`,
        notes: '',
      });
    }

    const pool = body.county_code ? (byCounty.get(body.county_code) ?? []) : body.province_code ? (byProvince.get(body.province_code) ?? []) : [];
    for (let row = 1; row <= plan.resolutions; row++) {
      const id = resolutionId++;
      const lead = random.weighted(leadAgencies);
      leadCounts.set(lead, (leadCounts.get(lead) ?? 0) + 1);
      const co = random.chance(0.4) ? [...new Set([random.weighted(leadAgencies), random.weighted(leadAgencies)].slice(0, random.int(1, 2)))].filter((code) => code !== lead) : [];
      const [action, packageCode] = random.pick(actions);
      const linked = pool.length > 0 && random.chance(0.3) ? [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(pool)))] : [];
      for (const neighborhood of linked) linkRows.push({ resolution_id: id, neighborhood_id: neighborhood.id });
      const place = linked.length > 0 ? linked.map((n) => n.name_fa).join('، ') : random.chance(0.5) ? `محله ${random.pick(roots)}` : `محلات هدف ${area}`;

      // Deadline: 2 weeks to 3 months after the meeting, given as weeks, days or a date.
      const form = random.weighted([
        ['week', 45],
        ['day', 20],
        ['date', 35],
      ] as const);
      let deadlineAmount: number | null = null;
      let deadlineUnit: string | null = null;
      let originalDeadline: string;
      if (form === 'week') {
        deadlineAmount = random.int(2, 12);
        deadlineUnit = 'week';
        originalDeadline = addDays(plan.heldOn, deadlineAmount * 7);
      } else if (form === 'day') {
        deadlineAmount = random.int(14, 90);
        deadlineUnit = 'day';
        originalDeadline = addDays(plan.heldOn, deadlineAmount);
      } else {
        originalDeadline = addDays(plan.heldOn, random.int(14, 92));
      }
      // Some deadlines were extended at a later meeting.
      const extended = random.chance(0.12);
      const deadline = extended ? addDays(originalDeadline, random.int(30, 90)) : originalDeadline;
      if (extended) {
        deadlineAmount = null;
        deadlineUnit = null;
      }

      const due = deadline < today;
      const status = due
        ? random.weighted([
            ['done', 66],
            ['in_progress', 13],
            ['not_started', 6],
            ['stopped', 8],
            ['cancelled', 7],
          ] as const)
        : random.weighted([
            ['not_started', 38],
            ['in_progress', 47],
            ['done', 12],
            ['stopped', 2],
            ['cancelled', 1],
          ] as const);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (due && (status === 'in_progress' || status === 'not_started')) openOverdue++;
      let completedOn: string | null = null;
      if (status === 'done') {
        // Most on time, some late; never after today.
        const latest = random.chance(0.62) ? deadline : addDays(deadline, random.int(1, 120));
        const earliest = addDays(plan.heldOn, 5);
        const end = [latest, today].sort()[0]!;
        completedOn = end <= earliest ? end : addDays(earliest, random.int(0, daysBetween(earliest, end)));
      }
      const progress = status === 'done' ? 100 : status === 'in_progress' ? random.int(1, 19) * 5 : status === 'stopped' ? random.int(0, 12) * 5 : 0;

      const agencyName = agencyNames.get(lead)!;
      const template = random.int(0, 2);
      let text =
        template === 0
          ? `${agencyName} موظف است ${deadlineAmount ? `ظرف ${deadlineAmount} ${deadlineUnit === 'week' ? 'هفته' : 'روز'}` : 'تا موعد مقرر'} نسبت به ${action} در ${place} اقدام و گزارش آن را به دبیرخانه ارائه نماید.`
          : template === 1
            ? `مقرر شد ${agencyName}${co.length ? ` با همکاری ${co.map((code) => agencyNames.get(code)).join(' و ')}` : ''} موضوع ${action} در ${place} را پیگیری و نتیجه را در جلسه آینده گزارش نماید.`
            : `${action} در ${place} در دستور کار ${agencyName} قرار گیرد.`;
      if (random.chance(0.3)) text += ` اعتبار مورد نیاز به مبلغ ${random.int(2, 90) * 10} میلیارد ریال از محل اعتبارات ${random.pick(['استانی', 'ملی', 'مسئولیت اجتماعی', 'خیرین'])} تأمین شود.`;
      if (random.chance(0.15)) text += ' دستگاه‌های همکار موظفند همکاری لازم را به عمل آورند.';

      resolutionRows.push({
        id,
        meeting_id: plan.id,
        body_id: body.id,
        province_code: body.province_code,
        county_code: body.county_code,
        meeting_held_on: plan.heldOn,
        row_number: row,
        text,
        search_text: resolutionSearchText(text),
        lead_agency_code: lead,
        co_agency_codes: co,
        deadline,
        original_deadline: originalDeadline,
        deadline_amount: deadlineAmount,
        deadline_unit: deadlineUnit,
        package_codes: packageCode ? [packageCode] : [],
        status,
        progress,
        completed_on: completedOn,
        version: extended ? 2 : 1,
        created_at: `${plan.heldOn}T10:00:00Z`,
        updated_at: `${completedOn ?? plan.heldOn}T10:00:00Z`,
      });

      // Follow-ups: on some of what was worked on, reported between the meeting and completion.
      if ((status === 'in_progress' || status === 'done' || status === 'stopped') && random.chance(followUpChance)) {
        const until = [completedOn ?? today, today].sort()[0]!;
        const days = Math.max(0, daysBetween(plan.heldOn, until));
        const reports = random.int(1, 2);
        for (let k = 0; k < reports; k++) {
          const last = k === reports - 1;
          followUpRows.push({
            resolution_id: id,
            agency_code: lead,
            author_id: null,
            author_name: `کارشناس ${agencyName}`,
            reported_on: addDays(plan.heldOn, last ? days : Math.floor(days / 2)),
            text: random.pick(followUpTexts),
            progress: last ? progress : Math.floor(progress / 2),
            status_after: last && status === 'done' ? 'done' : 'in_progress',
          });
        }
      }
    }
  }

  await insertJson(db, 'bodies', bodies as unknown as Record<string, unknown>[]);
  await insertJson(db, 'meetings', meetingRows);
  await insertJson(db, 'meeting_attendees', attendeeRows);
  await insertJson(db, 'agenda_items', agendaRows);
  await insertJson(db, 'resolutions', resolutionRows);
  await insertJson(db, 'resolution_neighborhoods', linkRows, 10_000);
  await insertJson(db, 'resolution_follow_ups', followUpRows);
  // VACUUM as well as ANALYZE: after a bulk load PostgreSQL's autovacuum would do it within a
  // minute or so anyway (insert threshold), and it must not start in the middle of a measurement;
  // it also sets the visibility map, which index-only scans rely on (the steady state).
  for (const table of ['bodies', 'meetings', 'meeting_attendees', 'agenda_items', 'resolutions', 'resolution_neighborhoods', 'resolution_follow_ups']) {
    await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  }

  const meetingsPerBody = new Map<number, number>();
  for (const plan of meetingPlans) meetingsPerBody.set(plan.body.id, (meetingsPerBody.get(plan.body.id) ?? 0) + 1);
  return {
    bodies: bodies.map((body) => ({ id: body.id, kind: body.kind, level: body.level, provinceCode: body.province_code, countyCode: body.county_code, meetings: meetingsPerBody.get(body.id) ?? 0 })),
    meetings: meetingRows.length,
    plannedMeetings: meetingPlans.length - held.length,
    resolutions: resolutionRows.length,
    followUps: followUpRows.length,
    neighborhoodLinks: linkRows.length,
    attendees: attendeeRows.length,
    agendaItems: agendaRows.length,
    minutesMeetingId: minutesMeeting.id,
    agencies: [...leadCounts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code),
    statuses,
    openOverdue,
    insertMs: Math.round(performance.now() - started),
  };
}
