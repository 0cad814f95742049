/**
 * The fields an import fills: a person's fields of RegisterPersonBody (residents.schemas.ts), plus
 * where they live: the household that groups the rows of one family, and its neighbourhood.
 */
import { normalizePersianText, toLatinDigits } from '../../../lib/persian/index.ts';

export const personImportFields = [
  'nationalId',
  'missingIdReason',
  'firstName',
  'lastName',
  'fatherName',
  'birthDate',
  'sex',
  'relation',
  'phone',
  'schooling',
  'insurance',
  'employment',
  'disability',
  'notes',
  'caseNumber',
] as const;

export const householdImportFields = [
  /** A household ID or number in the file that groups its members (or the head's national ID). */
  'householdKey',
  'neighborhoodCode',
  'neighborhoodName',
  'address',
  'tenure',
  'welfareDecile',
] as const;

export const importFields = [...personImportFields, ...householdImportFields] as const;
export type ImportField = (typeof importFields)[number];

/** Each field's usual Persian header: written in the template, and named in errors about a column the file lacks. */
export const importFieldLabelsFa: Record<ImportField, string> = {
  nationalId: 'کد ملی',
  missingIdReason: 'دلیل نداشتن کد ملی',
  firstName: 'نام',
  lastName: 'نام خانوادگی',
  fatherName: 'نام پدر',
  birthDate: 'تاریخ تولد',
  sex: 'جنسیت',
  relation: 'نسبت با سرپرست',
  phone: 'تلفن همراه',
  schooling: 'وضعیت تحصیل',
  insurance: 'وضعیت بیمه',
  employment: 'وضعیت اشتغال',
  disability: 'معلولیت',
  notes: 'توضیحات',
  caseNumber: 'شماره پرونده',
  householdKey: 'شماره خانوار',
  neighborhoodCode: 'کد محله',
  neighborhoodName: 'محله',
  address: 'نشانی',
  tenure: 'وضعیت مسکن',
  welfareDecile: 'دهک',
};

/** Fields every row needs a column for. A national ID is needed too, unless a reason column stands in for it. */
export const requiredImportFields: readonly ImportField[] = ['firstName', 'lastName', 'sex'];

// Letters that Persian and Arabic keyboards, and old Persian fonts, write differently for the same
// word in a header or a label (not in stored names: those keep their hamza forms).
const LETTER_VARIANTS: Record<string, string> = { 'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ؤ': 'و', 'ئ': 'ی', 'ۀ': 'ه', 'ة': 'ه' };

/**
 * A header or a label reduced to what identifies it, for matching only: Persian normalisation
 * (Arabic ي/ك → ی/ک), Latin digits, lower-case Latin, hamza variants folded, and everything that
 * is not a letter or a digit removed (spaces, ZWNJ, punctuation, «ٔ» hamza above, bidi marks).
 *
 * @example normalizeLabel('نام‌خانوادگی') === normalizeLabel('نام خانوادگي') // both 'نامخانوادگی'
 */
export function normalizeLabel(text: string): string {
  return toLatinDigits(normalizePersianText(text))
    .toLowerCase()
    .replace(/[آأإؤئۀة]/g, (letter) => LETTER_VARIANTS[letter]!)
    .replace(/[^\p{L}\p{N}]/gu, '');
}
