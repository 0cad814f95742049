/**
 * One data row of an import, from cell texts to a clean record, or to every reason it is refused:
 * the person fixing the file should see all of a row's problems at once, not one per attempt.
 */
import { todayIso } from '../../../lib/dates.ts';
import type { MessageCode, MessageParams } from '../../../lib/errors/index.ts';
import { toLatinDigits } from '../../../lib/persian/index.ts';
import type { Relation, Sex, Tenure } from '../residents.schemas.ts';
import type { employmentStatuses, insuranceStatuses, missingIdReasons, schoolingStatuses } from '../residents.schemas.ts';
import { type ImportField, importFieldLabelsFa } from './fields.ts';
import * as labels from './labels.ts';
import { type Read, cleanCell, readBirthDate, readNationalId, readPhone, readSmallNumber, readText } from './values.ts';

/** Why a row is refused: its spreadsheet row, the column as the file names it, the field, and a message code with its parameters. */
export interface ImportRowError {
  row: number;
  column: string;
  field: ImportField;
  code: MessageCode;
  params: MessageParams;
}

/** A person's fields, shaped like RegisterPersonBody's (without where they live and the agency). */
export interface ImportPerson {
  nationalId: string | null;
  missingIdReason: (typeof missingIdReasons)[number] | null;
  firstName: string;
  lastName: string;
  fatherName: string;
  sex: Sex;
  birthDate: string | null;
  relation: Relation | null;
  phone: string;
  schooling: (typeof schoolingStatuses)[number] | null;
  insurance: (typeof insuranceStatuses)[number];
  employment: (typeof employmentStatuses)[number] | null;
  disability: string;
  notes: string;
  caseNumber: string;
}

/** Where the person lives, as the row says: the household key groups rows of one family. */
export interface ImportHousehold {
  key: string | null;
  neighborhoodCode: string | null;
  neighborhoodName: string | null;
  address: string;
  tenure: Tenure | null;
  welfareDecile: number | null;
}

export interface ImportRecord {
  row: number;
  person: ImportPerson;
  household: ImportHousehold;
}

export type RowOutcome = { ok: true; record: ImportRecord } | { ok: false; errors: ImportRowError[] };

export interface RowOptions {
  /** The date birth dates must not pass, ISO; today in Tehran by default. */
  today?: string;
}

const sex = labels.choice(labels.sexLabels);
const relation = labels.choice(labels.relationLabels);
const schooling = labels.choice(labels.schoolingLabels);
const insurance = labels.choice(labels.insuranceLabels);
const employment = labels.choice(labels.employmentLabels);
const tenure = labels.choice(labels.tenureLabels);
const missingIdReason = labels.choice(labels.missingIdReasonLabels);

/** One row being read: its cleaned cells, its columns' names, and the errors found so far. */
interface RowContext {
  row: number;
  cells: Partial<Record<ImportField, string>>;
  columns: Partial<Record<ImportField, string>>;
  errors: ImportRowError[];
}

const cellOf = (context: RowContext, field: ImportField): string => context.cells[field] ?? '';

function report(context: RowContext, field: ImportField, code: MessageCode, params: MessageParams = {}): void {
  const column = context.columns[field] ?? importFieldLabelsFa[field];
  context.errors.push({ row: context.row, column, field, code, params: { column, ...params } });
}

function take<T>(context: RowContext, field: ImportField, read: Read<T>): T | null {
  if (read.ok) return read.value;
  report(context, field, read.code, read.params);
  return null;
}

function requiredText(context: RowContext, field: ImportField, max: number): string {
  if (cellOf(context, field) !== '') return take(context, field, readText(cellOf(context, field), max)) ?? '';
  report(context, field, 'import.required_value');
  return '';
}

function optionalText(context: RowContext, field: ImportField, max: number): string {
  const text = cellOf(context, field);
  return text === '' || labels.isNoneWord(text) ? '' : (take(context, field, readText(text, max)) ?? '');
}

function coded<T extends string>(context: RowContext, field: ImportField, parser: labels.Choice<T>): T | null {
  const text = cellOf(context, field);
  if (text === '') return null;
  const code = parser.parse(text);
  if (code === null) report(context, field, 'import.unknown_value', { value: text, allowed: parser.allowed });
  return code;
}

function requiredCoded<T extends string>(context: RowContext, field: ImportField, parser: labels.Choice<T>, placeholder: T): T {
  if (cellOf(context, field) !== '') return coded(context, field, parser) ?? placeholder;
  report(context, field, 'import.required_value');
  return placeholder;
}

/** A national ID, or a reason for having none, never both (the service's rule). */
function identity(context: RowContext): Pick<ImportPerson, 'nationalId' | 'missingIdReason'> {
  const reasonText = labels.isNoneWord(cellOf(context, 'missingIdReason')) ? '' : cellOf(context, 'missingIdReason');
  let idText = labels.isNoneWord(cellOf(context, 'nationalId')) ? '' : cellOf(context, 'nationalId');
  let reason = reasonText === '' ? null : coded(context, 'missingIdReason', missingIdReason);
  // Lists often write the reason in the ID column itself («اتباع»); a cell with digits is an ID.
  const reasonInIdCell = idText !== '' && reasonText === '' && !/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(idText) ? missingIdReason.parse(idText) : null;
  if (reasonInIdCell) [reason, idText] = [reasonInIdCell, ''];
  const nationalId = idText === '' ? null : take(context, 'nationalId', readNationalId(idText));
  if (idText !== '' && reason !== null) report(context, 'missingIdReason', 'residents.reason_with_id');
  if (idText === '' && reason === null && reasonText === '') report(context, 'nationalId', 'residents.missing_id_reason');
  return { nationalId, missingIdReason: reason };
}

function person(context: RowContext, today: string): ImportPerson {
  const { birthDate, phone, caseNumber } = context.cells;
  const { nationalId, missingIdReason } = identity(context);
  return {
    nationalId,
    missingIdReason,
    firstName: requiredText(context, 'firstName', 80),
    lastName: requiredText(context, 'lastName', 80),
    fatherName: optionalText(context, 'fatherName', 80),
    sex: requiredCoded(context, 'sex', sex, 'male'),
    birthDate: birthDate ? take(context, 'birthDate', readBirthDate(birthDate, today)) : null,
    relation: coded(context, 'relation', relation),
    phone: phone ? (take(context, 'phone', readPhone(phone)) ?? '') : '',
    schooling: coded(context, 'schooling', schooling),
    insurance: coded(context, 'insurance', insurance) ?? 'unknown',
    employment: coded(context, 'employment', employment),
    disability: optionalText(context, 'disability', 200),
    notes: optionalText(context, 'notes', 2000),
    caseNumber: caseNumber ? (take(context, 'caseNumber', readText(toLatinDigits(caseNumber), 60)) ?? '') : '',
  };
}

function household(context: RowContext): ImportHousehold {
  const { householdKey: key, neighborhoodCode, neighborhoodName, welfareDecile } = context.cells;
  return {
    key: key ? householdKey(key) : null,
    neighborhoodCode: neighborhoodCode ? toLatinDigits(neighborhoodCode) : null,
    neighborhoodName: neighborhoodName ? take(context, 'neighborhoodName', readText(neighborhoodName, 200)) : null,
    address: optionalText(context, 'address', 500),
    tenure: coded(context, 'tenure', tenure),
    welfareDecile: welfareDecile ? take(context, 'welfareDecile', readSmallNumber(welfareDecile, 1, 10)) : null,
  };
}

/** A household key made comparable across rows: Latin digits, no spaces, and no leading zeros on a number (0012 and 12 are one family). */
function householdKey(text: string): string | null {
  const key = toLatinDigits(text).replace(/\s+/g, '');
  if (key === '') return null;
  return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key;
}

/**
 * Normalises one data row. `values` holds the row's cells by field and `columns` the headers as
 * written (both from headers.ts), so that each error names the column the user sees.
 *
 * Rules: the national ID is checked (Persian digits and dropped leading zeros accepted); without one,
 * a reason is required (a reason word in the ID cell itself, «اتباع», counts); names and text are
 * Persian-normalised; first name, last name and sex are required; dates may be Jalali or Gregorian;
 * coded values are read from Persian or English words (labels.ts); optional cells may be empty or
 * say «ندارد» / «-».
 *
 * Pass `options.today` once for a whole file: working it out costs more than reading a row.
 */
export function normalizeImportRow(row: number, values: Partial<Record<ImportField, string>>, columns: Partial<Record<ImportField, string>> = {}, options: RowOptions = {}): RowOutcome {
  const cells: Partial<Record<ImportField, string>> = {};
  for (const field in values) cells[field as ImportField] = cleanCell(values[field as ImportField]);
  const context: RowContext = { row, cells, columns, errors: [] };
  const record = { row, person: person(context, options.today ?? todayIso()), household: household(context) };
  // The placeholders (sex 'male', '') in a refused row are never seen: it has no record.
  return context.errors.length > 0 ? { ok: false, errors: context.errors } : { ok: true, record };
}
