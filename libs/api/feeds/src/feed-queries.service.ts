import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, decodeCursor, normalizeTopic, pageSize, runSql, SqlParams, toConnection, type Connection } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { visiblePostsSql } from './post.policy';
import { POST_COLUMNS, type PostRow } from './post.presenter';
import { TeamFeedsService } from './team-feeds.service';

export interface PageArgsLike {
  first?: number;
  after?: string;
}

/**
 * The feeds as keyset pages (never OFFSET) of visible posts, newest first. The home feed puts
 * announcements pinned until a later date first: its sort key starts with that flag, so a cursor
 * stays valid across the pinned/unpinned boundary of one page.
 */
@Injectable()
export class FeedQueriesService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly teamFeeds: TeamFeedsService,
  ) {}

  companyFeed(actor: Actor, args: PageArgsLike): Promise<Connection<PostRow>> {
    return this.page(actor, args, () => `p.team_id IS NULL AND p.status = 'PUBLISHED'`);
  }

  async teamFeed(actor: Actor, teamId: string, args: PageArgsLike): Promise<Connection<PostRow>> {
    await this.teamFeeds.readable(this.db.manager, actor, teamId);
    return this.page(actor, args, (p) => `p.team_id = ${p.add(teamId)}::uuid AND p.status = 'PUBLISHED'`);
  }

  /** Posts waiting for approval in a team the actor moderates (others see an empty queue of their own). */
  async pendingPosts(actor: Actor, teamId: string, args: PageArgsLike): Promise<Connection<PostRow>> {
    await this.teamFeeds.readable(this.db.manager, actor, teamId);
    return this.page(actor, args, (p) => `p.team_id = ${p.add(teamId)}::uuid AND p.status = 'PENDING'`);
  }

  topicFeed(actor: Actor, raw: string, args: PageArgsLike): Promise<Connection<PostRow>> {
    const topic = normalizeTopic(raw);
    if (!topic) throw AppError.badInput([{ field: 'topic', rule: 'topic' }], 'Not a topic');
    return this.page(actor, args, (p) => `p.topics @> ARRAY[${p.add(topic)}::text] AND p.status = 'PUBLISHED'`);
  }

  /** The company feed, the actor's teams and own posts, announcements to them, and what they follow: one statement. */
  homeFeed(actor: Actor, args: PageArgsLike): Promise<Connection<PostRow>> {
    return this.page(
      actor,
      args,
      (p, me, memberTeams) => `p.status = 'PUBLISHED' AND (p.team_id IS NULL OR p.is_announcement OR p.author_id = ${me}::uuid OR p.team_id IN (${memberTeams})
        OR EXISTS (SELECT 1 FROM feed_follows ff WHERE ff.user_id = ${me}::uuid AND (
             (ff.kind = 'TEAM' AND ff.target = p.team_id::text) OR (ff.kind = 'USER' AND ff.target = p.author_id::text)
             OR (ff.kind = 'TOPIC' AND ff.target = ANY(p.topics)))))`,
      true,
    );
  }

  private async page(
    actor: Actor,
    args: PageArgsLike,
    where: (p: SqlParams, me: string, memberTeams: string) => string,
    pinnedFirst = false,
  ): Promise<Connection<PostRow>> {
    const first = pageSize(args.first);
    const p = new SqlParams();
    const me = p.add(actor.userId);
    const memberTeams = this.people.teamsOfSql(me);
    const visible = visiblePostsSql(actor, p, memberTeams);
    // coalesce: an unpinned announcement (pinned_until NULL) must sort as 0, not as NULL (first in DESC).
    const pin = pinnedFirst ? `(p.is_announcement AND coalesce(p.pinned_until > now(), false))::int` : `0`;
    const after = decodeCursor(args.after, ['number', 'string', 'uuid']) as [number, string, string] | null;
    // Without pinning the key is (created_at, id) alone, which the feed indexes serve.
    const key = pinnedFirst ? [pin, 'p.created_at', 'p.id'] : ['p.created_at', 'p.id'];
    const keyset = after
      ? `AND (${key.join(', ')}) < (${[...(pinnedFirst ? [`${p.add(after[0])}::int`] : []), `${p.add(after[1])}::timestamptz`, `${p.add(after[2])}::uuid`].join(', ')})`
      : '';
    const rows = await runSql<PostRow & { pin: number }>(
      this.db.manager,
      `SELECT ${POST_COLUMNS}, ${pin} AS pin FROM posts p
        WHERE ${visible} AND ${where(p, me, memberTeams)} ${keyset}
        ORDER BY ${key.map((k) => `${k} DESC`).join(', ')} LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.pin, r.sortAt, r.id], (r) => r);
  }
}
