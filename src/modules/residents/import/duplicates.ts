/**
 * Two rows of one file that are the same person: the same national ID, or, for people without
 * one, the same name, father's name and birth date (what the registry matches them by). Importing
 * both would register one person and then "link" them again, hiding a mistake in the file.
 */
import { importFieldLabelsFa } from './fields.ts';
import type { ImportRecord, ImportRowError } from './row.ts';

/** Headers as the file writes them, for the errors' `column`. */
export interface DuplicateColumns {
  nationalId?: string;
  firstName?: string;
}

/**
 * A tracker that remembers the first row of each person and answers for every later row. It holds
 * one short key per person, so a file of a million rows can be checked as it streams.
 */
export function createDuplicateTracker(columns: DuplicateColumns = {}) {
  const firstRowOf = new Map<string, number>();
  return {
    /** The error for a record already seen in the file, or null the first time. */
    check(record: ImportRecord): ImportRowError | null {
      const { person } = record;
      const key = person.nationalId ?? (person.birthDate ? `~${person.firstName}|${person.lastName}|${person.fatherName}|${person.birthDate}`.toLowerCase() : null);
      // Without an ID or a birth date there is too little to call two rows one person.
      if (key === null) return null;
      const firstRow = firstRowOf.get(key);
      if (firstRow === undefined) {
        firstRowOf.set(key, record.row);
        return null;
      }
      if (person.nationalId !== null) {
        const column = columns.nationalId ?? importFieldLabelsFa.nationalId;
        return { row: record.row, column, field: 'nationalId', code: 'import.duplicate_in_file', params: { column, value: person.nationalId, firstRow } };
      }
      const column = columns.firstName ?? importFieldLabelsFa.firstName;
      return { row: record.row, column, field: 'firstName', code: 'import.duplicate_person_in_file', params: { column, firstRow } };
    },
  };
}

/**
 * Every record that repeats an earlier one of the same file, as an error on the later row naming
 * the first (`import.duplicate_in_file` with `value` and `firstRow`, or
 * `import.duplicate_person_in_file` for people without a national ID).
 */
export function findDuplicatesInFile(records: Iterable<ImportRecord>, columns: DuplicateColumns = {}): ImportRowError[] {
  const tracker = createDuplicateTracker(columns);
  const errors: ImportRowError[] = [];
  for (const record of records) {
    const error = tracker.check(record);
    if (error) errors.push(error);
  }
  return errors;
}
