import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Actor, AppError, Db, EventsService, JobsService, runSql } from '@pillars/api/core';
import { NotificationChannel, NotificationKinds, NotificationsService } from '@pillars/api/notifications';
import { WikiPagesService } from './wiki-pages.service';
import { WIKI_PAGE_TARGET } from './wiki-watches.service';
import { WikiErrorCode } from './wiki.errors';
import { WikiEvents } from './wiki.events';

/** A page's owner: their page was archived by its space for being left unverified. */
export const WIKI_ARCHIVED_KIND = 'wiki.page_archived';
/** Hourly: pages left unverified past their space's grace are archived. */
export const WIKI_ARCHIVE_QUEUE = 'wiki.archive-unverified';

export interface WikiPageArchived {
  organizationId: string;
  pageId: string;
  spaceId: string;
  ownerId: string;
  revision: number;
}

/** Refuses a change to an archived page: it is restored (or verified) first. */
export const assertNotArchived = (page: { archivedAt: Date | null }): void => {
  if (page.archivedAt) throw new AppError(WikiErrorCode.WIKI_PAGE_ARCHIVED, {}, 'This page is archived: restore it before editing');
};

/**
 * "A space can choose to archive pages left unverified" (issue 16): in a space with
 * `archive_unverified_after_days` set, a live page whose review date passed that many days ago
 * unverified is archived (still readable, with a banner; out of search and "already done?") and
 * its owner is told. The UPDATE takes only pages not archived for their current review date, in
 * the transaction of the notifications: running the job twice (or two at once, the row lock
 * re-checks the condition) archives and notifies once. Restoring keeps that review date's mark,
 * so a restored page stays live until its next review date passes unverified; verifying it
 * restores it too and starts a new review date.
 */
@Injectable()
export class WikiArchiveService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('WikiArchive');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobsService,
    private readonly events: EventsService,
    private readonly pages: WikiPagesService,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
  ) {}

  onModuleInit(): void {
    this.kinds.register({ kind: WIKI_ARCHIVED_KIND, defaultChannel: NotificationChannel.IN_APP });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<{ organizationId?: string }>(WIKI_ARCHIVE_QUEUE, async (data) => {
      await this.archiveUnverified(new Date(), data.organizationId);
    });
    await this.jobs.schedule(WIKI_ARCHIVE_QUEUE, '47 * * * *');
  }

  /** Archives what is due at `now` (tests pass their clock and their organisation). Returns what was archived. */
  async archiveUnverified(now: Date = new Date(), organizationId?: string): Promise<WikiPageArchived[]> {
    return this.db.transaction(async (tx) => {
      const archived = await runSql<WikiPageArchived>(
        tx,
        `WITH due AS (
           SELECT wp.id, coalesce(wp.verified_at, wp.created_at) + make_interval(months => coalesce(wp.review_cycle_months, s.review_cycle_months)) AS review_by,
                  s.archive_unverified_after_days AS days
             FROM wiki_spaces s JOIN wiki_pages wp ON wp.space_id = s.id
            WHERE s.archive_unverified_after_days IS NOT NULL AND ($2::uuid IS NULL OR s.organization_id = $2)
              AND wp.deleted_at IS NULL AND wp.archived_at IS NULL)
         UPDATE wiki_pages wp SET archived_at = $1, archived_for_review_by = due.review_by
           FROM due
          WHERE wp.id = due.id AND wp.archived_at IS NULL AND wp.deleted_at IS NULL
            AND $1::timestamptz >= due.review_by + make_interval(days => due.days)
            AND wp.archived_for_review_by IS DISTINCT FROM due.review_by
         RETURNING wp.organization_id AS "organizationId", wp.id AS "pageId", wp.space_id AS "spaceId", wp.owner_id AS "ownerId", wp.revision_number AS revision`,
        [now, organizationId ?? null],
      );
      for (const a of archived) {
        await this.notifications.notify(tx, {
          organizationId: a.organizationId, kind: WIKI_ARCHIVED_KIND, recipientIds: [a.ownerId], actorId: null,
          target: { type: WIKI_PAGE_TARGET, id: a.pageId }, data: { pageId: a.pageId, spaceId: a.spaceId },
        });
        await this.events.append(tx, { organizationId: a.organizationId, actorId: null, type: WikiEvents.pageArchived, payload: { pageId: a.pageId, spaceId: a.spaceId, revision: a.revision } });
      }
      if (archived.length) this.logger.log(`${archived.length} unverified wiki pages archived`);
      return archived;
    });
  }

  /** The owner or a space admin brings an archived page back (a live page is left as it is). */
  async restorePage(actor: Actor, pageId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const page = await this.pages.authorized(tx, actor, pageId, 'verify');
      if (!page.archivedAt) return;
      await runSql(tx, `UPDATE wiki_pages SET archived_at = NULL WHERE id = $1`, [page.id]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: WikiEvents.pageUnarchived, payload: { pageId: page.id, spaceId: page.spaceId, revision: page.revisionNumber } });
    });
  }
}
