/**
 * The parsing side of the residents import: bytes → recognised file → rows of text → mapped headers
 * → normalised records or row errors. Pure: no database, no HTTP. The import service builds the
 * dry-run report and the commit on top of it.
 */
export { countLines, decodeText, decodedSlices, type DecodedText, type TextEncoding } from './decode.ts';
export { sniffFile, type SniffResult } from './sniff.ts';
export { DEFAULT_MAX_ROWS, SheetError, collectRows, type ReadOptions, type SheetErrorCode, type SheetResult, type SheetRow } from './sheet.ts';
export { csvRows, detectDelimiter, readCsv, type CsvDelimiter, type CsvOptions } from './csv.ts';
export { readXlsx, xlsxRows, type XlsxSource } from './xlsx.ts';
export { importFieldLabelsFa, importFields, normalizeLabel, requiredImportFields, type ImportField } from './fields.ts';
export { fieldColumns, fieldValues, findHeaderRow, mapHeaders, matchHeader, type HeaderMapping } from './headers.ts';
export { normalizeImportRow, type ImportHousehold, type ImportPerson, type ImportRecord, type ImportRowError, type RowOptions, type RowOutcome } from './row.ts';
export { createDuplicateTracker, findDuplicatesInFile, type DuplicateColumns } from './duplicates.ts';
