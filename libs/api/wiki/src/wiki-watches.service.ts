import { Injectable, OnModuleInit } from '@nestjs/common';
import { Db, defineLoader, EventsService, runSql, SqlParams, type Actor, type DomainEvent, type LoaderDef, type Tx } from '@pillars/api/core';
import { NotificationChannel, NotificationKinds, NotificationsService, NotificationTargets } from '@pillars/api/notifications';
import { WikiPagesService } from './wiki-pages.service';
import { WikiSpacesService } from './wiki-spaces.service';
import { WikiEvents, type WikiPageEventPayload } from './wiki.events';
import { WikiVisibility } from './wiki.policy';

/** A watched page got a new revision (a save or a restore): grouped per page while unread. */
export const WIKI_PAGE_CHANGED_KIND = 'wiki.page_changed';
/** A page was created in a watched space: grouped per space while unread. */
export const WIKI_PAGE_CREATED_KIND = 'wiki.page_created';
/** Notifications about a page link to it; shown "no longer available" once the reader may not read it. */
export const WIKI_PAGE_TARGET = 'wiki_page';

/**
 * Watching pages and spaces. Watchers (never the editor) hear of a new revision of a watched page,
 * or of any page in a watched space, and of pages created in a watched space. It is batched: the
 * notification of one page (or one space's new pages) merges while unread, listing who changed it,
 * and its default channel is the daily digest. Only watchers who may still read the space are
 * notified, by the wiki's own read rule in the same SQL: leaving a team ends the notifications of
 * its private space without unwatching.
 */
@Injectable()
export class WikiWatchesService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly pages: WikiPagesService,
    private readonly spaces: WikiSpacesService,
    private readonly visibility: WikiVisibility,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    this.kinds.register({ kind: WIKI_PAGE_CHANGED_KIND, defaultChannel: NotificationChannel.DAILY_DIGEST }, { kind: WIKI_PAGE_CREATED_KIND, defaultChannel: NotificationChannel.DAILY_DIGEST });
    this.targets.register(WIKI_PAGE_TARGET, (actor, ids) => this.readablePages(actor, ids));
    this.events.on('wiki.watchers', [WikiEvents.pageSaved, WikiEvents.pageCreated], (event, tx) => this.notifyWatchers(event, tx));
  }

  /** Watches a page the actor may read (idempotent). */
  async watchPage(actor: Actor, pageId: string, watch: boolean): Promise<void> {
    const page = await this.pages.getPage(actor, pageId);
    if (watch) {
      await this.db.query(
        `INSERT INTO wiki_watches (organization_id, user_id, space_id, page_id) VALUES ($1, $2, $3, $4) ON CONFLICT (page_id, user_id) WHERE page_id IS NOT NULL DO NOTHING`,
        [actor.organizationId, actor.userId, page.spaceId, page.id],
      );
    } else {
      await this.db.query(`DELETE FROM wiki_watches WHERE page_id = $1 AND user_id = $2`, [page.id, actor.userId]);
    }
  }

  /** Watches every page of a space the actor may read (idempotent). */
  async watchSpace(actor: Actor, spaceId: string, watch: boolean): Promise<void> {
    const space = await this.spaces.getSpace(actor, spaceId);
    if (watch) {
      await this.db.query(
        `INSERT INTO wiki_watches (organization_id, user_id, space_id, page_id) VALUES ($1, $2, $3, NULL) ON CONFLICT (space_id, user_id) WHERE page_id IS NULL DO NOTHING`,
        [actor.organizationId, actor.userId, space.id],
      );
    } else {
      await this.db.query(`DELETE FROM wiki_watches WHERE space_id = $1 AND page_id IS NULL AND user_id = $2`, [space.id, actor.userId]);
    }
  }

  /** Which of the pages (already read through the read rule) the viewer watches itself. */
  readonly watchingPages: LoaderDef<string, boolean> = this.watchingLoader('wiki.watchingPages', `page_id = ANY($2::uuid[])`, 'page_id');
  /** Which of the spaces the viewer watches as a whole. */
  readonly watchingSpaces: LoaderDef<string, boolean> = this.watchingLoader('wiki.watchingSpaces', `page_id IS NULL AND space_id = ANY($2::uuid[])`, 'space_id');

  private watchingLoader(name: string, whereSql: string, idColumn: 'page_id' | 'space_id'): LoaderDef<string, boolean> {
    return defineLoader(name, async (actor, ids) => {
      if (!actor) return ids.map(() => false);
      const rows = await this.db.query<{ id: string }>(`SELECT ${idColumn} AS id FROM wiki_watches WHERE user_id = $1 AND ${whereSql}`, [actor.userId, ids]);
      const set = new Set(rows.map((r) => r.id));
      return ids.map((id) => set.has(id));
    });
  }

  private async readablePages(actor: Actor, ids: string[]): Promise<Set<string>> {
    const p = new SqlParams();
    const rows = await runSql<{ id: string }>(this.db.manager, `SELECT wp.id FROM wiki_pages wp WHERE wp.id = ANY(${p.add(ids)}::uuid[]) AND ${this.visibility.visiblePageSql(actor, p, 'wp')}`, p.values);
    return new Set(rows.map((r) => r.id));
  }

  /** In the outbox handler's transaction: idempotent by event (the dispatcher runs it once per event). */
  private async notifyWatchers(event: DomainEvent, tx: Tx): Promise<void> {
    const payload = event.payload as unknown as WikiPageEventPayload;
    const created = event.type === WikiEvents.pageCreated;
    const p = new SqlParams();
    const page = p.add(payload.pageId);
    const rows = await runSql<{ userId: string }>(
      tx,
      `SELECT DISTINCT w.user_id AS "userId"
         FROM wiki_watches w
         JOIN wiki_pages wp ON wp.id = ${page}::uuid AND wp.deleted_at IS NULL AND wp.space_id = w.space_id
         JOIN wiki_spaces s ON s.id = wp.space_id
        WHERE w.organization_id = ${p.add(event.organizationId)}::uuid
          AND (w.page_id IS NULL ${created ? '' : `OR w.page_id = ${page}::uuid`})
          AND ${this.visibility.userReadsSpaceSql(p, 'w.user_id', 's')}`,
      p.values,
    );
    if (rows.length === 0) return;
    await this.notifications.notify(tx, {
      organizationId: event.organizationId,
      kind: created ? WIKI_PAGE_CREATED_KIND : WIKI_PAGE_CHANGED_KIND,
      recipientIds: rows.map((r) => r.userId),
      actorId: event.actorId,
      target: { type: WIKI_PAGE_TARGET, id: payload.pageId },
      groupKey: created ? `${WIKI_PAGE_CREATED_KIND}:${payload.spaceId}` : `${WIKI_PAGE_CHANGED_KIND}:${payload.pageId}`,
      data: { pageId: payload.pageId, spaceId: payload.spaceId },
    });
  }
}
