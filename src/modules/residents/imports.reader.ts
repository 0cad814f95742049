/**
 * The reading half of an import's dry run, without the database: a stored file's bytes become
 * its header, its mapping, and chunks of staged rows ready to write. It runs in a worker thread
 * (imports.stage-worker.ts), so that parsing and normalising a million rows uses the second core
 * while the main thread writes the previous chunk and answers requests.
 */
import {
  type ImportField,
  type ImportRowError,
  type SheetRow,
  type TextEncoding,
  createDuplicateTracker,
  csvRows,
  decodedSlices,
  fieldColumns,
  fieldValues,
  findHeaderRow,
  importFields,
  mapHeaders,
  normalizeImportRow,
  SheetError,
  xlsxRows,
} from './import/index.ts';
import type { StagedRow } from './imports.repository.ts';
import type { ImportMapping } from './imports.schemas.ts';
import { personValuesOf } from './residents.values.ts';

export interface ReadInput {
  bytes: Uint8Array;
  kind: 'csv' | 'xlsx';
  /** The CSV's encoding (sniffed by the caller). */
  encoding: TextEncoding | null;
  /** The user's choice of columns, when they made one. */
  chosenMapping: ImportMapping | null;
  maxRows: number;
  chunkRows: number;
  /** Birth dates must not pass it (ISO). */
  today: string;
}

/** What reading a file gives, in order: the header's verdict, then chunks of rows, or a refusal at any point. */
export type ReadEvent =
  | { kind: 'refused'; code: string; params: Record<string, string | number> }
  | { kind: 'needs_mapping'; headers: string[]; mapping: ImportMapping; missing: ImportField[] }
  | { kind: 'mapped'; headers: string[]; mapping: ImportMapping; columns: Partial<Record<ImportField, string>>; headerRow: number }
  /** Rows as the JSON the staging statement takes: a string crosses threads without being copied field by field. */
  | { kind: 'chunk'; json: string; rows: number };

/** The column per field the file maps, every field named (null = not imported). */
function mappingByField(columnToField: Record<number, ImportField>): ImportMapping {
  const mapping: ImportMapping = Object.fromEntries(importFields.map((field) => [field, null]));
  for (const [column, field] of Object.entries(columnToField)) if (mapping[field] === null) mapping[field] = Number(column);
  return mapping;
}

/** The user's choice (field → column) as mapHeaders' override (column → field, every other column ignored). */
function overrideOf(chosen: ImportMapping, columnCount: number): Record<number, ImportField | null> {
  const override: Record<number, ImportField | null> = {};
  for (let column = 0; column < columnCount; column++) override[column] = null;
  for (const [field, column] of Object.entries(chosen) as [ImportField, number | null][]) if (column !== null) override[column] = field;
  return override;
}

function errorsJson(errors: readonly ImportRowError[]): unknown[] {
  return errors.map(({ row, column, field, code, params }) => ({ row, column, field, code, params }));
}

function stagedRow(row: SheetRow, values: Partial<Record<ImportField, string>>, outcome: ReturnType<typeof normalizeImportRow>, duplicate: ImportRowError | null): StagedRow {
  if (!outcome.ok) {
    // A refused row keeps only what the report shows: its number, its errors, the name as written and its cells.
    return {
      row_no: row.row,
      outcome: 'rejected',
      parse_errors: errorsJson(outcome.errors),
      cells: row.cells,
      national_id: null,
      missing_id_reason: null,
      first_name: (values.firstName ?? '').trim().slice(0, 200),
      last_name: (values.lastName ?? '').trim().slice(0, 200),
      father_name: '',
      name_search: '',
      sex: '',
      birth_date: null,
      relation: null,
      phone: '',
      schooling: null,
      insurance: '',
      employment: null,
      disability: '',
      notes: '',
      case_number: '',
      household_key: null,
      neighborhood_code: null,
      neighborhood_name: null,
      address: '',
      tenure: null,
      welfare_decile: null,
    };
  }
  const { person, household } = outcome.record;
  return {
    row_no: row.row,
    outcome: duplicate ? 'rejected' : 'pending',
    parse_errors: duplicate ? errorsJson([duplicate]) : null,
    cells: row.cells,
    ...personValuesOf(person),
    case_number: person.caseNumber,
    household_key: household.key,
    neighborhood_code: household.neighborhoodCode,
    neighborhood_name: household.neighborhoodName,
    address: household.address,
    tenure: household.tenure,
    welfare_decile: household.welfareDecile,
  };
}

/**
 * Reads a file to staged rows: finds the header among the first rows (a title or a blank line may
 * come first), maps its columns (stopping when required ones have no mapping), then normalises
 * every row (all of its errors at once), checks it against the rows before it, and gives them in
 * chunks. A malformed or oversized file ends in a refusal, whenever that is found.
 */
export async function* readStagedRows(input: ReadInput): AsyncGenerator<ReadEvent> {
  const read = { maxRows: input.maxRows };
  const rows = input.kind === 'csv' ? csvRows(decodedSlices(input.bytes, input.encoding ?? 'utf-8'), read) : xlsxRows(input.bytes, read);
  try {
    yield* readRows(rows, input);
  } catch (error) {
    if (error instanceof SheetError) yield { kind: 'refused', code: error.code, params: error.params };
    else throw error;
  } finally {
    // Ends the reader however we left it (its own clean-up runs in its finally).
    await rows.return(undefined);
  }
}

async function* readRows(rows: AsyncGenerator<SheetRow>, input: ReadInput): AsyncGenerator<ReadEvent> {
  const head: SheetRow[] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    head.push(next.value);
    if (head.length >= 10) break;
  }
  const headerIndex = findHeaderRow(head);
  if (headerIndex < 0) {
    yield { kind: 'refused', code: 'import.empty_file', params: {} };
    return;
  }
  const headers = head[headerIndex]!.cells.map((cell) => cell.trim());
  const mapped = mapHeaders(headers, input.chosenMapping ? overrideOf(input.chosenMapping, headers.length) : {});
  const mapping = mappingByField(mapped.mapping);
  if (mapped.missing.length > 0 || mapped.duplicates.length > 0) {
    // A field two columns claim is left for the user to pick: shown as unmapped.
    for (const { field } of mapped.duplicates) mapping[field] = null;
    const missing = [...new Set([...mapped.missing, ...mapped.duplicates.map((duplicate) => duplicate.field)])];
    yield { kind: 'needs_mapping', headers, mapping, missing };
    return;
  }
  const columns = fieldColumns(headers, mapped.mapping);
  yield { kind: 'mapped', headers, mapping, columns, headerRow: headerIndex + 1 };
  const tracker = createDuplicateTracker(columns);
  let chunk: StagedRow[] = [];
  const stage = (row: SheetRow) => {
    const values = fieldValues(row.cells, mapped.mapping);
    const outcome = normalizeImportRow(row.row, values, columns, { today: input.today });
    const duplicate = outcome.ok ? tracker.check(outcome.record) : null;
    chunk.push(stagedRow(row, values, outcome, duplicate));
  };
  const flush = (): ReadEvent => {
    const event: ReadEvent = { kind: 'chunk', json: JSON.stringify(chunk), rows: chunk.length };
    chunk = [];
    return event;
  };
  for (const row of head.slice(headerIndex + 1)) stage(row);
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    stage(next.value);
    if (chunk.length >= input.chunkRows) yield flush();
  }
  if (chunk.length > 0) yield flush();
}
