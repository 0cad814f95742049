/** Messages of the residents registry (merged into the catalogue). */
export const residentsMessages = {
  'residents.person_not_found': { fa: 'فرد پیدا نشد.', en: 'Person not found.' },
  'residents.household_not_found': { fa: 'خانوار پیدا نشد.', en: 'Household not found.' },
  'residents.invalid_national_id': { fa: 'کد ملی «{value}» معتبر نیست (رقم کنترل نادرست است).', en: 'The national ID "{value}" is not valid (wrong check digit).' },
  'residents.missing_id_reason': {
    fa: 'برای فرد بدون کد ملی، دلیل نداشتن کد ملی را بنویسید (فاقد مدرک، اتباع خارجی، هنوز صادر نشده).',
    en: 'For a person without a national ID, give the reason (undocumented, foreign national, not yet issued).',
  },
  'residents.reason_with_id': { fa: 'فردی که کد ملی دارد دلیل نداشتن کد ملی ندارد.', en: 'A person with a national ID has no reason for lacking one.' },
  'residents.birth_in_future': { fa: 'تاریخ تولد نمی‌تواند در آینده باشد.', en: 'The birth date cannot be in the future.' },
  'residents.birth_too_early': { fa: 'تاریخ تولد پیش از ۱۲۸۰ پذیرفته نیست.', en: 'A birth date before 1901 is not accepted.' },
  'residents.place_required': { fa: 'خانوار یا محلهٔ سکونت را مشخص کنید.', en: 'Give the household or the neighbourhood the person lives in.' },
  'residents.agency_required': { fa: 'دستگاهی که این فرد را ثبت می‌کند مشخص نیست.', en: 'No agency is registering this person.' },
  'residents.other_agency': { fa: 'فقط برای دستگاه خودتان می‌توانید فرد ثبت کنید.', en: 'You can register people only for your own agency.' },
  'residents.duplicate_national_id': { fa: 'کد ملی «{value}» برای فرد دیگری ثبت شده است.', en: 'The national ID "{value}" belongs to another person.' },
  'residents.registered_elsewhere': {
    fa: 'فردی با این کد ملی بیرون از محدودهٔ دسترسی شما ثبت شده است. برای انتقال یا پیوند او با دبیرخانهٔ استان هماهنگ کنید.',
    en: 'A person with this national ID is registered outside your scope. Ask the provincial secretariat to move or link them.',
  },
  'residents.head_not_member': { fa: 'سرپرست خانوار باید از اعضای همین خانوار باشد.', en: 'The head of household must be one of its members.' },
  'residents.same_neighborhood': { fa: 'خانوار هم‌اکنون در همین محله است.', en: 'The household is already in this neighbourhood.' },
  'residents.move_in_future': { fa: 'تاریخ جابه‌جایی نمی‌تواند در آینده باشد.', en: 'The move date cannot be in the future.' },
} as const satisfies Record<string, { fa: string; en: string }>;
