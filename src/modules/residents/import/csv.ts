/**
 * CSV text to rows, with csv-parse (a maintained, RFC 4180 parser with quoted commas and line
 * breaks, CRLF, and limits) rather than a parser of our own. It runs as a stream fed in slices, so
 * a large file yields rows as they are parsed instead of building one array of a million rows.
 */
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { SheetError, type ReadOptions, type SheetResult, type SheetRow, collectRows, isBlankRow, rowLimiter } from './sheet.ts';

/**
 * The delimiters we accept. Excel writes "CSV" with the list separator of the Windows locale: a
 * comma in most, a semicolon in many European ones, and the Arabic semicolon ؛ (U+061B) in some
 * Persian setups; "Unicode Text" is tab-separated.
 */
export const csvDelimiters = [',', ';', '\t', '\u061b'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export interface CsvOptions extends ReadOptions {
  /** Overrides detection, for a file whose header line is ambiguous. */
  delimiter?: CsvDelimiter;
}

// A record longer than this is garbage (or an unclosed quote swallowing the file), not a person.
const MAX_RECORD_CHARS = 100_000;
const SLICE = 64 * 1024;

/**
 * Picks the delimiter from the header line: the candidate that occurs most often outside quotes in
 * it, a comma when none does (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(csvDelimiters.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text.slice(0, SLICE)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length; start += SLICE) yield text.slice(start, start + SLICE);
}

/** The text's beginning (its first line at least, for the delimiter) and all of its slices, for text given whole or in slices. */
function sliced(source: string | Iterable<string>): { first: string; all: Iterable<string> } {
  if (typeof source === 'string') return { first: source.slice(0, SLICE), all: slices(source) };
  const iterator = source[Symbol.iterator]();
  const head: string[] = [];
  let first = '';
  while (!first.includes('\n') && first.length < SLICE) {
    const next = iterator.next();
    if (next.done) break;
    head.push(next.value);
    first += next.value;
  }
  const all = (function* () {
    yield* head;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  })();
  return { first, all };
}

/**
 * Yields the non-blank rows of CSV text (whole, or in slices as a large file is decoded), numbered
 * as Excel would show the file: the first record is row 1, a quoted value spanning lines is one
 * row, and blank lines are skipped but counted.
 * Rows keep their cells as written (no trimming, no type guessing: 0012 stays 0012).
 *
 * @throws SheetError `import.malformed_csv` (an unclosed quote, a runaway record) with the row,
 *   or `import.too_many_rows` as soon as the limit is passed
 */
export async function* csvRows(text: string | Iterable<string>, options: CsvOptions = {}): AsyncGenerator<SheetRow> {
  const { first, all } = sliced(text);
  const parser = parse({
    delimiter: options.delimiter ?? detectDelimiter(first),
    bom: true,
    // Rows of different lengths are normal in hand-made sheets (trailing empty cells dropped).
    relax_column_count: true,
    // A stray quote inside an unquoted value (علی "رضا") is kept as text rather than refused.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  const source = Readable.from(all);
  source.pipe(parser);
  const countRow = rowLimiter(options);
  // Every record is emitted, blank lines included, so counting them gives Excel's row number
  // (csv-parse's own `info` option does the same at a third of the parser's speed).
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (isBlankRow(record)) continue;
      countRow();
      yield { row, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new SheetError('import.malformed_csv', { row: Number(error.records ?? 0) + 1 });
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** All the non-blank rows of CSV text, or why the file was refused (see {@link csvRows}). */
export function readCsv(text: string | Iterable<string>, options: CsvOptions = {}): Promise<SheetResult> {
  return collectRows(csvRows(text, options));
}
