import { PdfWriter } from '@pillars/api/core';
import type { EvidenceProblem } from './evidence-chain';

/** What an auditor's evidence pack for one policy version shows. */
export interface EvidencePack {
  organizationName: string;
  policyTitle: string;
  versionLabel: string;
  publishedAt: Date | null;
  /** SHA-256 of the exact text of each language of the version. */
  texts: { language: string; textHash: string }[];
  generatedAt: Date;
  generatedBy: string;
  /** The organisation's chain as recomputed now. */
  chain: { ok: boolean; checked: number; problems: EvidenceProblem[] };
  rows: EvidencePackRow[];
  /** True when `rows` stops at the export cap. */
  truncated: boolean;
}

export interface EvidencePackRow {
  position: number;
  name: string;
  acknowledgedAt: Date;
  method: string;
  language: string;
  quizScore: number | null;
  hash: string;
  intact: boolean;
}

type Lang = 'en' | 'ar' | 'he' | 'it';
type Label = keyof typeof EN;
const EN = {
  title: 'Acknowledgement evidence',
  organisation: 'Organisation',
  policy: 'Policy',
  version: 'Version',
  published: 'Published',
  generated: 'Generated',
  by: 'by',
  texts: 'Text fingerprints (SHA-256)',
  chain: 'Evidence chain',
  chainOk: 'Verified: {n} records recomputed, none altered, deleted or inserted out of order.',
  chainBad: 'NOT VERIFIED: {p} problems found in {n} records.',
  problem: 'Record {position}: {kind}',
  acknowledgements: 'Acknowledgements ({n})',
  truncated: 'Only the first {n} acknowledgements are listed; the CSV export carries the same rows.',
  none: 'Nobody has acknowledged this version yet.',
  colPosition: '#',
  colName: 'Person',
  colTime: 'Acknowledged (UTC)',
  colMethod: 'Method',
  colLanguage: 'Language',
  colScore: 'Score',
  colHash: 'Record hash',
  colIntact: 'Intact',
  yes: 'yes',
  no: 'NO',
  page: 'Page {n}',
  ALTERED: 'altered',
  DELETED: 'deleted',
  INSERTED: 'inserted out of order',
  CHECKBOX: 'checkbox',
  TYPED_NAME: 'typed name',
  QUIZ: 'quiz',
};
const STRINGS: Record<Lang, Record<Label, string>> = {
  en: EN,
  ar: {
    title: 'إثبات الإقرار بالاطلاع',
    organisation: 'المؤسسة',
    policy: 'السياسة',
    version: 'الإصدار',
    published: 'تاريخ النشر',
    generated: 'تاريخ الإنشاء',
    by: 'بواسطة',
    texts: 'بصمات النصوص (SHA-256)',
    chain: 'سلسلة الإثبات',
    chainOk: 'تم التحقق: أُعيد حساب {n} سجلًا، ولم يُعدَّل أي سجل أو يُحذف أو يُدرج خارج الترتيب.',
    chainBad: 'لم يتم التحقق: وُجدت {p} مشكلات في {n} سجلًا.',
    problem: 'السجل {position}: {kind}',
    acknowledgements: 'الإقرارات ({n})',
    truncated: 'تُدرج أول {n} إقرارات فقط؛ ملف CSV يحتوي على الصفوف نفسها.',
    none: 'لم يُقر أحد بهذا الإصدار بعد.',
    colPosition: '#',
    colName: 'الشخص',
    colTime: 'وقت الإقرار (UTC)',
    colMethod: 'الطريقة',
    colLanguage: 'اللغة',
    colScore: 'النتيجة',
    colHash: 'بصمة السجل',
    colIntact: 'سليم',
    yes: 'نعم',
    no: 'لا',
    page: 'الصفحة {n}',
    ALTERED: 'معدَّل',
    DELETED: 'محذوف',
    INSERTED: 'مُدرج خارج الترتيب',
    CHECKBOX: 'خانة اختيار',
    TYPED_NAME: 'كتابة الاسم',
    QUIZ: 'اختبار',
  },
  he: {
    title: 'ראיות לאישור קריאה',
    organisation: 'ארגון',
    policy: 'מדיניות',
    version: 'גרסה',
    published: 'פורסמה',
    generated: 'הופק',
    by: 'על ידי',
    texts: 'טביעות אצבע של הטקסט (SHA-256)',
    chain: 'שרשרת הראיות',
    chainOk: 'אומת: {n} רשומות חושבו מחדש, אף אחת לא שונתה, נמחקה או הוכנסה שלא לפי הסדר.',
    chainBad: 'לא אומת: נמצאו {p} בעיות ב-{n} רשומות.',
    problem: 'רשומה {position}: {kind}',
    acknowledgements: 'אישורים ({n})',
    truncated: 'מוצגים רק {n} האישורים הראשונים; קובץ ה-CSV כולל את אותן שורות.',
    none: 'עדיין איש לא אישר גרסה זו.',
    colPosition: '#',
    colName: 'אדם',
    colTime: 'מועד האישור (UTC)',
    colMethod: 'שיטה',
    colLanguage: 'שפה',
    colScore: 'ציון',
    colHash: 'גיבוב הרשומה',
    colIntact: 'תקינה',
    yes: 'כן',
    no: 'לא',
    page: 'עמוד {n}',
    ALTERED: 'שונתה',
    DELETED: 'נמחקה',
    INSERTED: 'הוכנסה שלא לפי הסדר',
    CHECKBOX: 'תיבת סימון',
    TYPED_NAME: 'הקלדת שם',
    QUIZ: 'בוחן',
  },
  it: {
    title: 'Prove di presa visione',
    organisation: 'Organizzazione',
    policy: 'Policy',
    version: 'Versione',
    published: 'Pubblicata',
    generated: 'Generato',
    by: 'da',
    texts: 'Impronte dei testi (SHA-256)',
    chain: 'Catena delle prove',
    chainOk: 'Verificata: {n} record ricalcolati, nessuno modificato, eliminato o inserito fuori ordine.',
    chainBad: 'NON VERIFICATA: {p} problemi trovati in {n} record.',
    problem: 'Record {position}: {kind}',
    acknowledgements: 'Prese visione ({n})',
    truncated: 'Sono elencate solo le prime {n} prese visione; l’esportazione CSV contiene le stesse righe.',
    none: 'Nessuno ha ancora preso visione di questa versione.',
    colPosition: '#',
    colName: 'Persona',
    colTime: 'Presa visione (UTC)',
    colMethod: 'Metodo',
    colLanguage: 'Lingua',
    colScore: 'Punteggio',
    colHash: 'Hash del record',
    colIntact: 'Integro',
    yes: 'sì',
    no: 'NO',
    page: 'Pagina {n}',
    ALTERED: 'modificato',
    DELETED: 'eliminato',
    INSERTED: 'inserito fuori ordine',
    CHECKBOX: 'casella di spunta',
    TYPED_NAME: 'nome digitato',
    QUIZ: 'quiz',
  },
};

const RTL: ReadonlySet<Lang> = new Set(['ar', 'he']);
const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19);
const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(v[k] ?? ''));

/** Table columns as shares of the page width, in reading order. */
const COLUMNS: { label: Label; share: number }[] = [
  { label: 'colPosition', share: 0.07 },
  { label: 'colName', share: 0.23 },
  { label: 'colTime', share: 0.2 },
  { label: 'colMethod', share: 0.12 },
  { label: 'colLanguage', share: 0.1 },
  { label: 'colScore', share: 0.07 },
  { label: 'colHash', share: 0.14 },
  { label: 'colIntact', share: 0.07 },
];

/**
 * The evidence pack of one policy version as a PDF, in the requester's language (Arabic and Hebrew
 * mirrored: the table reads from the right): what was signed (text hashes), the chain verification
 * as recomputed at generation, and every acknowledgement the requester may see, in chain order.
 */
export async function renderEvidencePack(pack: EvidencePack, language: string): Promise<Buffer> {
  const lang: Lang = language in STRINGS ? (language as Lang) : 'en';
  const t = (label: Label, v: Record<string, string | number> = {}) => fill(STRINGS[lang][label], v);
  const rtl = RTL.has(lang);
  const pdf = new PdfWriter({ title: `${t('title')}: ${pack.policyTitle} ${pack.versionLabel}`, author: pack.organizationName, language: lang });
  const width = pdf.pageWidth;
  const x = pdf.left;
  const dir = rtl ? 'rtl' : 'ltr';
  let page = 1;
  let y = pdf.doc.page.margins.top;

  const footer = () => pdf.line(t('page', { n: page }), { x, y: pdf.bottom + 16, width, size: 8, color: '#555555', align: 'end', direction: dir });
  const room = (height: number) => {
    if (!pdf.ensureRoom(y, height)) return false;
    page++;
    y = pdf.doc.page.margins.top;
    footer();
    return true;
  };
  const text = (s: string, size = 10, weight: 'regular' | 'bold' = 'regular', color?: string) => {
    room(size * 1.5);
    y += pdf.line(s, { x, y, width, size, weight, color, direction: dir });
  };
  const field = (label: Label, value: string) => {
    room(16);
    const labelWidth = width * 0.22;
    pdf.line(t(label), { x: rtl ? x + width - labelWidth : x, y, width: labelWidth, weight: 'bold', direction: dir });
    // The value keeps its own direction (a Hebrew title in an English pack reads right to left).
    y += pdf.line(value, { x: rtl ? x : x + labelWidth, y, width: width - labelWidth, align: rtl ? 'right' : 'left' });
  };

  footer();
  text(t('title'), 18, 'bold');
  y += 6;
  field('organisation', pack.organizationName);
  field('policy', pack.policyTitle);
  field('version', pack.versionLabel);
  if (pack.publishedAt) field('published', `${utc(pack.publishedAt)} UTC`);
  field('generated', `${utc(pack.generatedAt)} UTC ${t('by')} ${pack.generatedBy}`);

  y += 10;
  text(t('texts'), 12, 'bold');
  for (const s of pack.texts) text(`${s.language}  ${s.textHash}`, 8);

  y += 10;
  text(t('chain'), 12, 'bold');
  if (pack.chain.ok) text(t('chainOk', { n: pack.chain.checked }), 10, 'regular', '#1b5e20');
  else {
    text(t('chainBad', { p: pack.chain.problems.length, n: pack.chain.checked }), 10, 'bold', '#b71c1c');
    for (const p of pack.chain.problems.slice(0, 50)) text(t('problem', { position: p.position, kind: t(p.kind) }), 9, 'regular', '#b71c1c');
  }

  y += 10;
  text(t('acknowledgements', { n: pack.rows.length }), 12, 'bold');
  if (!pack.rows.length) text(t('none'));
  if (pack.truncated) text(t('truncated', { n: pack.rows.length }), 9);

  // Column edges in reading order; mirrored for a right-to-left reader.
  let at = 0;
  const cols = COLUMNS.map((c) => {
    const w = c.share * width;
    const left = rtl ? x + width - at - w : x + at;
    at += w;
    return { ...c, left, w: w - 4 };
  });
  const header = () => {
    room(30);
    cols.forEach((c) => pdf.line(t(c.label), { x: c.left, y, width: c.w, size: 8, weight: 'bold', direction: dir }));
    y += 14;
    pdf.doc.moveTo(x, y - 3).lineTo(x + width, y - 3).lineWidth(0.5).strokeColor('#999999').stroke();
  };
  if (pack.rows.length) header();
  for (const r of pack.rows) {
    if (room(13)) header();
    const method = r.method in EN ? t(r.method as Label) : r.method;
    const cells = [String(r.position), r.name, utc(r.acknowledgedAt), method, r.language, r.quizScore === null ? '' : String(r.quizScore), r.hash.slice(0, 16), r.intact ? t('yes') : t('no')];
    cols.forEach((c, i) => pdf.line(cells[i], { x: c.left, y, width: c.w, size: 8, color: r.intact ? undefined : '#b71c1c', direction: i === 1 ? 'auto' : dir }));
    y += 12;
  }
  return pdf.finish();
}
