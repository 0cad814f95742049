import { toPersianDigits } from '../persian/index.ts';
import { duplicatesMessages } from './messages-duplicates.ts';
import { importMessages } from './messages-import.ts';
import { meetingsMessages } from './messages-meetings.ts';
import { residentsMessages } from './messages-residents.ts';

/**
 * Every message a user can receive from the server, in Persian and English. Keys are stable
 * codes that clients may rely on; the texts may change.
 */
export const messages = {
  ...meetingsMessages,
  ...residentsMessages,
  ...importMessages,
  ...duplicatesMessages,
  'request.invalid': { fa: 'درخواست نادرست است.', en: 'The request is invalid.' },
  'request.malformed_json': { fa: 'بدنهٔ درخواست JSON معتبر نیست.', en: 'The request body is not valid JSON.' },
  'request.too_large': { fa: 'حجم درخواست بیش از حد مجاز است.', en: 'The request body is too large.' },
  'request.unsupported_media_type': { fa: 'نوع محتوای درخواست پشتیبانی نمی‌شود.', en: 'Unsupported content type.' },
  'request.route_not_found': { fa: 'چنین نشانی‌ای در API وجود ندارد.', en: 'No such API route.' },
  'server.internal': { fa: 'خطای داخلی سرور رخ داد. دوباره تلاش کنید.', en: 'An internal server error occurred. Please try again.' },
  'auth.required': { fa: 'برای این کار باید وارد شوید.', en: 'You must log in first.' },
  'auth.invalid_credentials': { fa: 'نام کاربری یا گذرواژه نادرست است.', en: 'Wrong username or password.' },
  'auth.too_many_attempts': {
    fa: 'تلاش‌های ناموفق ورود بیش از حد بوده است. {minutes} دقیقهٔ دیگر دوباره تلاش کنید.',
    en: 'Too many failed login attempts. Try again in {minutes} minutes.',
  },
  'auth.csrf_missing': {
    fa: 'توکن امنیتی (CSRF) درخواست نیست یا نادرست است. صفحه را تازه کنید.',
    en: 'The CSRF token is missing or wrong. Reload the page.',
  },
  'auth.forbidden': { fa: 'شما اجازهٔ این کار را ندارید.', en: 'You are not allowed to do this.' },
  'auth.out_of_scope': { fa: 'این کار بیرون از محدودهٔ دسترسی شماست.', en: 'This is outside your scope.' },
  'scope.country': { fa: 'کشور', en: 'country' },
  'scope.province': { fa: 'استان', en: 'province' },
  'scope.county': { fa: 'شهرستان', en: 'county' },
  'scope.neighborhood': { fa: 'محله', en: 'neighbourhood' },
  'users.not_found': { fa: 'کاربر پیدا نشد.', en: 'User not found.' },
  'geography.neighborhood_not_found': { fa: 'محله پیدا نشد.', en: 'Neighbourhood not found.' },
  'geography.province_not_found': { fa: 'استان پیدا نشد.', en: 'Province not found.' },
  'geography.house_not_found': { fa: 'خانهٔ محله پیدا نشد.', en: 'Neighbourhood house not found.' },
  'reference.package_not_found': { fa: 'بسته پیدا نشد.', en: 'Package not found.' },
  'record.version_conflict': {
    fa: 'این رکورد در این فاصله به دست کاربر دیگری تغییر کرده است. صفحه را تازه کنید و دوباره ویرایش کنید.',
    en: 'Someone else changed this record meanwhile. Reload and edit again.',
  },
  'field.required': { fa: '«{label}» لازم است.', en: '{label} is required.' },
  'field.type': { fa: '«{label}» نوع نادرستی دارد.', en: '{label} has the wrong type.' },
  'field.not_number': { fa: '«{label}» باید عدد باشد.', en: '{label} must be a number.' },
  'field.not_text': { fa: '«{label}» باید متن باشد.', en: '{label} must be text.' },
  'field.not_boolean': { fa: '«{label}» باید درست یا نادرست (true/false) باشد.', en: '{label} must be true or false.' },
  'field.not_list': { fa: '«{label}» باید فهرست باشد.', en: '{label} must be a list.' },
  'field.not_object': { fa: '«{label}» باید یک شیء JSON باشد.', en: '{label} must be a JSON object.' },
  'field.empty': { fa: '«{label}» نباید خالی باشد.', en: '{label} must not be empty.' },
  'field.too_short': { fa: '«{label}» دست‌کم {min} نویسه است.', en: '{label} must be at least {min} characters.' },
  'field.too_long': { fa: '«{label}» حداکثر {max} نویسه است.', en: '{label} must be at most {max} characters.' },
  'field.too_small': { fa: '«{label}» نباید کمتر از {min} باشد.', en: '{label} must not be less than {min}.' },
  'field.too_big': { fa: '«{label}» نباید بیشتر از {max} باشد.', en: '{label} must not be more than {max}.' },
  'field.negative': { fa: '«{label}» نمی‌تواند منفی باشد.', en: '{label} cannot be negative.' },
  'field.not_integer': { fa: '«{label}» باید عدد صحیح باشد.', en: '{label} must be a whole number.' },
  'field.not_allowed_value': { fa: 'مقدار «{label}» مجاز نیست. مقادیر مجاز: {allowed}', en: '{label} is not an allowed value. Allowed: {allowed}' },
  'field.bad_format': { fa: 'قالب «{label}» نادرست است.', en: '{label} has the wrong format.' },
  'field.unknown': { fa: 'فیلد ناشناخته: {keys}', en: 'Unknown field: {keys}' },
  'field.invalid': { fa: '«{label}» نادرست است.', en: '{label} is invalid.' },
  'date.invalid_jalali': { fa: 'تاریخ {value} در تقویم شمسی وجود ندارد.', en: 'The Jalali date {value} does not exist.' },
  'geography.unknown_province': { fa: 'استانی با کد «{code}» وجود ندارد.', en: 'There is no province with code "{code}".' },
  'geography.unknown_county': { fa: 'شهرستانی با کد «{code}» وجود ندارد.', en: 'There is no county with code "{code}".' },
  'geography.unknown_city': { fa: 'شهری با کد «{code}» وجود ندارد.', en: 'There is no city with code "{code}".' },
  'geography.unknown_agency': { fa: 'دستگاهی با کد «{code}» وجود ندارد.', en: 'There is no agency with code "{code}".' },
  'geography.duplicate_code': { fa: 'محله‌ای با کد «{code}» از پیش ثبت شده است.', en: 'A neighbourhood with code "{code}" already exists.' },
  'geography.duplicate_name': {
    fa: 'محله‌ای با نام «{name}» در همین شهر از پیش ثبت شده است.',
    en: 'A neighbourhood named "{name}" already exists in this city.',
  },
  'geography.has_houses': {
    fa: 'این محله را نمی‌توان حذف کرد، چون {count} خانهٔ محله در آن ثبت شده است. نخست آن‌ها را حذف یا منتقل کنید.',
    en: 'This neighbourhood cannot be deleted: {count} neighbourhood house(s) are registered in it. Remove or move them first.',
  },
  'geography.has_dependents': {
    fa: 'این محله را نمی‌توان حذف کرد، چون سوابق دیگری به آن وابسته است.',
    en: 'This neighbourhood cannot be deleted because other records depend on it.',
  },
  'geography.households_exceed_population': {
    fa: 'تعداد خانوار نمی‌تواند از جمعیت بیشتر باشد.',
    en: 'Households cannot exceed the population.',
  },
  'geography.coordinates_pair': {
    fa: 'عرض و طول جغرافیایی باید با هم وارد شوند.',
    en: 'Latitude and longitude must be given together.',
  },
  'users.duplicate_username': { fa: 'نام کاربری «{username}» از پیش وجود دارد.', en: 'The username "{username}" is taken.' },
  'users.weak_password': {
    fa: 'گذرواژه دست‌کم ۱۰ نویسه است و نباید با نام کاربری یکی باشد.',
    en: 'The password must have at least 10 characters and differ from the username.',
  },
  'users.scope_codes_required': {
    fa: 'برای محدودهٔ «{level}» دست‌کم یک کد لازم است.',
    en: 'Scope "{level}" needs at least one code.',
  },
  'users.unknown_scope_code': { fa: 'کد «{code}» در محدودهٔ «{level}» وجود ندارد.', en: 'Code "{code}" does not exist for scope "{level}".' },
  'users.agency_required': { fa: 'برای این نقش، دستگاه لازم است.', en: 'This role needs an agency.' },
  'users.cannot_deactivate_self': { fa: 'نمی‌توانید حساب خودتان را غیرفعال کنید.', en: 'You cannot deactivate your own account.' },
  'reference.unknown_axis': { fa: 'محوری با کد «{code}» وجود ندارد.', en: 'There is no axis with code "{code}".' },
  'reference.duplicate_package': { fa: 'بسته‌ای با کد «{code}» از پیش وجود دارد.', en: 'A package with code "{code}" already exists.' },
} as const satisfies Record<string, { fa: string; en: string }>;

export type MessageCode = keyof typeof messages;
export type MessageParams = Record<string, string | number>;
export type Locale = 'fa' | 'en';

/** True when a string is a known message code (schemas use codes as zod error messages). */
export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(messages, value);
}

/** Resolves a message code to text in a locale, filling `{name}` placeholders (numbers in Persian digits for Persian). */
export function translate(code: MessageCode, locale: Locale, params: MessageParams = {}): string {
  const template = messages[code][locale];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    // A parameter may itself be a message code (a scope level, say), read in the same language.
    if (typeof value === 'string' && isMessageCode(value)) return messages[value][locale];
    return typeof value === 'number' && locale === 'fa' ? toPersianDigits(value) : String(value);
  });
}

/** Picks the response language: English only when the client asks for it first. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fa';
}
