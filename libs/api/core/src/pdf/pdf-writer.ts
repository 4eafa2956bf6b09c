import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { type PdfScript, visualLine } from './bidi-segments';

type Weight = 'regular' | 'bold';
// Fontsource's subsets as WOFF (fontkit cannot subset WOFF2 for embedding). Arabic is IBM Plex Sans
// Arabic: Noto's Arabic draws dots as separate marks, which readers then extract as control
// characters and wrong letters (copying or searching a name failed); Plex's glyphs extract as the
// letters they are. Hebrew is Google's whole Noto Sans Hebrew, whose space keeps a phrase one run.
export const PDF_FONT_FILES: Readonly<Record<PdfScript, Record<Weight, string>>> = {
  latin: { regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff', bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff' },
  latinExt: { regular: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff', bold: '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff' },
  arabic: { regular: '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff', bold: '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff' },
  hebrew: { regular: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf', bold: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf' },
};
declare const __non_webpack_require__: NodeJS.Require | undefined;
/**
 * A file of a package in node_modules, found at run time. In the API bundle webpack would turn
 * `require.resolve` of a computed path into an empty context that finds nothing, so the bundle
 * uses Node's own require (webpack's documented `__non_webpack_require__`); tests use `require`.
 */
function packageFile(path: string): string {
  const [scope, name, ...rest] = path.split('/');
  const nodeRequire = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;
  return join(dirname(nodeRequire.resolve(`${scope}/${name}/package.json`)), ...rest);
}

/**
 * pdfkit lays text out word by word (for its cache) unless features are given, and then joins the
 * words left to right: right-to-left words come out in reverse order and lose their spaces. Any
 * features array (none extra: the font's defaults still apply) makes it shape the run as one.
 */
const WHOLE_RUN: PDFKit.Mixins.OpenTypeFeatures[] = [];

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A ligature (Arabic lam-alef: لا) is one glyph standing for several letters, and pdfkit's
 * ToUnicode map gives them in logical order; but readers (PDF.js, poppler's pdftotext) reverse a
 * right-to-left run glyph by glyph and then the ligature's letters with it, so "أولا" came out
 * as "أوال". Right-to-left ligatures are only ever drawn in right-to-left runs, so their letters
 * are stored in visual order, which the reader's reversal puts back. pdfkit keeps the map on
 * each embedded font (`unicode[glyphId]`, written out when the document ends): an internal, so
 * pdf-writer.spec checks the extraction.
 */
function readableLigatures(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { unicode?: (number[] | undefined)[] }> })._fontFamilies ?? {};
  // A font is listed under its registered name and its PostScript name: fix each once.
  for (const font of new Set(Object.values(families))) {
    for (const [gid, codePoints] of (font.unicode ?? []).entries()) {
      if (codePoints && codePoints.length > 1 && codePoints.every((cp) => RIGHT_TO_LEFT_LETTER.test(String.fromCodePoint(cp)))) font.unicode![gid] = [...codePoints].reverse();
    }
  }
}

interface LoadedFont {
  bytes: Buffer;
  has: (codePoint: number) => boolean;
}
let loaded: Map<string, LoadedFont> | null = null;

/** Noto Sans for Latin, Arabic and Hebrew (OFL, from npm), read once per process. */
function fonts(): Map<string, LoadedFont> {
  if (loaded) return loaded;
  const map = new Map<string, LoadedFont>();
  for (const [script, files] of Object.entries(PDF_FONT_FILES)) {
    for (const [weight, file] of Object.entries(files)) {
      const bytes = readFileSync(packageFile(file));
      const font = fontkit.create(bytes);
      if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection`);
      map.set(`${script}-${weight}`, { bytes, has: (cp) => font.hasGlyphForCodePoint(cp) });
    }
  }
  loaded = map;
  return map;
}

export interface PdfLineOptions {
  x: number;
  y: number;
  width: number;
  size?: number;
  weight?: Weight;
  color?: string;
  /** `start` is the left edge for left-to-right text and the right edge for right-to-left text. */
  align?: 'start' | 'end' | 'left' | 'right';
  direction?: 'auto' | 'ltr' | 'rtl';
}

/**
 * A PDF (pdfkit) whose lines are drawn right in every script the app speaks: Arabic is shaped
 * (joined letters) by fontkit, mixed Arabic, Hebrew and Latin text is ordered by the Unicode bidi
 * algorithm, a line too wide ends in an ellipsis, and each piece is drawn by a font that has it.
 */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(info: { title: string; author?: string; language?: string }) {
    this.doc = new PDFDocument({ size: 'A4', margin: 48, bufferPages: false, info: { Title: info.title, Author: info.author ?? 'Pillars' }, lang: info.language, displayTitle: true });
    for (const [name, font] of fonts()) this.doc.registerFont(name, font.bytes);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get pageWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get left(): number {
    return this.doc.page.margins.left;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Draws one line (no wrapping) and returns its height. Text wider than `width` ends in "…". */
  line(text: string, o: PdfLineOptions): number {
    const size = o.size ?? 10;
    const weight = o.weight ?? 'regular';
    let shown = text;
    let laid = this.layout(shown, size, weight, o.direction);
    const chars = Array.from(text);
    for (let keep = chars.length - 1; laid.width > o.width && keep > 0; keep--) {
      shown = `${chars.slice(0, keep).join('').trimEnd()}…`;
      laid = this.layout(shown, size, weight, o.direction);
    }
    const align = o.align ?? 'start';
    const right = align === 'right' || (align === 'start' && laid.rtl) || (align === 'end' && !laid.rtl);
    let x = right ? o.x + o.width - laid.width : o.x;
    this.doc.fillColor(o.color ?? '#111111');
    for (const piece of laid.pieces) {
      this.doc.font(piece.font).fontSize(size).text(piece.text, x, o.y, { lineBreak: false, features: WHOLE_RUN });
      x += piece.width;
    }
    return size * 1.4;
  }

  /**
   * Draws `text` wrapped to the page width (or `width`) from `y`, starting new pages as needed, and
   * returns the y below it. Lines break between words in logical order, then each line is ordered
   * and shaped by `line`, so a right-to-left paragraph reads on from line to line; a word wider
   * than a line is cut where it fills one.
   */
  paragraph(text: string, o: { y: number; x?: number; width?: number; size?: number; weight?: Weight; color?: string; direction?: 'auto' | 'ltr' | 'rtl' }): number {
    const size = o.size ?? 10;
    const weight = o.weight ?? 'regular';
    const x = o.x ?? this.left;
    const width = o.width ?? this.pageWidth;
    // The paragraph's direction comes from its first strong character, not each line's.
    const direction = o.direction === 'auto' || !o.direction ? (this.layout(text.slice(0, 2000), size, weight, 'auto').rtl ? 'rtl' : 'ltr') : o.direction;
    const fits = (s: string) => this.layout(s, size, weight, direction).width <= width;
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(/[ \t]+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (fits(candidate)) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = '';
      let rest = Array.from(word);
      while (rest.length && !fits(rest.join(''))) {
        let n = 1;
        while (n < rest.length && fits(rest.slice(0, n + 1).join(''))) n++;
        lines.push(rest.slice(0, n).join(''));
        rest = rest.slice(n);
      }
      current = rest.join('');
    }
    if (current || lines.length === 0) lines.push(current);
    let y = o.y;
    for (const line of lines) {
      if (this.ensureRoom(y, size * 1.4)) y = this.doc.page.margins.top;
      y += this.line(line, { x, y, width, size, weight, color: o.color, direction });
    }
    return y;
  }

  /** Starts a new page when fewer than `height` points are left; returns whether it did. */
  ensureRoom(y: number, height: number): boolean {
    if (y + height <= this.bottom) return false;
    this.doc.addPage();
    return true;
  }

  finish(): Promise<Buffer> {
    readableLigatures(this.doc);
    this.doc.end();
    return this.done;
  }

  private layout(text: string, size: number, weight: Weight, direction: PdfLineOptions['direction']) {
    const all = fonts();
    const has = (script: PdfScript, cp: number) => Boolean(all.get(`${script}-${weight}`)?.has(cp));
    const line = visualLine(text, has, direction);
    const pieces = line.segments.map((s) => {
      const font = `${s.script}-${weight}`;
      const width = this.doc.font(font).fontSize(size).widthOfString(s.text, { features: WHOLE_RUN });
      return { text: s.text, font, width };
    });
    return { rtl: line.rtl, pieces, width: pieces.reduce((sum, p) => sum + p.width, 0) };
  }
}
