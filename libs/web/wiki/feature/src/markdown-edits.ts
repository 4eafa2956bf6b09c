/** A textarea's text and selection: what a toolbar action reads and writes. */
export interface TextSelection {
  value: string;
  start: number;
  end: number;
}

export type MarkdownAction = 'heading' | 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'table' | 'codeBlock' | 'link';

/** Wraps the selection in `marker` (or unwraps it when already wrapped); with no selection, places the caret between the markers. */
export function wrapSelection({ value, start, end }: TextSelection, marker: string, placeholder = ''): TextSelection {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const inner = value.slice(start, end);
  if (before.endsWith(marker) && after.startsWith(marker) && inner) {
    return { value: before.slice(0, -marker.length) + inner + after.slice(marker.length), start: start - marker.length, end: end - marker.length };
  }
  const text = inner || placeholder;
  return { value: before + marker + text + marker + after, start: start + marker.length, end: start + marker.length + text.length };
}

/** Puts `prefix` in front of every line the selection touches (toggling it off when all have it). */
export function prefixLines({ value, start, end }: TextSelection, prefix: (index: number) => string, pattern: RegExp): TextSelection {
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = value.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? value.length : nextBreak;
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const all = lines.every((l) => pattern.test(l));
  const changed = lines.map((l, i) => (all ? l.replace(pattern, '') : prefix(i) + l.replace(pattern, ''))).join('\n');
  const next = value.slice(0, lineStart) + changed + value.slice(lineEnd);
  return { value: next, start: lineStart, end: lineStart + changed.length };
}

/** Inserts a block on lines of its own at the caret (blank lines around it), selecting `selectFrom`–`selectTo` inside it. */
export function insertBlock({ value, start, end }: TextSelection, block: string, select?: [number, number]): TextSelection {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const at = before.length + lead.length;
  const [from, to] = select ?? [block.length, block.length];
  return { value: before + lead + block + trail + after, start: at + from, end: at + to };
}

/** Replaces the selection with `text`, the caret after it (or `select` inside it). */
export function insertText({ value, start, end }: TextSelection, text: string, select?: [number, number]): TextSelection {
  const [from, to] = select ?? [text.length, text.length];
  return { value: value.slice(0, start) + text + value.slice(end), start: start + from, end: start + to };
}

const HEADING = /^#{1,6} /;
const BULLET = /^[-*+] /;
const ORDERED = /^\d+\. /;

/** The toolbar's actions on Markdown text; `labels` gives the placeholders in the user's language. */
export function applyMarkdown(action: MarkdownAction, sel: TextSelection, labels: { text: string; url: string; code: string; column: string }): TextSelection {
  switch (action) {
    case 'bold':
      return wrapSelection(sel, '**', labels.text);
    case 'italic':
      return wrapSelection(sel, '_', labels.text);
    case 'heading':
      return prefixLines(sel, () => '## ', HEADING);
    case 'bulletList':
      return prefixLines(sel, () => '- ', BULLET);
    case 'orderedList':
      return prefixLines(sel, (i) => `${i + 1}. `, ORDERED);
    case 'codeBlock': {
      const code = sel.value.slice(sel.start, sel.end) || labels.code;
      return insertBlock(sel, '```\n' + code + '\n```', [4, 4 + code.length]);
    }
    case 'table': {
      const c = labels.column;
      const block = `| ${c} 1 | ${c} 2 |\n| --- | --- |\n|  |  |`;
      return insertBlock(sel, block, [2, 2 + c.length + 2]);
    }
    case 'link': {
      const text = sel.value.slice(sel.start, sel.end) || labels.text;
      const md = `[${text}](${labels.url})`;
      return insertText(sel, md, [text.length + 3, text.length + 3 + labels.url.length]);
    }
  }
}

/** The Markdown for a link to a wiki page by its stable id (survives renames and moves). */
export const wikiPageLink = (title: string, id: string) => `[${title.replace(/[[\]\\]/g, (c) => `\\${c}`)}](/wiki/page/${id})`;

/** The Markdown for an uploaded image. */
export const imageMarkdown = (alt: string, url: string) => `![${alt.replace(/[[\]\\]/g, (c) => `\\${c}`)}](${url})`;

/** Ctrl/Cmd shortcuts of the editor. */
export const SHORTCUTS: Record<string, MarkdownAction> = { b: 'bold', i: 'italic', k: 'link', h: 'heading', e: 'codeBlock' };
