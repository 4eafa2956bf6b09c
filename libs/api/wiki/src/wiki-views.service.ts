import { Injectable } from '@nestjs/common';
import { Actor, Db, defineLoader, runSql, type LoaderDef } from '@pillars/api/core';
import { WikiPagesService } from './wiki-pages.service';

export interface WikiPageViewCounts {
  views: number;
  viewers: number;
  last30Days: number;
}

/**
 * View counts: a reader's visit is recorded once per page and UTC day (the web records it when a
 * page is opened), and only the totals reach the page's owner and editors; nobody sees who read.
 */
@Injectable()
export class WikiViewsService {
  constructor(
    private readonly db: Db,
    private readonly pages: WikiPagesService,
  ) {}

  /** Records that the actor read the page today (idempotent for the day); a page they may not read is NOT_FOUND. */
  async recordView(actor: Actor, pageId: string): Promise<void> {
    const page = await this.pages.getPage(actor, pageId);
    await runSql(
      this.db.manager,
      `INSERT INTO wiki_page_views (page_id, day, user_id, organization_id) VALUES ($1, (now() AT TIME ZONE 'UTC')::date, $2, $3) ON CONFLICT DO NOTHING`,
      [page.id, actor.userId, actor.organizationId],
    );
  }

  /** Totals for pages already read through the read rule (the resolver decides who sees them). */
  readonly counts: LoaderDef<string, WikiPageViewCounts> = defineLoader('wiki.viewCounts', async (_actor, ids) => {
    const rows = await runSql<{ id: string } & WikiPageViewCounts>(
      this.db.manager,
      `SELECT page_id AS id, count(*)::int AS views, count(DISTINCT user_id)::int AS viewers,
              (count(*) FILTER (WHERE day > (now() AT TIME ZONE 'UTC')::date - 30))::int AS "last30Days"
         FROM wiki_page_views WHERE page_id = ANY($1::uuid[]) GROUP BY page_id`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? { views: 0, viewers: 0, last30Days: 0 });
  });
}
