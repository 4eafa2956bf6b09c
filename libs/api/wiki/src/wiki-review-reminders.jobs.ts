import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Db, JobsService, runSql } from '@pillars/api/core';
import { NotificationChannel, NotificationKinds, NotificationsService } from '@pillars/api/notifications';
import { WIKI_PAGE_TARGET } from './wiki-watches.service';

/** A page's owner: its review date is four or two weeks away, or past ("needs verification"). */
export const WIKI_REVIEW_KIND = 'wiki.review_due';
/** Hourly: review reminders that are due are sent (each step once, whenever the job runs). */
export const WIKI_REVIEW_QUEUE = 'wiki.reviews';

export interface WikiReviewSent {
  organizationId: string;
  pageId: string;
  spaceId: string;
  ownerId: string;
  step: 'WEEKS_4' | 'WEEKS_2' | 'DUE';
  reviewBy: Date;
}

/**
 * Review reminders to a page's owner: WEEKS_4 (four weeks before the review date), WEEKS_2 (two
 * weeks before) and DUE (on or after it: readers now see "needs verification"). The review date is
 * the last verification (or the creation) plus the page's cycle, else its space's. Each (page,
 * review date, step) is a row of `wiki_review_reminders` inserted ON CONFLICT DO NOTHING in the
 * transaction of its notification, and only inserted rows notify: running the job twice sends
 * once, and verifying the page starts a new review date with its own steps. The step is the one
 * `now` falls in, so a job that missed a window sends the current step, not a backlog. Owners who
 * are no longer active get nothing (the space's report of departed owners lists their pages).
 */
@Injectable()
export class WikiReviewReminderJobs implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('WikiReviews');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
  ) {}

  onModuleInit(): void {
    this.kinds.register({ kind: WIKI_REVIEW_KIND, defaultChannel: NotificationChannel.EMAIL_NOW });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<{ organizationId?: string }>(WIKI_REVIEW_QUEUE, async (data) => {
      await this.run(new Date(), data.organizationId);
    });
    await this.jobs.schedule(WIKI_REVIEW_QUEUE, '41 * * * *');
  }

  /** Sends what is due at `now` (tests pass their clock and their organisation). Returns what was sent. */
  async run(now: Date = new Date(), organizationId?: string): Promise<WikiReviewSent[]> {
    return this.db.transaction(async (tx) => {
      // The owner's activity is checked through the directory's writer-owned table only by id
      // (NotificationsService.notify skips people outside the organisation).
      const sent = await runSql<WikiReviewSent>(
        tx,
        `WITH due AS (
           SELECT wp.id AS page_id, wp.space_id, wp.organization_id, wp.owner_id,
                  coalesce(wp.verified_at, wp.created_at) + make_interval(months => coalesce(wp.review_cycle_months, s.review_cycle_months)) AS review_by
             FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
            WHERE wp.deleted_at IS NULL AND ($2::uuid IS NULL OR wp.organization_id = $2))
         INSERT INTO wiki_review_reminders (page_id, review_by, step, organization_id, owner_id, sent_at)
         SELECT page_id, review_by,
                CASE WHEN $1::timestamptz >= review_by THEN 'DUE' WHEN $1::timestamptz >= review_by - interval '14 days' THEN 'WEEKS_2' ELSE 'WEEKS_4' END,
                organization_id, owner_id, $1
           FROM due WHERE $1::timestamptz >= review_by - interval '28 days'
         ON CONFLICT DO NOTHING
         RETURNING organization_id AS "organizationId", page_id AS "pageId", owner_id AS "ownerId", step, review_by AS "reviewBy",
           (SELECT wp.space_id FROM wiki_pages wp WHERE wp.id = wiki_review_reminders.page_id) AS "spaceId"`,
        [now, organizationId ?? null],
      );
      // No group key: each step is a notification (and a mail) of its own.
      for (const r of sent) {
        await this.notifications.notify(tx, {
          organizationId: r.organizationId, kind: WIKI_REVIEW_KIND, recipientIds: [r.ownerId], actorId: null,
          target: { type: WIKI_PAGE_TARGET, id: r.pageId }, data: { pageId: r.pageId, spaceId: r.spaceId },
        });
      }
      if (sent.length) this.logger.log(`${sent.length} wiki review reminders`);
      return sent;
    });
  }
}
