import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from './meetings.docx.ts';
import type { Attendee, Meeting } from './meetings.schemas.ts';
import type { Resolution } from './resolutions.schemas.ts';

const bodyNameFa = 'قرارگاه اجتماعی استان البرز';
const secretariat = 'دبیرخانه قرارگاه اجتماعی استانداری';

function resolution(rowNumber: number, text: string, fields: Partial<Resolution> = {}): Resolution {
  return {
    id: rowNumber,
    meetingId: 1,
    meetingNumber: 23,
    meetingHeldOn: '2022-10-27',
    bodyId: 1,
    bodyNameFa,
    provinceCode: '30',
    rowNumber,
    text,
    leadAgencyCode: 'alborz_governorate',
    leadAgencyNameFa: secretariat,
    coAgencyCodes: [],
    coAgencyNamesFa: [],
    deadline: '2022-11-26',
    originalDeadline: '2022-11-26',
    deadlineAmount: 1,
    deadlineUnit: 'month',
    packageCodes: [],
    neighborhoods: [],
    status: 'not_started',
    progress: 0,
    completedOn: null,
    overdue: false,
    delayDays: 0,
    daysLeft: 30,
    amendmentId: null,
    version: 1,
    createdAt: '2022-10-27T06:00:00.000Z',
    updatedAt: '2022-10-27T06:00:00.000Z',
    ...fields,
  };
}

function attendee(fields: Partial<Attendee>): Attendee {
  return { kind: 'member', agencyCode: null, agencyNameFa: null, personName: '', position: '', presence: 'present', substituteName: '', reason: '', ...fields };
}

/** The 23rd meeting of Alborz's provincial social headquarters, 1401/08/05, as its minutes record it. */
function meeting23(fields: Partial<Meeting> = {}): Meeting {
  return {
    id: 1,
    bodyId: 1,
    bodyNameFa,
    bodyLevel: 'province',
    provinceCode: '30',
    provinceNameFa: 'البرز',
    countyCode: null,
    number: 23,
    heldOn: '2022-10-27',
    weekdayFa: 'پنج‌شنبه',
    startTime: '08:00',
    place: 'سالن جلسات شهدای دولت',
    invitationNumber: '21/25/54207',
    invitationDate: '2022-10-25',
    chair: 'دکتر عبداللّهی، استاندار البرز',
    secretary: 'کاظمینی، مدیرکل دفتر امور اجتماعی و فرهنگی',
    status: 'approved',
    approvedAt: '2022-10-30T08:00:00.000Z',
    version: 1,
    createdAt: '2022-10-25T08:00:00.000Z',
    updatedAt: '2022-10-30T08:00:00.000Z',
    narrative: [
      'بیست و سومین جلسه قرارگاه اجتماعی استان ساعت ۸ صبح روز پنجشنبه مورخه ۱۴۰۱/۰۸/۰۵ در سالن شهدای دولت با حضور جناب آقای دکتر آقامحمدی جانشین محترم وزیر کشور و رئیس ستاد توانمند سازی محلات ۲۰۲۰ کشور و به ریاست استاندار محترم و با حضور اعضاء و مدعوین برگزار شد.',
      'پس از ایشان روسای محترم کمیته ها و مدیران محترم عضو قرارگاه اجتماعی استان گزارش اقدامات خود را به صورت مختصر ارائه نمودند.',
      'دکتر عبداللهی گفت: تاکنون شاهد نتایج ملموسی بوده ایم ولی تا نیل به وضعیت مطلوب و کسب رضایتمندی مردم با کمک تمامی مدیران استان تلاش خواهیم کرد.',
    ].join('\n\n'),
    locked: true,
    attendees: [
      attendee({ agencyCode: 'alborz_governorate', agencyNameFa: 'استانداری البرز', personName: 'دکتر عبداللّهی', position: 'استاندار و رئیس قرارگاه' }),
      attendee({ agencyCode: 'alborz_governorate', agencyNameFa: 'استانداری البرز', personName: 'کاظمینی', position: 'مدیرکل دفتر امور اجتماعی و فرهنگی و دبیر قرارگاه' }),
      attendee({ kind: 'guest', agencyCode: 'interior_ministry', agencyNameFa: 'وزارت کشور', personName: 'دکتر آقامحمدی', position: 'جانشین وزیر کشور و رئیس ستاد توانمندسازی محلات' }),
    ],
    agenda: [
      { id: 1, kind: 'item', title: 'ارائه گزارش روسای کمیته و دستگاههای عضو قرارگاه اجتماعی', notes: '' },
      { id: 2, kind: 'past_resolutions', title: 'بررسی مصوبات گذشته', notes: '' },
    ],
    resolutions: [
      resolution(
        1,
        'با عنایت به تفاهم نامه های منعقد شده فی مابین ستاد محرومیت زدایی و توانمند سازی محلات ۲۰۲۰ وزارت کشور با سایر وزارتخانه ها در خصوص توانمندسازی محلات کم برخوردار کشور مقرر گردید: موضوع تفاهم نامه ها از سوی وزارت کشور پیگیری و نسبت به اجرای مفاد آنها در استان اقدام لازم معمول گردد.',
      ),
      resolution(
        2,
        'با عنایت به توضیحات ارائه شده توسط جناب آقای دکتر آقامحمدی و دستور استاندار محترم مقرر گردید: به منظور آموزش ۳۰۰۰ نفر از افراد محلات هدف با موضوع کسب و کار و استعدادیابی ، جلسه ای مشترک با موسسه شریف استار و معاون آموزشی ستاد محرومیت زدایی وزارت کشور برگزار و اتخاذ تصمیم گردد.',
      ),
    ],
    reviews: [],
    amendments: [],
    ...fields,
  };
}

async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml in the .docx');
  return file.async('string');
}

const count = (xml: string, pattern: RegExp) => xml.match(pattern)?.length ?? 0;
/** The document's text, run by run. */
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]!);

describe('renderMinutesDocx', () => {
  it('renders the 23rd meeting of Alborz as right-to-left A4 minutes in Persian', async () => {
    const xml = await documentXml(await renderMinutesDocx(meeting23()));

    // Right to left throughout: every paragraph, every run, every table.
    expect(xml).toContain('<w:bidi/>');
    expect(count(xml, /<w:p>/g)).toBe(count(xml, /<w:bidi\/>/g));
    expect(xml).toContain('<w:rtl/>');
    expect(count(xml, /<w:r>/g)).toBe(count(xml, /<w:rtl\/>/g));
    expect(count(xml, /<w:tbl>/g)).toBe(count(xml, /<w:bidiVisual\/>/g));
    expect(xml).toContain('w:cs="Tahoma"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);

    const text = texts(xml).join('\n');
    expect(text).toContain(`موضوع: بیست و سومین صورتجلسه ${bodyNameFa}`);
    expect(text).toContain('۱۴۰۱/۰۸/۰۵');
    expect(text).toContain('۱۴۰۱/۰۸/۰۳');
    expect(text).toContain('پنج‌شنبه');
    expect(text).toContain('۰۸:۰۰');
    expect(text).toContain('۲۱/۲۵/۵۴۲۰۷');
    expect(text).toContain('۱- ارائه گزارش روسای کمیته');
    expect(text).toContain('۲- بررسی مصوبات گذشته');
    expect(text).toContain('استانداری البرز – کاظمینی – مدیرکل دفتر امور اجتماعی و فرهنگی و دبیر قرارگاه');
    expect(text).toContain('مدعوین:');
    expect(text).not.toContain('غایبین:');
    expect(text).not.toContain('نمایندگان جایگزین:');
    expect(text).toContain('در پایان پس از بحث و بررسی و تبادل نظر موارد ذیل مصوب گردید:');
    expect(text).toContain(`مصوبات بیست و سومین جلسه ${bodyNameFa} مورخ ۱۴۰۱/۰۸/۰۵`);
    expect(text).toContain('اقدام کننده');
    expect(text).toContain('زمان اقدام');
    expect(texts(xml).filter((t) => t === secretariat)).toHaveLength(2);
    expect(texts(xml).filter((t) => t === 'یک ماه')).toHaveLength(2);
    expect(text).toContain('دبیر جلسه');
    expect(text).toContain('رئیس جلسه');
    expect(text).not.toContain('پیش‌نویس');
    expect(text).not.toMatch(/[0-9]/);

    // The resolutions' header row repeats on each page and no row breaks across pages.
    expect(count(xml, /<w:tblHeader\/>/g)).toBe(1);
    expect(count(xml, /<w:cantSplit\/>/g)).toBeGreaterThanOrEqual(3);
  });

  it('shows absentees, substitutes, co-agencies, dated deadlines, amendments and a draft note', async () => {
    const meeting = meeting23({
      status: 'held',
      narrative: 'جلسه با حضور 12 نفر\nدر ساعت 8 آغاز شد.\n\n\n\nبند دوم.',
      attendees: [
        attendee({ agencyNameFa: 'اداره کل بهزیستی', personName: 'رضایی', position: 'مدیرکل', presence: 'absent', reason: 'مأموریت' }),
        attendee({ agencyNameFa: 'کمیته امداد', personName: 'احمدی', position: 'مدیرکل', presence: 'substitute', substituteName: 'کریمی' }),
      ],
      resolutions: [resolution(1, 'سطر یک\nسطر دو', { coAgencyCodes: ['welfare', 'relief'], coAgencyNamesFa: ['سازمان بهزیستی', 'کمیته امداد'], deadline: '2023-03-20', deadlineAmount: null, deadlineUnit: null })],
      amendments: [{ id: 1, seq: 1, reason: 'اصلاح نام دستگاه', change: 'دستگاه مسئول مصوبه ۱ تغییر کرد', createdByName: 'دبیرخانه', createdAt: '2022-10-28T21:00:00.000Z' }],
    });
    const xml = await documentXml(await renderMinutesDocx(meeting));
    const text = texts(xml).join('\n');
    expect(text).toContain('پیش‌نویس');
    expect(text).not.toContain('حاضرین:');
    expect(text).not.toContain('مدعوین:');
    expect(text).toContain('غایبین:');
    expect(text).toContain('اداره کل بهزیستی – رضایی – مدیرکل (علت: مأموریت)');
    expect(text).toContain('نمایندگان جایگزین:');
    expect(text).toContain('کریمی به جای کمیته امداد – احمدی – مدیرکل');
    expect(text).toContain('با همکاری سازمان بهزیستی، کمیته امداد');
    expect(text).toContain('۱۴۰۱/۱۲/۲۹');
    expect(text).toContain('اصلاحیه‌ها');
    // 21:00 UTC is half past midnight the next day in Tehran.
    expect(text).toContain('۱۴۰۱/۰۸/۰۷');
    expect(text).toContain('جلسه با حضور ۱۲ نفر');
    expect(text).not.toMatch(/[0-9]/);
    // A single line break stays a break; blank lines start a new paragraph.
    expect(xml).toMatch(/جلسه با حضور ۱۲ نفر<\/w:t><\/w:r><w:r><w:rPr>.*?<\/w:rPr><w:br\/><w:t xml:space="preserve">در ساعت ۸ آغاز شد\./);
    expect(count(xml, /<w:p>/g)).toBe(count(xml, /<w:bidi\/>/g));
  });

  it('renders a meeting with 40 resolutions and durations in words', async () => {
    const units = [
      { deadlineAmount: 1, deadlineUnit: 'month' as const, words: 'یک ماه' },
      { deadlineAmount: 2, deadlineUnit: 'week' as const, words: 'دو هفته' },
      { deadlineAmount: 10, deadlineUnit: 'day' as const, words: 'ده روز' },
    ];
    const resolutions = Array.from({ length: 40 }, (_, i) => {
      const { words: _words, ...deadline } = units[i % units.length]!;
      return resolution(40 - i, `مصوبه شماره ${40 - i}: ${'متن مصوبه برای آزمون صفحه‌بندی جدول. '.repeat(6)}`, deadline);
    });
    const docx = await renderMinutesDocx(meeting23({ resolutions }));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await documentXml(docx);
    const text = texts(xml);
    for (const { words } of units) expect(text).toContain(words);
    // The header row and 40 rows, in row order whatever order they came in.
    expect(count(xml, /<w:tr>/g)).toBeGreaterThanOrEqual(41);
    const rowNumbers = text.filter((t) => /^[۰-۹]+$/.test(t));
    expect(rowNumbers.slice(0, 3)).toEqual(['۱', '۲', '۳']);
    expect(text.join('\n')).not.toMatch(/[0-9]/);
  });

  const soffice = spawnSync('which', ['soffice'], { encoding: 'utf8' }).stdout.trim();
  it.skipIf(!soffice)('opens in LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavana-minutes-'));
    try {
      writeFileSync(join(dir, 'minutes.docx'), await renderMinutesDocx(meeting23()));
      const result = spawnSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'minutes.docx')], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(readdirSync(dir)).toContain('minutes.pdf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
