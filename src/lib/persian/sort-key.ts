/**
 * Persian alphabetical order. Unicode puts پ چ ژ گ ک ی after the Arabic letters, so sorting by
 * code point (what PostgreSQL's C and C.UTF-8 collations do, and ICU is not always there: PGlite
 * has none) files «پارک» after «یاس». A sort key maps each letter to its rank in the Persian
 * alphabet, so plain byte order is Persian order and the database sorts fast with COLLATE "C".
 */
const alphabet = ['ا', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ک', 'گ', 'ل', 'م', 'ن', 'و', 'ه', 'ی'];

// Letters that sort as another: hamza-carrying and Arabic forms sort with their base letter.
const sortsAs: Record<string, string> = { 'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ی', 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه' };

// Ranks start above Latin-1 so Latin letters and digits (kept as they are) sort before Persian.
const rankBase = 0x0400;
const keyOf = new Map<string, string>(alphabet.map((letter, index) => [letter, String.fromCharCode(rankBase + 2 + index * 2)]));
// آ is the first letter of Persian dictionaries: its words come before those with ا.
keyOf.set('آ', String.fromCharCode(rankBase + 1));

/**
 * A string whose code-point order is Persian alphabetical order: compare keys with plain `<`
 * or store them in a `COLLATE "C"` column. ZWNJ and hamza above are ignored; spaces sort first.
 * @example persianSortKey('پارک') < persianSortKey('یاس') // true
 */
export function persianSortKey(input: string): string {
  let key = '';
  for (const char of input) {
    if (char === '\u200c' || char === '\u0654') continue;
    const direct = keyOf.get(char);
    if (direct) {
      key += direct;
      continue;
    }
    const base = sortsAs[char];
    key += base ? (keyOf.get(base) ?? char) : char.toLowerCase();
  }
  return key;
}
