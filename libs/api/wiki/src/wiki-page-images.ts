import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Db, IMAGE_UPLOADS, SqlParams, type Actor, type ImageUploads, type Tx } from '@pillars/api/core';
import { WikiVisibility } from './wiki.policy';

/** The owner type of files a wiki page links (its images). */
export const WIKI_PAGE_FILE_OWNER = 'wiki-page';

const FILE_LINK = /\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;

/** The upload ids a page's Markdown links (`![alt](/files/<id>)`, or a plain link to one), at most 200. */
export function fileIdsIn(body: string): string[] {
  return [...new Set([...body.matchAll(FILE_LINK)].map((m) => m[1].toLowerCase()))].slice(0, 200);
}

/**
 * A page's images belong to the page: a save attaches the uploads its body links that are the
 * author's own and still unattached (so they are not purged after a day), and whoever may read the
 * page may read them (its read rule, registered with the files domain). An image first attached to
 * another page keeps that page's readers. Without the files domain (some test apps) nothing happens.
 */
@Injectable()
export class WikiPageImages implements OnModuleInit {
  constructor(
    private readonly modules: ModuleRef,
    private readonly db: Db,
    private readonly visibility: WikiVisibility,
  ) {}

  private uploads(): ImageUploads | null {
    try {
      return this.modules.get<ImageUploads>(IMAGE_UPLOADS, { strict: false });
    } catch {
      return null;
    }
  }

  onModuleInit(): void {
    this.uploads()?.registerReader(WIKI_PAGE_FILE_OWNER, async (actor, ids) => {
      const p = new SqlParams();
      const rows = await this.db.query<{ id: string }>(`SELECT wp.id FROM wiki_pages wp WHERE wp.id = ANY(${p.add(ids)}::uuid[]) AND ${this.visibility.visiblePageSql(actor, p, 'wp')}`, p.values);
      return new Set(rows.map((r) => r.id));
    });
  }

  /** Whether uploads are there (the files domain is in the app): without them exports and imports leave image links as they are. */
  get available(): boolean {
    return this.uploads() !== null;
  }

  /** The images linked by exported pages that the actor may read (attached to pages they read), or null past `maxBytes`. */
  async exportable(actor: Actor, fileIds: readonly string[], maxBytes: number): Promise<{ id: string; name: string; mime: string; data: Buffer }[] | null> {
    const uploads = this.uploads();
    if (!uploads || fileIds.length === 0) return [];
    return uploads.readAttachedImages(actor, WIKI_PAGE_FILE_OWNER, fileIds, maxBytes);
  }

  /** An image of an import through the upload pipeline, unattached until its page's save attaches it. */
  async upload(actor: Actor, name: string, bytes: Buffer): Promise<{ id: string; url: string }> {
    const uploads = this.uploads();
    if (!uploads) throw new Error('no uploads in this app');
    return uploads.uploadImage(actor, name, bytes);
  }

  /** Undoes `upload`s of an import that then failed. */
  async discard(actor: Actor, fileIds: readonly string[]): Promise<void> {
    await this.uploads()?.discardOwn(actor, fileIds);
  }

  /** In the save's transaction: attaches the actor's own unattached uploads that `body` links to the page. */
  async attachLinked(tx: Tx, actor: Actor, pageId: string, body: string): Promise<void> {
    const ids = fileIdsIn(body);
    if (ids.length === 0) return;
    await this.uploads()?.attachOwn(tx, actor, ids, { ownerType: WIKI_PAGE_FILE_OWNER, ownerId: pageId });
  }
}
