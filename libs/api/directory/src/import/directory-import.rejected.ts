import { COLUMN_LABEL, type ParsedCsv, type ParsedRow, REPORT_COLUMNS } from './directory-import.parse';
import type { ImportRowError } from './directory-import.types';

// OWASP "CSV Injection": a spreadsheet runs a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell, quoted, with a leading `'` when a spreadsheet would read it as a formula. */
export const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
};

const describe = (e: ImportRowError) => `${e.column ?? 'row'}: ${e.code} (${e.message})`;

/**
 * The rejected rows as a CSV file: the file's own columns (its header spelling, its order), then
 * `line` and `errors`. The import ignores those two columns, so the file can be corrected and
 * imported again. Null when no row was rejected, or when the header itself is wrong (then no row
 * can be read and the error list says why).
 */
export function rejectedRowsCsv(parsed: ParsedCsv, rejected: ParsedRow[], errors: ImportRowError[]): string | null {
  if (rejected.length === 0 || parsed.errors.length > 0) return null;
  const byLine = new Map<number, ImportRowError[]>();
  for (const e of errors) {
    const list = byLine.get(e.line);
    if (list) list.push(e);
    else byLine.set(e.line, [e]);
  }
  const header = [...parsed.header.map((h) => h.label || COLUMN_LABEL[h.column]), REPORT_COLUMNS.line, REPORT_COLUMNS.errors];
  const lines = [header.map(csvCell).join(',')];
  for (const row of rejected) {
    const cells = parsed.header.map((h) => row.cells[h.column] ?? '');
    lines.push([...cells, String(row.line), (byLine.get(row.line) ?? []).map(describe).join('; ')].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
