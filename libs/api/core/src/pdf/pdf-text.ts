import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One text item of a PDF page as PDF.js (Firefox's reader) extracts it. */
export interface PdfTextItem {
  str: string;
  /** PDF.js's reading of the item's direction ('rtl' items come back in logical order). */
  dir: string;
  x: number;
  y: number;
  width: number;
}

/**
 * The non-blank text items of each page of a PDF, as PDF.js reads them: in a child process, since
 * PDF.js ships as ES modules only (and a hostile PDF then cannot take the API process down). Tests
 * read the app's own PDFs with it, as an auditor's reader would.
 */
export function pdfText(pdf: Buffer): { pages: number; items: PdfTextItem[][] } {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const script = `
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const data = new Uint8Array((await import('node:fs')).readFileSync(process.argv[1]));
      const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
      const items = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const { items: raw } = await (await doc.getPage(n)).getTextContent();
        items.push(raw.filter((i) => i.str.trim()).map((i) => ({ str: i.str, dir: i.dir, x: i.transform[4], y: i.transform[5], width: i.width })));
      }
      process.stdout.write(JSON.stringify({ pages: doc.numPages, items }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: process.cwd(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out) as { pages: number; items: PdfTextItem[][] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
