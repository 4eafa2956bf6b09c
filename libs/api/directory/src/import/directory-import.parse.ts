import { setImmediate as nextTurn } from 'node:timers/promises';
import { CsvError, parse, type Parser } from 'csv-parse';
import { DirectoryImportErrorCode as Code, type ImportRowError } from './directory-import.types';

/** The columns an import understands, keyed by their normalised header. */
export const IMPORT_COLUMNS = {
  email: 'email',
  name: 'name',
  title: 'title',
  'team path': 'teamPath',
  'manager email': 'managerEmail',
  location: 'location',
  locale: 'locale',
  'start date': 'startDate',
  roles: 'roles',
} as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[keyof typeof IMPORT_COLUMNS];
/** The header people see, for error messages (`column` in a row error). */
export const COLUMN_LABEL = Object.fromEntries(Object.entries(IMPORT_COLUMNS).map(([label, key]) => [key, label])) as Record<ImportColumn, string>;
/**
 * Columns the rejected-rows file adds (see directory-import.rejected.ts). They are read and
 * ignored, so that file can be corrected and imported again as it is.
 */
export const REPORT_COLUMNS = { line: 'line', errors: 'errors' } as const;
const REQUIRED: ImportColumn[] = ['email', 'name'];

export interface ParsedRow {
  /** 1-based line in the file where the record starts (header = line 1). */
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
}
export interface ParsedCsv {
  columns: Set<ImportColumn>;
  /** Recognised columns in file order with their header as written, for the rejected-rows file. */
  header: { column: ImportColumn; label: string }[];
  rows: ParsedRow[];
  /** File-level problems (bad quoting, unknown or missing columns); any of them stops the import. */
  errors: ImportRowError[];
}

/** Bytes handed to the parser between two turns of the event loop (about 500 typical rows). */
export const PARSE_CHUNK_BYTES = 32 * 1024;
const ROWS_PER_TURN = 1000;

interface CsvRecord { record: string[]; info: { bytes: number } }

// "Team_Path", "team-path" and " Team  Path " all mean `team path`: exports from HR tools vary.
const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

// Spreadsheets in many European locales export with ';' (',' is their decimal separator).
const detectDelimiter = (csv: string): string => {
  const firstLine = csv.slice(0, csv.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
};

const CR = 0x0d;
const LF = 0x0a;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Line numbers from byte offsets, counting CRLF, LF and a lone CR as one break each. csv-parse's
 * own `info.lines` counts the CR and the LF of a CRLF inside quotes as two lines, so every record
 * after such a cell would be reported one line too far; offsets (`info.bytes`) are exact.
 */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly bytes: Buffer) {}

  /** The line of the byte at `offset`; offsets must not decrease between calls. */
  at(offset: number): number {
    const { bytes } = this;
    for (; this.offset < offset && this.offset < bytes.length; this.offset++) {
      const b = bytes[this.offset];
      if (b === LF || (b === CR && bytes[this.offset + 1] !== LF)) this.line++;
    }
    return this.line;
  }

  /** The offset of the last byte of a record that ends at `end`, before its record delimiter. */
  static contentEnd(bytes: Buffer, end: number): number {
    let at = end;
    if (bytes[at - 1] === LF) at--;
    if (bytes[at - 1] === CR) at--;
    return Math.max(0, at - 1);
  }

  /** The first byte at or after `offset` that is not a line break (skipped empty lines). */
  static skipBreaks(bytes: Buffer, offset: number): number {
    let at = offset;
    while (at < bytes.length && (bytes[at] === CR || bytes[at] === LF)) at++;
    return at;
  }
}

/**
 * Feeds the parser a chunk per turn of the event loop, so a 5 MB file never holds the process
 * for more than a few milliseconds at a time.
 */
async function readRecords(parser: Parser, bytes: Buffer, records: CsvRecord[]): Promise<void> {
  let failure: unknown = null;
  parser.on('data', (r: CsvRecord) => records.push(r));
  parser.on('error', (e) => (failure ??= e));
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()));
  for (let start = 0; start < bytes.length && failure === null; start += PARSE_CHUNK_BYTES) {
    parser.write(bytes.subarray(start, start + PARSE_CHUNK_BYTES));
    await nextTurn();
  }
  if (failure === null) parser.end();
  await ended;
  if (failure !== null) throw failure;
}

/** Parses CSV text (UTF-8, optional BOM) into rows keyed by column; never throws on bad content. */
export async function parseImportCsv(csv: string): Promise<ParsedCsv> {
  const text = csv.replace(/^\uFEFF/, '');
  const bytes = Buffer.from(text, 'utf8');
  const lines = new LineCounter(bytes);
  const parser = parse({
    delimiter: detectDelimiter(text),
    // Mixed line endings happen when files are edited on several systems; accept all of them.
    record_delimiter: ['\r\n', '\n', '\r'],
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    // Spaces around quotes are allowed here; spaces inside quotes are trimmed below, per cell.
    trim: true,
  });
  const records: CsvRecord[] = [];
  try {
    await readRecords(parser, bytes, records);
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // The faulty record starts after the last good one: report that line, not where parsing gave up
    // (the parser's own "at line" in its message has the CRLF miscount, so it goes).
    const line = lines.at(LineCounter.skipBreaks(bytes, records.at(-1)?.info.bytes ?? 0));
    return { columns: new Set(), header: [], rows: [], errors: [{ line, column: null, code: Code.BAD_CSV, message: e.message.replace(/ at line \d+/, '') }] };
  }
  const errors: ImportRowError[] = [];
  const [first, ...body] = records;
  if (!first) return { columns: new Set(), header: [], rows: [], errors: REQUIRED.map((c) => missingColumn(c)) };

  const indexes: [number, ImportColumn][] = [];
  const columns = new Set<ImportColumn>();
  const header: ParsedCsv['header'] = [];
  first.record.forEach((raw, i) => {
    const label = normaliseHeader(raw);
    if (label === '' || label in REPORT_COLUMNS) return;
    const column = (IMPORT_COLUMNS as Record<string, ImportColumn>)[label];
    if (!column) errors.push({ line: 1, column: raw, code: Code.UNKNOWN_COLUMN, message: `Unknown column "${raw}"` });
    else if (columns.has(column)) errors.push({ line: 1, column: label, code: Code.DUPLICATE_COLUMN, message: `Column "${label}" appears twice` });
    else {
      columns.add(column);
      indexes.push([i, column]);
      header.push({ column, label: raw.trim() });
    }
  });
  for (const column of REQUIRED) if (!columns.has(column)) errors.push(missingColumn(column));

  const rows: ParsedRow[] = [];
  for (const [n, { record, info }] of body.entries()) {
    if (n % ROWS_PER_TURN === 0) await nextTurn();
    // Quoted cells keep their spaces in csv-parse; `"  ann@x.test "` is still Ann's address.
    const trimmed = record.map((cell) => cell.trim());
    // Spreadsheets pad sheets with rows of empty cells (",,,,"): they are not people.
    if (trimmed.every((cell) => cell === '')) continue;
    const cells: ParsedRow['cells'] = {};
    for (const [i, column] of indexes) cells[column] = (trimmed[i] ?? '').normalize('NFC');
    // The record ends on the line of its last byte; quoted cells may span lines, so count back.
    const spanned = record.reduce((n, cell) => n + (cell.match(LINE_BREAK)?.length ?? 0), 0);
    rows.push({ line: lines.at(LineCounter.contentEnd(bytes, info.bytes)) - spanned, cells });
  }
  return { columns, header, rows, errors };
}

const missingColumn = (column: ImportColumn): ImportRowError => ({
  line: 1,
  column: COLUMN_LABEL[column],
  code: Code.MISSING_COLUMN,
  message: `Column "${COLUMN_LABEL[column]}" is required`,
});
