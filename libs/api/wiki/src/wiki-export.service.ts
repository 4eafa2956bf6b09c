import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, runSql, SqlParams } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { zipSync } from 'fflate';
import { decode, ID_LINK, norm, outsideCode, PATH_LINK, RESERVED_SPACE_KEYS } from './wiki-links';
import { relativeLink, withFrontMatter } from './wiki-markdown-files';
import { fileIdsIn, WikiPageImages } from './wiki-page-images';
import { WikiSpacesService } from './wiki-spaces.service';
import { IMAGES_FOLDER } from './wiki-zip-read';
import { WikiErrorCode } from './wiki.errors';
import { WikiVisibility } from './wiki.policy';

/** What an export holds of one page. */
export interface ExportedPage {
  id: string; parentId: string | null; slug: string; title: string; language: string; body: string;
  revisionNumber: number; ownerId: string; updatedAt: Date; spaceName: string;
}

/** Where an exported link points: a file of the export, the app (a readable page elsewhere), or nowhere the reader may go. */
type Target = { kind: 'file'; path: string } | { kind: 'app'; id: string } | { kind: 'hidden'; titles: string[] };

/**
 * The placeholder for a link whose label would name a page the reader may not read, in the
 * export's language (the requester's locale, or the download's `?lang=`: core's `downloadLanguage`).
 */
export const HIDDEN_LINK_TEXT: Readonly<Record<'en' | 'ar' | 'he' | 'it', string>> = {
  en: '(restricted page)',
  ar: '(صفحة مقيدة)',
  he: '(דף מוגבל)',
  it: '(pagina riservata)',
};
export const hiddenLinkText = (language: string): string => HIDDEN_LINK_TEXT[(language in HIDDEN_LINK_TEXT ? language : 'en') as keyof typeof HIDDEN_LINK_TEXT];

/**
 * Exports of what the reader may read (docs/decisions.md, "Wiki export"): a page as Markdown, a
 * space as a zip of Markdown files following the tree, and the input of a page's PDF. Pages are
 * read through the wiki's SQL read rule; a link to a page the reader may not read (another
 * space's, or deleted) becomes plain text, and when its label holds one of that page's titles
 * (a `[[Title]]` the author resolved), the placeholder: the title appears nowhere in the export.
 */
@Injectable()
export class WikiExportService {
  constructor(
    private readonly db: Db,
    private readonly visibility: WikiVisibility,
    private readonly spaces: WikiSpacesService,
    private readonly people: PeopleDirectory,
    private readonly images: WikiPageImages,
  ) {}

  /** Bytes of Markdown a space export holds at most (WIKI_EXPORT_TOO_LARGE past it). */
  static maxBytes(): number {
    return Number(process.env['WIKI_EXPORT_MAX_BYTES'] ?? 50 * 1024 * 1024);
  }
  static readonly maxPages = 5000;

  /** One page as a Markdown file with its front matter; links to other pages stay app links. `language`: the placeholders'. */
  async pageMarkdown(actor: Actor, pageId: string, language: string): Promise<{ page: ExportedPage; ownerName: string; markdown: string; body: string }> {
    const [page] = await this.load(actor, { pageId });
    if (!page) throw AppError.notFound('page');
    const targets = await this.targets(actor, [page], new Map());
    const body = rewriteLinks(page.body, (ref) => targets.get(ref), () => '', hiddenLinkText(language));
    const ownerName = (await this.people.usersByIds(actor, [page.ownerId]))[0]?.name ?? '';
    return { page, ownerName, body, markdown: withFrontMatter(frontMatter(page, ownerName), body) };
  }

  /** The space as a zip: `slug.md` per page, a page's children in the folder `slug/` beside it. `language`: the placeholders'. */
  async spaceZip(actor: Actor, spaceId: string, language: string): Promise<{ key: string; zip: Uint8Array }> {
    const space = await this.spaces.getSpace(actor, spaceId);
    // Measured in SQL first, so a space past the caps is refused without reading its bodies.
    const p = new SqlParams();
    const [size] = await runSql<{ pages: number; bytes: string }>(
      this.db.manager,
      `SELECT count(*)::int AS pages, coalesce(sum(octet_length(wp.body)), 0)::bigint AS bytes FROM wiki_pages wp WHERE wp.space_id = ${p.add(space.id)}::uuid AND ${this.visibility.visiblePageSql(actor, p, 'wp')}`,
      p.values,
    );
    if (size.pages > WikiExportService.maxPages) throw new AppError(WikiErrorCode.WIKI_EXPORT_TOO_LARGE, { maxPages: WikiExportService.maxPages }, 'The space has too many pages to export');
    if (Number(size.bytes) > WikiExportService.maxBytes()) throw new AppError(WikiErrorCode.WIKI_EXPORT_TOO_LARGE, { maxBytes: WikiExportService.maxBytes() }, 'The space is too large to export');
    const pages = await this.load(actor, { spaceId: space.id });
    const paths = filePaths(pages);
    const targets = await this.targets(actor, pages, paths);
    const owners = new Map((await this.people.usersByIds(actor, [...new Set(pages.map((p) => p.ownerId))])).map((u) => [u.id, u.name]));
    const files: Record<string, Uint8Array> = {};
    // The images the pages link that the reader may open (attached to pages they read), in `_images/`,
    // counted in the same cap as the Markdown (sized from their rows before any byte is read).
    const images = await this.images.exportable(actor, [...new Set(pages.flatMap((page) => fileIdsIn(page.body)))], WikiExportService.maxBytes() - Number(size.bytes));
    if (!images) throw new AppError(WikiErrorCode.WIKI_EXPORT_TOO_LARGE, { maxBytes: WikiExportService.maxBytes() }, 'The space is too large to export');
    const imagePaths = new Map<string, string>();
    let bytes = 0;
    for (const image of images) {
      const path = `${IMAGES_FOLDER}/${image.id}.${IMAGE_EXTENSIONS[image.mime] ?? 'img'}`;
      imagePaths.set(image.id, path);
      files[path] = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length);
      bytes += image.data.length;
    }
    for (const page of pages) {
      const from = paths.get(page.id) as string;
      const linked = rewriteLinks(page.body, (ref) => targets.get(ref), (path) => relativeLink(from, path), hiddenLinkText(language));
      const body = rewriteFileLinks(linked, (id) => {
        const path = imagePaths.get(id);
        return path ? relativeLink(from, path) : null;
      });
      const file = Buffer.from(withFrontMatter(frontMatter(page, owners.get(page.ownerId) ?? ''), body), 'utf8');
      bytes += file.length;
      if (bytes > WikiExportService.maxBytes()) throw new AppError(WikiErrorCode.WIKI_EXPORT_TOO_LARGE, { maxBytes: WikiExportService.maxBytes() }, 'The space is too large to export');
      files[from] = new Uint8Array(file.buffer, file.byteOffset, file.length);
    }
    return { key: space.key, zip: zipSync(files, { level: 6, mtime: new Date() }) };
  }

  /** Live pages the actor may read: one, or a space's in tree order (parents before children). */
  private async load(actor: Actor, by: { pageId?: string; spaceId?: string }): Promise<ExportedPage[]> {
    const p = new SqlParams();
    const where = by.pageId ? `wp.id = ${p.add(by.pageId)}::uuid` : `wp.space_id = ${p.add(by.spaceId)}::uuid`;
    return runSql<ExportedPage>(
      this.db.manager,
      `SELECT wp.id, wp.parent_id AS "parentId", wp.slug, wp.title, wp.language, wp.body, wp.revision_number AS "revisionNumber",
          wp.owner_id AS "ownerId", wp.updated_at AS "updatedAt", s.name AS "spaceName"
        FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE ${where} AND ${this.visibility.visiblePageSql(actor, p, 'wp')}
        ORDER BY wp.position, wp.id LIMIT ${p.add(WikiExportService.maxPages + 1)}`,
      p.values,
    );
  }

  /**
   * Every link of the pages (by the ref `rewriteLinks` gives it) to where it goes for this reader.
   * Refs resolve to pages without the read rule first, so that the titles of the hidden ones are
   * known (and kept out); then the read rule says which the reader may follow.
   */
  private async targets(actor: Actor, pages: readonly ExportedPage[], paths: ReadonlyMap<string, string>): Promise<Map<string, Target>> {
    const ids = new Set<string>();
    const slugs: { key: string; slug: string }[] = [];
    for (const page of pages) {
      outsideCode(page.body, (text) => {
        for (const m of text.matchAll(ID_LINK)) ids.add(m[2].toLowerCase());
        for (const m of text.matchAll(PATH_LINK)) if (!RESERVED_SPACE_KEYS.has(m[2])) slugs.push({ key: m[2], slug: decode(m[3]) });
        return text;
      });
    }
    const refs = new Map<string, string>([...ids].map((id) => [`id:${id}`, id]));
    if (slugs.length) {
      const rows = await runSql<{ key: string; slug: string; id: string }>(
        this.db.manager,
        `SELECT x.key, x.slug, sl.page_id AS id FROM unnest($2::text[], $3::text[]) AS x(key, slug)
          JOIN wiki_spaces sp ON sp.organization_id = $1 AND sp.key = x.key JOIN wiki_page_slugs sl ON sl.space_id = sp.id AND sl.slug = x.slug`,
        [actor.organizationId, slugs.map((s) => s.key), slugs.map((s) => s.slug)],
      );
      for (const r of rows) refs.set(`path:${r.key}/${r.slug}`, r.id);
    }
    const all = [...new Set(refs.values())];
    const p = new SqlParams();
    const readable = new Set(
      all.length === 0 ? [] : (await runSql<{ id: string }>(this.db.manager, `SELECT wp.id FROM wiki_pages wp WHERE wp.id = ANY(${p.add(all)}::uuid[]) AND ${this.visibility.visiblePageSql(actor, p, 'wp')}`, p.values)).map((r) => r.id),
    );
    const hidden = all.filter((id) => !readable.has(id));
    const titles = new Map<string, string[]>();
    if (hidden.length) {
      const rows = await runSql<{ id: string; title: string }>(
        this.db.manager,
        `SELECT DISTINCT page_id AS id, title FROM wiki_revisions WHERE organization_id = $1 AND page_id = ANY($2::uuid[])`,
        [actor.organizationId, hidden],
      );
      for (const r of rows) titles.set(r.id, [...(titles.get(r.id) ?? []), norm(r.title)]);
    }
    const out = new Map<string, Target>();
    for (const [ref, id] of refs) {
      const path = paths.get(id);
      out.set(ref, path ? { kind: 'file', path } : readable.has(id) ? { kind: 'app', id } : { kind: 'hidden', titles: titles.get(id) ?? [] });
    }
    return out;
  }
}

/** File names of the images an export carries, by type (an upload's type is one of these). */
const IMAGE_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** `](/files/<id>)`, the thumbnail's or an absolute URL of either, with an optional title: a link's or an image's target. */
const FILE_HREF = /\]\((?:https?:\/\/[^\s/)]+)?(?:\/api)?\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/thumbnail)?(\s+"[^"\n]*")?\)/gi;

/** The body with each link to an upload that `pathOf` knows (an image of the export) pointed at its file; code is left alone. */
export function rewriteFileLinks(body: string, pathOf: (id: string) => string | null): string {
  return outsideCode(body, (text) =>
    text.replace(FILE_HREF, (whole, id: string, title: string | undefined) => {
      const path = pathOf(id.toLowerCase());
      return path ? `](${path}${title ?? ''})` : whole;
    }),
  );
}

/** Archive paths of the pages, by the tree: `a.md`, `a/b.md`, `a/b/c.md` (slugs are unique in a space). */
export function filePaths(pages: readonly ExportedPage[]): Map<string, string> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const folders = new Map<string, string>();
  const folderOf = (p: ExportedPage, depth = 0): string => {
    const known = folders.get(p.id);
    if (known !== undefined) return known;
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    const folder = parent && depth < 100 ? `${folderOf(parent, depth + 1)}${parent.slug}/` : '';
    folders.set(p.id, folder);
    return folder;
  };
  return new Map(pages.map((p) => [p.id, `${folderOf(p)}${p.slug}.md`]));
}

function frontMatter(page: ExportedPage, ownerName: string) {
  return { title: page.title, language: page.language, owner: ownerName, revision: page.revisionNumber, updated: new Date(page.updatedAt).toISOString() };
}

/**
 * The body with each internal link pointed where the reader may go: a file of the export
 * (`toFile` gives the relative link, or '' to keep the app link), the app, or plain text
 * (`hidden` in place of a label that would name a page the reader may not read).
 */
export function rewriteLinks(body: string, target: (ref: string) => Target | undefined, toFile: (path: string) => string, hidden: string = HIDDEN_LINK_TEXT.en): string {
  const point = (whole: string, label: string, ref: string, appHref: string) => {
    const t = target(ref);
    if (!t) return whole;
    if (t.kind === 'file') {
      const href = toFile(t.path);
      return `[${label}](${href || appHref})`;
    }
    if (t.kind === 'app') return `[${label}](${appHref})`;
    const text = label.replace(/\\([[\]\\])/g, '$1');
    return t.titles.some((title) => title && norm(text).includes(title)) ? hidden : text;
  };
  return outsideCode(body, (text) =>
    text
      .replace(ID_LINK, (whole, label: string, id: string) => point(whole, label, `id:${id.toLowerCase()}`, `/wiki/page/${id.toLowerCase()}`))
      .replace(PATH_LINK, (whole, label: string, key: string, slug: string) => (RESERVED_SPACE_KEYS.has(key) ? whole : point(whole, label, `path:${key}/${decode(slug)}`, `/wiki/${key}/${slug}`))),
  );
}
