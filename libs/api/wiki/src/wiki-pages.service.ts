import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, decodeCursor, pageSize, runSql, SqlParams, toConnection, type Connection, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { diffWordsWithSpace } from 'diff';
import { WikiDiffKind, type WikiBrokenLinkModel, type WikiDiffModel, type WikiDiffPartModel, type WikiDraftModel, type WikiPageCrumbModel, type WikiPageModel, type WikiPageRefModel, type WikiRevisionModel } from './wiki-page.model';
import { pageColumns, presentPage, REVISION_COLUMNS, type PageRow, BODIES_SQL } from './wiki-page.sql';
import { WikiSpacesService } from './wiki-spaces.service';
import { WikiVisibility, wikiPolicy } from './wiki.policy';

const REF_COLUMNS = `wp.id, wp.title, wp.slug, wp.space_id AS "spaceId", s.key AS "spaceKey", s.name AS "spaceName"`;

/** Reads of pages, all filtered in SQL by `WikiVisibility` (a hidden page is NOT_FOUND, like a missing one). */
@Injectable()
export class WikiPagesService {
  constructor(
    private readonly db: Db,
    private readonly visibility: WikiVisibility,
    private readonly spaces: WikiSpacesService,
    private readonly people: PeopleDirectory,
  ) {}

  async getPage(actor: Actor, id: string, manager: Tx = this.db.manager, lock = false): Promise<WikiPageModel> {
    const p = new SqlParams();
    const idParam = p.add(id);
    // A named statement (planned once per connection): every page view and save reads the page.
    const [row] = await this.db.prepared<PageRow>(
      'wiki-page-*',
      `SELECT ${pageColumns(actor, p, this.visibility, true)} FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE wp.id = ${idParam}::uuid AND ${this.visibility.visiblePageSql(actor, p, 'wp')}${lock ? ' FOR UPDATE OF wp' : ''}`,
      p.values,
      manager,
    );
    if (!row) throw AppError.notFound('page');
    return presentPage(actor, row);
  }

  /** By the space's key and a slug the page has or had (renames keep old links working): one named statement. */
  async getPageBySlug(actor: Actor, spaceKey: string, slug: string): Promise<WikiPageModel> {
    const p = new SqlParams();
    const [row] = await this.db.prepared<PageRow>(
      'wiki-page-by-slug-*',
      `SELECT ${pageColumns(actor, p, this.visibility, true)} FROM wiki_spaces sp JOIN wiki_page_slugs sl ON sl.space_id = sp.id
          JOIN wiki_pages wp ON wp.id = sl.page_id JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE sp.organization_id = ${p.add(actor.organizationId)}::uuid AND sp.key = ${p.add(spaceKey)} AND sl.slug = ${p.add(slug)}
          AND ${this.visibility.visiblePageSql(actor, p, 'wp')}`,
      p.values,
    );
    if (!row) throw AppError.notFound('page');
    return presentPage(actor, row);
  }

  /** One level of a space's tree (the space readable), by position. */
  async children(actor: Actor, spaceId: string, parentId: string | null, args: { first?: number; after?: string }): Promise<Connection<WikiPageModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['number', 'uuid']) as [number, string] | null;
    const p = new SqlParams();
    const cols = pageColumns(actor, p, this.visibility, false);
    const keyset = after ? ` AND (wp.position, wp.id) > (${p.add(after[0])}::int, ${p.add(after[1])}::uuid)` : '';
    const rows = await runSql<PageRow>(
      this.db.manager,
      `SELECT ${cols} FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE wp.space_id = ${p.add(spaceId)}::uuid AND wp.parent_id IS NOT DISTINCT FROM ${p.add(parentId)}::uuid
          AND ${this.visibility.visiblePageSql(actor, p, 'wp')}${keyset}
        ORDER BY wp.position, wp.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.position, r.id], (r) => presentPage(actor, r));
  }

  /** Body and rendered body of pages already shown to the actor (tree levels leave them out). */
  async bodies(organizationId: string, ids: readonly string[]): Promise<Map<string, { body: string; bodyHtml: string }>> {
    const rows = await this.db.prepared<{ id: string; body: string; bodyHtml: string }>('wiki-bodies', BODIES_SQL, [organizationId, ids]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The page's ancestors from the top, in its own space (so as readable as the page). */
  async breadcrumbs(page: WikiPageModel): Promise<WikiPageCrumbModel[]> {
    if (!page.parentId) return [];
    const rows = await this.db.prepared<WikiPageCrumbModel & { depth: number }>(
      'wiki-breadcrumbs',
      `WITH RECURSIVE up(id, depth) AS (SELECT $1::uuid, 1 UNION ALL SELECT wp.parent_id, up.depth + 1 FROM wiki_pages wp JOIN up ON wp.id = up.id WHERE wp.parent_id IS NOT NULL AND up.depth < 100)
       SELECT wp.id, wp.title, wp.slug, up.depth FROM up JOIN wiki_pages wp ON wp.id = up.id WHERE wp.organization_id = $2 AND wp.space_id = $3 ORDER BY up.depth DESC`,
      [page.parentId, page.organizationId, page.spaceId],
    );
    return rows.map(({ id, title, slug }) => ({ id, title, slug }));
  }

  /** Pages linking to this one that the actor may read ("linked from"). */
  async backlinks(actor: Actor, pageId: string): Promise<WikiPageRefModel[]> {
    const p = new SqlParams();
    return this.db.prepared<WikiPageRefModel>(
      'wiki-backlinks-*',
      `SELECT DISTINCT ${REF_COLUMNS} FROM wiki_links l JOIN wiki_pages wp ON wp.id = l.source_page_id JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE l.target_page_id = ${p.add(pageId)}::uuid AND l.source_page_id <> l.target_page_id AND ${this.visibility.visiblePageSql(actor, p, 'wp')}
        ORDER BY wp.title, wp.id LIMIT 200`,
      p.values,
    );
  }

  /** Links from the space's live pages naming nothing that lives (unresolved, deleted or unreadable to their author when saved). */
  async brokenLinks(actor: Actor, spaceId: string): Promise<WikiBrokenLinkModel[]> {
    await this.spaces.getSpace(actor, spaceId);
    const p = new SqlParams();
    const rows = await runSql<WikiPageRefModel & { target: string; label: string }>(
      this.db.manager,
      `SELECT ${REF_COLUMNS}, l.target_ref AS target, l.label FROM wiki_links l JOIN wiki_pages wp ON wp.id = l.source_page_id JOIN wiki_spaces s ON s.id = wp.space_id
        LEFT JOIN wiki_pages t ON t.id = l.target_page_id
        WHERE wp.space_id = ${p.add(spaceId)}::uuid AND ${this.visibility.visiblePageSql(actor, p, 'wp')} AND (t.id IS NULL OR t.deleted_at IS NOT NULL)
        ORDER BY wp.title, wp.id, l.target_ref LIMIT 500`,
      p.values,
    );
    return rows.map(({ target, label, ...page }) => ({ page, target, label }));
  }

  /**
   * For the space's admins: its live pages whose owner has left (deactivated), oldest review date
   * first, so each can be handed to someone who is still here.
   */
  async departedOwnerPages(actor: Actor, spaceId: string): Promise<WikiPageModel[]> {
    const space = await this.spaces.getSpace(actor, spaceId);
    authorize(wikiPolicy, actor, 'admin', space);
    const p = new SqlParams();
    const cols = pageColumns(actor, p, this.visibility, false);
    const rows = await runSql<PageRow>(
      this.db.manager,
      `SELECT ${cols} FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE wp.space_id = ${p.add(spaceId)}::uuid AND ${this.visibility.visiblePageSql(actor, p, 'wp')}
          AND wp.owner_id NOT IN (${this.people.activePeopleSql(p.add(actor.organizationId))})
        ORDER BY "reviewBy", wp.title, wp.id LIMIT 500`,
      p.values,
    );
    return rows.map((r) => presentPage(actor, r));
  }

  /** The `[[page]]` picker: readable pages whose title starts with (or resembles) the query; the given space first. */
  async linkTargets(actor: Actor, query: string, spaceId: string | null, first = 10): Promise<WikiPageRefModel[]> {
    const p = new SqlParams();
    const q = p.add(query);
    const like = p.add(`${query.toLocaleLowerCase('und').replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return runSql<WikiPageRefModel>(
      this.db.manager,
      `SELECT ${REF_COLUMNS} FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE ${this.visibility.visiblePageSql(actor, p, 'wp')} AND (lower(wp.title) LIKE ${like} OR wp.title % ${q})
        ORDER BY (lower(wp.title) LIKE ${like}) DESC, (wp.space_id = ${p.add(spaceId)}::uuid) IS TRUE DESC, similarity(wp.title, ${q}) DESC, wp.title, wp.id
        LIMIT ${p.add(first)}`,
      p.values,
    );
  }

  async revisions(actor: Actor, page: WikiPageModel, args: { first?: number; after?: string }): Promise<Connection<WikiRevisionModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['number']) as [number] | null;
    const rows = await runSql<WikiRevisionModel>(
      this.db.manager,
      `SELECT ${REVISION_COLUMNS} FROM wiki_revisions r WHERE r.page_id = $1 AND ($2::int IS NULL OR r.number < $2::int) ORDER BY r.number DESC LIMIT $3`,
      [page.id, after?.[0] ?? null, first + 1],
    );
    return toConnection(rows, first, (r) => [r.number], (r) => r);
  }

  async revision(actor: Actor, pageId: string, number: number, manager: Tx = this.db.manager): Promise<WikiRevisionModel> {
    const page = await this.getPage(actor, pageId, manager);
    const [row] = await runSql<WikiRevisionModel>(manager, `SELECT ${REVISION_COLUMNS} FROM wiki_revisions r WHERE r.page_id = $1 AND r.number = $2`, [page.id, number]);
    if (!row) throw AppError.notFound('revision');
    return row;
  }

  /** Word-level diff (whitespace kept) of two revisions of a readable page. */
  async diff(actor: Actor, pageId: string, from: number, to: number): Promise<WikiDiffModel> {
    const page = await this.getPage(actor, pageId);
    const rows = await runSql<{ number: number; title: string; body: string }>(this.db.manager, `SELECT number, title, body FROM wiki_revisions WHERE page_id = $1 AND number = ANY($2::int[])`, [page.id, [from, to]]);
    const a = rows.find((r) => r.number === from);
    const b = rows.find((r) => r.number === to);
    if (!a || !b) throw AppError.notFound('revision');
    return { from, to, titleParts: parts(a.title, b.title), parts: parts(a.body, b.body) };
  }

  async myDraft(actor: Actor, pageId: string): Promise<WikiDraftModel | null> {
    const [row] = await runSql<WikiDraftModel>(
      this.db.manager,
      `SELECT base_revision AS "baseRevision", title, body, updated_at AS "updatedAt" FROM wiki_drafts WHERE page_id = $1 AND user_id = $2 AND organization_id = $3`,
      [pageId, actor.userId, actor.organizationId],
    );
    return row ?? null;
  }

  /** Readable pages for a command, locked when asked, with the rule checked. */
  async authorized(tx: Tx, actor: Actor, pageId: string, action: 'edit' | 'deletePage' | 'verify' | 'setOwner'): Promise<WikiPageModel> {
    const page = await this.getPage(actor, pageId, tx, true);
    authorize(wikiPolicy, actor, action, page);
    return page;
  }
}

function parts(a: string, b: string): WikiDiffPartModel[] {
  return diffWordsWithSpace(a, b).map((c) => ({ kind: c.added ? WikiDiffKind.ADDED : c.removed ? WikiDiffKind.REMOVED : WikiDiffKind.SAME, value: c.value }));
}
