import { MAIL_STRINGS, type MailLocale, RTL_LOCALES } from './mail.strings';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every interpolated value goes through this: names are user input. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

export interface MailLine {
  kind: string;
  actorName: string | null;
  actorCount: number;
}

/** One line of text for a notification, from its kind and actors only (never the target's content). */
export function lineFor(locale: MailLocale, line: MailLine): string {
  const s = MAIL_STRINGS[locale];
  const others = line.actorCount > 1 ? fill(s.others, { n: String(line.actorCount - 1) }) : '';
  return fill(s.kinds[line.kind] ?? s.generic, { actor: line.actorName ?? s.unavailable, others });
}

export interface RenderedMail { subject: string; html: string; text: string }

/** HTML (with the language's direction) and a text part, for one notification or a digest. */
export function renderMail(locale: MailLocale, args: { title: string; lines: string[]; more: number; openUrl: string; unsubscribeUrl: string }): RenderedMail {
  const s = MAIL_STRINGS[locale];
  const dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
  const more = args.more > 0 ? fill(s.more, { n: String(args.more) }) : null;
  const items = args.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(args.title)}</title></head>
<body dir="${dir}" style="font-family: sans-serif; text-align: start">
<h1 style="font-size: 18px">${escapeHtml(args.title)}</h1>
<ul>${items}</ul>${more ? `<p>${escapeHtml(more)}</p>` : ''}
<p><a href="${escapeHtml(args.openUrl)}">${escapeHtml(s.open)}</a></p>
<p style="font-size: 12px"><a href="${escapeHtml(args.unsubscribeUrl)}">${escapeHtml(s.unsubscribe)}</a></p>
</body></html>`;
  const text = [args.title, '', ...args.lines.map((l) => `- ${l}`), ...(more ? [more] : []), '', `${s.open}: ${args.openUrl}`, `${s.unsubscribe}: ${args.unsubscribeUrl}`].join('\n');
  return { subject: args.title, html, text };
}

/** The tiny page the unsubscribe link shows. */
export function renderPage(locale: MailLocale, title: string, body: string): string {
  const dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family: sans-serif; max-width: 36rem; margin-inline: auto; padding: 2rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></body></html>`;
}
