/**
 * The words spreadsheets use for the registry's coded values, in Persian and English. The first
 * word of each list is the one we name when a value is not recognised. The code itself (in_school,
 * male …) is always accepted too.
 */
import type { Relation, Sex, Tenure } from '../residents.schemas.ts';
import type { employmentStatuses, insuranceStatuses, missingIdReasons, schoolingStatuses } from '../residents.schemas.ts';
import { normalizeLabel } from './fields.ts';

type Labels<T extends string> = Record<T, readonly string[]>;

/**
 * Sex. Digits follow ISO/IEC 5218, which Iranian registers also use: 1 = male, 2 = female
 * (0 "not known" and 9 "not applicable" are refused: the registry needs one of the two).
 */
export const sexLabels: Labels<Sex> = {
  male: ['مرد', 'مذکر', 'آقا', 'پسر', 'male', 'm', 'man', '1'],
  female: ['زن', 'مونث', 'مؤنث', 'خانم', 'دختر', 'female', 'f', 'woman', '2'],
};

export const relationLabels: Labels<Relation> = {
  head: ['سرپرست', 'سرپرست خانوار', 'خود', 'خود سرپرست', 'head'],
  spouse: ['همسر', 'زوجه', 'زوج', 'همسر سرپرست', 'spouse', 'wife', 'husband'],
  child: ['فرزند', 'پسر', 'دختر', 'child', 'son', 'daughter'],
  parent: ['پدر', 'مادر', 'والدین', 'parent', 'father', 'mother'],
  sibling: ['خواهر', 'برادر', 'sibling', 'brother', 'sister'],
  grandchild: ['نوه', 'grandchild'],
  other: ['سایر', 'دیگر', 'غیره', 'عروس', 'داماد', 'other'],
};

export const schoolingLabels: Labels<(typeof schoolingStatuses)[number]> = {
  in_school: ['در حال تحصیل', 'محصل', 'دانش‌آموز', 'مشغول به تحصیل', 'in school'],
  left_school: ['ترک تحصیل', 'بازمانده از تحصیل', 'left school', 'dropped out'],
  graduated: ['فارغ‌التحصیل', 'پایان تحصیل', 'graduated'],
  never_enrolled: ['هرگز ثبت‌نام نکرده', 'ثبت‌نام نکرده', 'never enrolled'],
  under_school_age: ['زیر سن مدرسه', 'زیر سن تحصیل', 'خردسال', 'under school age'],
};

// A named insurer means insured: lists often write the fund rather than yes/no.
export const insuranceLabels: Labels<(typeof insuranceStatuses)[number]> = {
  insured: ['بیمه دارد', 'دارد', 'بیمه شده', 'بله', 'آری', 'تأمین اجتماعی', 'بیمه سلامت', 'سلامت', 'خدمات درمانی', 'روستایی', 'نیروهای مسلح', 'insured', 'yes', 'true'],
  uninsured: ['بیمه ندارد', 'ندارد', 'فاقد بیمه', 'بدون بیمه', 'خیر', 'uninsured', 'no', 'false'],
  unknown: ['نامشخص', 'نامعلوم', 'unknown'],
};

export const employmentLabels: Labels<(typeof employmentStatuses)[number]> = {
  employed: ['شاغل', 'دارای شغل', 'employed'],
  unemployed: ['بیکار', 'جویای کار', 'unemployed'],
  student: ['محصل', 'دانشجو', 'دانش‌آموز', 'student'],
  homemaker: ['خانه‌دار', 'homemaker', 'housewife'],
  retired: ['بازنشسته', 'retired'],
  unable: ['از کار افتاده', 'ناتوان از کار', 'unable', 'unable to work'],
  child: ['کودک', 'خردسال', 'child'],
};

export const tenureLabels: Labels<Tenure> = {
  owner: ['مالک', 'ملکی', 'شخصی', 'owner', 'owned'],
  // رهن (a large deposit instead of monthly rent) is a way of renting.
  tenant: ['مستأجر', 'استیجاری', 'اجاره‌ای', 'رهنی', 'رهن و اجاره', 'tenant', 'rented'],
  informal: ['غیررسمی', 'تصرفی', 'informal'],
};

export const missingIdReasonLabels: Labels<(typeof missingIdReasons)[number]> = {
  undocumented: ['فاقد مدرک', 'بدون مدرک', 'فاقد شناسنامه', 'بدون شناسنامه', 'فاقد مدارک هویتی', 'undocumented'],
  foreign_national: ['اتباع خارجی', 'اتباع', 'تبعه خارجی', 'غیرایرانی', 'foreign national', 'foreigner'],
  not_yet_issued: ['هنوز صادر نشده', 'صادر نشده', 'در دست صدور', 'not yet issued'],
};

// Enough for every spelling of a coded column; a column of free text must not grow it for ever.
const MEMO_LIMIT = 10_000;

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

const noneLabels = new Set(['-', '—', 'ندارد', 'ندارند', 'نداره', 'خیر', 'هیچ', 'none', 'no', 'n/a', 'na'].map(normalizeLabel));

/** Whether a non-empty cell says "none" (ندارد، -، خیر …): an empty value for an optional column, not a value to store. */
export function isNoneWord(text: string): boolean {
  // Every none word is short and has no digit; an ID, a phone number or an address is never one
  // and need not be normalised to find out.
  return text !== '' && text.length <= 12 && !DIGIT.test(text) && noneLabels.has(normalizeLabel(text));
}

/** A parser of one coded field: the code a cell means, or null; and the words to suggest. */
export interface Choice<T extends string> {
  parse(raw: string): T | null;
  allowed: string;
}

/** Builds a {@link Choice} from a table of labels, matching after {@link normalizeLabel}. */
export function choice<T extends string>(labels: Labels<T>): Choice<T> {
  const byLabel = new Map<string, T>();
  for (const [code, words] of Object.entries(labels) as [T, readonly string[]][]) {
    for (const word of [...words, code]) byLabel.set(normalizeLabel(word), code);
  }
  const allowed = Object.values<readonly string[]>(labels)
    .map((words) => words[0]!)
    .join('، ');
  // A column repeats a handful of spellings a million times: remember each spelling's answer.
  const seen = new Map<string, T | null>();
  const parse = (raw: string): T | null => {
    let code = seen.get(raw);
    if (code === undefined) {
      code = byLabel.get(normalizeLabel(raw)) ?? null;
      if (seen.size < MEMO_LIMIT) seen.set(raw, code);
    }
    return code;
  };
  return { parse, allowed };
}
