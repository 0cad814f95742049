/**
 * What both readers (CSV and .xlsx) produce: rows of cell texts, numbered as the spreadsheet
 * numbers them, so that a reason shown to the user points at the row they see in Excel.
 */

/** One non-blank row: its number in the spreadsheet (the first line is row 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export type SheetErrorCode = 'import.too_many_rows' | 'import.malformed_csv' | 'import.unreadable_workbook' | 'import.empty_file';

/** Why a reader stopped: a whole-file refusal with a message code, not a bug. */
export class SheetError extends Error {
  constructor(
    readonly code: SheetErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'SheetError';
  }
}

/** The rows of a whole sheet, or why it was refused. */
export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; code: SheetErrorCode; params: Record<string, string | number> };

/**
 * The default limit on data rows. The largest import is 1,000,000 people; a file with
 * more is more likely garbage than a registry, and the person can split it.
 */
export const DEFAULT_MAX_ROWS = 1_000_000;

export interface ReadOptions {
  /** At most this many non-blank rows after the first (the header); default {@link DEFAULT_MAX_ROWS}. */
  maxRows?: number;
}

/** A row with nothing but empty or white-space cells, which readers skip (keeping the numbering). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Counts rows against the limit: the first non-blank row is the header and is free. Throws
 * {@link SheetError} `import.too_many_rows` as soon as one row too many is seen, so a reader stops
 * there instead of reading a million rows of garbage to the end.
 */
export function rowLimiter(options: ReadOptions = {}): () => void {
  const max = options.maxRows ?? DEFAULT_MAX_ROWS;
  let seen = 0;
  return () => {
    seen += 1;
    if (seen > max + 1) throw new SheetError('import.too_many_rows', { max });
  };
}

/**
 * Reads all rows of a reader into memory, turning its {@link SheetError} into a result. For tests
 * and small files; a large import should consume the reader's rows as they come.
 */
export async function collectRows(rows: AsyncIterable<SheetRow>): Promise<SheetResult> {
  const collected: SheetRow[] = [];
  try {
    for await (const row of rows) collected.push(row);
  } catch (error) {
    if (error instanceof SheetError) return { ok: false, code: error.code, params: error.params };
    throw error;
  }
  return { ok: true, rows: collected };
}
