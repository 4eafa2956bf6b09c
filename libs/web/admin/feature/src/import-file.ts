import { LIMITS } from '@pillars/shared/validation';

/** Header of the import file, in the order the API documents. */
export const IMPORT_COLUMNS = ['email', 'name', 'title', 'team path', 'manager email', 'location', 'locale', 'start date', 'roles'] as const;

/** A `data:` URL for a template holding only the header row, so nothing is imported by mistake. */
export const templateHref = (): string => `data:text/csv;charset=utf-8,${encodeURIComponent(`${IMPORT_COLUMNS.join(',')}\r\n`)}`;

export type ImportFileProblem = 'notCsv' | 'tooLarge' | 'empty' | 'unreadable';

export interface ImportFile {
  name: string;
  size: number;
  csv: string;
}

/** FileReader rather than `Blob.text()`: same decoding, and available in every runtime we test in. */
const readText = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });

const looksLikeCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv';

/** Reads a chosen file as UTF-8 text (a byte-order mark is dropped) after the checks the API repeats. */
export async function readImportFile(file: File): Promise<{ file: ImportFile } | { problem: ImportFileProblem }> {
  if (!looksLikeCsv(file)) return { problem: 'notCsv' };
  if (file.size > LIMITS.importBytes) return { problem: 'tooLarge' };
  if (file.size === 0) return { problem: 'empty' };
  try {
    const csv = (await readText(file)).replace(/^\uFEFF/, '');
    return { file: { name: file.name, size: file.size, csv } };
  } catch {
    return { problem: 'unreadable' };
  }
}

/** `people.csv` → `people-rejected-rows.csv`. */
export const rejectedFileName = (fileName: string): string => `${fileName.replace(/\.csv$/i, '') || 'import'}-rejected-rows.csv`;

/** Moved to the util lib (the directory export saves files too); re-exported for this feature's callers. */
export { downloadCsv } from '@pillars/web/util';
