import bidiFactory from 'bidi-js';

/** The fonts a PDF line is drawn with: Latin, its extension (Ł, ő, ș…), Arabic and Hebrew. */
export type PdfScript = 'latin' | 'latinExt' | 'arabic' | 'hebrew';
const FALLBACK: readonly PdfScript[] = ['latin', 'latinExt', 'arabic', 'hebrew'];

/**
 * One piece of a line, drawn left to right in the order given. `text` is in the order the shaper
 * wants it: for a right-to-left piece that holds an Arabic or Hebrew letter, logical order (the
 * shaper joins the letters and reverses the glyphs itself); any other piece, visual order.
 */
export interface VisualSegment {
  text: string;
  rtl: boolean;
  script: PdfScript;
}

export interface VisualLine {
  /** The paragraph direction (from the first strong character when asked for `auto`). */
  rtl: boolean;
  segments: VisualSegment[];
}

const bidi = bidiFactory();
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/;
const LETTER = /\p{L}/u;

/** The script a character asks for, or null for one any font may draw (spaces, punctuation, digits). */
const scriptOf = (ch: string): PdfScript | null => (ARABIC.test(ch) ? 'arabic' : HEBREW.test(ch) ? 'hebrew' : LETTER.test(ch) ? 'latin' : null);

/**
 * A line of mixed-direction text cut into the pieces a PDF draws from left to right: the Unicode
 * bidirectional algorithm (bidi-js) resolves each character's level and the visual order of the
 * runs, mirrors brackets inside right-to-left runs, and each run is split where the font changes.
 * `hasGlyph` says whether a script's font draws a character, so a space or a digit inside Arabic
 * text is drawn by whichever font has it. Shaping (joining Arabic letters) is the font engine's.
 */
export function visualLine(text: string, hasGlyph: (script: PdfScript, codePoint: number) => boolean, direction: 'auto' | 'ltr' | 'rtl' = 'auto'): VisualLine {
  const clean = text.replace(/[\r\n\t]+/g, ' ');
  if (!clean) return { rtl: direction === 'rtl', segments: [] };
  const embedding = bidi.getEmbeddingLevels(clean, direction === 'auto' ? undefined : direction);
  const { levels } = embedding;
  const chars = clean.split('');
  for (const [index, mirrored] of bidi.getMirroredCharactersMap(clean, levels)) chars[index] = mirrored;

  // The font of each code unit: its own script's; a neutral takes its neighbour's when that font
  // has it, else the first font that does (Latin first).
  const fonts: PdfScript[] = new Array(chars.length);
  let previous: PdfScript | null = null;
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i].codePointAt(0) ?? 0;
    const fallback = FALLBACK.find((s) => hasGlyph(s, cp)) ?? 'latin';
    let own = scriptOf(chars[i]);
    if (own === 'latin' && !hasGlyph('latin', cp)) own = fallback;
    fonts[i] = own ?? (previous && hasGlyph(previous, cp) ? previous : fallback);
    previous = own ?? previous;
  }
  // Low surrogates follow their high surrogate's font and level, so a pair is never split.
  for (let i = 1; i < chars.length; i++) if (/[\uDC00-\uDFFF]/.test(chars[i])) { fonts[i] = fonts[i - 1]; levels[i] = levels[i - 1]; }

  // Visual order of code units: reverse each segment bidi-js names, in its order (rule L2).
  const order = chars.map((_, i) => i);
  for (const [start, end] of bidi.getReorderSegments(clean, embedding)) {
    const part = order.slice(start, end + 1).reverse();
    order.splice(start, part.length, ...part);
  }

  const segments: VisualSegment[] = [];
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const rtl = (levels[run[0]] & 1) === 1;
    const script = fonts[run[0]];
    const visual = run.map((i) => chars[i]);
    // A right-to-left run with a strong RTL letter goes to the shaper in logical order (it joins
    // and reverses the glyphs itself); any other run is already in visual order.
    const shaperReverses = rtl && visual.some((ch) => ARABIC.test(ch) || HEBREW.test(ch));
    const units = shaperReverses ? [...run].reverse().map((i) => chars[i]) : visual;
    segments.push({ text: fixPairs(units.join(''), !shaperReverses && rtl), rtl, script });
    run = [];
  };
  for (const i of order) {
    const last = run[run.length - 1];
    if (last !== undefined && (levels[last] !== levels[i] || fonts[last] !== fonts[i])) flush();
    run.push(i);
  }
  flush();
  return { rtl: (embedding.paragraphs[0]?.level ?? 0) % 2 === 1, segments };
}

/** A reversed run of code units has its surrogate pairs back to front: put each pair back. */
function fixPairs(text: string, reversed: boolean): string {
  return reversed ? text.replace(/([\uDC00-\uDFFF])([\uD800-\uDBFF])/g, '$2$1') : text;
}
