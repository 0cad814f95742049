/**
 * Recognising a file's column headers. Matching is exact after {@link normalizeLabel}, never "the
 * header contains": «کد ملی سرپرست» (the head's ID) must not be read as the person's «کد ملی».
 */
import { type ImportField, importFieldLabelsFa, normalizeLabel, requiredImportFields } from './fields.ts';
import type { SheetRow } from './sheet.ts';

const synonyms: Record<ImportField, readonly string[]> = {
  nationalId: ['کد ملی', 'کدملی', 'شماره ملی', 'کد ملی فرد', 'national id', 'national code', 'national_id', 'nid'],
  missingIdReason: ['دلیل نداشتن کد ملی', 'علت نداشتن کد ملی', 'دلیل فقدان کد ملی', 'missing id reason'],
  firstName: ['نام', 'نام فرد', 'first name', 'firstname', 'given name'],
  lastName: ['نام خانوادگی', 'فامیلی', 'نام فامیل', 'last name', 'lastname', 'surname', 'family name'],
  fatherName: ['نام پدر', 'father name', "father's name", 'fathers name'],
  birthDate: ['تاریخ تولد', 'تولد', 'birth date', 'birthdate', 'date of birth', 'dob'],
  sex: ['جنسیت', 'جنس', 'sex', 'gender'],
  relation: ['نسبت با سرپرست', 'نسبت با سرپرست خانوار', 'نسبت', 'نسبت خانوادگی', 'relation', 'relationship', 'relation to head'],
  phone: ['تلفن', 'موبایل', 'شماره تماس', 'تلفن همراه', 'شماره موبایل', 'شماره تلفن', 'شماره همراه', 'تلفن تماس', 'phone', 'mobile', 'telephone', 'tel', 'phone number'],
  schooling: ['وضعیت تحصیل', 'وضعیت تحصیلی', 'تحصیل', 'schooling', 'school status'],
  insurance: ['وضعیت بیمه', 'بیمه', 'نوع بیمه', 'insurance', 'insurance status'],
  // Not «شغل» (occupation): that column holds jobs (کارگر، راننده), not a status.
  employment: ['وضعیت اشتغال', 'اشتغال', 'وضعیت شغلی', 'employment', 'employment status'],
  disability: ['معلولیت', 'نوع معلولیت', 'وضعیت معلولیت', 'disability'],
  notes: ['توضیحات', 'ملاحظات', 'یادداشت', 'notes', 'remarks', 'comments'],
  caseNumber: ['شماره پرونده', 'کد پرونده', 'case number', 'case no', 'file number'],
  // Lists often group a family by the head's national ID; it works as a household key.
  householdKey: ['شماره خانوار', 'کد خانوار', 'شناسه خانوار', 'شناسهٔ خانوار', 'کد ملی سرپرست', 'کد ملی سرپرست خانوار', 'household', 'household id', 'household number', 'household no', 'household key'],
  neighborhoodCode: ['کد محله', 'neighborhood code', 'neighbourhood code'],
  neighborhoodName: ['محله', 'نام محله', 'neighborhood', 'neighbourhood'],
  address: ['نشانی', 'آدرس', 'address'],
  tenure: ['وضعیت مسکن', 'وضعیت سکونت', 'نوع تصرف', 'مالکیت مسکن', 'tenure', 'housing'],
  welfareDecile: ['دهک', 'دهک رفاهی', 'دهک درآمدی', 'welfare decile', 'decile'],
};

// Columns we recognise and deliberately leave out: a row counter, and what Tavana derives itself
// (our own export writes سن, محور and دستگاه‌ها; importing that file back must not ask about them).
const ignoredHeaders = ['ردیف', 'شماره ردیف', 'row', '#', 'سن', 'age', 'محور', 'axis', 'دستگاه‌ها', 'agencies'];

const byLabel = new Map<string, ImportField>();
for (const [field, names] of Object.entries(synonyms) as [ImportField, readonly string[]][]) {
  for (const name of [...names, importFieldLabelsFa[field]]) byLabel.set(normalizeLabel(name), field);
}
const ignoredLabels = new Set(ignoredHeaders.map(normalizeLabel));

/** The field a header names, 'ignore' for a known column that is not imported, or null when unknown. */
export function matchHeader(header: string): ImportField | 'ignore' | null {
  const label = normalizeLabel(header);
  // '#' normalises to nothing; so does an empty header, which is not a column to map.
  if (label === '') return header.trim() === '#' ? 'ignore' : null;
  return byLabel.get(label) ?? (ignoredLabels.has(label) ? 'ignore' : null);
}

export interface HeaderMapping {
  /** Column index (0-based) → field. */
  mapping: Record<number, ImportField>;
  /** Non-empty headers that were not recognised, left for the user to map or ignore. */
  unmapped: { column: number; header: string }[];
  /** Known columns that are not imported (row numbers, derived age and axis). */
  ignored: { column: number; header: string }[];
  /** Fields that more than one column maps to; the import cannot go on until the user keeps one. */
  duplicates: { field: ImportField; columns: number[] }[];
  /** Required fields no column maps to (nationalId when neither it nor missingIdReason has a column). */
  missing: ImportField[];
}

/**
 * Maps a header row to fields. The user's choices win: `override[column]` is a field, or null to
 * ignore that column.
 */
export function mapHeaders(headers: readonly string[], override: Record<number, ImportField | null> = {}): HeaderMapping {
  const result: HeaderMapping = { mapping: {}, unmapped: [], ignored: [], duplicates: [], missing: [] };
  const columnsOf = new Map<ImportField, number[]>();
  headers.forEach((header, column) => {
    const chosen = Object.hasOwn(override, column) ? (override[column] ?? 'ignore') : matchHeader(header);
    if (chosen === 'ignore') result.ignored.push({ column, header });
    else if (chosen === null) {
      if (header.trim() !== '') result.unmapped.push({ column, header });
    } else {
      result.mapping[column] = chosen;
      columnsOf.set(chosen, [...(columnsOf.get(chosen) ?? []), column]);
    }
  });
  for (const [field, columns] of columnsOf) if (columns.length > 1) result.duplicates.push({ field, columns });
  result.missing = requiredImportFields.filter((field) => !columnsOf.has(field));
  if (!columnsOf.has('nationalId') && !columnsOf.has('missingIdReason')) result.missing.unshift('nationalId');
  return result;
}

/**
 * Finds the header row among the first rows: sheets often start with a title («فهرست خانوارهای
 * محلهٔ …») or a blank line. The first of the first `scan` rows with at least two recognised
 * headers wins; otherwise the first row.
 *
 * @returns the index in `rows`, or -1 when there are no rows
 */
export function findHeaderRow(rows: readonly SheetRow[], scan = 10): number {
  const recognised = (cell: string) => {
    const match = matchHeader(cell);
    return match !== null && match !== 'ignore';
  };
  const found = rows.slice(0, scan).findIndex((row) => row.cells.filter(recognised).length >= 2);
  return found >= 0 ? found : rows.length > 0 ? 0 : -1;
}

/** A data row's values by field (the first mapped column wins), for `normalizeImportRow` (row.ts). */
export function fieldValues(cells: readonly string[], mapping: Record<number, ImportField>): Partial<Record<ImportField, string>> {
  const values: Partial<Record<ImportField, string>> = {};
  // for…in visits integer keys in ascending order, and allocates nothing per row.
  for (const column in mapping) {
    const field = mapping[column as unknown as number]!;
    if (values[field] === undefined) values[field] = cells[Number(column)] ?? '';
  }
  return values;
}

/** Each mapped field's header as the file writes it, so that errors name the column the user sees. */
export function fieldColumns(headers: readonly string[], mapping: Record<number, ImportField>): Partial<Record<ImportField, string>> {
  const columns: Partial<Record<ImportField, string>> = {};
  for (const [column, field] of Object.entries(mapping)) columns[field] ??= headers[Number(column)]?.trim() || importFieldLabelsFa[field];
  return columns;
}
