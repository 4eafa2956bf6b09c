import { Injectable } from '@nestjs/common';
import { byKeys, Db, defineLoader, type LoaderDef } from '@pillars/api/core';
import type { ReactionCountModel, ReactionKind } from './post.model';

/**
 * Per-request batches for post fields. Keys are ids of posts the request already read through
 * the read rule, and every batch also filters by the actor's organisation.
 */
@Injectable()
export class FeedLoaders {
  constructor(private readonly db: Db) {}

  readonly reactionCounts: LoaderDef<string, ReactionCountModel[]> = defineLoader('feeds.reactionCounts', async (actor, postIds) => {
    const rows = await this.db.query<{ postId: string; counts: ReactionCountModel[] }>(
      `SELECT post_id AS "postId", json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind) AS counts
         FROM (SELECT post_id, kind, count(*)::int AS n FROM post_reactions WHERE organization_id = $1 AND post_id = ANY($2::uuid[]) GROUP BY post_id, kind) c
        GROUP BY post_id`,
      [actor?.organizationId ?? null, postIds],
    );
    return byKeys(postIds, rows, (r) => r.postId).map((r) => r?.counts ?? []);
  });

  readonly myReaction: LoaderDef<string, ReactionKind | null> = defineLoader('feeds.myReaction', async (actor, postIds) => {
    const rows = await this.db.query<{ postId: string; kind: ReactionKind }>(
      `SELECT post_id AS "postId", kind FROM post_reactions WHERE organization_id = $1 AND user_id = $2 AND post_id = ANY($3::uuid[])`,
      [actor?.organizationId ?? null, actor?.userId ?? null, postIds],
    );
    return byKeys(postIds, rows, (r) => r.postId).map((r) => r?.kind ?? null);
  });

  readonly commentCount: LoaderDef<string, number> = defineLoader('feeds.commentCount', async (actor, postIds) => {
    const rows = await this.db.query<{ postId: string; n: number }>(
      `SELECT post_id AS "postId", count(*)::int AS n FROM post_comments
        WHERE organization_id = $1 AND post_id = ANY($2::uuid[]) AND deleted_at IS NULL GROUP BY post_id`,
      [actor?.organizationId ?? null, postIds],
    );
    return byKeys(postIds, rows, (r) => r.postId).map((r) => r?.n ?? 0);
  });
}
