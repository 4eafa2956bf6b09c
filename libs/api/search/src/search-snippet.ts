/** Markers ts_headline puts around matches; control characters, which stored text never holds. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes everything, then turns the markers into <mark>: the only markup a snippet carries. */
export function snippetHtml(text: string | null | undefined): string {
  const escaped = (text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
  let open = false;
  let out = '';
  for (const ch of escaped) {
    if (ch === MARK_START && !open) {
      out += '<mark>';
      open = true;
    } else if (ch === MARK_END && open) {
      out += '</mark>';
      open = false;
    } else if (ch !== MARK_START && ch !== MARK_END) {
      out += ch;
    }
  }
  return open ? `${out}</mark>` : out;
}
