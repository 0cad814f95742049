/** Messages of duplicate detection and merging (merged into the catalogue). */
export const duplicatesMessages = {
  'duplicates.candidate_not_found': { fa: 'این مورد تکراری احتمالی پیدا نشد.', en: 'Duplicate candidate not found.' },
  'duplicates.candidate_not_open': {
    fa: 'این مورد پیش‌تر رد یا ادغام شده است.',
    en: 'This candidate has already been dismissed or merged.',
  },
  'duplicates.merge_self': { fa: 'یک فرد را نمی‌توان با خودش ادغام کرد.', en: 'A person cannot be merged with themself.' },
  'duplicates.already_merged': {
    fa: 'این فرد پیش‌تر در پروندهٔ فرد دیگری ادغام شده است.',
    en: 'This person has already been merged into another record.',
  },
  'duplicates.merge_other_province': {
    fa: 'دو فرد در دو استان مختلف ثبت شده‌اند؛ نخست یکی را به استان دیگری منتقل کنید.',
    en: 'The two people are registered in different provinces; move one of them first.',
  },
  'duplicates.merge_not_found': { fa: 'این ادغام پیدا نشد.', en: 'Merge not found.' },
  'duplicates.undo_already_undone': { fa: 'این ادغام پیش‌تر بازگردانده شده است.', en: 'This merge has already been undone.' },
  'duplicates.undo_survivor_gone': {
    fa: 'پروندهٔ باقی‌مانده پس از این ادغام خود در پروندهٔ دیگری ادغام شده است؛ نخست آن ادغام را بازگردانید.',
    en: 'The surviving record has since been merged into another one; undo that merge first.',
  },
  'duplicates.undo_survivor_changed': {
    fa: 'پروندهٔ باقی‌مانده پس از ادغام ویرایش شده است و بازگرداندن، آن تغییرات را از بین می‌برد.',
    en: 'The surviving record was edited after the merge; undoing would lose those edits.',
  },
  'duplicates.undo_national_id_taken': {
    fa: 'کد ملی فرد ادغام‌شده اکنون برای فرد دیگری ثبت شده است.',
    en: "The merged person's national ID now belongs to another person.",
  },
  'duplicates.undo_household_gone': {
    fa: 'خانوار فرد ادغام‌شده دیگر وجود ندارد.',
    en: "The merged person's household no longer exists.",
  },
  'duplicates.undo_household_changed': {
    fa: 'خانواری که سرپرستش در ادغام عوض شد پس از آن ویرایش شده است.',
    en: 'A household whose head the merge changed has been edited since.',
  },
} as const satisfies Record<string, { fa: string; en: string }>;
