import { PdfWriter } from '@pillars/api/core';
import type { ExportedPage } from './wiki-export.service';

type Lang = 'en' | 'ar' | 'he' | 'it';
const STRINGS: Record<Lang, { revision: string; updated: string; owner: string }> = {
  en: { revision: 'Revision', updated: 'Updated', owner: 'Owner' },
  it: { revision: 'Revisione', updated: 'Aggiornata', owner: 'Responsabile' },
  ar: { revision: 'المراجعة', updated: 'آخر تحديث', owner: 'المسؤول' },
  he: { revision: 'גרסה', updated: 'עודכן', owner: 'אחראי' },
};

/** Markdown inline syntax reduced to the words a reader sees (links and images keep their text). */
export function plainInline(s: string): string {
  return s
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[((?:\\.|[^\]\\\n])*)\]\([^)\n]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}

/**
 * A page as a PDF through core's PdfWriter (the one text pipeline of the certificates and
 * evidence packs): every paragraph is wrapped, ordered by the bidi algorithm from its own first
 * strong letter and shaped, so Arabic and Hebrew read as written, mixed with Latin or not.
 * Headings, list items, quotes and code lines keep their block; inline Markdown is reduced to text.
 */
export async function renderPagePdf(page: ExportedPage, body: string, ownerName: string, language: string): Promise<Buffer> {
  const t = STRINGS[(language in STRINGS ? language : 'en') as Lang];
  const pdf = new PdfWriter({ title: page.title, author: ownerName || page.spaceName, language: page.language });
  let y = pdf.doc.page.margins.top;
  y = pdf.paragraph(page.spaceName, { y, size: 9, color: '#555555' }) + 4;
  y = pdf.paragraph(page.title, { y, size: 20, weight: 'bold' }) + 4;
  const meta = `${t.revision} ${page.revisionNumber} · ${t.updated} ${new Date(page.updatedAt).toISOString().slice(0, 10)}${ownerName ? ` · ${t.owner}: ${ownerName}` : ''}`;
  y = pdf.paragraph(meta, { y, size: 9, color: '#555555', direction: language === 'ar' || language === 'he' ? 'rtl' : 'ltr' }) + 12;

  let fence: string | null = null;
  let para: string[] = [];
  const flush = () => {
    if (para.length) y = pdf.paragraph(plainInline(para.join(' ')), { y, size: 11 }) + 6;
    para = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    const fenceMark = /^(```|~~~)/.exec(line.trim());
    if (fence) {
      if (fenceMark && line.trim().startsWith(fence)) fence = null;
      else y = pdf.paragraph(line || ' ', { y, size: 9, color: '#333333', direction: 'ltr' });
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark[1];
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      y = pdf.paragraph(plainInline(heading[2].replace(/\s#+$/, '')), { y: y + 4, size: Math.max(12, 18 - heading[1].length * 2), weight: 'bold' }) + 4;
    } else if (item) {
      flush();
      const marker = /\d/.test(item[1]) ? item[1] : '•';
      y = pdf.paragraph(`${marker} ${plainInline(item[2])}`, { y, size: 11 }) + 2;
    } else if (/^\s*\|/.test(line)) {
      flush();
      if (!/^\s*\|[\s|:-]+\|?\s*$/.test(line)) y = pdf.paragraph(plainInline(line.replace(/^\s*\||\|\s*$/g, '').split('|').map((c) => c.trim()).join('  ·  ')), { y, size: 10 }) + 2;
    } else para.push(line.replace(/^\s*>\s?/, '').trim());
  }
  flush();
  return pdf.finish();
}
