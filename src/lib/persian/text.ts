/**
 * Normalisation of Persian text so that the same words typed on different
 * keyboards (Arabic vs Persian layouts, Word vs Excel) compare equal.
 */

// Each rule is listed explicitly rather than applying Unicode NFC/NFKC:
// NFC would fuse ه + hamza above (U+0654) into ۀ (U+06C0), and NFKC would also
// rewrite ligatures and presentation forms in ways that are hard to predict.
const ARABIC_YEH = /[\u064a\u0649]/g; // ي Arabic yeh, ى alef maksura
const ARABIC_KAF = /\u0643/g; // ك
// Tatweel (ـ) only stretches a word on screen (کـــتاب); it is never part of
// the spelling, so it would only stop searches from matching.
const TATWEEL = /\u0640/g;
// Harakat U+064B–U+0652 (tanvin, short vowels, shadda, sukun). Persian is
// normally written without them and typists are inconsistent (محمّد / محمد,
// اصلاً / اصلا), so for matching names and addresses they are noise.
// Hamza above (U+0654) is outside this range and is kept on purpose: in
// Persian it is part of the spelling (خانهٔ).
const HARAKAT = /[\u064b-\u0652]/g;
// JavaScript's \s covers tabs, newlines, NBSP and the other Unicode spaces but
// not ZWNJ (U+200C), which is part of Persian spelling (می‌خواهم) and must stay.
const WHITESPACE_RUN = /\s+/g;

/**
 * Normalises Persian text for storage and search:
 * - Arabic ي (U+064A) and ى (U+0649) become Persian ی (U+06CC);
 * - Arabic ك (U+0643) becomes Persian ک (U+06A9);
 * - tatweel ـ (U+0640) is removed;
 * - Arabic diacritics U+064B–U+0652 are removed;
 * - every run of white space (spaces, NBSP, tabs, newlines) becomes one space,
 *   and the result is trimmed.
 *
 * Left untouched: ZWNJ (U+200C), hamza forms (ؤ, ئ, أ, hamza above U+0654),
 * ة, and digits of every script (use {@link toLatinDigits} for those).
 *
 * @example normalizePersianText('  علي\u00a0كريمي ') // 'علی کریمی'
 */
export function normalizePersianText(input: string): string {
  return input
    .replace(ARABIC_YEH, '\u06cc')
    .replace(ARABIC_KAF, '\u06a9')
    .replace(TATWEEL, '')
    .replace(HARAKAT, '')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
