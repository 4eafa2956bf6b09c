import { PdfWriter } from '@pillars/api/core';
import type { CertificateRow } from './certificates.service';

type Lang = 'en' | 'ar' | 'he' | 'it';
const STRINGS: Record<Lang, { title: string; awarded: string; completed: string; validUntil: string; noExpiry: string; code: string; verify: string }> = {
  en: { title: 'Certificate of completion', awarded: 'This certifies that', completed: 'Completed on', validUntil: 'Valid until', noExpiry: 'Does not expire', code: 'Verification code', verify: 'Check it without signing in at /certificates/verify/{code}' },
  ar: { title: 'شهادة إتمام', awarded: 'تشهد هذه الوثيقة بأن', completed: 'تاريخ الإتمام', validUntil: 'صالحة حتى', noExpiry: 'لا تنتهي صلاحيتها', code: 'رمز التحقق', verify: 'تحقق منها دون تسجيل الدخول على /certificates/verify/{code}' },
  he: { title: 'תעודת סיום', awarded: 'תעודה זו מאשרת כי', completed: 'הושלם בתאריך', validUntil: 'בתוקף עד', noExpiry: 'ללא תפוגה', code: 'קוד אימות', verify: 'אפשר לבדוק בלי להתחבר בכתובת /certificates/verify/{code}' },
  it: { title: 'Attestato di completamento', awarded: 'Si attesta che', completed: 'Completato il', validUntil: 'Valido fino al', noExpiry: 'Senza scadenza', code: 'Codice di verifica', verify: 'Verificabile senza accesso su /certificates/verify/{code}' },
};
const RTL = new Set<Lang>(['ar', 'he']);
const day = (d: Date) => new Date(d).toISOString().slice(0, 10);

/**
 * A certificate as a PDF, through core's PdfWriter: its fonts shape Arabic and Hebrew (and Latin),
 * so the person's name prints as written whatever their script; the labels follow `language`.
 */
export async function renderCertificate(c: CertificateRow, language: string): Promise<Buffer> {
  const lang: Lang = language in STRINGS ? (language as Lang) : 'en';
  const t = STRINGS[lang];
  const dir = RTL.has(lang) ? 'rtl' : 'ltr';
  const pdf = new PdfWriter({ title: `${t.title}: ${c.courseTitle}`, author: c.organizationName, language: lang });
  const x = pdf.left;
  const width = pdf.pageWidth;
  let y = pdf.doc.page.margins.top + 60;
  const para = (s: string, size: number, weight: 'regular' | 'bold' = 'regular', direction: 'rtl' | 'ltr' | 'auto' = dir) => {
    y += pdf.line(s, { x, y, width, size, weight, align: 'start', direction }) + 8;
  };
  para(c.organizationName, 12, 'regular', 'auto');
  para(t.title, 26, 'bold');
  y += 20;
  para(t.awarded, 12);
  // The name keeps its own direction (a Hebrew name on an English certificate reads right to left).
  para(c.personName, 24, 'bold', 'auto');
  y += 10;
  para(c.courseTitle, 16, 'bold', 'auto');
  y += 20;
  para(`${t.completed}: ${day(c.completedAt)}`, 12);
  para(c.expiresAt ? `${t.validUntil}: ${day(c.expiresAt)}` : t.noExpiry, 12);
  y += 30;
  para(`${t.code}: ${c.code}`, 10);
  para(t.verify.replace('{code}', c.code), 9);
  return pdf.finish();
}
