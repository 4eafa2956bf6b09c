import { Injectable } from '@nestjs/common';
import { byKeys, Db, defineLoader, type LoaderDef } from '@pillars/api/core';
import { governsAnnouncements } from './announcement.policy';
import type { AnnouncementInfoModel } from './announcement.model';

/** `Post.announcement` for a page of posts in one statement (keys are posts already read-filtered). */
@Injectable()
export class AnnouncementLoaders {
  constructor(private readonly db: Db) {}

  readonly info: LoaderDef<string, AnnouncementInfoModel | null> = defineLoader('feeds.announcementInfo', async (actor, postIds) => {
    const rows = await this.db.query<{ postId: string; mustRead: boolean; audienceId: string; authorId: string; receipt: { deliveredAt: string; seenAt: string | null; readAt: string | null; acknowledgedAt: string | null } | null }>(
      `SELECT a.post_id AS "postId", a.must_read AS "mustRead", a.audience_id AS "audienceId", p.author_id AS "authorId",
              (SELECT json_build_object('deliveredAt', r.delivered_at, 'seenAt', r.seen_at, 'readAt', r.read_at, 'acknowledgedAt', r.acknowledged_at)
                 FROM announcement_receipts r WHERE r.post_id = a.post_id AND r.user_id = $2) AS receipt
         FROM announcements a JOIN posts p ON p.id = a.post_id WHERE a.organization_id = $1 AND a.post_id = ANY($3::uuid[])`,
      [actor?.organizationId ?? null, actor?.userId ?? null, postIds],
    );
    const date = (v: string | null) => (v ? new Date(v) : null);
    return byKeys(postIds, rows, (r) => r.postId).map((r) =>
      r
        ? {
            mustRead: r.mustRead,
            audienceId: actor && (governsAnnouncements(actor) || r.authorId === actor.userId) ? r.audienceId : null,
            myReceipt: r.receipt ? { deliveredAt: new Date(r.receipt.deliveredAt), seenAt: date(r.receipt.seenAt), readAt: date(r.receipt.readAt), acknowledgedAt: date(r.receipt.acknowledgedAt) } : null,
          }
        : null,
    );
  });
}
