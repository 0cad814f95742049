/**
 * DEMO DATA — partly invented. The deciding bodies, meetings and resolutions that the demo loads
 * (see meetings.seed.ts), so that the tracker and the scorecards mean something on first start.
 *
 * What follows the source documents: the 23rd meeting of Alborz's provincial social headquarters
 * on 1401/08/05 (seed 001) — its header, its agenda, who spoke and what they said (condensed, not
 * abridged of its facts), and its two resolutions word for word with their "one month"; Semnan
 * running the programme in 50 neighbourhoods in 12 cities through the four founding agencies and
 * their houses, and the "Harekat Mobarak 2020" exhibition (seed 002); the Welfare Organisation's
 * houses in Shahrak-e Valiasr (Shahroud) and Darjazin (Mahdishahr) and its figures — 1,411 people
 * screened, 1,821 trained, 160 people at risk supported, 257 tenants registered for the national
 * housing programme, 808 goods baskets, 63 people given work or skills (seed 004); the packages,
 * the street-football and dodgeball cup, the "time bank", the family physician, insurance
 * screening, benefactors and the programme's vocabulary (seeds 000 and 001).
 *
 * Invented: every earlier meeting of both headquarters (1–22 in Alborz, all 22 in Semnan), the
 * Shahroud county council, their dates, agendas and resolutions, who attended the 23rd meeting
 * besides its three speakers, and everything that happened to a resolution after it was passed.
 * Alborz's history is fixed in 1399–1401; Semnan's is dated back from the day the demo loads
 * (its newest meeting about ten days earlier), so its deadlines fall due around the first start.
 * Semnan's texts therefore name no season. Outcomes not written here are drawn by a seeded
 * generator in meetings.seed.ts, so every load tells the same story.
 */

/** How the story of a resolution ends (see `planResolution` in meetings.seed.ts). */
export type DemoStory =
  /** Done by the deadline: reported by the agency, or closed by the next meeting that reviews it. */
  | 'on_time'
  /** Done after the deadline. */
  | 'late'
  /** Extended by the next meeting, then done. */
  | 'extended'
  /** Handed to another agency (`reassignTo`) by the next meeting, then done. */
  | 'reassigned'
  /** Started, still open. */
  | 'in_progress'
  /** Nothing reported yet. */
  | 'not_started'
  /** Started, then stopped (`reason`), as the next meeting heard. */
  | 'stopped'
  /** Cancelled by the next meeting (`reason`). */
  | 'cancelled';

/** A deadline as the minutes give it: a time from the meeting, or a Jalali date. */
export type DemoDeadline = { months: number } | { weeks: number } | { days: number } | { date: string };

/** A progress report of the responsible agency, `day` days after the meeting. */
export interface DemoReport {
  day: number;
  progress: number;
  text: string;
}

export interface DemoResolution {
  text: string;
  lead: string;
  co?: string[];
  packages?: string[];
  /** Neighbourhood codes (geography.demo-data.ts). */
  neighborhoods?: string[];
  /** Left out: the story picks one. */
  deadline?: DemoDeadline;
  /** Left out: drawn by the generator, weighted by the meeting's age. */
  story?: DemoStory;
  reassignTo?: string;
  /** Why it was extended, reassigned, stopped or cancelled (a stock reason when left out). */
  reason?: string;
  /** Days the next meeting extends it by, counted from that meeting. */
  extendDays?: number;
  /** What the agency wrote when it reported the work done. */
  report?: string;
  /** The exact reports, instead of the story's. */
  reports?: DemoReport[];
  /** The demo user who reports, when not the lead agency's usual one (e.g. a neighbourhood house). */
  reportedBy?: string;
  /** Progress of an open one, in per cent. */
  progress?: number;
}

export interface DemoAttendee {
  kind: 'member' | 'guest';
  agencyCode: string | null;
  personName?: string;
  position: string;
  presence?: 'present' | 'absent' | 'substitute';
  substituteName?: string;
  reason?: string;
}

export interface DemoMeeting {
  /** Jalali date of a fixed history; left out where dates count back from the day of loading. */
  heldOn?: string;
  startTime?: string;
  agenda: string[];
  /** A paragraph of the minutes beyond the usual opening and closing. */
  note?: string;
  resolutions: DemoResolution[];
  // A meeting given in full (the seed's) sets these; others get them generated.
  place?: string;
  invitationNumber?: string;
  invitationDate?: string;
  chair?: string;
  secretary?: string;
  attendees?: DemoAttendee[];
  narrative?: string;
}

export interface DemoMember {
  agency: string;
  position: string;
}

export interface DemoBody {
  nameFa: string;
  kind: 'social_hq' | 'county_council';
  level: 'province' | 'county';
  provinceCode: string;
  countyCode: string | null;
  chair: string;
  secretary: string;
  /** The member agencies other than the chair's, with the post that sits for each. */
  members: DemoMember[];
  place: string;
  /** The demo user who keeps the minutes (a province secretariat). */
  secretariat: string;
  /** The demo user who reports for an agency; agencies without one report through the meetings. */
  reporters: Record<string, string>;
  /** Invitation letters are numbered `<prefix>/<serial>`. */
  invitationPrefix: string;
  /** Where dates count back from the day of loading: the newest meeting's age and the spacing, in days. */
  schedule?: { newestDaysAgo: number; everyDays: number };
  meetings: DemoMeeting[];
}

// ---- Stock phrases ---------------------------------------------------------------------------

export const progressTexts: readonly string[] = [
  'هماهنگی با دستگاه‌های همکار انجام و برنامه اجرایی به خانه‌های محله ابلاغ شد.',
  'فهرست خانوارهای مشمول از خانه‌های محله دریافت شد و در حال راستی‌آزمایی است.',
  'بخشی از کار انجام شده و گزارش میدانی محلات در حال جمع‌بندی است.',
  'اعتبار مورد نیاز درخواست شده و مرحله نخست اجرا آغاز شده است.',
  'نشست هماهنگی با معتمدان و شورایاران محلات برگزار و زمان‌بندی اجرا تعیین شد.',
];

export const doneTexts: readonly string[] = [
  'اقدام به طور کامل انجام و گزارش آن به دبیرخانه قرارگاه ارسال شد.',
  'مصوبه اجرا شد؛ مستندات و فهرست نهایی به دبیرخانه قرارگاه ارسال شده است.',
  'کار در همه محلات مشمول به پایان رسید و نتیجه به ساکنان اطلاع‌رسانی شد.',
];

export const extensionReasons: readonly string[] = [
  'نیاز به هماهنگی بیشتر با دستگاه‌های ملی',
  'تأخیر در تخصیص اعتبار',
  'درخواست دستگاه مسئول برای تکمیل کار میدانی',
  'گستردگی کار در محلات افزوده‌شده',
];

export const cancellationReasons: readonly string[] = [
  'با ابلاغ دستورالعمل کشوری، موضوع مصوبه منتفی شد',
  'موضوع در مصوبه دیگری ادغام شد',
  'با اجرای طرح ملی مشابه، ادامه آن ضرورت ندارد',
];

export const stopReasons: readonly string[] = [
  'اعتبار لازم تخصیص نیافت و اجرا تا اطلاع ثانوی متوقف شد',
  'خیرین همکار تعهد خود را تمدید نکردند و کار متوقف شد',
];

export const absenceReasons: readonly string[] = ['مأموریت اداری خارج از استان', 'شرکت در جلسه ستادی در تهران', 'هم‌زمانی با جلسه شورای برنامه‌ریزی استان'];

// ---- Alborz: the seed's 23rd meeting ---------------------------------------------------------

const alborzMembers: DemoMember[] = [
  { agency: 'relief-committee', position: 'مدیرکل کمیته امداد امام خمینی (ره) استان' },
  { agency: 'setad', position: 'مدیرکل ستاد اجرایی فرمان حضرت امام (ره) استان' },
  { agency: 'welfare', position: 'مدیرکل بهزیستی استان' },
  { agency: 'red-crescent', position: 'مدیرعامل جمعیت هلال‌احمر استان' },
  { agency: 'ministry-of-health', position: 'رئیس دانشگاه علوم پزشکی البرز' },
  { agency: 'ministry-of-education', position: 'مدیرکل آموزش و پرورش استان' },
  { agency: 'ministry-of-labour', position: 'مدیرکل تعاون، کار و رفاه اجتماعی استان' },
  { agency: 'tvto', position: 'مدیرکل آموزش فنی و حرفه‌ای استان' },
  { agency: 'housing-foundation', position: 'مدیرکل بنیاد مسکن انقلاب اسلامی استان' },
  { agency: 'ministry-of-roads', position: 'مدیرکل راه و شهرسازی استان' },
  { agency: 'endowments', position: 'مدیرکل اوقاف و امور خیریه استان' },
  { agency: 'police', position: 'فرمانده انتظامی استان' },
  { agency: 'judiciary', position: 'معاون اجتماعی و پیشگیری از وقوع جرم دادگستری استان' },
];

/** The header, attendance and minutes of the 23rd meeting, as the seed gives them. */
export const alborzMeeting23: DemoMeeting = {
  heldOn: '1401/08/05',
  startTime: '08:00',
  place: 'سالن جلسات شهدای دولت',
  invitationNumber: '21/25/54207',
  invitationDate: '1401/08/03',
  chair: 'دکتر عبداللهی، استاندار البرز',
  secretary: 'کاظمینی، مدیرکل دفتر امور اجتماعی و فرهنگی استانداری البرز',
  agenda: ['ارائه گزارش روسای کمیته و دستگاههای عضو قرارگاه اجتماعی', 'بررسی مصوبات گذشته'],
  attendees: [
    { kind: 'member', agencyCode: 'governorate', personName: 'دکتر عبداللهی', position: 'استاندار البرز و رئیس قرارگاه اجتماعی استان' },
    { kind: 'member', agencyCode: 'governorate', personName: 'کاظمینی', position: 'مدیرکل دفتر امور اجتماعی و فرهنگی استانداری و دبیر قرارگاه' },
    { kind: 'guest', agencyCode: 'ministry-of-interior', personName: 'دکتر آقامحمدی', position: 'جانشین وزیر کشور و رئیس ستاد توانمندسازی محلات ۲۰۲۰ کشور' },
    ...alborzMembers
      .filter((member) => !['endowments', 'police', 'judiciary'].includes(member.agency))
      .map((member): DemoAttendee =>
        member.agency === 'housing-foundation'
          ? { kind: 'member', agencyCode: member.agency, position: member.position, presence: 'absent', reason: 'مأموریت اداری خارج از استان' }
          : member.agency === 'ministry-of-labour'
            ? { kind: 'member', agencyCode: member.agency, position: member.position, presence: 'substitute', substituteName: 'معاون توسعه کارآفرینی و اشتغال اداره کل', reason: 'شرکت مدیرکل در جلسه شورای عالی اشتغال در تهران' }
            : { kind: 'member', agencyCode: member.agency, position: member.position },
      ),
  ],
  narrative: [
    'بیست و سومین جلسه قرارگاه اجتماعی استان ساعت ۸ صبح روز پنجشنبه ۱۴۰۱/۰۸/۰۵ در سالن شهدای دولت با حضور جناب آقای دکتر آقامحمدی، جانشین محترم وزیر کشور و رئیس ستاد توانمندسازی محلات ۲۰۲۰ کشور، به ریاست استاندار محترم و با حضور اعضا و مدعوین برگزار شد.',
    'پس از تلاوت آیاتی از کلام‌الله مجید، آقای کاظمینی، مدیرکل دفتر امور اجتماعی و فرهنگی و دبیر قرارگاه اجتماعی استان، ضمن خیرمقدم به دکتر آقامحمدی و هیئت همراه، تشکر ویژه از استاندار و رئیس قرارگاه به سبب نگاه ویژه ایشان به محلات کم‌برخوردار استان، و تسلیت به خانواده‌های شهدای حرم مطهر شاهچراغ و آرزوی سلامتی برای مجروحان حادثه شیراز، گزارشی از اقدامات انجام‌شده در محلات هدف استان از زمان تشکیل قرارگاه اجتماعی ارائه کرد و با قرائت دستور جلسه، خواستار ارائه گزارش اعضا شد. سپس روسای کمیته‌ها و مدیران دستگاه‌های عضو قرارگاه گزارش اقدامات خود را به‌اختصار ارائه کردند.',
    'دکتر آقامحمدی ضمن محکوم کردن حادثه تروریستی شاهچراغ و تسلیت آن به رهبر انقلاب اسلامی و ملت ایران گفت: در طرح توانمندسازی و تحول محلات، ۲۰۲۰ محله کم‌برخوردار در کشور شناسایی شده که ساکنانشان با مشکلات عدیده‌ای دست و پنجه نرم می‌کنند. وی مسکن، اشتغال، آموزش و بهداشت و سلامت را مهم‌ترین محورهای طرح برشمرد و گفت مسائل محلات با هماهنگی دستگاه‌های دولتی شناسایی و دسته‌بندی شده و با برنامه‌ای مدون تا رفع آنها پیگیری می‌شود. وی از اقدامات مسئولان استانی در بررسی محلات کم‌برخوردار البرز تقدیر کرد و افزود: توافق‌نامه‌های همه طرح‌های مسکن، اشتغال، بهداشت و درمان و تسهیلات با وزارتخانه‌ها امضا و ستادهای مربوط در وزارتخانه‌ها تشکیل شده است.',
    'به گفته وی، دانشگاه شریف نیز توافق‌نامه‌ای با ستاد امضا کرده که بر اساس آن ظرفیت برگزاری دوره‌های کسب‌وکار برای ۴۰ هزار نفر فراهم شده و سازمان برنامه و بودجه تأمین اعتبار آن را بر عهده گرفته است؛ سازمان فنی و حرفه‌ای ظرفیت‌های آموزشی خود را در اختیار طرح گذاشته و مرکز آمار ایران برای محلات محروم سیستم آماربرداری کاملی طراحی کرده است.',
    'رئیس ستاد توانمندسازی محلات کشور از شناسایی قریب به ۵ میلیون و ۴۰۰ هزار نفر فاقد بیمه در سراسر کشور خبر داد که با غربالگری افراد تحت پوشش بیمه، به‌زودی تحت پوشش بیمه سلامت همگانی قرار می‌گیرند و در این خصوص تهران و البرز یکی دیده می‌شوند. وی گفت بر اساس تفاهم‌نامه و قول مساعد وزیر بهداشت، طرح پزشکی خانواده باید در عرض یک سال در همه محلات هدف تهران و البرز اجرا شود. برای ایجاد نشاط در محلات، برای خانم‌ها تیم‌های داژبال و برای آقایان تیم‌های فوتبال خیابانی تشکیل و در قالب جام ۱۵ خرداد مسابقات محلی برگزار می‌شود و منتخبان به مراحل شهرستانی، استانی و کشوری می‌روند. سازمان جوانان هلال‌احمر نیز طرح پیشگامان پیشرفت و عدالت را با تشکیل ۶ گروه از دختران و پسران در سه رده سنی برای آموزش سبک زندگی در محلات هدف اجرا می‌کند.',
    'وی افزود: این طرح را سال گذشته چهار نهاد — کمیته امداد حضرت امام، ستاد اجرایی فرمان امام، سازمان بهزیستی و جمعیت هلال‌احمر — پس از بررسی‌های متعدد به رهبر معظم انقلاب اعلام کردند: گروه‌های فقیر جامعه در ۲۰۲۰ محله شهری با حدود ۲۰ میلیون نفر جمعیت و ۱۳ هزار و ۹۰۰ نفر در روستا قرار دارند و بنا داریم با هماهنگی و تقسیم کار میان این ۴ نهاد، این محلات را زیر پوشش ببریم و خدمات به آنها را به حد قابل قبولی برسانیم. در این مسیر باید نیازها را از مردم محله بپرسیم، نه اینکه خودمان تشخیص دهیم؛ بدین ترتیب دو ضعف گذشته، یعنی تشخیص نیاز توسط دستگاه‌ها و نبود هماهنگی نهادی که به کارهای موازی و پوشش‌ندادن برخی محلات می‌انجامید، برطرف می‌شود.',
    'جانشین وزیر کشور گفت برای همه طرح‌های مسکن، اشتغال، بهداشت و درمان و تحصیلات محلات، با وزارتخانه‌های ذی‌ربط توافق‌نامه امضا شده است؛ از جمله وزارت آموزش و پرورش ستادی تشکیل داده که بیش از ۸۷۴ هزار نفر از محصلان ۶ تا ۱۷ ساله محروم از تحصیل را شناسایی کرده است. وی از تشکیل «بانک زمان» در آموزش و پرورش خبر داد تا با همکاری مدیران مدارس، دانش‌آموزان ضعیف شناسایی و با کلاس‌های جبرانی و فوق‌العاده تقویت شوند، و درباره مسکن محلات کم‌برخوردار گفت ساخت مسکن باید با توان متقاضیان سازگار باشد و از این جهت استطاعت‌پذیری اصلی کلیدی است.',
    'جناب آقای دکتر عبداللهی، استاندار محترم و رئیس قرارگاه اجتماعی استان، ضمن محکوم کردن حادثه تروریستی حرم شاهچراغ و تسلیت به خانواده جان‌باختگان گفت: با ابلاغ وزارت کشور، قرارگاه اجتماعی استان به‌صورت ویژه فعالیت خود را آغاز کرد. در طرح ۲۰۲۰ شناسایی ۵۵ محله در استان در دستور کار بود که پس از بررسی‌ها به ۶۶ محله افزایش یافت و بر پایه نتایج، تعداد زیادی از این محله‌ها در اطراف زندان‌های ملی و بزرگ استان شکل گرفته‌اند. استقرار ۴ زندان بزرگ در استان پیامدهای اجتماعی فراوانی داشته که حاشیه‌نشینی یک میلیون نفر از جمعیت استان از جمله آنهاست. وی افزود: اشتغال‌زایی، مهارت‌آموزی، بهداشت و درمان، مسکن و آسیب‌های اجتماعی با شعار خدمت به مردم و به‌صورت محله‌محور در دستور کار استان قرار گرفته است؛ تاکنون نتایج ملموسی دیده‌ایم، اما تا رسیدن به وضع مطلوب و رضایت مردم با کمک همه مدیران استان تلاش خواهیم کرد.',
    'در پایان، پس از بحث و بررسی و تبادل نظر و دستورات صادره از سوی استاندار محترم، موارد زیر مصوب گردید.',
  ].join('\n\n'),
  resolutions: [
    {
      text: 'با عنایت به تفاهم نامه های منعقد شده فی مابین ستاد محرومیت زدایی و توانمند سازی محلات ۲۰۲۰ وزارت کشور با سایر وزارتخانه ها در خصوص توانمندسازی محلات کم برخوردار کشور مقرر گردید: موضوع تفاهم نامه ها از سوی وزارت کشور پیگیری و نسبت به اجرای مفاد آنها در استان اقدام لازم معمول گردد.',
      lead: 'governorate',
      deadline: { months: 1 },
      reports: [
        { day: 19, progress: 40, text: 'متن تفاهم‌نامه‌های ستاد ملی با وزارتخانه‌های بهداشت، آموزش و پرورش، تعاون و راه و شهرسازی از وزارت کشور دریافت و برای اجرا به ادارات کل متناظر استان ابلاغ شد؛ برنامه اجرایی استانی هنوز از دو دستگاه نرسیده است.' },
      ],
    },
    {
      text: 'با عنایت به توضیحات ارائه شده توسط جناب آقای دکتر آقامحمدی و دستور استاندار محترم مقرر گردید: به منظور آموزش ۳۰۰۰ نفر از افراد محلات هدف با موضوع کسب و کار و استعدادیابی ، جلسه ای مشترک با موسسه شریف استار و معاون آموزشی ستاد محرومیت زدایی وزارت کشور برگزار و اتخاذ تصمیم گردد.',
      lead: 'governorate',
      packages: ['employment'],
      deadline: { months: 1 },
      reports: [
        { day: 8, progress: 30, text: 'با معاون آموزشی ستاد محرومیت‌زدایی وزارت کشور و مؤسسه شریف استار مکاتبه و زمان جلسه مشترک تعیین شد.' },
        { day: 23, progress: 100, text: 'جلسه مشترک با مؤسسه شریف استار و معاون آموزشی ستاد برگزار شد؛ مقرر شد دوره‌های کسب‌وکار و استعدادیابی برای ۳۰۰۰ نفر از ساکنان محلات هدف در خانه‌های محله برگزار و معرفی فراگیران از سوی چهار نهاد مؤسس انجام شود.' },
      ],
    },
  ],
};

// ---- Alborz: the 22 meetings before it, then the 23rd -------------------------------------------------------

export const alborzBody: DemoBody = {
  nameFa: 'قرارگاه اجتماعی استان البرز',
  kind: 'social_hq',
  level: 'province',
  provinceCode: '30',
  countyCode: null,
  chair: 'استاندار البرز',
  secretary: 'مدیرکل دفتر امور اجتماعی و فرهنگی استانداری البرز',
  members: alborzMembers,
  place: 'سالن جلسات شهدای دولت',
  secretariat: 'alborz',
  reporters: { governorate: 'alborz', 'relief-committee': 'emdad-alborz' },
  invitationPrefix: '21/25',
  meetings: [
    {
      heldOn: '1399/08/12',
      agenda: ['تشکیل کمیته‌های تخصصی قرارگاه اجتماعی استان', 'گزارش وضعیت شیوع کرونا در محلات حاشیه‌نشین'],
      resolutions: [
        { text: 'بر اساس ابلاغیه وزارت کشور، کمیته‌های تخصصی قرارگاه (سلامت، اشتغال، آموزش، مسکن و آسیب‌های اجتماعی) تشکیل و رئیس هر کمیته با حکم استاندار منصوب شود.', lead: 'governorate', deadline: { weeks: 2 }, story: 'on_time', report: 'احکام روسای پنج کمیته تخصصی صادر و نخستین جلسه هر کمیته برگزار شد.' },
        { text: 'کمیته امداد امام خمینی (ره) استان فهرست خانوارهای تحت حمایت ساکن در محلات حاشیه‌ای کرج، فردیس و نظرآباد را برای توزیع بسته‌های معیشتی رزمایش کمک مؤمنانه به‌روز کند.', lead: 'relief-committee', packages: ['nutrition'], deadline: { weeks: 3 }, report: 'فهرست ۱۸ هزار خانوار تحت حمایت به‌روز و بسته‌های معیشتی مرحله نخست رزمایش توزیع شد.' },
        { text: 'دانشگاه علوم پزشکی البرز غربالگری کرونا و آموزش بهداشت فردی را در محلات حاشیه‌نشین با اولویت اسلام‌آباد (زورآباد) و حصار پایین انجام دهد.', lead: 'ministry-of-health', packages: ['health'], neighborhoods: ['30-001', '30-003'] },
      ],
    },
    {
      heldOn: '1399/09/17',
      agenda: ['گزارش کمیته امداد از رزمایش کمک مؤمنانه', 'تأمین تبلت برای دانش‌آموزان نیازمند'],
      resolutions: [
        { text: 'به منظور تداوم آموزش مجازی، با مشارکت خیرین، تبلت و گوشی هوشمند برای دانش‌آموزان نیازمند محلات حاشیه‌ای تأمین و توزیع شود.', lead: 'ministry-of-education', co: ['benefactors'] },
        { text: 'سازمان بهزیستی استان با همکاری شهرداری‌ها، گرمخانه‌های موقت را برای بی‌خانمان‌ها و معتادان متجاهر در فصل سرما آماده و ساماندهی کند.', lead: 'welfare', deadline: { weeks: 2 }, story: 'late' },
      ],
    },
    {
      heldOn: '1399/10/15',
      agenda: ['بررسی شاخص‌های شناسایی محلات کم‌برخوردار استان'],
      resolutions: [
        { text: 'دبیرخانه قرارگاه با همکاری مرکز آمار و دستگاه‌های عضو، شاخص‌های شناسایی محلات کم‌برخوردار را اعمال و پیش‌نویس فهرست محلات هدف استان را برای طرح در جلسه آینده آماده کند.', lead: 'governorate', co: ['statistical-centre'], deadline: { months: 1 }, story: 'on_time', report: 'پیش‌نویس فهرست محلات هدف بر پایه شاخص‌های مرکز آمار تهیه و برای اعضا ارسال شد.' },
        { text: 'ستاد اجرایی فرمان حضرت امام (ره) نتایج نیازسنجی میدانی خود در محلات اسلام‌آباد و خط چهار حصار را در اختیار دبیرخانه قرار دهد.', lead: 'setad', neighborhoods: ['30-001', '30-002'] },
        { text: 'فرماندهی انتظامی و دادگستری استان گزارش کانون‌های آسیب اجتماعی در حاشیه کرج را برای برنامه‌ریزی مشترک به قرارگاه ارائه کنند.', lead: 'police', co: ['judiciary'], story: 'late' },
      ],
    },
    {
      heldOn: '1399/11/14',
      agenda: ['گزارش آموزش و پرورش از کودکان بازمانده از تحصیل'],
      resolutions: [
        { text: 'اداره کل آموزش و پرورش با همکاری بهزیستی و کمیته امداد، کودکان بازمانده از تحصیل در محلات حاشیه‌ای را شناسایی و برای ثبت‌نام آنان در نیمسال دوم اقدام کند.', lead: 'ministry-of-education', co: ['welfare', 'relief-committee'] },
        { text: 'برای کودکان فاقد مدارک هویتی، با هماهنگی دادگستری و اداره کل ثبت احوال، ثبت‌نام موقت در مدارس انجام شود.', lead: 'judiciary', co: ['ministry-of-education'], story: 'reassigned', reassignTo: 'ministry-of-education', reason: 'ثبت‌نام موقت در اختیار آموزش و پرورش است؛ دادگستری همکاری می‌کند' },
      ],
    },
    {
      heldOn: '1399/12/12',
      agenda: ['طرح زمستانه و برنامه‌های نوروزی برای خانوارهای نیازمند'],
      resolutions: [
        { text: 'کمیته امداد و ستاد اجرایی فرمان امام بسته‌های پوشاک و معیشتی شب عید را با اولویت خانوارهای زن‌سرپرست محلات هدف توزیع کنند.', lead: 'relief-committee', co: ['setad'], packages: ['clothing', 'nutrition'], deadline: { date: '1399/12/28' }, story: 'on_time', report: 'بسته‌های پوشاک و معیشتی شب عید میان ۷ هزار خانوار زن‌سرپرست توزیع شد.' },
        { text: 'جمعیت هلال‌احمر استان در ایام نوروز پایگاه‌های امداد و سلامت را در ورودی محلات پرجمعیت حاشیه‌ای مستقر کند.', lead: 'red-crescent', packages: ['health'], deadline: { date: '1400/01/15' } },
      ],
    },
    {
      heldOn: '1400/02/14',
      agenda: ['ابلاغ طرح توانمندسازی و تحول ۲۰۲۰ محله کم‌برخوردار', 'تقسیم کار میان نهادهای مؤسس'],
      resolutions: [
        { text: 'با ابلاغ طرح توانمندسازی و تحول ۲۰۲۰ محله کم‌برخوردار، فهرست ۵۵ محله هدف استان نهایی و برای ستاد ملی ارسال شود.', lead: 'governorate', deadline: { weeks: 2 }, story: 'on_time', report: 'فهرست ۵۵ محله هدف استان با شناسنامه هر محله برای ستاد ملی ارسال شد.' },
        { text: 'راهبری هر محله هدف میان چهار نهاد مؤسس (کمیته امداد، ستاد اجرایی فرمان امام، بهزیستی و هلال‌احمر) تقسیم و از هرگونه کار موازی در یک محله پرهیز شود.', lead: 'governorate', co: ['relief-committee', 'setad', 'welfare', 'red-crescent'], deadline: { months: 1 }, story: 'late', report: 'تقسیم کار ۵۵ محله میان چهار نهاد مؤسس نهایی و به دستگاه‌ها ابلاغ شد.' },
        { text: 'در هر محله هدف، نیازها از زبان خود ساکنان و با برگزاری نشست با معتمدان، شورایاران و ائمه جماعات احصا شود، نه به تشخیص دستگاه‌ها.', lead: 'setad', co: ['relief-committee', 'welfare', 'red-crescent'] },
      ],
    },
    {
      heldOn: '1400/03/17',
      agenda: ['گزارش پیشرفت تقسیم کار محلات', 'راه‌اندازی خانه‌های محله'],
      resolutions: [
        { text: 'هر یک از چهار نهاد مؤسس، خانه محله (امداد، احسان، بهزیستی و هلال) را در محلات تحت راهبری خود با استفاده از فضاهای موجود راه‌اندازی کند.', lead: 'relief-committee', co: ['setad', 'welfare', 'red-crescent'], deadline: { months: 2 }, story: 'extended', report: 'خانه‌های امداد در ۱۴ محله تحت راهبری کمیته امداد راه‌اندازی شد؛ گزارش سه نهاد دیگر نیز به دبیرخانه رسیده است.' },
        { text: 'اداره کل اوقاف و امور خیریه فهرست موقوفات و فضاهای بلااستفاده قابل واگذاری برای خانه‌های محله را به دبیرخانه اعلام کند.', lead: 'endowments' },
      ],
    },
    {
      heldOn: '1400/04/14',
      agenda: ['گزارش کمیته سلامت: واکسیناسیون و بیمه ساکنان محلات'],
      resolutions: [
        { text: 'دانشگاه علوم پزشکی البرز برای واکسیناسیون کرونای ساکنان محلات هدف، تیم‌های سیار را در خانه‌های محله مستقر کند.', lead: 'ministry-of-health', packages: ['health'] },
        { text: 'اداره کل تعاون، کار و رفاه اجتماعی خانوارهای فاقد بیمه در محلات هدف را از پایگاه رفاه ایرانیان شناسایی و فهرست را برای پوشش بیمه سلامت به دانشگاه علوم پزشکی ارسال کند.', lead: 'ministry-of-labour', co: ['ministry-of-health'], packages: ['health'], story: 'late' },
      ],
    },
    {
      heldOn: '1400/05/12',
      agenda: ['برنامه اشتغال و مهارت‌آموزی محلات هدف'],
      resolutions: [
        { text: 'اداره کل آموزش فنی و حرفه‌ای دوره‌های مهارت‌آموزی کوتاه‌مدت متناسب با بازار کار استان را در خانه‌های محله برگزار کند.', lead: 'tvto', packages: ['employment'] },
        { text: 'کمیته امداد تسهیلات اشتغال خانگی را با اولویت زنان سرپرست خانوار محلات هدف پرداخت و گزارش آن را هر ماه به دبیرخانه ارسال کند.', lead: 'relief-committee', packages: ['employment'], story: 'late', report: 'تسهیلات اشتغال خانگی برای ۶۲۰ زن سرپرست خانوار پرداخت شد.' },
        { text: 'اداره کل تعاون، کار و رفاه اجتماعی سهمیه ویژه وام قرض‌الحسنه اشتغال را از بانک‌های عامل برای محلات هدف بگیرد.', lead: 'ministry-of-labour', packages: ['employment'], story: 'cancelled', reason: 'با ابلاغ دستورالعمل کشوری تسهیلات اشتغال محلات، موضوع منتفی شد' },
      ],
    },
    {
      heldOn: '1400/06/09',
      agenda: ['آمادگی بازگشایی مدارس در محلات هدف'],
      resolutions: [
        { text: 'آموزش و پرورش با مشارکت خیرین مدرسه‌ساز، نوسازی مدارس فرسوده محلات حصارک و کلاک را در برنامه امسال قرار دهد.', lead: 'ministry-of-education', co: ['benefactors'], neighborhoods: ['30-011', '30-012', '30-007'], story: 'extended', extendDays: 90 },
        { text: 'ستاد اجرایی فرمان امام لوازم‌التحریر و پوشاک مدرسه را برای ۵ هزار دانش‌آموز نیازمند محلات هدف تأمین کند.', lead: 'setad', packages: ['clothing'], deadline: { date: '1400/06/31' } },
      ],
    },
    {
      heldOn: '1400/07/12',
      agenda: ['بررسی وضعیت محلات پیرامون زندان‌های استان'],
      resolutions: [
        { text: 'با توجه به شکل‌گیری چند محله در اطراف زندان‌های قزل‌حصار و رجایی‌شهر، دادگستری و بهزیستی برنامه حمایت از خانواده‌های زندانیان ساکن این محلات را تدوین کنند.', lead: 'judiciary', co: ['welfare'], neighborhoods: ['30-013'], story: 'reassigned', reassignTo: 'welfare', reason: 'حمایت از خانواده‌های زندانیان در حیطه مأموریت بهزیستی است' },
        { text: 'فرماندهی انتظامی استان گشت‌های پیشگیری را در محلات دارای کانون‌های آسیب اجتماعی تقویت کند.', lead: 'police' },
      ],
    },
    {
      heldOn: '1400/08/11',
      agenda: ['بازنگری فهرست محلات هدف استان'],
      resolutions: [
        { text: 'با بررسی‌های میدانی، شمار محلات هدف استان از ۵۵ به ۶۶ محله افزایش و فهرست اصلاحی برای تأیید به ستاد ملی ارسال شود.', lead: 'governorate', deadline: { weeks: 2 }, story: 'late', report: 'فهرست اصلاحی ۶۶ محله هدف برای ستاد ملی ارسال و تأیید شد.' },
        { text: 'برای ۱۱ محله افزوده‌شده، نهاد راهبر تعیین و خانه محله تا پایان سال راه‌اندازی شود.', lead: 'governorate', co: ['relief-committee', 'setad', 'welfare', 'red-crescent'], deadline: { date: '1400/12/25' }, story: 'on_time', report: 'نهاد راهبر ۱۱ محله افزوده‌شده تعیین و خانه محله در همه آنها راه‌اندازی شد.' },
      ],
    },
    {
      heldOn: '1400/09/15',
      agenda: ['گزارش کمیته سلامت', 'برنامه شب یلدا در محلات هدف'],
      resolutions: [
        { text: 'دانشگاه علوم پزشکی غربالگری فشار خون و دیابت ساکنان بالای ۳۰ سال را در پایگاه‌های سلامت محلات هدف اجرا کند.', lead: 'ministry-of-health', packages: ['health'] },
        { text: 'ستاد اجرایی فرمان امام با مشارکت خیرین، بسته‌های شب یلدا را برای خانوارهای نیازمند محلات هدف تهیه و تا پیش از شب یلدا توزیع کند.', lead: 'setad', co: ['benefactors'], packages: ['nutrition'], deadline: { date: '1400/09/29' } },
        { text: 'جمعیت هلال‌احمر آموزش کمک‌های اولیه و آمادگی در برابر زلزله را برای داوطلبان محلات هدف برگزار کند.', lead: 'red-crescent', packages: ['health'] },
      ],
    },
    {
      heldOn: '1400/10/14',
      agenda: ['ورزش و نشاط در محلات هدف'],
      resolutions: [
        { text: 'با هماهنگی دفتر فنی استانداری و شهرداری‌ها، زمین ورزشی روباز و پارک ورزشی در پنج محله فاقد فضای ورزشی احداث شود.', lead: 'governorate', packages: ['sport-recreation'], deadline: { months: 3 }, story: 'stopped', progress: 20, reason: 'اعتبار عمرانی لازم تخصیص نیافت و اجرا تا اطلاع ثانوی متوقف شد' },
        { text: 'کانون‌های فرهنگی هنری مساجد برنامه‌های فرهنگی و اوقات فراغت نوجوانان را در مساجد محلات هدف برگزار کنند.', lead: 'mosque-centres', packages: ['culture-religion'] },
      ],
    },
    {
      heldOn: '1400/11/12',
      agenda: ['اشتغال: عرضه محصولات خانگی ساکنان محلات'],
      resolutions: [
        { text: 'کمیته امداد و بهزیستی محصولات کارگاه‌های خانگی ساکنان محلات هدف را در نمایشگاه دهه فجر عرضه کنند.', lead: 'relief-committee', co: ['welfare'], packages: ['employment'], deadline: { date: '1400/11/22' }, story: 'on_time', report: 'محصولات ۸۵ کارگاه خانگی در غرفه مشترک نمایشگاه دهه فجر عرضه شد.' },
        { text: 'اداره کل تعاون، کار و رفاه اجتماعی برای تشکیل تعاونی‌های محله‌محور در سه محله نمونه اقدام کند.', lead: 'ministry-of-labour', packages: ['employment'], story: 'cancelled', reason: 'موضوع در طرح ملی نظام‌های اشتغال محلات ادغام شد' },
      ],
    },
    {
      heldOn: '1400/12/10',
      agenda: ['برنامه نوروز ۱۴۰۱', 'مقاوم‌سازی خانه‌های کم‌دوام'],
      resolutions: [
        { text: 'ستاد اجرایی فرمان امام و کمیته امداد بسته‌های معیشتی و پوشاک نوروزی را برای خانوارهای نیازمند محلات هدف تأمین کنند.', lead: 'setad', co: ['relief-committee'], packages: ['nutrition', 'clothing'], deadline: { date: '1400/12/25' } },
        { text: 'بنیاد مسکن برای مقاوم‌سازی خانه‌های کم‌دوام محلات هدف، با استفاده از تسهیلات ویژه و کمک خیرین برنامه عملیاتی تهیه کند.', lead: 'housing-foundation', co: ['benefactors'], packages: ['housing'], story: 'late' },
      ],
    },
    {
      heldOn: '1401/02/13',
      agenda: ['گزارش عملکرد سال ۱۴۰۰ و برنامه سال ۱۴۰۱', 'جام ۱۵ خرداد'],
      resolutions: [
        { text: 'هر دستگاه عضو برنامه عملیاتی سال ۱۴۰۱ خود را در محلات هدف با شاخص‌های قابل سنجش به دبیرخانه ارسال کند.', lead: 'governorate', deadline: { weeks: 3 }, story: 'late', report: 'برنامه عملیاتی ۱۲ دستگاه دریافت و در سند برنامه سال ۱۴۰۱ قرارگاه جمع‌بندی شد.' },
        { text: 'دبیرخانه قرارگاه سامانه ثبت خدمات دستگاه‌ها در محلات هدف را راه‌اندازی کند تا از دوباره‌کاری جلوگیری شود.', lead: 'governorate', story: 'extended', report: 'سامانه ثبت خدمات راه‌اندازی و به دستگاه‌های عضو آموزش داده شد.' },
        { text: 'تیم‌های فوتبال خیابانی پسران و داژبال دختران در محلات هدف تشکیل و مسابقات محلی جام ۱۵ خرداد برگزار شود.', lead: 'governorate', co: ['mosque-centres', 'red-crescent'], packages: ['sport-recreation'], deadline: { date: '1401/03/15' }, story: 'on_time', report: 'مسابقات محلی جام ۱۵ خرداد با ۴۲ تیم فوتبال خیابانی و ۲۶ تیم داژبال برگزار و منتخبان به مرحله استانی معرفی شدند.' },
      ],
    },
    {
      heldOn: '1401/03/16',
      agenda: ['پوشش بیمه سلامت همگانی ساکنان فاقد بیمه'],
      resolutions: [
        { text: 'افراد فاقد بیمه محلات هدف که در غربالگری ستاد ملی شناسایی شده‌اند، با همکاری اداره کل بیمه سلامت و دانشگاه علوم پزشکی تحت پوشش بیمه سلامت همگانی قرار گیرند.', lead: 'ministry-of-health', co: ['ministry-of-labour'], packages: ['health'], story: 'late' },
        { text: 'کمیته امداد خانوارهای واجد شرایط تحت حمایت را در طرح بیمه اجتماعی زنان خانه‌دار و مشاغل آزاد معرفی کند.', lead: 'relief-committee', packages: ['employment'], deadline: { months: 2 }, story: 'in_progress', progress: 60 },
      ],
    },
    {
      heldOn: '1401/04/14',
      agenda: ['آموزش: بانک زمان و کودکان بازمانده از تحصیل'],
      resolutions: [
        { text: 'آموزش و پرورش «بانک زمان» را با کلاس‌های جبرانی رایگان معلمان داوطلب برای دانش‌آموزان ضعیف محلات هدف در تابستان اجرا کند.', lead: 'ministry-of-education' },
        { text: 'کودکان ۶ تا ۱۷ ساله بازمانده از تحصیل که در سامانه آموزش و پرورش شناسایی شده‌اند، با همکاری کمیته امداد و بهزیستی برای سال تحصیلی جدید ثبت‌نام شوند.', lead: 'ministry-of-education', co: ['relief-committee', 'welfare'], deadline: { date: '1401/06/31' }, story: 'extended', extendDays: 40 },
      ],
    },
    {
      heldOn: '1401/05/11',
      agenda: ['مسکن محلات هدف', 'اشتغال جوانان'],
      resolutions: [
        { text: 'بنیاد مسکن و اداره کل راه و شهرسازی، ساکنان فاقد مسکن محلات هدف را در طرح نهضت ملی مسکن با الگویی متناسب با توان مالی متقاضیان ثبت‌نام کنند.', lead: 'housing-foundation', co: ['ministry-of-roads'], packages: ['housing'], story: 'in_progress', progress: 35 },
        { text: 'اداره کل آموزش فنی و حرفه‌ای با همکاری کمیته امداد، دوره‌های مهارت‌آموزی ساختمانی را برای جوانان بیکار محلات هدف برگزار کند.', lead: 'tvto', co: ['relief-committee'], packages: ['employment'] },
        { text: 'کمیته امداد برای ۳۰۰ خانوار مددجوی محلات هدف، طرح اشتغال خانگی با تسهیلات قرض‌الحسنه تعریف کند.', lead: 'relief-committee', packages: ['employment'], deadline: { months: 3 }, story: 'in_progress', progress: 70 },
      ],
    },
    {
      heldOn: '1401/06/14',
      agenda: ['گزارش کمیته آسیب‌های اجتماعی', 'آمادگی بازگشایی مدارس'],
      resolutions: [
        { text: 'بهزیستی با همکاری اورژانس اجتماعی، تیم‌های سیار مداخله در بحران را در محلات پیرامون زندان‌ها و سکونتگاه‌های غیررسمی مستقر کند.', lead: 'welfare', neighborhoods: ['30-013', '30-042'], deadline: { months: 1 }, story: 'not_started' },
        { text: 'آموزش و پرورش با مشارکت خیرین، سرویس رفت‌وآمد رایگان دانش‌آموزان محلات دور از مدرسه را فراهم کند.', lead: 'ministry-of-education', co: ['benefactors'], deadline: { months: 1 }, story: 'stopped', progress: 30, reason: 'خیرین همکار تعهد خود را برای سال تحصیلی جدید تمدید نکردند' },
      ],
    },
    {
      heldOn: '1401/07/12',
      agenda: ['آمادگی سفر رئیس ستاد ملی توانمندسازی محلات به استان', 'گزارش طرح پزشک خانواده'],
      resolutions: [
        { text: 'دبیرخانه قرارگاه گزارش جامع اقدامات دستگاه‌ها در ۶۶ محله هدف را برای ارائه به رئیس ستاد ملی در جلسه آینده آماده کند.', lead: 'governorate', deadline: { weeks: 3 }, story: 'on_time', report: 'گزارش جامع اقدامات دستگاه‌ها در ۶۶ محله هدف تهیه و در جلسه بیست و سوم ارائه شد.' },
        { text: 'دانشگاه علوم پزشکی برنامه استقرار پزشک خانواده شهری را در محلات هدف کرج و فردیس تدوین کند.', lead: 'ministry-of-health', packages: ['health'], deadline: { months: 1 }, story: 'extended', extendDays: 365, reason: 'بر اساس تفاهم‌نامه با وزارت بهداشت، طرح باید در عرض یک سال در همه محلات هدف اجرا شود' },
        { text: 'کمیته امداد فهرست خانوارهای مددجوی فاقد بیمه در محلات هدف را با سامانه ستاد ملی تطبیق دهد.', lead: 'relief-committee', packages: ['health'], deadline: { weeks: 3 }, story: 'on_time', report: 'فهرست ۴۲۰۰ خانوار مددجوی فاقد بیمه با سامانه ستاد ملی تطبیق و برای پوشش بیمه سلامت ارسال شد.' },
      ],
    },
    alborzMeeting23,
  ],
};

// ---- Semnan: 22 meetings, dated back from the day the demo loads -----------------------------

const valiasr = '20-013';
const darjazin = '20-036';

export const semnanBody: DemoBody = {
  nameFa: 'قرارگاه اجتماعی استان سمنان',
  kind: 'social_hq',
  level: 'province',
  provinceCode: '20',
  countyCode: null,
  chair: 'استاندار سمنان',
  secretary: 'مدیرکل دفتر امور اجتماعی و فرهنگی استانداری سمنان',
  members: [
    { agency: 'setad', position: 'مدیرکل ستاد اجرایی فرمان حضرت امام (ره) استان' },
    { agency: 'relief-committee', position: 'مدیرکل کمیته امداد امام خمینی (ره) استان' },
    { agency: 'red-crescent', position: 'مدیرعامل جمعیت هلال‌احمر استان' },
    { agency: 'welfare', position: 'مدیرکل بهزیستی استان' },
    { agency: 'ministry-of-health', position: 'رئیس دانشگاه علوم پزشکی سمنان' },
    { agency: 'ministry-of-education', position: 'مدیرکل آموزش و پرورش استان' },
    { agency: 'ministry-of-labour', position: 'مدیرکل تعاون، کار و رفاه اجتماعی استان' },
    { agency: 'tvto', position: 'مدیرکل آموزش فنی و حرفه‌ای استان' },
    { agency: 'housing-foundation', position: 'مدیرکل بنیاد مسکن انقلاب اسلامی استان' },
    { agency: 'ministry-of-roads', position: 'مدیرکل راه و شهرسازی استان' },
    { agency: 'endowments', position: 'مدیرکل اوقاف و امور خیریه استان' },
    { agency: 'police', position: 'فرمانده انتظامی استان' },
  ],
  place: 'سالن جلسات استانداری سمنان',
  secretariat: 'semnan',
  reporters: { governorate: 'semnan', welfare: 'behzisti-semnan' },
  invitationPrefix: '7/40',
  schedule: { newestDaysAgo: 10, everyDays: 30 },
  meetings: [
    {
      agenda: ['تقسیم کار ۵۰ محله هدف استان میان چهار نهاد مؤسس'],
      resolutions: [
        { text: 'راهبری ۵۰ محله هدف استان در ۱۲ شهر میان ستاد اجرایی فرمان حضرت امام (ره) در قالب خانه‌های احسان، کمیته امداد در قالب خانه امداد، هلال‌احمر در قالب خانه هلال و بهزیستی در قالب خانه بهزیستی تقسیم و به دستگاه‌ها ابلاغ شود.', lead: 'governorate', co: ['setad', 'relief-committee', 'red-crescent', 'welfare'], deadline: { weeks: 2 }, story: 'on_time', report: 'تقسیم کار ۵۰ محله میان چهار نهاد مؤسس ابلاغ شد؛ هیچ محله‌ای بی‌راهبر نماند و هیچ محله‌ای دو راهبر ندارد.' },
        { text: 'هر نهاد راهبر، نماینده تام‌الاختیار خود را برای هماهنگی امور محلات تحت راهبری به دبیرخانه قرارگاه معرفی کند.', lead: 'setad', co: ['relief-committee', 'red-crescent', 'welfare'] },
      ],
    },
    {
      agenda: ['نیازسنجی محلات هدف با مشارکت ساکنان'],
      resolutions: [
        { text: 'در هر محله هدف، نشست نیازسنجی با حضور معتمدان، داوطلبان و ساکنان برگزار و نیازهای اولویت‌دار به تفکیک بسته‌های هفت‌گانه ثبت شود؛ نیاز را ساکنان می‌گویند، نه دستگاه‌ها.', lead: 'setad', co: ['relief-committee', 'red-crescent', 'welfare'], story: 'late' },
        { text: 'بهزیستی استان برای محلات شهرک ولیعصر (مهدی‌آباد) شاهرود و درجزین مهدیشهر، جلسه توجیهی با معتمدان، داوطلبان و دستگاه‌های اجرایی همکار برگزار کند.', lead: 'welfare', neighborhoods: [valiasr, darjazin], deadline: { weeks: 3 }, story: 'on_time', report: 'جلسه توجیهی با معتمدان، داوطلبان و دستگاه‌های همکار در هر دو محله برگزار شد.' },
      ],
    },
    {
      agenda: ['راه‌اندازی خانه‌های محله'],
      resolutions: [
        { text: 'خانه‌های بهزیستی شهرک ولیعصر (مهدی‌آباد) و درجزین در قالب پایگاه خدمات اجتماعی راه‌اندازی و ساعات خدمت‌رسانی به اطلاع ساکنان رسانده شود.', lead: 'welfare', neighborhoods: [valiasr, darjazin], deadline: { months: 1 }, story: 'late', report: 'خانه‌های بهزیستی هر دو محله در قالب پایگاه خدمات اجتماعی راه‌اندازی شد و میز خدمت ساکنان برپاست.' },
        { text: 'کمیته امداد خانه‌های امداد را در محلات تحت راهبری خود در سمنان، دامغان و گرمسار راه‌اندازی کند.', lead: 'relief-committee' },
        { text: 'اداره کل اوقاف و امور خیریه فضاهای موقوفه قابل استفاده برای خانه‌های محله را به دبیرخانه معرفی کند.', lead: 'endowments', story: 'cancelled', reason: 'فضاهای مورد نیاز از محل ساختمان‌های دولتی بلااستفاده تأمین شد' },
      ],
    },
    {
      agenda: ['سلامت: غربالگری و پزشک خانواده'],
      resolutions: [
        { text: 'بهزیستی با همکاری دانشگاه علوم پزشکی، غربالگری بینایی و شنوایی ساکنان شهرک ولیعصر (مهدی‌آباد) و درجزین را اجرا کند.', lead: 'welfare', co: ['ministry-of-health'], packages: ['health'], neighborhoods: [valiasr, darjazin], deadline: { months: 2 }, story: 'on_time', report: 'غربالگری بینایی، شنوایی و موارد مرتبط برای ۱۴۱۱ نفر انجام و موارد نیازمند به مراکز درمانی ارجاع شد.' },
        { text: 'دانشگاه علوم پزشکی سمنان پایگاه‌های سلامت محلات هدف را به پزشک خانواده مجهز کند.', lead: 'ministry-of-health', packages: ['health'], story: 'extended' },
      ],
    },
    {
      agenda: ['بیمه سلامت ساکنان فاقد بیمه', 'مهارت‌های زندگی و سلامت روان'],
      resolutions: [
        { text: 'افراد فاقد بیمه محلات هدف که در غربالگری ستاد ملی شناسایی شده‌اند، با همکاری اداره کل بیمه سلامت تحت پوشش بیمه سلامت همگانی قرار گیرند.', lead: 'ministry-of-health', co: ['ministry-of-labour'], packages: ['health'], story: 'late' },
        { text: 'بهزیستی آموزش مهارت‌های زندگی، آموزش پیش از ازدواج و زندگی خانواده، پیشگیری از معلولیت‌های دوران سالمندی و آموزش زنان سرپرست خانوار را در خانه‌های بهزیستی اجرا کند.', lead: 'welfare', packages: ['health'], neighborhoods: [valiasr, darjazin], deadline: { months: 2 }, story: 'on_time', report: 'آموزش مهارت‌های زندگی، پیش از ازدواج و زندگی خانواده و برنامه‌های هفته سلامت روان به ۱۸۲۱ نفر ارائه شد.' },
        { text: 'کمیته امداد خانوارهای مددجوی ساکن محلات هدف را که بیمه درمان تکمیلی ندارند، شناسایی و معرفی کند.', lead: 'relief-committee', packages: ['health'], story: 'cancelled' },
      ],
    },
    {
      agenda: ['اشتغال و مهارت‌آموزی', 'حمایت از افراد در معرض آسیب'],
      resolutions: [
        { text: 'اداره کل آموزش فنی و حرفه‌ای دوره‌های مهارت‌آموزی خیاطی، قالی‌بافی و صنایع دستی را در خانه‌های محله برگزار کند.', lead: 'tvto', packages: ['employment'] },
        { text: 'بهزیستی برای توان‌خواهان و زنان سرپرست خانوار محلات هدف، فرصت اشتغال و مهارت‌آموزی فراهم کند.', lead: 'welfare', packages: ['employment'], deadline: { months: 3 }, story: 'on_time', report: 'برای ۶۳ نفر از گروه هدف فرصت اشتغال و مهارت‌آموزی فراهم شد.' },
        { text: 'بهزیستی افراد در معرض آسیب و آسیب‌دیده اجتماعی محلات هدف را شناسایی و برای حمایت به مراکز مثبت زندگی ارجاع دهد.', lead: 'welfare', deadline: { months: 1 }, story: 'late', report: 'شناسایی و حمایت از ۱۶۰ نفر از افراد در معرض آسیب و آسیب‌دیده اجتماعی انجام شد.' },
      ],
    },
    {
      agenda: ['مسکن محلات هدف', 'جذب مشارکت خیرین'],
      resolutions: [
        { text: 'مستأجران ساکن شهرک ولیعصر (مهدی‌آباد) که شرایط طرح نهضت ملی مسکن را دارند، با همکاری بهزیستی و اداره کل راه و شهرسازی ثبت‌نام شوند.', lead: 'welfare', co: ['ministry-of-roads'], packages: ['housing'], neighborhoods: [valiasr], deadline: { months: 1 }, story: 'on_time', reportedBy: 'khane-valiasr', report: 'ثبت‌نام ۲۵۷ نفر از مستأجران شهرک ولیعصر در طرح نهضت ملی مسکن انجام شد.' },
        { text: 'بنیاد مسکن برنامه مقاوم‌سازی خانه‌های خشتی بافت تاریخی ناسار و کوشمغان سمنان را با تسهیلات ارزان‌قیمت تهیه کند.', lead: 'housing-foundation', packages: ['housing'], neighborhoods: ['20-001', '20-006'], story: 'stopped', progress: 25, reason: 'اعتبار تسهیلات مقاوم‌سازی تخصیص نیافت و اجرا تا اطلاع ثانوی متوقف شد' },
        { text: 'بهزیستی با جذب مشارکت خیرین، سبد کالا میان توان‌خواهان ساکن محلات هدف توزیع کند.', lead: 'welfare', co: ['benefactors'], packages: ['nutrition'], deadline: { weeks: 3 }, story: 'on_time', report: '۸۰۸ سبد کالا میان توان‌خواهان ساکن محلات کم‌برخوردار توزیع شد.' },
      ],
    },
    {
      agenda: ['گزارش دستگاه‌های مجری طرح با حضور رئیس ستاد ملی توانمندسازی محلات'],
      note: 'این جلسه پس از افتتاح نمایشگاه «حرکت مبارک ۲۰۲۰ محله» با حضور دکتر آقامحمدی، جانشین وزیر کشور در طرح محرومیت‌زدایی و توانمندسازی اجتماعی محلات، برگزار شد. مدیرکل ستاد اجرایی فرمان حضرت امام (ره) استان گفت طرح در ۵۰ محله کم‌برخوردار در ۱۲ شهر استان با همکاری چهار دستگاه — ستاد اجرایی در قالب خانه‌های احسان، کمیته امداد در قالب خانه امداد، هلال‌احمر در قالب خانه هلال و بهزیستی در قالب خانه بهزیستی — اجرا می‌شود و هماهنگی و هم‌افزایی دستگاه‌ها، مشارکت ساکنان، تاب‌آوری اجتماعی، حفظ کرامت مددجویان و توان‌خواهان، بازاجتماعی شدن آسیب‌دیدگان و تقسیم کار و حذف موازی‌کاری از اهداف آن است. مدیرکل بهزیستی استان گزارش داد خانه‌های بهزیستی شهرک ولیعصر (مهدی‌آباد) شاهرود و درجزین مهدیشهر در قالب پایگاه خدمات اجتماعی راه‌اندازی شده و تاکنون غربالگری ۱۴۱۱ نفر، آموزش مهارت‌های زندگی و سلامت روان ۱۸۲۱ نفر، حمایت از ۱۶۰ نفر در معرض آسیب، ثبت‌نام ۲۵۷ مستأجر شهرک ولیعصر در طرح نهضت ملی مسکن، توزیع ۸۰۸ سبد کالا و فراهم کردن اشتغال و مهارت‌آموزی برای ۶۳ نفر انجام شده است؛ وی خواستار برنامه‌ریزی نتیجه‌محور و استفاده از همه ظرفیت‌های درون و برون‌سازمانی شد.',
      resolutions: [
        { text: 'گزارش دستاوردهای دستگاه‌های مجری در محلات هدف استان با شاخص‌های کمّی به تفکیک محله تهیه و برای ستاد ملی ارسال شود.', lead: 'governorate', deadline: { weeks: 3 }, story: 'on_time', report: 'گزارش دستاوردهای ۹ دستگاه مجری به تفکیک محله برای ستاد ملی ارسال شد.' },
        { text: 'بهزیستی خدمات خود را در شهرک ولیعصر و درجزین به تفکیک حوزه‌های سلامت، ورزش و تفریحات، مهارت‌آموزی و اشتغال، مسکن، فرهنگ و زنان و خانواده در سامانه ثبت خدمات وارد کند.', lead: 'welfare', neighborhoods: [valiasr, darjazin], deadline: { weeks: 2 }, story: 'late', report: 'خدمات بهزیستی در هر دو محله به تفکیک شش حوزه در سامانه ثبت شد.' },
        { text: 'ستاد اجرایی فرمان امام غرفه‌های نمایشگاه حرکت مبارک ۲۰۲۰ محله را به فروشگاه دائمی محصولات خانگی ساکنان محلات تبدیل کند.', lead: 'setad', packages: ['employment'], story: 'reassigned', reassignTo: 'relief-committee', reason: 'بازارچه دائمی محصولات مددجویان در اختیار کمیته امداد است' },
      ],
    },
    {
      agenda: ['ورزش و تفریحات در محلات هدف'],
      resolutions: [
        { text: 'تیم‌های فوتبال خیابانی پسران و داژبال دختران در محلات هدف تشکیل و مسابقات محلی جام ۱۵ خرداد برگزار شود.', lead: 'governorate', co: ['setad', 'red-crescent'], packages: ['sport-recreation'], story: 'on_time', report: 'مسابقات محلی با ۲۸ تیم در سه رده سنی برگزار و منتخبان به مرحله استانی معرفی شدند.' },
        { text: 'بهزیستی برنامه‌های ورزشی و تفریحی و اردوهای فرهنگی کودکان و نوجوانان شهرک ولیعصر و درجزین را اجرا کند.', lead: 'welfare', packages: ['sport-recreation'], neighborhoods: [valiasr, darjazin], deadline: { months: 2 }, story: 'on_time', reportedBy: 'khane-valiasr', report: 'برنامه‌های ورزشی و تفریحی برای ۱۷۸۵ نفر و اردوهای فرهنگی برای ۳۷۸ نفر در دو محله اجرا شد.' },
      ],
    },
    {
      agenda: ['آموزش: کودکان بازمانده از تحصیل و بانک زمان'],
      resolutions: [
        { text: 'آموزش و پرورش کودکان ۶ تا ۱۷ ساله بازمانده از تحصیل در محلات هدف را شناسایی و برای بازگشت آنان به مدرسه برنامه‌ریزی کند.', lead: 'ministry-of-education', co: ['welfare', 'relief-committee'] },
        { text: 'کلاس‌های جبرانی بانک زمان برای دانش‌آموزان ضعیف محلات هدف با همکاری مدیران مدارس برگزار شود.', lead: 'ministry-of-education' },
      ],
    },
    {
      agenda: ['برنامه‌های نوجوانان و جوانان'],
      resolutions: [
        { text: 'جمعیت هلال‌احمر طرح پیشگامان پیشرفت و عدالت را با تشکیل گروه‌های دختران و پسران در سه رده سنی در محلات هدف اجرا کند.', lead: 'red-crescent', packages: ['culture-religion'] },
        { text: 'کانون‌های فرهنگی هنری مساجد با خانه‌های محله، برنامه‌های فرهنگی نوجوانان را در مساجد محلات هدف برگزار کنند.', lead: 'mosque-centres', co: ['setad'], packages: ['culture-religion'] },
      ],
    },
    {
      agenda: ['پیشگیری از آسیب‌های اجتماعی'],
      resolutions: [
        { text: 'فرماندهی انتظامی استان با همکاری شورایاران، طرح محله امن را در سه محله دارای بیشترین گزارش آسیب اجرا کند.', lead: 'police' },
        { text: 'بهزیستی کمک‌هزینه درمان توان‌خواهان نیازمند ساکن محلات هدف را پرداخت کند.', lead: 'welfare', packages: ['health'], deadline: { months: 1 }, story: 'on_time', report: 'کمک‌هزینه درمان ۱۷ نفر از توان‌خواهان پرداخت شد.' },
      ],
    },
    {
      agenda: ['خیرین و تأمین معیشت'],
      resolutions: [
        { text: 'پنجره ارتباط میان خیرین و نیازمندان در سامانه استان راه‌اندازی و نیازهای ثبت‌شده خانه‌های محله در آن منتشر شود.', lead: 'governorate', co: ['benefactors'], story: 'extended', report: 'پنجره ارتباط خیرین راه‌اندازی شد و ۳۴۰ نیاز ثبت‌شده خانه‌های محله در آن منتشر شده است.' },
        { text: 'ستاد اجرایی فرمان امام با مشارکت خیرین، بسته‌های معیشتی خانوارهای زن‌سرپرست محلات هدف را تأمین و توزیع کند.', lead: 'setad', co: ['benefactors'], packages: ['nutrition'] },
      ],
    },
    {
      agenda: ['پوشاک و معیشت خانوارهای تحت حمایت'],
      resolutions: [
        { text: 'کمیته امداد پوشاک کودکان خانوارهای تحت حمایت ساکن محلات هدف را تأمین کند.', lead: 'relief-committee', packages: ['clothing'], story: 'late' },
        { text: 'اداره کل تعاون، کار و رفاه اجتماعی خانوارهای محلات هدف را که از یارانه معیشتی جا مانده‌اند، شناسایی و معرفی کند.', lead: 'ministry-of-labour', packages: ['nutrition'] },
      ],
    },
    {
      agenda: ['سلامت ساکنان بالای ۳۰ سال'],
      resolutions: [
        { text: 'دانشگاه علوم پزشکی غربالگری دیابت و فشار خون ساکنان بالای ۳۰ سال را در خانه‌های محله انجام دهد.', lead: 'ministry-of-health', packages: ['health'] },
        { text: 'بهزیستی مشاوره خانواده و سلامت روان را در خانه بهزیستی درجزین هفته‌ای دو روز ارائه کند.', lead: 'welfare', packages: ['health'], neighborhoods: [darjazin], deadline: { weeks: 3 }, story: 'on_time', report: 'مشاوره خانواده و سلامت روان در خانه بهزیستی درجزین شنبه‌ها و سه‌شنبه‌ها برقرار است.' },
      ],
    },
    {
      agenda: ['نظام‌های اشتغال محله‌محور'],
      resolutions: [
        { text: 'اداره کل تعاون، کار و رفاه اجتماعی با همکاری نهادهای مؤسس، نظام اشتغال محله‌محور (آموزش، تولید و فروش) را در یک محله نمونه در شاهرود راه‌اندازی کند.', lead: 'ministry-of-labour', co: ['setad', 'relief-committee'], packages: ['employment'], neighborhoods: ['20-019'], story: 'extended' },
        { text: 'کمیته امداد وام اشتغال خانگی زنان سرپرست خانوار محلات هدف را با اولویت محلات گرمسار پرداخت کند.', lead: 'relief-committee', packages: ['employment'], neighborhoods: ['20-029', '20-030'] },
      ],
    },
    {
      agenda: ['محور تحول: کودکان و نوجوانان'],
      resolutions: [
        { text: 'رویداد کودکان زیر شش سال با غربالگری رشد و استعدادیابی، هر دو ماه یک بار در خانه‌های بهزیستی شهرک ولیعصر و درجزین برگزار شود.', lead: 'welfare', co: ['red-crescent'], packages: ['early-childhood'], neighborhoods: [valiasr, darjazin], deadline: { months: 2 }, story: 'late', report: 'نخستین رویداد کودکان زیر شش سال با غربالگری ۲۱۰ کودک در دو محله برگزار شد؛ رویدادها هر دو ماه تکرار می‌شود.' },
        { text: 'آموزش و پرورش با همکاری معاونت علمی ریاست جمهوری، دوره آشنایی با هوش مصنوعی را برای دانش‌آموزان ۶ تا ۱۴ ساله محلات هدف برگزار کند.', lead: 'ministry-of-education', co: ['vp-science'], packages: ['ai-education'], story: 'in_progress', progress: 40 },
      ],
    },
    {
      agenda: ['مسکن مستأجران محلات هدف'],
      resolutions: [
        { text: 'اداره کل راه و شهرسازی برای تأمین زمین مستأجران ثبت‌نام‌شده شهرک ولیعصر در طرح نهضت ملی مسکن اقدام کند.', lead: 'ministry-of-roads', co: ['welfare'], packages: ['housing'], neighborhoods: [valiasr], deadline: { months: 3 }, story: 'in_progress', progress: 30 },
        { text: 'بنیاد مسکن خانه‌های کم‌دوام درجزین را ارزیابی و برای بهسازی آنها تسهیلات معرفی کند.', lead: 'housing-foundation', packages: ['housing'], neighborhoods: [darjazin], story: 'late' },
      ],
    },
    {
      agenda: ['گزارش شش‌ماهه دستگاه‌ها'],
      resolutions: [
        { text: 'دبیرخانه قرارگاه گزارش شش‌ماهه پیشرفت برنامه‌های دستگاه‌ها در ۵۰ محله هدف را به تفکیک شاخص‌ها تهیه و به ستاد ملی ارسال کند.', lead: 'governorate', deadline: { weeks: 3 }, story: 'on_time', report: 'گزارش شش‌ماهه به تفکیک شاخص‌ها و محلات برای ستاد ملی ارسال شد.' },
        { text: 'دستگاه‌هایی که خدمات خود را در سامانه ثبت خدمات وارد نکرده‌اند، اطلاعات را تکمیل کنند و دبیرخانه وضعیت را در جلسه بعد گزارش دهد.', lead: 'governorate', co: ['ministry-of-health', 'ministry-of-education', 'tvto'], deadline: { weeks: 2 }, story: 'late', report: 'اطلاعات همه دستگاه‌ها جز یک دستگاه در سامانه تکمیل شد و گزارش آن در جلسه ارائه شد.' },
        { text: 'بهزیستی خدمات مراقبت در منزل را برای سالمندان تنهای شهرک ولیعصر (مهدی‌آباد) توسعه دهد.', lead: 'welfare', packages: ['health'], neighborhoods: [valiasr], deadline: { months: 3 }, story: 'in_progress', progress: 55, reportedBy: 'khane-valiasr' },
      ],
    },
    {
      agenda: ['تاب‌آوری محلات و آمادگی در برابر حوادث'],
      resolutions: [
        { text: 'جمعیت هلال‌احمر تیم‌های واکنش سریع محله را در محلات سکونتگاه غیررسمی آموزش دهد و تجهیز کند.', lead: 'red-crescent', deadline: { months: 1 }, story: 'not_started' },
        { text: 'کمیته امداد تجهیزات گرمایشی و سرمایشی ایمن را برای خانوارهای سالمند تحت حمایت محلات هدف تأمین کند.', lead: 'relief-committee', deadline: { months: 2 }, story: 'in_progress', progress: 45 },
        { text: 'بهزیستی برای توان‌خواهان ساکن درجزین سرویس ایاب‌وذهاب به مراکز توانبخشی مهدیشهر فراهم کند.', lead: 'welfare', neighborhoods: [darjazin], deadline: { months: 2 }, story: 'in_progress', progress: 60 },
      ],
    },
    {
      agenda: ['اشتغال جوانان محلات هدف', 'آمادگی نمایشگاه دستاوردها'],
      resolutions: [
        { text: 'اداره کل آموزش فنی و حرفه‌ای دوره‌های مهارت‌آموزی جوانان بیکار محلات هدف را با معرفی فارغ‌التحصیلان به کارفرمایان شهرک‌های صنعتی همراه کند.', lead: 'tvto', packages: ['employment'], deadline: { days: 45 }, story: 'in_progress', progress: 50 },
        { text: 'بهزیستی گزارش خدمات خانه‌های بهزیستی شهرک ولیعصر و درجزین را برای نمایشگاه دستاوردهای محلات آماده کند.', lead: 'welfare', neighborhoods: [valiasr, darjazin], deadline: { days: 45 }, story: 'in_progress', progress: 50 },
        { text: 'کمیته امداد فهرست خانوارهای فاقد درآمد پایدار محلات هدف را برای طرح‌های اشتغال خانگی تکمیل کند.', lead: 'relief-committee', packages: ['employment'], deadline: { months: 1 }, story: 'not_started' },
      ],
    },
    {
      agenda: ['معیشت خانوارهای زن‌سرپرست', 'بازبینی خانه‌های محله'],
      resolutions: [
        { text: 'ستاد اجرایی فرمان امام با مشارکت خیرین، بسته‌های معیشتی خانوارهای زن‌سرپرست محلات هدف را تأمین و توزیع کند.', lead: 'setad', co: ['benefactors'], packages: ['nutrition'], deadline: { weeks: 2 }, story: 'not_started' },
        { text: 'بهزیستی سرویس‌های بهداشتی و ایمنی خانه‌های بهزیستی شهرک ولیعصر و درجزین را بازبینی و نواقص را رفع کند.', lead: 'welfare', neighborhoods: [valiasr, darjazin], deadline: { weeks: 2 }, story: 'in_progress', progress: 40, reportedBy: 'khane-valiasr' },
        { text: 'دانشگاه علوم پزشکی غربالگری سلامت دهان و دندان کودکان دبستانی محلات هدف را اجرا کند.', lead: 'ministry-of-health', packages: ['health'], deadline: { months: 1 }, story: 'not_started' },
      ],
    },
  ],
};

// ---- Shahroud: a county council --------------------------------------------------------------

export const shahroudCouncil: DemoBody = {
  nameFa: 'شورای توانمندسازی شهرستان شاهرود',
  kind: 'county_council',
  level: 'county',
  provinceCode: '20',
  countyCode: '20-03',
  chair: 'فرماندار شاهرود',
  secretary: 'معاون سیاسی، امنیتی و اجتماعی فرمانداری شاهرود',
  members: [
    { agency: 'welfare', position: 'رئیس اداره بهزیستی شهرستان' },
    { agency: 'relief-committee', position: 'رئیس کمیته امداد شهرستان' },
    { agency: 'setad', position: 'نماینده ستاد اجرایی فرمان حضرت امام (ره) در شهرستان' },
    { agency: 'red-crescent', position: 'رئیس جمعیت هلال‌احمر شهرستان' },
    { agency: 'ministry-of-health', position: 'رئیس شبکه بهداشت و درمان شهرستان' },
    { agency: 'ministry-of-education', position: 'رئیس آموزش و پرورش شهرستان' },
  ],
  place: 'سالن جلسات فرمانداری شاهرود',
  secretariat: 'semnan',
  reporters: { welfare: 'khane-valiasr' },
  invitationPrefix: '12/3',
  schedule: { newestDaysAgo: 18, everyDays: 35 },
  meetings: [
    {
      agenda: ['خدمات دستگاه‌ها در شهرک ولیعصر (مهدی‌آباد)'],
      resolutions: [
        { text: 'خانه بهزیستی شهرک ولیعصر (مهدی‌آباد) با هماهنگی شورایاری محله، میز خدمت ماهانه دستگاه‌ها را برای ساکنان برپا کند.', lead: 'welfare', neighborhoods: [valiasr], deadline: { weeks: 3 }, story: 'on_time', report: 'نخستین میز خدمت با حضور پنج دستگاه در خانه بهزیستی برپا شد و ۱۲۰ مراجعه پاسخ گرفت.' },
        { text: 'شبکه بهداشت و درمان شاهرود پایگاه سلامت شهرک ولیعصر را عصرها نیز فعال کند.', lead: 'ministry-of-health', packages: ['health'], neighborhoods: [valiasr], deadline: { weeks: 2 }, story: 'late' },
      ],
    },
    {
      agenda: ['مراقبت از سالمندان تنها', 'کلاس‌های جبرانی'],
      resolutions: [
        { text: 'بهزیستی و کمیته امداد فهرست سالمندان تنهای شهرک ولیعصر و سرچشمه را تطبیق دهند و خدمات مراقبت در منزل را میان خود تقسیم کنند.', lead: 'welfare', co: ['relief-committee'], neighborhoods: [valiasr, '20-015'], deadline: { weeks: 3 }, story: 'in_progress', progress: 50 },
        { text: 'آموزش و پرورش شاهرود کلاس‌های جبرانی بانک زمان را در مدرسه شهرک ولیعصر برگزار کند.', lead: 'ministry-of-education', neighborhoods: [valiasr], deadline: { months: 1 }, story: 'not_started' },
      ],
    },
  ],
};
