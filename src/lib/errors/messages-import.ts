/**
 * Messages of the spreadsheet import (merged into the catalogue): why a file is refused as a whole,
 * and why one row is. Row messages name the column as the file writes it (`{column}`), since that
 * is what the person fixing the file sees.
 */
export const importMessages = {
  'import.empty_file': { fa: 'فایل خالی است.', en: 'The file is empty.' },
  'import.not_a_spreadsheet': {
    fa: 'این فایل صفحه‌گسترده نیست. فایل اکسل (.xlsx) یا CSV بارگذاری کنید.',
    en: 'This file is not a spreadsheet. Upload an Excel (.xlsx) or CSV file.',
  },
  'import.not_a_workbook': {
    fa: 'این فایل یک بایگانی ZIP است ولی کارپوشهٔ اکسل (.xlsx) نیست. خود فایل اکسل یا CSV را بارگذاری کنید.',
    en: 'This file is a ZIP archive but not an Excel workbook (.xlsx). Upload the Excel or CSV file itself.',
  },
  'import.save_as_xlsx': {
    fa: 'فایل با قالب {format} خوانده نمی‌شود. آن را در اکسل با «ذخیره به نام» به قالب .xlsx یا CSV (UTF-8) ذخیره و دوباره بارگذاری کنید.',
    en: 'Files in {format} format cannot be read. In Excel, use "Save as" to save it as .xlsx or CSV (UTF-8) and upload it again.',
  },
  'import.encrypted_workbook': {
    fa: 'این کارپوشه گذرواژه دارد. گذرواژه را در اکسل بردارید و دوباره بارگذاری کنید.',
    en: 'This workbook is password-protected. Remove the password in Excel and upload it again.',
  },
  'import.unreadable_workbook': {
    fa: 'فایل اکسل آسیب دیده است یا کامل بارگذاری نشده و خوانده نمی‌شود.',
    en: 'The Excel file is damaged or was not uploaded completely, and cannot be read.',
  },
  'import.malformed_csv': {
    fa: 'فایل CSV در ردیف {row} خراب است (گیومه‌ای بسته نشده یا ردیفی بیش از حد بلند).',
    en: 'The CSV file is broken at row {row} (a quote never closed, or a row far too long).',
  },
  'import.too_many_rows': {
    fa: 'فایل بیش از {max} ردیف دارد. آن را به چند فایل کوچک‌تر تقسیم کنید.',
    en: 'The file has more than {max} rows. Split it into smaller files.',
  },
  'import.no_data_rows': { fa: 'فایل جز سطر عنوان ستون‌ها ردیفی ندارد.', en: 'The file has no rows besides the column headers.' },
  'import.missing_column': {
    fa: 'ستون «{column}» در فایل پیدا نشد. آن را به یکی از ستون‌های فایل نسبت دهید.',
    en: 'No column of the file holds "{column}". Map one of the columns to it.',
  },
  'import.duplicate_column': {
    fa: 'چند ستون ({columns}) به «{column}» نسبت داده شده است؛ فقط یکی را نگه دارید.',
    en: 'Several columns ({columns}) are mapped to "{column}"; keep only one.',
  },
  'import.required_value': { fa: 'ستون «{column}» خالی است.', en: 'The column "{column}" is empty.' },
  'import.too_long': { fa: 'مقدار ستون «{column}» بیش از {max} نویسه است.', en: 'The value in "{column}" is longer than {max} characters.' },
  'import.unknown_value': {
    fa: 'مقدار «{value}» در ستون «{column}» شناخته نشد. مقادیر پذیرفته: {allowed}',
    en: 'The value "{value}" in "{column}" is not recognised. Accepted: {allowed}',
  },
  'import.bad_date': {
    fa: 'تاریخ «{value}» خوانده نشد. تاریخ را به شکل ۱۴۰۱/۰۸/۰۵ بنویسید.',
    en: 'The date "{value}" could not be read. Write it as 1401/08/05.',
  },
  'import.bad_phone': {
    fa: 'شمارهٔ تلفن «{value}» درست نیست. یک شماره با پیش‌شماره بنویسید، مانند ۰۹۱۲۳۴۵۶۷۸۹.',
    en: 'The phone number "{value}" is not valid. Write one number with its prefix, e.g. 09123456789.',
  },
  'import.out_of_range': {
    fa: 'مقدار «{value}» در ستون «{column}» باید عددی از {min} تا {max} باشد.',
    en: 'The value "{value}" in "{column}" must be a number from {min} to {max}.',
  },
  'import.too_large': { fa: 'حجم فایل بیش از {max} مگابایت است. آن را به چند فایل کوچک‌تر تقسیم کنید.', en: 'The file is larger than {max} MB. Split it into smaller files.' },
  'import.no_file': { fa: 'فایلی بارگذاری نشد. فایل را در فیلد «file» بفرستید.', en: 'No file was uploaded. Send it in the "file" field.' },
  'import.job_not_found': { fa: 'درون‌بُرد پیدا نشد.', en: 'Import not found.' },
  'import.not_editable': { fa: 'ستون‌های این درون‌بُرد را دیگر نمی‌توان تغییر داد.', en: 'The columns of this import can no longer be changed.' },
  'import.not_ready': { fa: 'این درون‌بُرد هنوز آمادهٔ ثبت نیست (بررسی آن تمام نشده یا پیش‌تر ثبت شده است).', en: 'This import is not ready to be saved (its check has not finished, or it was saved already).' },
  'import.not_cancellable': { fa: 'درون‌بُرد ثبت‌شده را نمی‌توان لغو کرد.', en: 'An import that has been saved cannot be cancelled.' },
  'import.has_rejections': {
    fa: '{count} ردیف پذیرفته نشد. یا آن‌ها را در فایل درست کنید و دوباره بارگذاری کنید، یا ثبت بدون آن ردیف‌ها را برگزینید.',
    en: '{count} rows were rejected. Fix them in the file and upload it again, or choose to save without them.',
  },
  'import.commit_failed': {
    fa: 'ثبت درون‌بُرد انجام نشد و هیچ تغییری ذخیره نشد. دوباره تلاش کنید یا با پشتیبانی تماس بگیرید.',
    en: 'The import could not be saved and nothing was changed. Try again or contact support.',
  },
  'import.analysis_failed': { fa: 'بررسی فایل با خطا روبه‌رو شد. دوباره بارگذاری کنید.', en: 'Checking the file failed. Upload it again.' },
  'import.unknown_neighborhood': {
    fa: 'محلهٔ «{value}» در ستون «{column}» در محدودهٔ دسترسی شما پیدا نشد.',
    en: 'The neighbourhood "{value}" in "{column}" was not found in your scope.',
  },
  'import.neighborhood_required': {
    fa: 'برای ثبت فرد تازه، کد یا نام محله لازم است (ستون «{column}»).',
    en: 'A new person needs a neighbourhood code or name (column "{column}").',
  },
  'import.household_without_head': {
    fa: 'خانوار «{value}» سرپرست ندارد: یکی از ردیف‌های آن باید نسبت «سرپرست» داشته باشد.',
    en: 'Household "{value}" has no head: one of its rows must have the relation "head".',
  },
  'import.identity_mismatch': {
    fa: 'کد ملی {value} با نام دیگری ثبت شده است. کد ملی یا نام را بررسی کنید.',
    en: 'The national ID {value} is registered under another name. Check the ID or the name.',
  },
  'import.duplicate_in_file': {
    fa: 'کد ملی {value} در ردیف {firstRow} همین فایل هم آمده است.',
    en: 'The national ID {value} also appears in row {firstRow} of this file.',
  },
  'import.duplicate_person_in_file': {
    fa: 'فردی با همین نام، نام پدر و تاریخ تولد (بدون کد ملی) در ردیف {firstRow} همین فایل هم آمده است.',
    en: 'A person with the same name, father\'s name and birth date (no national ID) also appears in row {firstRow} of this file.',
  },
} as const satisfies Record<string, { fa: string; en: string }>;
