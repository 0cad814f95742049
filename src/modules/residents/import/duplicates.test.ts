import { describe, expect, it } from 'vitest';
import { translate } from '../../../lib/errors/index.ts';
import { findDuplicatesInFile } from './duplicates.ts';
import type { ImportRecord } from './row.ts';

function record(row: number, person: Partial<ImportRecord['person']>): ImportRecord {
  return {
    row,
    person: {
      nationalId: null,
      missingIdReason: null,
      firstName: 'علی',
      lastName: 'کریمی',
      fatherName: 'حسن',
      sex: 'male',
      birthDate: null,
      relation: null,
      phone: '',
      schooling: null,
      insurance: 'unknown',
      employment: null,
      disability: '',
      notes: '',
      caseNumber: '',
      ...person,
    },
    household: { key: null, neighborhoodCode: null, neighborhoodName: null, address: '', tenure: null, welfareDecile: null },
  };
}

describe('findDuplicatesInFile', () => {
  it('finds two rows with one national ID, naming both rows', () => {
    const errors = findDuplicatesInFile(
      [record(2, { nationalId: '0013542419' }), record(3, { nationalId: '0084575948' }), record(9, { nationalId: '0013542419', firstName: 'رضا' }), record(12, { nationalId: '0013542419' })],
      { nationalId: 'کد ملي' },
    );
    expect(errors).toEqual([
      { row: 9, column: 'کد ملي', field: 'nationalId', code: 'import.duplicate_in_file', params: { column: 'کد ملي', value: '0013542419', firstRow: 2 } },
      { row: 12, column: 'کد ملي', field: 'nationalId', code: 'import.duplicate_in_file', params: { column: 'کد ملي', value: '0013542419', firstRow: 2 } },
    ]);
    expect(translate(errors[0]!.code, 'en', errors[0]!.params)).toBe('The national ID 0013542419 also appears in row 2 of this file.');
  });

  it('finds two rows of one person without an ID by name, father\'s name and birth date', () => {
    const undocumented = { missingIdReason: 'undocumented', birthDate: '1990-01-01' } as const;
    const errors = findDuplicatesInFile([record(4, undocumented), record(5, { ...undocumented, birthDate: '1991-01-01' }), record(8, undocumented)]);
    expect(errors).toEqual([{ row: 8, column: 'نام', field: 'firstName', code: 'import.duplicate_person_in_file', params: { column: 'نام', firstRow: 4 } }]);
  });

  it('does not call people without an ID or a birth date duplicates, nor someone with an ID and someone without', () => {
    expect(findDuplicatesInFile([record(2, {}), record(3, {})])).toEqual([]);
    expect(findDuplicatesInFile([record(2, { nationalId: '0013542419', birthDate: '1990-01-01' }), record(3, { birthDate: '1990-01-01' })])).toEqual([]);
  });
});
