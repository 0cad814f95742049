const ones = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'];
const teens = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const tens = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const hundreds = ['', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];

function belowThousand(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) parts.push(hundreds[h]!);
  if (rest >= 10 && rest < 20) parts.push(teens[rest - 10]!);
  else {
    if (rest >= 20) parts.push(tens[Math.floor(rest / 10)]!);
    if (rest % 10 > 0) parts.push(ones[rest % 10]!);
  }
  return parts.join(' و ');
}

/**
 * A whole number in Persian words, as minutes write them: 23 → «بیست و سه», 1401 → «هزار و چهارصد و یک».
 * Numbers from 0 to 999,999,999.
 */
export function numberToPersianWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e9) throw new RangeError(`Cannot write ${n} in words`);
  if (n === 0) return 'صفر';
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(`${belowThousand(millions)} میلیون`);
  if (thousands > 0) parts.push(thousands === 1 ? 'هزار' : `${belowThousand(thousands)} هزار`);
  if (rest > 0) parts.push(belowThousand(rest));
  return parts.join(' و ');
}

/**
 * The ordinal adjective that heads minutes: 1 → «اولین», 3 → «سومین», 23 → «بیست و سومین»,
 * 30 → «سی‌امین».
 */
export function persianOrdinalWords(n: number): string {
  if (n === 1) return 'اولین';
  const words = numberToPersianWords(n);
  if (words.endsWith('سه')) return `${words.slice(0, -2)}سومین`;
  if (words.endsWith('سی')) return `${words}‌امین`;
  return `${words}مین`;
}
