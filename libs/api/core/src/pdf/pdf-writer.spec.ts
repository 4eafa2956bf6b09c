import { visualLine } from './bidi-segments';
import { pdfText } from './pdf-text';
import { PdfWriter } from './pdf-writer';

const extract = (pdf: Buffer) => pdfText(pdf).items[0];
const everyFont = () => true;

describe('visualLine (bidi order for PDF lines)', () => {
  it('keeps a Latin line as one left-to-right piece', () => {
    expect(visualLine('Social Media Guidelines', everyFont)).toEqual({ rtl: false, segments: [{ text: 'Social Media Guidelines', rtl: false, script: 'latin' }] });
  });

  it('puts the number of an Arabic title on its left, and hands the letters to the shaper in logical order', () => {
    const line = visualLine('إرشادات 2.0', everyFont);
    expect(line.rtl).toBe(true);
    expect(line.segments.map((s) => [s.text, s.rtl])).toEqual([
      ['2.0', false],
      ['إرشادات ', true],
    ]);
    // The space ends the piece in logical order, so once the shaper reverses it, it sits on the left.
  });

  it('orders English inside Hebrew, mirrors brackets in the right-to-left run, and uses the Latin font for the English', () => {
    const line = visualLine('מדיניות (Social Media) גרסה', everyFont);
    expect(line.rtl).toBe(true);
    // Left to right: "גרסה (Social Media) מדיניות". The pieces with Hebrew letters are logical (the
    // shaper reverses them); the logical ")" after "Media" is drawn as "(" and vice versa.
    expect(line.segments.map((s) => s.text)).toEqual(['גרסה', ' (', 'Social Media', 'מדיניות )']);
    expect(line.segments.map((s) => s.script)).toEqual(['hebrew', 'latin', 'latin', 'hebrew']);
  });

  it('gives a neutral the font that draws it, and follows the asked direction', () => {
    const line = visualLine('Ada ł', (script, cp) => script !== 'latin' || cp < 0x100, 'rtl');
    expect(line.rtl).toBe(true);
    expect(line.segments.map((s) => [s.text, s.script])).toEqual([
      ['Ada ', 'latin'],
      ['ł', 'latinExt'],
    ]);
  });

  it('survives hostile input: controls, bidi overrides, lone surrogates, an empty line', () => {
    expect(visualLine('', everyFont).segments).toEqual([]);
    const hostile = visualLine('\u202Eabc\u202C \uD800 x\r\ny\u0000', everyFont);
    expect(hostile.segments.map((s) => s.text).join('')).toContain('x y');
  });
});

describe('PdfWriter', () => {
  it('writes Arabic shaped and right to left, Hebrew right to left and mixed lines in visual order, as PDF.js reads them', async () => {
    const pdf = new PdfWriter({ title: 'Bidi', language: 'ar' });
    const x = pdf.left;
    const w = pdf.pageWidth;
    pdf.line('محمد', { x, y: 60, width: w });
    // The same letters drawn apart (one call each) take their isolated forms, of other widths.
    let at = x;
    for (const ch of ['م', 'ح', 'م', 'د']) {
      pdf.doc.font('arabic-regular').fontSize(10).text(ch, at, 80, { lineBreak: false });
      at += 40;
    }
    pdf.line('שלום עולם', { x, y: 100, width: w });
    pdf.line('إرشادات 2.0', { x, y: 120, width: w });
    pdf.line('Acknowledged by Ada Łukasz', { x, y: 140, width: w });
    const bytes = await pdf.finish();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const items = extract(bytes);
    const word = items.find((i) => i.str === 'محمد');
    expect(word?.dir).toBe('rtl');
    // Right-aligned (start of an RTL line is the right edge).
    expect(Math.round((word?.x ?? 0) + (word?.width ?? 0))).toBe(Math.round(x + w));
    const isolated = items.filter((i) => ['م', 'ح', 'د'].includes(i.str));
    expect(isolated).toHaveLength(4);
    // Joined forms are other glyphs than isolated ones: had the word not been shaped as one run,
    // its width would be exactly the isolated letters' sum.
    expect(Math.abs((word?.width ?? 0) - isolated.reduce((sum, i) => sum + i.width, 0))).toBeGreaterThan(0.1);

    // Both words in reading order with their space (pdfkit's own word-by-word layout reversed them).
    expect(items.find((i) => i.str === 'שלום עולם')?.dir).toBe('rtl');
    // Noto's Arabic draws dots as marks, which PDF.js extracts as control characters: compare letters.
    const letters = (str: string) => Array.from(str).filter((ch) => (ch.codePointAt(0) ?? 0) > 0x20).join('');
    const arabicTitle = items.find((i) => i.str === 'إرشادات' || letters(i.str) === 'إرشادات');
    const version = items.find((i) => i.str === '2.0');
    expect(arabicTitle && version && version.x < arabicTitle.x).toBe(true);
    expect(items.map((i) => i.str).join('')).toContain('Acknowledged by AdaŁukasz');
    expect(items.some((i) => i.str === 'Łukasz' || i.str === 'Ł')).toBe(true);
  });

  it('extracts a lam-alef ligature as its letters in order (readers reverse right-to-left runs glyph by glyph)', async () => {
    const pdf = new PdfWriter({ title: 'Ligature', language: 'ar' });
    pdf.line('أولا والسلام', { x: pdf.left, y: 60, width: pdf.pageWidth });
    pdf.line('علاء', { x: pdf.left, y: 80, width: pdf.pageWidth });
    const items = extract(await pdf.finish()).map((i) => i.str);
    expect(items).toEqual(['أولا والسلام', 'علاء']);
  });

  it('wraps a paragraph between words, each line in the paragraph\'s direction, onto new pages as needed', async () => {
    const pdf = new PdfWriter({ title: 'Wrap', language: 'he' });
    const words = Array.from({ length: 400 }, (_, i) => ['שלום', 'עולם', 'מדיניות', 'גרסה', 'נסיעות'][i % 5]);
    const end = pdf.paragraph(words.join(' '), { y: 60, width: 200 });
    const { pages, items } = pdfText(await pdf.finish());
    expect(pages).toBeGreaterThan(1);
    expect(end).toBeGreaterThan(pdf.doc.page.margins.top);
    const lines = items.flat();
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(200.5);
      expect(line.dir).toBe('rtl');
    }
    expect(lines.map((i) => i.str).join(' ')).toBe(words.join(' '));
  });

  it('ends a line too long for its width in an ellipsis', async () => {
    const pdf = new PdfWriter({ title: 'Ellipsis' });
    pdf.line('A very long name that cannot fit in a narrow column at all', { x: pdf.left, y: 60, width: 80 });
    const items = extract(await pdf.finish());
    const text = items.map((i) => i.str).join('');
    expect(text.endsWith('…')).toBe(true);
    expect(items.reduce((sum, i) => sum + i.width, 0)).toBeLessThanOrEqual(80);
  });
});
