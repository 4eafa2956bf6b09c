import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, EventsService, renderMarkdown, runSql, SqlParams, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { slugify, WikiLinks } from './wiki-links';
import { WikiPageImages } from './wiki-page-images';
import { checkSize } from './wiki-size';
import { assertNotArchived } from './wiki-archive.service';
import type { WikiPageModel, WikiRevisionModel } from './wiki-page.model';
import { REVISION_COLUMNS } from './wiki-page.sql';
import { WikiPagesService } from './wiki-pages.service';
import { WikiSpacesService } from './wiki-spaces.service';
import { WikiTemplatesService } from './wiki-templates.service';
import { WikiErrorCode } from './wiki.errors';
import { WikiEvents, type WikiPageEventPayload } from './wiki.events';
import { WikiVisibility, wikiPolicy } from './wiki.policy';

export interface PageContent { title: string; body: string; language: string; summary?: string | null }

/**
 * The wiki's page commands, each one transaction with its outbox event. Saves lock the page row
 * (`SELECT … FOR UPDATE`) and compare the base revision under that lock, so of many saves from
 * one base exactly one wins and the others get WIKI_REVISION_CONFLICT with the current number;
 * revision numbers stay gapless because only the lock holder inserts the next one. Tree changes
 * (create, move, delete) lock the space row, so positions and the no-cycle check cannot race.
 */
@Injectable()
export class WikiEditingService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly visibility: WikiVisibility,
    private readonly spaces: WikiSpacesService,
    private readonly pages: WikiPagesService,
    private readonly links: WikiLinks,
    private readonly templates: WikiTemplatesService,
    private readonly images: WikiPageImages,
  ) {}

  async createPage(actor: Actor, input: { spaceId: string; parentId?: string | null; title: string; body?: string | null; language?: string | null; templateId?: string | null; summary?: string | null }): Promise<string> {
    return this.db.transaction(async (tx) => {
      const space = await this.spaces.getSpace(actor, input.spaceId, tx, true);
      authorize(wikiPolicy, actor, 'edit', space);
      const template = input.templateId ? await this.templates.getTemplate(actor, input.templateId, tx) : null;
      return this.insertPage(tx, actor, space.id, { ...input, body: input.body ?? template?.body ?? '', language: input.language ?? template?.language ?? 'en' });
    });
  }

  /**
   * A new page at the end of its parent's children, revision 1 by the actor, inside the caller's
   * transaction, which has locked the space and authorized `edit` (createPage, the zip import).
   */
  async insertPage(tx: Tx, actor: Actor, spaceId: string, input: { parentId?: string | null; title: string; body: string; language: string; summary?: string | null }): Promise<string> {
    const { body, language } = input;
    checkSize(body);
    const parentId = input.parentId ?? null;
    if (parentId) await this.checkParent(tx, spaceId, parentId);
    const [{ position }] = await runSql<{ position: number }>(
      tx,
      `SELECT coalesce(max(position) + 1, 0)::int AS position FROM wiki_pages WHERE space_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid AND deleted_at IS NULL`,
      [spaceId, parentId],
    );
    const slug = await this.freeSlug(tx, spaceId, null, input.title);
    const processed = await this.links.process(tx, actor, spaceId, body);
    const html = renderMarkdown(processed.body).html;
    const [row] = await runSql<{ id: string }>(
      tx,
      `INSERT INTO wiki_pages (organization_id, space_id, parent_id, position, slug, title, language, body, body_html, revision_number, owner_id, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10, $10) RETURNING id`,
      [actor.organizationId, spaceId, parentId, position, slug, input.title, language, processed.body, html, actor.userId],
    );
    await runSql(tx, `INSERT INTO wiki_page_slugs (space_id, slug, page_id, organization_id) VALUES ($1, $2, $3, $4)`, [spaceId, slug, row.id, actor.organizationId]);
    await this.images.attachLinked(tx, actor, row.id, processed.body);
    await this.insertRevision(tx, actor, row.id, 1, { title: input.title, body: processed.body, language, summary: input.summary ?? null }, html, null);
    await this.links.store(tx, actor.organizationId, row.id, processed.links);
    await this.append(tx, actor, WikiEvents.pageCreated, { pageId: row.id, spaceId: spaceId, revision: 1 });
    return row.id;
  }

  /** A new revision from `baseRevision`; stale is WIKI_REVISION_CONFLICT (`currentRevision`), and nothing is written. */
  async savePage(actor: Actor, input: PageContent & { pageId: string; baseRevision: number }): Promise<{ pageId: string; revision: WikiRevisionModel }> {
    checkSize(input.body);
    return this.db.transaction(async (tx) => {
      const page = await this.pages.authorized(tx, actor, input.pageId, 'edit');
      assertNotArchived(page);
      const revision = await this.newRevision(tx, actor, page, input.baseRevision, input, null);
      return { pageId: page.id, revision };
    });
  }

  /** Restore = a new revision copying an old one (history is never rewritten). */
  async restoreRevision(actor: Actor, input: { pageId: string; number: number; baseRevision: number }): Promise<{ pageId: string; revision: WikiRevisionModel }> {
    return this.db.transaction(async (tx) => {
      const page = await this.pages.authorized(tx, actor, input.pageId, 'edit');
      assertNotArchived(page);
      const [old] = await runSql<WikiRevisionModel>(tx, `SELECT ${REVISION_COLUMNS} FROM wiki_revisions r WHERE r.page_id = $1 AND r.number = $2`, [page.id, input.number]);
      if (!old) throw AppError.notFound('revision');
      const revision = await this.newRevision(tx, actor, page, input.baseRevision, { title: old.title, body: old.body, language: old.language, summary: `Restored revision ${old.number}` }, old.number);
      return { pageId: page.id, revision };
    });
  }

  /** Under a parent (null: top level) at an index among its siblings; never under itself (WIKI_PAGE_CYCLE). */
  async movePage(actor: Actor, input: { pageId: string; parentId?: string | null; position: number }): Promise<void> {
    await this.db.transaction(async (tx) => {
      const found = await this.pages.getPage(actor, input.pageId, tx);
      await this.spaces.getSpace(actor, found.spaceId, tx, true);
      const page = await this.pages.authorized(tx, actor, input.pageId, 'edit');
      const parentId = input.parentId ?? null;
      if (parentId) {
        await this.checkParent(tx, page.spaceId, parentId);
        const [cycle] = await runSql(
          tx,
          `WITH RECURSIVE up(id, depth) AS (SELECT $1::uuid, 0 UNION ALL SELECT wp.parent_id, up.depth + 1 FROM wiki_pages wp JOIN up ON wp.id = up.id WHERE wp.parent_id IS NOT NULL AND up.depth < 1000)
           SELECT 1 FROM up WHERE id = $2::uuid LIMIT 1`,
          [parentId, page.id],
        );
        if (cycle) throw new AppError(WikiErrorCode.WIKI_PAGE_CYCLE, {}, 'A page cannot move below itself');
      }
      const siblings = await runSql<{ id: string }>(
        tx,
        `SELECT id FROM wiki_pages WHERE space_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid AND deleted_at IS NULL AND id <> $3 ORDER BY position, id`,
        [page.spaceId, parentId, page.id],
      );
      const ids = siblings.map((s) => s.id);
      ids.splice(Math.min(input.position, ids.length), 0, page.id);
      await runSql(
        tx,
        `UPDATE wiki_pages wp SET position = x.pos - 1, parent_id = CASE WHEN wp.id = $2::uuid THEN $3::uuid ELSE wp.parent_id END
          FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, pos) WHERE wp.id = x.id`,
        [ids, page.id, parentId],
      );
      await this.append(tx, actor, WikiEvents.pageMoved, { pageId: page.id, spaceId: page.spaceId, revision: page.revisionNumber });
    });
  }

  /** Soft delete of the page and every page below it (docs/decisions.md): links to them then show as broken. */
  async deletePage(actor: Actor, pageId: string): Promise<{ spaceId: string; deletedPageIds: string[] }> {
    return this.db.transaction(async (tx) => {
      const found = await this.pages.getPage(actor, pageId, tx);
      await this.spaces.getSpace(actor, found.spaceId, tx, true);
      const page = await this.pages.authorized(tx, actor, pageId, 'deletePage');
      const rows = await runSql<{ id: string }>(
        tx,
        `WITH RECURSIVE down(id) AS (SELECT $1::uuid UNION SELECT c.id FROM wiki_pages c JOIN down ON c.parent_id = down.id WHERE c.deleted_at IS NULL)
         UPDATE wiki_pages wp SET deleted_at = now(), deleted_by = $2 FROM down WHERE wp.id = down.id RETURNING wp.id`,
        [page.id, actor.userId],
      );
      const deletedPageIds = rows.map((r) => r.id);
      await runSql(tx, `DELETE FROM wiki_drafts WHERE page_id = ANY($1::uuid[])`, [deletedPageIds]);
      await this.append(tx, actor, WikiEvents.pageDeleted, { pageId: page.id, spaceId: page.spaceId, revision: page.revisionNumber, pageIds: deletedPageIds });
      return { spaceId: page.spaceId, deletedPageIds };
    });
  }

  /** The owner (or a space admin) confirms the page is still right: the next review is one cycle away. */
  async verifyPage(actor: Actor, pageId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const page = await this.pages.authorized(tx, actor, pageId, 'verify');
      await runSql(tx, `UPDATE wiki_pages SET verified_at = now(), verified_by = $2, archived_at = NULL WHERE id = $1`, [page.id, actor.userId]);
      await this.append(tx, actor, WikiEvents.pageVerified, { pageId: page.id, spaceId: page.spaceId, revision: page.revisionNumber });
    });
  }

  /** The owner (or a space admin) sets the page's own review cycle, or null to follow the space's; the review date moves with it. */
  async setReviewCycle(actor: Actor, input: { pageId: string; months?: number | null }): Promise<void> {
    await this.db.transaction(async (tx) => {
      const page = await this.pages.authorized(tx, actor, input.pageId, 'verify');
      await runSql(tx, `UPDATE wiki_pages SET review_cycle_months = $2 WHERE id = $1`, [page.id, input.months ?? null]);
      await this.append(tx, actor, WikiEvents.reviewCycleChanged, { pageId: page.id, spaceId: page.spaceId, revision: page.revisionNumber });
    });
  }

  /** The owner (or a space admin) hands the page on to an active person who may read its space. */
  async setOwner(actor: Actor, input: { pageId: string; userId: string }): Promise<void> {
    await this.db.transaction(async (tx) => {
      const page = await this.pages.authorized(tx, actor, input.pageId, 'setOwner');
      const [user] = await this.people.usersByIds(actor, [input.userId], tx);
      if (!user || user.status !== 'ACTIVE') throw new AppError(WikiErrorCode.WIKI_OWNER_CANNOT_READ, {}, 'The new owner must be an active person');
      const p = new SqlParams();
      const [reads] = await runSql(tx, `SELECT 1 FROM wiki_spaces s WHERE s.id = ${p.add(page.spaceId)}::uuid AND ${this.visibility.userReadsSpaceSql(p, p.add(user.id), 's')}`, p.values);
      if (!reads) throw new AppError(WikiErrorCode.WIKI_OWNER_CANNOT_READ, {}, 'The new owner cannot read this space');
      await runSql(tx, `UPDATE wiki_pages SET owner_id = $2 WHERE id = $1`, [page.id, user.id]);
      await this.append(tx, actor, WikiEvents.ownerChanged, { pageId: page.id, spaceId: page.spaceId, revision: page.revisionNumber });
    });
  }

  /** The actor's autosaved edit of a page (one per person and page). */
  async saveDraft(actor: Actor, input: { pageId: string; baseRevision: number; title: string; body: string }): Promise<void> {
    checkSize(input.body);
    await this.db.transaction(async (tx) => {
      const page = await this.pages.getPage(actor, input.pageId, tx);
      authorize(wikiPolicy, actor, 'edit', page);
      await runSql(
        tx,
        `INSERT INTO wiki_drafts (page_id, user_id, organization_id, base_revision, title, body) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (page_id, user_id) DO UPDATE SET base_revision = EXCLUDED.base_revision, title = EXCLUDED.title, body = EXCLUDED.body, updated_at = now()`,
        [page.id, actor.userId, actor.organizationId, Math.min(input.baseRevision, page.revisionNumber), input.title, input.body],
      );
    });
  }

  async discardDraft(actor: Actor, pageId: string): Promise<void> {
    const page = await this.pages.getPage(actor, pageId);
    await runSql(this.db.manager, `DELETE FROM wiki_drafts WHERE page_id = $1 AND user_id = $2`, [page.id, actor.userId]);
  }

  private async newRevision(tx: Tx, actor: Actor, page: WikiPageModel, base: number, content: PageContent, restoredFrom: number | null): Promise<WikiRevisionModel> {
    if (base !== page.revisionNumber) throw new AppError(WikiErrorCode.WIKI_REVISION_CONFLICT, { currentRevision: page.revisionNumber }, 'Someone saved the page since your edit began');
    checkSize(content.body);
    const number = page.revisionNumber + 1;
    const processed = await this.links.process(tx, actor, page.spaceId, content.body);
    const html = renderMarkdown(processed.body).html;
    const slug = content.title === page.title ? page.slug : await this.freeSlug(tx, page.spaceId, page.id, content.title);
    if (slug !== page.slug) {
      await runSql(tx, `INSERT INTO wiki_page_slugs (space_id, slug, page_id, organization_id) VALUES ($1, $2, $3, $4) ON CONFLICT (space_id, slug) DO NOTHING`, [page.spaceId, slug, page.id, actor.organizationId]);
    }
    // A save's statements are named (planned once per connection): saves are the wiki's hot write.
    await this.db.prepared(
      'wiki-save-page',
      `UPDATE wiki_pages SET title = $2, slug = $3, language = $4, body = $5, body_html = $6, revision_number = $7, updated_at = now(), updated_by = $8 WHERE id = $1`,
      [page.id, content.title, slug, content.language, processed.body, html, number, actor.userId],
      tx,
    );
    const revision = await this.insertRevision(tx, actor, page.id, number, { ...content, body: processed.body }, html, restoredFrom);
    await this.links.store(tx, actor.organizationId, page.id, processed.links);
    await this.images.attachLinked(tx, actor, page.id, processed.body);
    // The save supersedes the author's own draft of this page.
    await this.db.prepared('wiki-save-drop-draft', `DELETE FROM wiki_drafts WHERE page_id = $1 AND user_id = $2`, [page.id, actor.userId], tx);
    await this.append(tx, actor, WikiEvents.pageSaved, { pageId: page.id, spaceId: page.spaceId, revision: number, titleChanged: content.title !== page.title });
    return revision;
  }

  private async insertRevision(tx: Tx, actor: Actor, pageId: string, number: number, c: PageContent, html: string, restoredFrom: number | null): Promise<WikiRevisionModel> {
    const [row] = await this.db.prepared<WikiRevisionModel>(
      'wiki-insert-revision',
      `INSERT INTO wiki_revisions AS r (organization_id, page_id, number, title, body, body_html, summary, language, author_id, restored_from)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${REVISION_COLUMNS}`,
      [actor.organizationId, pageId, number, c.title, c.body, html, c.summary ?? null, c.language, actor.userId, restoredFrom],
      tx,
    );
    return row;
  }

  /** A slug for the title free in the space: the page's own earlier slugs may be reused; others' are skipped with -2, -3… */
  private async freeSlug(tx: Tx, spaceId: string, pageId: string | null, title: string): Promise<string> {
    const base = slugify(title);
    const rows = await runSql<{ slug: string; pageId: string }>(
      tx,
      `SELECT slug, page_id AS "pageId" FROM wiki_page_slugs WHERE space_id = $1 AND (slug = $2 OR slug LIKE $3)`,
      [spaceId, base, `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`],
    );
    const owner = new Map(rows.map((r) => [r.slug, r.pageId]));
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      const holder = owner.get(candidate);
      if (!holder || holder === pageId) return candidate;
    }
  }

  private async checkParent(tx: Tx, spaceId: string, parentId: string): Promise<void> {
    const [row] = await runSql(tx, `SELECT 1 FROM wiki_pages WHERE id = $1 AND space_id = $2 AND deleted_at IS NULL`, [parentId, spaceId]);
    if (!row) throw new AppError(WikiErrorCode.WIKI_PARENT_NOT_IN_SPACE, {}, 'The parent must be a page of the same space');
  }

  private append(tx: Tx, actor: Actor, type: string, payload: WikiPageEventPayload & Record<string, unknown>): Promise<void> {
    return this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type, payload });
  }
}
