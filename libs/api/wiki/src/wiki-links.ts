import { Injectable } from '@nestjs/common';
import { runSql, SqlParams, type Actor, type Tx } from '@pillars/api/core';
import { WikiVisibility } from './wiki.policy';

/**
 * Internal links, extracted on every save (docs/decisions.md, "Wiki"):
 * - `[[Page title]]` (or `[[Page title|label]]`) is resolved when saved, among the pages the
 *   author may read (the same space first, then the most recently updated), and rewritten to
 *   `[label](/wiki/page/<id>)`: the stored form names the page's stable id, so it survives
 *   renames and moves. An unresolved one stays as typed and is reported as broken.
 * - `[label](/wiki/page/<id>)` and `[label](/wiki/<spaceKey>/<slug>)` (an earlier slug resolves
 *   too) are kept as typed and recorded against the page they name.
 * Code spans and fenced code blocks are left alone.
 */
export interface ExtractedLink {
  /** What the link names, as shown in the broken-link report (and the row's key per source page). */
  ref: string;
  label: string;
  targetPageId: string | null;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const CODE = /(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`)/;
const WIKILINK = /\[\[([^[\]\n|]{1,200})(?:\|([^[\]\n]{1,200}))?\]\]/g;
export const ID_LINK = new RegExp(`\\[([^\\]\\n]*)\\]\\(/wiki/page/(${UUID})(?:[#?][^)\\s]*)?\\)`, 'g');
export const PATH_LINK = /\[([^\]\n]*)\]\(\/wiki\/([a-z0-9][a-z0-9-]{1,31})\/([^)\s/#?]+)(?:[#?][^)\s]*)?\)/g;
/** Space keys the link syntax reserves (`/wiki/page/<id>`). */
export const RESERVED_SPACE_KEYS: ReadonlySet<string> = new Set(['page']);

/** Applies `fn` to the parts of Markdown outside code. */
export const outsideCode = (body: string, fn: (text: string) => string): string =>
  body.split(CODE).map((part, i) => (i % 2 === 1 ? part : fn(part))).join('');

const escapeLabel = (label: string) => label.replace(/[[\]\\]/g, (c) => `\\${c}`);
/** A title as links compare it: trimmed, NFC, lower-cased in any script. */
export const norm = (title: string) => title.trim().normalize('NFC').toLocaleLowerCase('und');
/** A percent-decoded path segment, or the segment as written when it does not decode. */
export const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

@Injectable()
export class WikiLinks {
  constructor(private readonly visibility: WikiVisibility) {}

  /** The body to store (`[[title]]` rewritten to id links where resolved) and the links it holds. */
  async process(tx: Tx, actor: Actor, spaceId: string, body: string): Promise<{ body: string; links: ExtractedLink[] }> {
    const titles = new Set<string>();
    outsideCode(body, (text) => {
      for (const m of text.matchAll(WIKILINK)) titles.add(norm(m[1]));
      return text;
    });
    const byTitle = await this.resolveTitles(tx, actor, spaceId, [...titles].filter(Boolean));
    const links = new Map<string, ExtractedLink>();
    const rewritten = outsideCode(body, (text) =>
      text.replace(WIKILINK, (whole, title: string, label?: string) => {
        const id = byTitle.get(norm(title));
        const shown = (label ?? title).trim();
        if (!id) {
          links.set(`[[${title.trim()}]]`, { ref: `[[${title.trim()}]]`, label: shown, targetPageId: null });
          return whole;
        }
        return `[${escapeLabel(shown)}](/wiki/page/${id})`;
      }),
    );
    const ids: { ref: string; label: string; id: string }[] = [];
    const paths: { ref: string; label: string; key: string; slug: string }[] = [];
    outsideCode(rewritten, (text) => {
      for (const m of text.matchAll(ID_LINK)) ids.push({ ref: `/wiki/page/${m[2].toLowerCase()}`, label: m[1], id: m[2].toLowerCase() });
      for (const m of text.matchAll(PATH_LINK)) if (!RESERVED_SPACE_KEYS.has(m[2])) paths.push({ ref: `/wiki/${m[2]}/${decode(m[3])}`, label: m[1], key: m[2], slug: decode(m[3]) });
      return text;
    });
    const live = await this.visibleIds(tx, actor, ids.map((l) => l.id));
    for (const l of ids) if (!links.has(l.ref)) links.set(l.ref, { ref: l.ref, label: l.label, targetPageId: live.has(l.id) ? l.id : null });
    const byPath = await this.resolvePaths(tx, actor, paths);
    for (const l of paths) if (!links.has(l.ref)) links.set(l.ref, { ref: l.ref, label: l.label, targetPageId: byPath.get(l.ref) ?? null });
    return { body: rewritten, links: [...links.values()].slice(0, 1000) };
  }

  /** Replaces a page's outgoing links (inside the save's transaction). */
  async store(tx: Tx, organizationId: string, pageId: string, links: readonly ExtractedLink[]): Promise<void> {
    await runSql(tx, `DELETE FROM wiki_links WHERE source_page_id = $1`, [pageId]);
    if (links.length === 0) return;
    await runSql(
      tx,
      `INSERT INTO wiki_links (source_page_id, organization_id, target_ref, label, target_page_id)
       SELECT $1, $2, x.ref, x.label, x.target FROM unnest($3::text[], $4::text[], $5::uuid[]) AS x(ref, label, target)`,
      [pageId, organizationId, links.map((l) => l.ref), links.map((l) => l.label.slice(0, 500)), links.map((l) => l.targetPageId)],
    );
  }

  private async resolveTitles(tx: Tx, actor: Actor, spaceId: string, titles: string[]): Promise<Map<string, string>> {
    if (titles.length === 0) return new Map();
    const p = new SqlParams();
    const rows = await runSql<{ t: string; id: string }>(
      tx,
      `SELECT DISTINCT ON (lower(wp.title)) lower(wp.title) AS t, wp.id FROM wiki_pages wp
        WHERE lower(wp.title) = ANY(${p.add(titles)}::text[]) AND ${this.visibility.visiblePageSql(actor, p, 'wp')}
        ORDER BY lower(wp.title), (wp.space_id = ${p.add(spaceId)}::uuid) DESC, wp.updated_at DESC, wp.id`,
      p.values,
    );
    return new Map(rows.map((r) => [r.t.normalize('NFC').toLocaleLowerCase('und'), r.id]));
  }

  private async visibleIds(tx: Tx, actor: Actor, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const p = new SqlParams();
    const rows = await runSql<{ id: string }>(tx, `SELECT wp.id FROM wiki_pages wp WHERE wp.id = ANY(${p.add(ids)}::uuid[]) AND ${this.visibility.visiblePageSql(actor, p, 'wp')}`, p.values);
    return new Set(rows.map((r) => r.id));
  }

  private async resolvePaths(tx: Tx, actor: Actor, paths: { ref: string; key: string; slug: string }[]): Promise<Map<string, string>> {
    if (paths.length === 0) return new Map();
    const p = new SqlParams();
    const rows = await runSql<{ ref: string; id: string }>(
      tx,
      `SELECT '/wiki/' || sp.key || '/' || sl.slug AS ref, wp.id FROM unnest(${p.add(paths.map((x) => x.key))}::text[], ${p.add(paths.map((x) => x.slug))}::text[]) AS x(key, slug)
        JOIN wiki_spaces sp ON sp.organization_id = ${p.add(actor.organizationId)}::uuid AND sp.key = x.key
        JOIN wiki_page_slugs sl ON sl.space_id = sp.id AND sl.slug = x.slug
        JOIN wiki_pages wp ON wp.id = sl.page_id
        WHERE ${this.visibility.visiblePageSql(actor, p, 'wp')}`,
      p.values,
    );
    return new Map(rows.map((r) => [r.ref, r.id]));
  }
}

/** A slug from a title: lower-case letters and digits of any script joined by dashes, at most 80. */
export function slugify(title: string): string {
  const s = title.normalize('NFKC').toLocaleLowerCase('und').replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return s || 'page';
}
