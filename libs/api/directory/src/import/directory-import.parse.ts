import { CsvError, parse } from 'csv-parse/sync';
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
const REQUIRED: ImportColumn[] = ['email', 'name'];

export interface ParsedRow {
  /** 1-based line in the file where the record starts (header = line 1). */
  line: number;
  cells: Partial<Record<ImportColumn, string>>;
}
export interface ParsedCsv {
  columns: Set<ImportColumn>;
  rows: ParsedRow[];
  /** File-level problems (bad quoting, unknown or missing columns); any of them stops the import. */
  errors: ImportRowError[];
}

interface CsvRecord { record: string[]; info: { lines: number } }

// "Team_Path", "team-path" and " Team  Path " all mean `team path`: exports from HR tools vary.
const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

// Spreadsheets in many European locales export with ';' (',' is their decimal separator).
const detectDelimiter = (csv: string): string => {
  const firstLine = csv.slice(0, csv.search(/\r|\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
};

/** Parses CSV text (UTF-8, optional BOM) into rows keyed by column; never throws on bad content. */
export function parseImportCsv(csv: string): ParsedCsv {
  const text = csv.replace(/^\uFEFF/, '');
  let records: CsvRecord[];
  try {
    // With `info: true` each record comes wrapped with its position; the typings don't model it.
    records = parse(text, {
      delimiter: detectDelimiter(text),
      // Mixed line endings happen when files are edited on several systems; accept all of them.
      record_delimiter: ['\r\n', '\n', '\r'],
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as CsvRecord[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = typeof e['lines'] === 'number' ? e['lines'] : 1;
    return { columns: new Set(), rows: [], errors: [{ line, column: null, code: Code.BAD_CSV, message: e.message }] };
  }
  const errors: ImportRowError[] = [];
  const [header, ...body] = records;
  if (!header) return { columns: new Set(), rows: [], errors: REQUIRED.map((c) => missingColumn(c)) };

  const indexes: [number, ImportColumn][] = [];
  const columns = new Set<ImportColumn>();
  header.record.forEach((raw, i) => {
    const label = normaliseHeader(raw);
    if (label === '') return;
    const column = (IMPORT_COLUMNS as Record<string, ImportColumn>)[label];
    if (!column) errors.push({ line: 1, column: raw, code: Code.UNKNOWN_COLUMN, message: `Unknown column "${raw}"` });
    else if (columns.has(column)) errors.push({ line: 1, column: label, code: Code.DUPLICATE_COLUMN, message: `Column "${label}" appears twice` });
    else {
      columns.add(column);
      indexes.push([i, column]);
    }
  });
  for (const column of REQUIRED) if (!columns.has(column)) errors.push(missingColumn(column));

  const rows: ParsedRow[] = [];
  for (const { record, info } of body) {
    // Spreadsheets pad sheets with rows of empty cells (",,,,"): they are not people.
    if (record.every((cell) => cell === '')) continue;
    const cells: ParsedRow['cells'] = {};
    for (const [i, column] of indexes) cells[column] = (record[i] ?? '').normalize('NFC');
    // info.lines is where the record ends; quoted cells may span lines, so count back to its start.
    const spanned = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    rows.push({ line: info.lines - spanned, cells });
  }
  return { columns, rows, errors };
}

const missingColumn = (column: ImportColumn): ImportRowError => ({
  line: 1,
  column: COLUMN_LABEL[column],
  code: Code.MISSING_COLUMN,
  message: `Column "${COLUMN_LABEL[column]}" is required`,
});
