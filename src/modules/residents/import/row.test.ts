import { describe, expect, it } from 'vitest';
import { isMessageCode, translate } from '../../../lib/errors/index.ts';
import type { ImportField } from './fields.ts';
import { normalizeImportRow, type RowOutcome } from './row.ts';

const today = '2024-03-20';
const base: Partial<Record<ImportField, string>> = { nationalId: '0013542419', firstName: 'علی', lastName: 'کریمی', sex: 'مرد' };

function normalize(values: Partial<Record<ImportField, string>>, columns: Partial<Record<ImportField, string>> = {}): RowOutcome {
  return normalizeImportRow(7, { ...base, ...values }, columns, { today });
}

function errorsOf(outcome: RowOutcome) {
  expect(outcome.ok).toBe(false);
  return outcome.ok ? [] : outcome.errors;
}

function recordOf(outcome: RowOutcome) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.record;
}

describe('normalizeImportRow', () => {
  it('turns a full row into a record', () => {
    const record = recordOf(
      normalizeImportRow(
        5,
        {
          nationalId: '۱۳۵۴۲۴۱۹',
          firstName: ' علي ',
          lastName: 'كريمي  زاده',
          fatherName: 'حسن',
          birthDate: '۱۳۶۵/۵/۱۲',
          sex: 'مرد',
          relation: 'سرپرست',
          phone: '9123456789',
          schooling: 'ترک تحصیل',
          insurance: 'تأمین اجتماعی',
          employment: 'بیکار',
          disability: 'ندارد',
          notes: 'ساکن از ۱۳۹۰',
          caseNumber: '۱۲۳/ب',
          householdKey: '0012',
          neighborhoodCode: '۳۰۰۱',
          neighborhoodName: 'اسلام آباد',
          address: 'كوچه ۵',
          tenure: 'استیجاری',
          welfareDecile: '۲',
        },
        {},
        { today },
      ),
    );
    expect(record).toEqual({
      row: 5,
      person: {
        nationalId: '0013542419',
        missingIdReason: null,
        firstName: 'علی',
        lastName: 'کریمی زاده',
        fatherName: 'حسن',
        sex: 'male',
        birthDate: '1986-08-03',
        relation: 'head',
        phone: '09123456789',
        schooling: 'left_school',
        insurance: 'insured',
        employment: 'unemployed',
        disability: '',
        notes: 'ساکن از ۱۳۹۰',
        caseNumber: '123/ب',
      },
      household: { key: '12', neighborhoodCode: '3001', neighborhoodName: 'اسلام آباد', address: 'کوچه ۵', tenure: 'tenant', welfareDecile: 2 },
    });
  });

  it('fills defaults for empty optional cells', () => {
    const record = recordOf(normalize({ phone: '', insurance: '', birthDate: ' ' }));
    expect(record.person).toMatchObject({ birthDate: null, phone: '', insurance: 'unknown', relation: null, schooling: null, fatherName: '' });
    expect(record.household).toEqual({ key: null, neighborhoodCode: null, neighborhoodName: null, address: '', tenure: null, welfareDecile: null });
  });

  it('reports every problem of a row at once, naming the columns as the file writes them', () => {
    const columns = { nationalId: 'كد ملي', firstName: 'نام', sex: 'جنس', birthDate: 'تاریخ تولد', phone: 'موبایل', insurance: 'بیمه' };
    const errors = errorsOf(normalize({ nationalId: '0013542418', firstName: '', sex: 'نامعلوم', birthDate: '1401/07/31', phone: '12', insurance: 'شاید' }, columns));
    expect(errors.map(({ field, column, code }) => ({ field, column, code }))).toEqual([
      { field: 'nationalId', column: 'كد ملي', code: 'residents.invalid_national_id' },
      { field: 'firstName', column: 'نام', code: 'import.required_value' },
      { field: 'sex', column: 'جنس', code: 'import.unknown_value' },
      { field: 'birthDate', column: 'تاریخ تولد', code: 'date.invalid_jalali' },
      { field: 'phone', column: 'موبایل', code: 'import.bad_phone' },
      { field: 'insurance', column: 'بیمه', code: 'import.unknown_value' },
    ]);
    expect(errors.every((error) => error.row === 7 && isMessageCode(error.code))).toBe(true);
    expect(errors[3]!.params).toMatchObject({ value: '1401/07/31' });
    expect(translate(errors[2]!.code, 'fa', errors[2]!.params)).toBe('مقدار «نامعلوم» در ستون «جنس» شناخته نشد. مقادیر پذیرفته: مرد، زن');
    expect(translate(errors[0]!.code, 'en', errors[0]!.params)).toBe('The national ID "0013542418" is not valid (wrong check digit).');
  });

  it('names a column the file lacks by its usual Persian header', () => {
    const errors = errorsOf(normalizeImportRow(2, { nationalId: '0013542419' }, {}, { today }));
    expect(errors.map(({ column, code }) => [column, code])).toEqual([
      ['نام', 'import.required_value'],
      ['نام خانوادگی', 'import.required_value'],
      ['جنسیت', 'import.required_value'],
    ]);
  });

  it('refuses a birth date in the future', () => {
    expect(errorsOf(normalize({ birthDate: '1403/01/02' }))).toMatchObject([{ field: 'birthDate', code: 'residents.birth_in_future' }]);
    expect(recordOf(normalize({ birthDate: '2024-03-20' })).person.birthDate).toBe('2024-03-20');
  });

  describe('a person without a national ID', () => {
    it('is accepted with a reason', () => {
      expect(recordOf(normalize({ nationalId: '', missingIdReason: 'اتباع خارجی' })).person).toMatchObject({ nationalId: null, missingIdReason: 'foreign_national' });
      expect(recordOf(normalize({ nationalId: 'ندارد', missingIdReason: 'فاقد مدرک' })).person).toMatchObject({ nationalId: null, missingIdReason: 'undocumented' });
    });

    it('is accepted with the reason written in the ID cell itself', () => {
      expect(recordOf(normalize({ nationalId: 'اتباع' })).person).toMatchObject({ nationalId: null, missingIdReason: 'foreign_national' });
    });

    it('is refused without a reason, or with one we do not know', () => {
      expect(errorsOf(normalize({ nationalId: '' }))).toMatchObject([{ field: 'nationalId', code: 'residents.missing_id_reason' }]);
      expect(errorsOf(normalize({ nationalId: '-', missingIdReason: '-' }))).toMatchObject([{ field: 'nationalId', code: 'residents.missing_id_reason' }]);
      expect(errorsOf(normalize({ nationalId: '', missingIdReason: 'گم شده' }))).toMatchObject([{ field: 'missingIdReason', code: 'import.unknown_value' }]);
    });

    it('cannot have both an ID and a reason', () => {
      expect(errorsOf(normalize({ missingIdReason: 'اتباع' }))).toMatchObject([{ field: 'missingIdReason', code: 'residents.reason_with_id' }]);
      // A dash in the reason column of a person with an ID is just an empty cell.
      expect(recordOf(normalize({ missingIdReason: '-' })).person.missingIdReason).toBeNull();
    });
  });

  it('reads sex as مرد/زن, آقا/خانم, male/female, m/f and ISO 5218 digits 1/2', () => {
    const sexOf = (sex: string) => recordOf(normalize({ sex })).person.sex;
    for (const word of ['مرد', 'آقا', 'male', 'M', '1', '۱']) expect(sexOf(word), word).toBe('male');
    for (const word of ['زن', 'خانم', 'Female', 'f', '2', '۲', 'مؤنث']) expect(sexOf(word), word).toBe('female');
    expect(errorsOf(normalize({ sex: '0' }))).toMatchObject([{ code: 'import.unknown_value' }]);
  });

  it('reads coded values from Persian and English words and from the codes themselves', () => {
    const personOf = (values: Partial<Record<ImportField, string>>) => recordOf(normalize(values)).person;
    expect(personOf({ insurance: 'بیمه دارد' }).insurance).toBe('insured');
    expect(personOf({ insurance: 'ندارد' }).insurance).toBe('uninsured');
    expect(personOf({ insurance: 'FALSE' }).insurance).toBe('uninsured');
    expect(personOf({ insurance: 'نامشخص' }).insurance).toBe('unknown');
    expect(personOf({ relation: 'همسر' }).relation).toBe('spouse');
    expect(personOf({ relation: 'دختر' }).relation).toBe('child');
    expect(personOf({ relation: 'grandchild' }).relation).toBe('grandchild');
    expect(personOf({ schooling: 'دانش‌آموز' }).schooling).toBe('in_school');
    expect(personOf({ schooling: 'under_school_age' }).schooling).toBe('under_school_age');
    expect(personOf({ employment: 'خانه دار' }).employment).toBe('homemaker');
    expect(personOf({ employment: 'ازکارافتاده' }).employment).toBe('unable');
    expect(recordOf(normalize({ tenure: 'ملکی' })).household.tenure).toBe('owner');
    expect(recordOf(normalize({ tenure: 'مستاجر' })).household.tenure).toBe('tenant');
  });

  it('refuses text that is too long and a decile out of range', () => {
    expect(errorsOf(normalize({ fatherName: 'ا'.repeat(81), welfareDecile: '۱۱' }))).toMatchObject([
      { field: 'fatherName', code: 'import.too_long', params: { max: 80 } },
      { field: 'welfareDecile', code: 'import.out_of_range', params: { value: '۱۱', min: 1, max: 10 } },
    ]);
  });

  it('makes household keys comparable across rows', () => {
    const keyOf = (householdKey: string) => recordOf(normalize({ householdKey })).household.key;
    expect(keyOf('۱۲')).toBe('12');
    expect(keyOf('0012')).toBe('12');
    expect(keyOf('0')).toBe('0');
    expect(keyOf('H-12 ')).toBe('H-12');
  });
});
