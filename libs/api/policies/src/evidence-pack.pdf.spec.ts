import { pdfText } from '@pillars/api/core';
import { EvidenceProblemKind } from './evidence-chain';
import { type EvidencePack, type EvidencePackRow, renderEvidencePack } from './evidence-pack.pdf';

const at = new Date('2026-11-20T09:15:00.000Z');
const row = (position: number, name: string, extra: Partial<EvidencePackRow> = {}): EvidencePackRow => ({
  position,
  name,
  acknowledgedAt: new Date(at.getTime() + position * 60_000),
  method: 'CHECKBOX',
  language: 'en',
  quizScore: null,
  hash: `${position}`.padStart(64, 'a'),
  intact: true,
  ...extra,
});
const pack = (over: Partial<EvidencePack> = {}): EvidencePack => ({
  organizationName: 'Acme',
  policyTitle: 'إرشادات وسائل التواصل',
  versionLabel: '2.0',
  publishedAt: at,
  texts: [
    { language: 'en', textHash: 'e'.repeat(64) },
    { language: 'ar', textHash: 'a'.repeat(64) },
  ],
  generatedAt: new Date('2026-12-01T10:00:00.000Z'),
  generatedBy: 'Hana HR',
  chain: { ok: true, checked: 3, problems: [] },
  rows: [row(1, 'Ada Lovelace'), row(2, 'שרה כהן', { language: 'he', method: 'QUIZ', quizScore: 80 }), row(3, 'محمد علي', { language: 'ar', method: 'TYPED_NAME' })],
  truncated: false,
  ...over,
});

describe('evidence pack PDF', () => {
  it('lists every acknowledgement with its time, method, language and hash, and the verified chain', async () => {
    const { pages, items } = pdfText(await renderEvidencePack(pack(), 'en'));
    expect(pages).toBe(1);
    const text = items[0].map((i) => i.str);
    expect(text).toEqual(expect.arrayContaining(['Acknowledgement evidence', 'Acme', '2.0', 'Ada Lovelace', 'שרה כהן', '2026-11-20 09:16:00', 'quiz', 'typed name', '80']));
    expect(text.join(' ')).toContain('Verified: 3 records recomputed');
    expect(text.some((s) => s.startsWith('aaaaaaaaaaaa'))).toBe(true);
    // The Hebrew and Arabic names read right to left and copy out as the letters they are.
    expect(items[0].find((i) => i.str === 'שרה כהן')?.dir).toBe('rtl');
    expect(items[0].find((i) => i.str === 'محمد علي')?.dir).toBe('rtl');
    // (PDF.js reverses a lam-alef ligature's two letters in RTL text, so the title avoids one.)
    expect(items[0].some((i) => i.str === 'إرشادات وسائل التواصل')).toBe(true);
  });

  it('says so, in red words, when the chain does not verify, naming the rows', async () => {
    const broken = pack({ chain: { ok: false, checked: 3, problems: [{ kind: EvidenceProblemKind.ALTERED, rowId: 'r2', position: 2 }] }, rows: [row(1, 'Ada'), row(2, 'Bob', { intact: false })] });
    const text = pdfText(await renderEvidencePack(broken, 'en')).items[0].map((i) => i.str).join(' ');
    expect(text).toContain('NOT VERIFIED: 1 problems found in 3 records.');
    expect(text).toContain('Record 2: altered');
    expect(text).toContain('NO');
  });

  it('is written in the requester’s language, mirrored for Arabic: labels on the right', async () => {
    const { items } = pdfText(await renderEvidencePack(pack(), 'ar'));
    const label = items[0].find((i) => i.str === 'المؤسسة');
    const value = items[0].find((i) => i.str === 'Acme');
    expect(label && value && label.x > value.x).toBe(true);
    const header = (name: string) => items[0].find((i) => i.str === name);
    // The table reads from the right: "#" right of the person, the person right of the time.
    const position = items[0].find((i) => i.str === '#');
    expect(position && header('الشخص') && position.x > (header('الشخص')?.x ?? Infinity)).toBe(true);
  });

  it('runs over pages with the header repeated, and says when the list stops at the cap', async () => {
    const rows = Array.from({ length: 130 }, (_, i) => row(i + 1, `Person ${i + 1}`));
    const { pages, items } = pdfText(await renderEvidencePack(pack({ rows, truncated: true }), 'it'));
    expect(pages).toBeGreaterThan(1);
    expect(items[pages - 1].some((i) => i.str === 'Persona')).toBe(true);
    expect(items[pages - 1].some((i) => i.str === 'Person 130')).toBe(true);
    expect(items[0].map((i) => i.str).join(' ')).toContain('Sono elencate solo le prime 130 prese visione');
    expect(items[pages - 1].some((i) => i.str === `Pagina ${pages}`)).toBe(true);
  });

  it('shows an empty version plainly', async () => {
    const text = pdfText(await renderEvidencePack(pack({ rows: [], chain: { ok: true, checked: 0, problems: [] } }), 'he')).items[0].map((i) => i.str).join(' ');
    expect(text).toContain('עדיין איש לא אישר גרסה זו.');
  });
});
