import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, renderMarkdown, runSql } from '@pillars/api/core';
import { checkText, LIMITS } from '@pillars/shared/validation';
import { WikiEditingService } from './wiki-editing.service';
import { outsideCode, WikiLinks } from './wiki-links';
import { MARKDOWN_LINK, resolveRelative, splitFrontMatter } from './wiki-markdown-files';
import { WikiPageImages } from './wiki-page-images';
import { WikiSpacesService } from './wiki-spaces.service';
import { readMarkdownZip } from './wiki-zip-read';
import { WikiErrorCode } from './wiki.errors';
import { WIKI_LANGUAGES } from './wiki.inputs';
import { wikiPolicy } from './wiki.policy';

export interface ImportedPage {
  id: string;
  title: string;
  /** The archive path it came from (a folder's, for a folder without its own file). */
  path: string;
}

interface Planned {
  path: string;
  /** The page's key: its path without `.md` (a folder `a` and a file `a.md` are one page). */
  key: string;
  parentKey: string | null;
  title: string;
  language: string;
  body: string;
}

/** `![alt](href "title")`: an image; alt, href and the title part as written. */
const IMAGE_LINK = /!\[((?:\\.|[^\]\\\n])*)\]\(([^)\s]+)(\s+"[^"\n]*")?\)/g;

const stem = (segment: string) => segment.replace(/\.md$/i, '');
const inFile = (file: string, code: WikiErrorCode, reason: string, details: Record<string, unknown> = {}) => new AppError(code, { file, reason, ...details }, `${file}: ${reason}`);

/**
 * The pages a zip's Markdown files make: one per `.md` file, one per folder (the file `a.md` beside
 * the folder `a/` is that folder's page, as an export writes it; a folder without one gets an
 * empty page titled by its name), parents before children, siblings by name.
 */
export function planImport(files: { path: string; text: string }[], folders: string[]): Planned[] {
  const planned = new Map<string, Planned>();
  const parentOf = (key: string) => (key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : null);
  for (const file of files) {
    const key = stem(file.path);
    if (planned.has(key)) throw inFile(file.path, WikiErrorCode.WIKI_IMPORT_DUPLICATE_NAME, 'duplicate name');
    const { fields, body } = splitFrontMatter(file.text);
    const title = checkText(fields['title'] ?? stem(key.split('/').pop() as string), { max: LIMITS.title });
    if (!title.ok) throw inFile(file.path, WikiErrorCode.WIKI_IMPORT_BAD_TITLE, title.rule);
    if (Buffer.byteLength(body, 'utf8') > LIMITS.wikiPageBytes) throw inFile(file.path, WikiErrorCode.WIKI_IMPORT_FILE_TOO_LARGE, 'page too large', { maxBytes: LIMITS.wikiPageBytes });
    const language = (WIKI_LANGUAGES as readonly string[]).includes(fields['language'] ?? '') ? (fields['language'] as string) : 'en';
    planned.set(key, { path: file.path, key, parentKey: parentOf(key), title: title.value, language, body });
  }
  for (const folder of folders) {
    if (planned.has(folder)) continue;
    const title = checkText(folder.split('/').pop(), { max: LIMITS.title });
    if (!title.ok) throw inFile(`${folder}/`, WikiErrorCode.WIKI_IMPORT_BAD_TITLE, title.rule);
    planned.set(folder, { path: `${folder}/`, key: folder, parentKey: parentOf(folder), title: title.value, language: 'en', body: '' });
  }
  const depth = (k: string) => k.split('/').length;
  return [...planned.values()].sort((a, b) => depth(a.key) - depth(b.key) || a.key.localeCompare(b.key, 'und', { sensitivity: 'base' }) || (a.key < b.key ? -1 : 1));
}

/**
 * A zip of Markdown files into a space (its editors and admins), all or nothing: every page is
 * created with revision 1 by the importer in one transaction, so a bad file (named in the error)
 * leaves the space as it was. Relative links between the files become the stored form of
 * `[[page]]` links (`/wiki/page/<id>`) once every page exists, and are then extracted as links,
 * so the imported pages show as each other's backlinks. Images the pages link (`_images/` in an
 * export) are uploaded and linked by their new URLs.
 */
@Injectable()
export class WikiImportService {
  constructor(
    private readonly db: Db,
    private readonly spaces: WikiSpacesService,
    private readonly editing: WikiEditingService,
    private readonly links: WikiLinks,
    private readonly images: WikiPageImages,
  ) {}

  async importZip(actor: Actor, spaceId: string, zip: Uint8Array): Promise<{ spaceId: string; pages: ImportedPage[] }> {
    // The rule first, so someone who may not edit learns nothing about how the archive reads.
    authorize(wikiPolicy, actor, 'edit', await this.spaces.getSpace(actor, spaceId));
    const { files, folders, images } = readMarkdownZip(zip);
    // Linked images become the importer's uploads before the pages' transaction (an upload commits
    // on its own: PGlite runs one transaction at a time); the pages' saves attach them, and a
    // failure anywhere deletes them again, so nothing of a refused import stays.
    const uploaded: string[] = [];
    try {
      const plan = await this.withImages(actor, planImport(files, folders), images, uploaded);
      return await this.createPages(actor, spaceId, plan);
    } catch (e) {
      await this.images.discard(actor, uploaded);
      throw e;
    }
  }

  /**
   * The plan with each image link (`![alt](relative/path.png)`) to an image of the archive pointed
   * at that image uploaded through the upload pipeline (magic bytes, sharp, no metadata), once per
   * file however many pages link it. Images no page links are not uploaded. Without the files
   * domain (some test apps) the links stay as written.
   */
  private async withImages(actor: Actor, plan: Planned[], images: ReadonlyMap<string, Uint8Array>, uploaded: string[]): Promise<Planned[]> {
    if (images.size === 0 || !this.images.available) return plan;
    const urls = new Map<string, string>();
    const out: Planned[] = [];
    for (const page of plan) {
      const wanted: string[] = [];
      const pathOf = (href: string) => {
        const path = resolveRelative(page.path.endsWith('/') ? `${page.path}x` : page.path, href);
        return path !== null && images.has(path) ? path : null;
      };
      outsideCode(page.body, (text) => {
        for (const m of text.matchAll(IMAGE_LINK)) {
          const path = pathOf(m[2]);
          if (path) wanted.push(path);
        }
        return text;
      });
      for (const path of wanted) {
        if (urls.has(path)) continue;
        try {
          const file = await this.images.upload(actor, path.split('/').pop() as string, Buffer.from(images.get(path) as Uint8Array));
          uploaded.push(file.id);
          urls.set(path, file.url);
        } catch (e) {
          if (e instanceof AppError && e.code.startsWith('FILES_')) throw inFile(path, WikiErrorCode.WIKI_IMPORT_IMAGE_INVALID, e.code);
          throw e;
        }
      }
      const body = wanted.length === 0 ? page.body : outsideCode(page.body, (text) =>
        text.replace(IMAGE_LINK, (whole, alt: string, href: string, title: string | undefined) => {
          const path = pathOf(href);
          return path ? `![${alt}](${urls.get(path) as string}${title ?? ''})` : whole;
        }),
      );
      out.push({ ...page, body });
    }
    return out;
  }

  private createPages(actor: Actor, spaceId: string, plan: Planned[]): Promise<{ spaceId: string; pages: ImportedPage[] }> {
    return this.db.transaction(async (tx) => {
      const space = await this.spaces.getSpace(actor, spaceId, tx, true);
      authorize(wikiPolicy, actor, 'edit', space);
      const ids = new Map<string, string>();
      for (const page of plan) {
        const id = await this.editing.insertPage(tx, actor, space.id, { title: page.title, body: page.body, language: page.language, parentId: page.parentKey ? ids.get(page.parentKey) : null, summary: 'Imported' });
        ids.set(page.key, id);
      }
      for (const page of plan) {
        const id = ids.get(page.key) as string;
        const linked = outsideCode(page.body, (text) =>
          text.replace(MARKDOWN_LINK, (whole, label: string, href: string) => {
            const path = resolveRelative(page.path.endsWith('/') ? `${page.path}x` : page.path, href);
            const target = path === null ? undefined : ids.get(stem(path).replace(/\/$/, ''));
            return target ? `[${label}](/wiki/page/${target})` : whole;
          }),
        );
        const processed = await this.links.process(tx, actor, space.id, linked);
        if (Buffer.byteLength(processed.body, 'utf8') > LIMITS.wikiPageBytes) throw inFile(page.path, WikiErrorCode.WIKI_IMPORT_FILE_TOO_LARGE, 'page too large once links are rewritten', { maxBytes: LIMITS.wikiPageBytes });
        if (processed.body !== page.body) {
          // Revision 1 is written in this same transaction: no one has seen the unlinked body.
          const html = renderMarkdown(processed.body).html;
          await runSql(tx, `UPDATE wiki_pages SET body = $2, body_html = $3 WHERE id = $1`, [id, processed.body, html]);
          await runSql(tx, `UPDATE wiki_revisions SET body = $2, body_html = $3 WHERE page_id = $1 AND number = 1`, [id, processed.body, html]);
        }
        await this.links.store(tx, actor.organizationId, id, processed.links);
      }
      return { spaceId: space.id, pages: plan.map((p) => ({ id: ids.get(p.key) as string, title: p.title, path: p.path })) };
    });
  }
}
