/**
 * The Markdown file form of wiki pages, shared by export and import: a small front matter (one
 * `key: value` per line, strings JSON-quoted, which is valid YAML) and links between files as
 * relative paths with each segment percent-encoded.
 */
export type FrontMatter = Record<string, string | number>;

export function withFrontMatter(fields: FrontMatter, body: string): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

/** The front matter's fields (unknown lines ignored) and the body after it; no front matter: all body. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const match = /^---\n([\s\S]{0,16384}?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const kv = /^([A-Za-z][\w-]*):[ \t]*(.*)$/.exec(line);
    if (!kv) continue;
    fields[kv[1].toLowerCase()] = unquote(kv[2].trim());
  }
  return { fields, body: text.slice(match[0].length).replace(/^\n/, '') };
}

function unquote(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      const parsed: unknown = JSON.parse(v);
      return typeof parsed === 'string' ? parsed : v;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

const encodePath = (segments: readonly string[]) => segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');

/** The link from the file at `from` to the file at `to` (both archive paths), relative and encoded. */
export function relativeLink(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), encodePath(b.slice(common))].join('/');
}

/**
 * The archive path a relative link in the file at `from` names, or null for anything else (a URL,
 * an absolute path, a link climbing above the archive's root). The anchor and query are dropped.
 */
export function resolveRelative(from: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('#')) return null;
  const path = href.replace(/[#?].*$/, '');
  if (!path) return null;
  const parts = from.split('/').slice(0, -1);
  for (const raw of path.split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg.normalize('NFC'));
  }
  return parts.join('/');
}

/** `[label](href)` outside images; label and href as written. */
export const MARKDOWN_LINK = /(?<!!)\[((?:\\.|[^\]\\\n])*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;
