import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, EventsService, normalizeTopic, RateLimiter, runSql, SqlParams, type Connection } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { FollowKind, type DiscoverModel, type FollowPayload, type ReactorModel } from './comment.model';
import { FeedsEvents, type ReactionEventPayload } from './feeds.events';
import { ReactionKind } from './post.model';
import { postPolicy, visiblePostsSql } from './post.policy';
import type { PostRow } from './post.presenter';
import { PostsService } from './posts.service';
import { TeamFeedsService } from './team-feeds.service';

export const REACTION_RATE = { limit: 60, windowSeconds: 60 };
const DISCOVER_DAYS = 30;
const DISCOVER_TOP = 20;

/** Reactions, who reacted, follows and Discover: the ways people engage beyond writing. */
@Injectable()
export class EngagementService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly posts: PostsService,
    private readonly teamFeeds: TeamFeedsService,
    private readonly limiter: RateLimiter,
  ) {}

  /** One kind per person per post: a new kind replaces the old one; null removes it. */
  async react(actor: Actor, input: { postId: string; kind?: ReactionKind | null }): Promise<PostRow> {
    await this.limiter.hit(`feeds:react:${actor.userId}`, REACTION_RATE.limit, REACTION_RATE.windowSeconds);
    await this.db.transaction(async (tx) => {
      const post = await this.posts.lockVisible(tx, actor, input.postId);
      authorize(postPolicy, actor, 'react', post);
      const changed = input.kind
        ? await runSql(
            tx,
            `INSERT INTO post_reactions (post_id, user_id, organization_id, kind) VALUES ($1, $2, $3, $4)
             ON CONFLICT (post_id, user_id) DO UPDATE SET kind = EXCLUDED.kind, created_at = now() WHERE post_reactions.kind <> EXCLUDED.kind RETURNING post_id`,
            [post.id, actor.userId, actor.organizationId, input.kind],
          )
        : await runSql(tx, `DELETE FROM post_reactions WHERE post_id = $1 AND user_id = $2 RETURNING post_id`, [post.id, actor.userId]);
      if (changed.length === 0) return;
      const payload: ReactionEventPayload = { postId: post.id, postAuthorId: post.authorId, teamId: post.teamId, userId: actor.userId, kind: input.kind ?? null };
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: FeedsEvents.reactionChanged, payload: { ...payload } });
    });
    return this.posts.getPost(actor, input.postId);
  }

  /** Who reacted to a post the caller has read, by name (keyset), optionally of one kind. */
  reactors(actor: Actor, post: { id: string }, args: { first?: number; after?: string; kind?: ReactionKind | null }): Promise<Connection<ReactorModel>> {
    const p = new SqlParams();
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const among = `SELECT r.user_id, r.kind FROM post_reactions r JOIN posts p ON p.id = r.post_id
      WHERE r.post_id = ${p.add(post.id)}::uuid AND ${visible} AND (${p.add(args.kind ?? null)}::text IS NULL OR r.kind = ${p.add(args.kind ?? null)}::text)`;
    return this.people.pageAmong<{ user_id: string; kind: ReactionKind }, ReactorModel>(this.db.manager, actor.organizationId, { sql: among, p }, args, (user, r) => ({ user, kind: r.kind }));
  }

  async follow(actor: Actor, input: { kind: FollowKind; target: string }, following: boolean): Promise<FollowPayload> {
    const target = await this.followTarget(actor, input.kind, input.target);
    await this.db.transaction(async (tx) => {
      if (following) {
        await runSql(tx, `INSERT INTO feed_follows (user_id, kind, target, organization_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [actor.userId, input.kind, target, actor.organizationId]);
      } else {
        await runSql(tx, `DELETE FROM feed_follows WHERE user_id = $1 AND kind = $2 AND target = $3`, [actor.userId, input.kind, target]);
      }
    });
    return { kind: input.kind, target, following };
  }

  /** Open teams with recent posts and the topics of recent posts the actor can read. */
  async discover(actor: Actor): Promise<DiscoverModel> {
    const p = new SqlParams();
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const recent = `${visible} AND p.status = 'PUBLISHED' AND p.created_at > now() - make_interval(days => ${p.add(DISCOVER_DAYS)})`;
    const [row] = await this.db.query<DiscoverModel>(
      `SELECT
         coalesce((SELECT json_agg(t ORDER BY t."postCount" DESC, t."teamId") FROM (
           SELECT p.team_id AS "teamId", count(*)::int AS "postCount" FROM posts p
            WHERE ${recent} AND p.team_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM team_feeds f WHERE f.team_id = p.team_id AND f.visibility = 'PRIVATE')
            GROUP BY p.team_id ORDER BY 2 DESC, 1 LIMIT ${p.add(DISCOVER_TOP)}) t), '[]') AS teams,
         coalesce((SELECT json_agg(x ORDER BY x."postCount" DESC, x.topic) FROM (
           SELECT tp AS topic, count(*)::int AS "postCount" FROM posts p, unnest(p.topics) tp
            WHERE ${recent} GROUP BY tp ORDER BY 2 DESC, 1 LIMIT ${p.add(DISCOVER_TOP)}) x), '[]') AS topics`,
      p.values,
    );
    return row;
  }

  private async followTarget(actor: Actor, kind: FollowKind, raw: string): Promise<string> {
    if (kind === FollowKind.TOPIC) {
      const topic = normalizeTopic(raw);
      if (!topic) throw AppError.badInput([{ field: 'target', rule: 'topic' }], 'Not a topic');
      return topic;
    }
    const id = raw.toLowerCase();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw AppError.badInput([{ field: 'target', rule: 'isUuid' }], 'target must be a UUID');
    if (kind === FollowKind.TEAM) {
      await this.teamFeeds.readable(this.db.manager, actor, id);
      return id;
    }
    const known = await this.people.existing(this.db.manager, actor.organizationId, { userIds: [id], teamIds: [] });
    if (!known.has(id)) throw AppError.notFound('user');
    return id;
  }
}
