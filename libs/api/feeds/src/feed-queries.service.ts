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

/** A timestamptz as PostgreSQL prints it (`created_at::text`), so a forged cursor fails as input, not in SQL. */
const SORT_AT = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2}){0,2})?$/;

/** The feeds' cursor: [pin (0 or 1), created_at as text, id]. */
export function feedCursor(after: string | undefined): [number, string, string] | null {
  const c = decodeCursor(after, ['number', 'string', 'uuid']) as [number, string, string] | null;
  if (c && ((c[0] !== 0 && c[0] !== 1) || !SORT_AT.test(c[1]))) throw AppError.badInput([{ field: 'after', rule: 'cursor' }], 'Malformed cursor');
  return c;
}

/** An announcement pinned until a later date (an unpinned one has pinned_until NULL: false, not NULL). */
const PINNED = `(p.is_announcement AND coalesce(p.pinned_until > now(), false))`;

/**
 * The home feed page's statement (rows: POST_COLUMNS and `pin`, `first + 1` of them), exported so
 * the bench's bare baseline runs exactly this SQL (tools/bench/scenario-sql.ts). `teamsOf` is the
 * directory's teamsOfSql. See FeedQueriesService for the shape of the query.
 */
export function homeFeedStatement(actor: Actor, teamsOf: (userParam: string) => string, first: number, after: [number, string, string] | null): { text: string; values: unknown[] } {
  const p = new SqlParams();
  const me = p.add(actor.userId);
  const org = p.add(actor.organizationId);
  const memberTeams = teamsOf(me);
  const readable = `p.status = 'PUBLISHED' AND ${visiblePostsSql(actor, p, memberTeams)}`;
  const limit = p.add(first + 1);
  const cursor = after ? `(${p.add(after[1])}::timestamptz, ${p.add(after[2])}::uuid)` : '';
  const inPinned = !after || after[0] === 1;
  const pinnedAfter = after?.[0] === 1 ? `AND (p.created_at, p.id) < ${cursor}` : '';
  const streamAfter = (key = '(p.created_at, p.id)') => (after?.[0] === 0 ? `AND ${key} < ${cursor}` : '');
  const newest = `ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit}`;
  const stream = `NOT ${PINNED} AND ${readable}`;
  const follows = (kind: string) => `SELECT ff.target FROM feed_follows ff WHERE ff.user_id = ${me}::uuid AND ff.kind = '${kind}'`;
  const sources = [
    // The company feed (partial index posts_company_created_idx).
    `(SELECT p.created_at, p.id FROM posts p WHERE p.organization_id = ${org}::uuid AND p.team_id IS NULL AND ${stream} ${streamAfter()} ${newest})`,
    // Announcements (partial index posts_announcement_created_idx; the read rule keeps the reader's).
    `(SELECT p.created_at, p.id FROM posts p WHERE p.organization_id = ${org}::uuid AND p.is_announcement AND ${stream} ${streamAfter()} ${newest})`,
    // Each team the reader belongs to or follows (posts_team_created_idx).
    `(SELECT x.created_at, x.id FROM (${memberTeams} UNION SELECT f.target::uuid FROM (${follows('TEAM')}) f) t
       CROSS JOIN LATERAL (SELECT p.created_at, p.id FROM posts p WHERE p.team_id = t.team_id AND ${stream} ${streamAfter()} ${newest}) x)`,
    // The reader's own posts and each person they follow (posts_author_created_idx).
    `(SELECT x.created_at, x.id FROM (SELECT ${me}::uuid AS author_id UNION SELECT f.target::uuid FROM (${follows('USER')}) f) a
       CROSS JOIN LATERAL (SELECT p.created_at, p.id FROM posts p WHERE p.author_id = a.author_id AND ${stream} ${streamAfter()} ${newest}) x)`,
    // Each topic they follow (post_topics_pkey).
    `(SELECT x.created_at, x.id FROM (${follows('TOPIC')}) tp
       CROSS JOIN LATERAL (SELECT pt.created_at, pt.post_id AS id FROM post_topics pt JOIN posts p ON p.id = pt.post_id
         WHERE pt.organization_id = ${org}::uuid AND pt.topic = tp.target AND ${stream} ${streamAfter('(pt.created_at, pt.post_id)')}
         ORDER BY pt.created_at DESC, pt.post_id DESC LIMIT ${limit}) x)`,
  ];
  const pinned = inPinned
    ? `(SELECT 1 AS pin, p.created_at, p.id FROM posts p
        WHERE p.organization_id = ${org}::uuid AND p.is_announcement AND ${PINNED} AND ${readable} ${pinnedAfter} ${newest})
       UNION `
    : '';
  return {
    text: `SELECT ${POST_COLUMNS}, k.pin FROM (
       (${pinned}SELECT 0 AS pin, s.created_at, s.id FROM (${sources.join(' UNION ')}) s)
       ORDER BY pin DESC, created_at DESC, id DESC LIMIT ${limit}
     ) k JOIN posts p ON p.id = k.id
     ORDER BY k.pin DESC, k.created_at DESC, k.id DESC`,
    values: p.values,
  };
}

/**
 * The feeds as keyset pages (never OFFSET) of visible posts, newest first, each read by an index
 * in (created_at, id) order with a LIMIT, so a page costs the same on the first page and 5,000
 * pages deep, whatever the organisation's size (docs/benchmarks.md).
 *
 * The home feed puts announcements pinned until a later date first: its key is (pin, created_at,
 * id) and the cursor carries the pin, so a page resumes in the pinned phase (a small scan of the
 * organisation's announcements) or in the stream. The stream is a UNION (deduplicating) of one index scan per
 * source, each `ORDER BY created_at DESC, id DESC LIMIT first + 1` after the cursor: the company
 * feed, each team the reader is a member of or follows, the reader and each person they follow,
 * each topic they follow (`post_topics`) and the announcements (the read rule keeps those the
 * reader received, wrote or governs); the sources are merged, deduplicated and cut to the page.
 * Every source applies the whole read rule (`visiblePostsSql`) before its LIMIT, so a hidden post
 * never takes a place in a page and never leaves a gap.
 */
@Injectable()
export class FeedQueriesService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly teamFeeds: TeamFeedsService,
  ) {}

  companyFeed(actor: Actor, args: PageArgsLike): Promise<Connection<PostRow>> {
    // Served by the partial posts_company_created_idx (organization_id, created_at, id) WHERE team_id IS NULL.
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
    // post_topics is read in (organization_id, topic, created_at, post_id) order; the GIN index cannot order.
    return this.page(actor, args, () => `p.status = 'PUBLISHED'`, (p) => ({
      from: `post_topics pt JOIN posts p ON p.id = pt.post_id`,
      where: `pt.organization_id = ${p.add(actor.organizationId)}::uuid AND pt.topic = ${p.add(topic)}::text`,
      key: ['pt.created_at', 'pt.post_id'],
    }));
  }

  /**
   * The company feed, the actor's teams and own posts, announcements to them, and what they follow
   * (teams, people, topics): one statement (homeFeedStatement), pinned announcements first.
   */
  async homeFeed(actor: Actor, args: PageArgsLike): Promise<Connection<PostRow>> {
    const first = pageSize(args.first);
    const { text, values } = homeFeedStatement(actor, (u) => this.people.teamsOfSql(u), first, feedCursor(args.after));
    // A named statement (planned once per connection: planning costs about what executing does),
    // one name per text variant (cursor phase, reader who governs announcements or not).
    const rows = await this.db.prepared<PostRow & { pin: number }>('feeds-home-*', text, values);
    return toConnection(rows, first, (r) => [r.pin, r.sortAt, r.id], (r) => r);
  }

  /** One feed in (created_at, id) order; `source` swaps the table read in that order (topics). */
  private async page(
    actor: Actor,
    args: PageArgsLike,
    where: (p: SqlParams) => string,
    source?: (p: SqlParams) => { from: string; where: string; key: [string, string] },
  ): Promise<Connection<PostRow>> {
    const first = pageSize(args.first);
    const after = feedCursor(args.after);
    const p = new SqlParams();
    const me = p.add(actor.userId);
    const memberTeams = this.people.teamsOfSql(me);
    const visible = visiblePostsSql(actor, p, memberTeams);
    const from = source?.(p) ?? { from: 'posts p', where: 'true', key: ['p.created_at', 'p.id'] as [string, string] };
    const keyset = after ? `AND (${from.key.join(', ')}) < (${p.add(after[1])}::timestamptz, ${p.add(after[2])}::uuid)` : '';
    const rows = await runSql<PostRow & { pin: number }>(
      this.db.manager,
      `SELECT ${POST_COLUMNS}, 0 AS pin FROM ${from.from}
        WHERE ${from.where} AND ${visible} AND ${where(p)} ${keyset}
        ORDER BY ${from.key.map((k) => `${k} DESC`).join(', ')} LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.pin, r.sortAt, r.id], (r) => r);
  }
}
