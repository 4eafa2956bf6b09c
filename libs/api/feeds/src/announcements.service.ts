import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Actor, AppError, authorize, can, Db, decodeCursor, EventsService, pageSize, RateLimiter, RealtimeService, runSql, SqlParams, toConnection, type Connection, type Tx } from '@pillars/api/core';
import { AudienceDirectory, AudienceRuleKind, audiencesOfSql, membersOfSql } from '@pillars/api/audiences';
import { PeopleDirectory, type UserModel } from '@pillars/api/directory';
import { NotificationsService } from '@pillars/api/notifications';
import { announcementPolicy, governsAnnouncements } from './announcement.policy';
import { FeedsErrorCode } from './feeds.errors';
import { FeedsEvents } from './feeds.events';
import { PostBodyRenderer } from './post-body.renderer';
import { visiblePostsSql } from './post.policy';
import type { PostRow } from './post.presenter';
import { PostsService } from './posts.service';
import { TeamFeedsService } from './team-feeds.service';

export const ANNOUNCEMENT_KIND = 'feeds.announcement';
export const MUST_READ_REMINDER_KIND = 'feeds.must_read_reminder';
/** Notifications point at `announcement:<postId>`; the target checker is the post read rule. */
export const ANNOUNCEMENT_TARGET = 'announcement';
export const PUBLISH_RATE = { limit: 10, windowSeconds: 600 };
export const REMIND_RATE = { limit: 10, windowSeconds: 3600 };
export const REMIND_INTERVAL_SECONDS = 24 * 3600;
/** Pinning reaches at most a year ahead. */
const PIN_MAX_MS = 366 * 24 * 3600 * 1000;
const TEAM_PAGE_MAX = 100;
/** Receipts per page of the CSV export (the directory's page size cap). */
const CSV_PAGE = 100;
/** Rooms per emit (one Redis adapter message each). */
const LIVE_ROOMS_PER_EMIT = 5000;

export interface AnnouncementPublishedPayload {
  postId: string;
  authorId: string;
  audienceId: string;
  teamId: string | null;
  version: number;
}

export interface PublishInput {
  body: string;
  language?: string | null;
  audience: { rules?: unknown; audienceId?: string | null };
  mustRead?: boolean | null;
  pinnedUntil?: Date | null;
  teamId?: string | null;
}

export interface AnnouncementRow {
  postId: string;
  organizationId: string;
  authorId: string;
  audienceId: string;
  mustRead: boolean;
  lastRemindedAt: Date | null;
}

export interface ReachCounts {
  audience: number;
  delivered: number;
  seen: number;
  read: number;
  acknowledged: number;
}

type PendingReceipt = { user_id: string; delivered_at: string; seen_at: string | null; read_at: string | null };

export type ReceiptStep = 'seen' | 'read' | 'acknowledged';
export enum PendingState {
  UNREAD = 'UNREAD',
  UNACKNOWLEDGED = 'UNACKNOWLEDGED',
}

@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly audiences: AudienceDirectory,
    private readonly notifications: NotificationsService,
    private readonly posts: PostsService,
    private readonly teamFeeds: TeamFeedsService,
    private readonly renderer: PostBodyRenderer,
    private readonly limiter: RateLimiter,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * Writes the post, its announcement row and (for rules) a stored audience in one transaction,
   * then the outbox event; the audience hears of it as it commits; receipts and notifications
   * follow in batched jobs, never here.
   */
  async publish(actor: Actor, input: PublishInput): Promise<PostRow> {
    const governs = governsAnnouncements(actor);
    if (!governs && actor.ledTeamIds.length === 0) throw AppError.forbidden();
    const { rules, audienceId } = input.audience ?? {};
    if ((rules == null) === (audienceId == null)) throw AppError.badInput([{ field: 'audience', rule: 'exactlyOne' }], 'Give either audience rules or an audienceId');
    if (input.pinnedUntil) {
      const at = input.pinnedUntil.getTime();
      if (!(at > Date.now()) || at > Date.now() + PIN_MAX_MS) throw AppError.badInput([{ field: 'pinnedUntil', rule: 'futureWithinYear' }], 'pinnedUntil must be in the next year');
    }
    if (!governs) {
      // A lead: their own team's feed, to an audience inside that team (or its sub-teams).
      if (!input.teamId || !actor.leadsTeam(input.teamId)) throw new AppError(FeedsErrorCode.FEEDS_AUDIENCE_OUTSIDE_TEAM, {}, 'Team leads announce in a team they lead');
      const include = (rules as { include?: { kind?: string; teamId?: string }[] } | null)?.include;
      const withinTeam = audienceId == null && Array.isArray(include) && include.length > 0
        && include.every((r) => r?.kind === AudienceRuleKind.TEAM && r.teamId === input.teamId);
      if (!withinTeam) throw new AppError(FeedsErrorCode.FEEDS_AUDIENCE_OUTSIDE_TEAM, {}, 'A team lead announces to their own team only');
    }
    await this.limiter.hit(`feeds:announce:${actor.userId}`, PUBLISH_RATE.limit, PUBLISH_RATE.windowSeconds);
    const id = await this.db.transaction(async (tx) => {
      const feed = input.teamId ? await this.teamFeeds.readable(tx, actor, input.teamId) : null;
      let audience: string;
      if (audienceId) {
        if (!(await this.audiences.exists(tx, actor.organizationId, audienceId))) throw AppError.badInput([{ field: 'audience.audienceId', rule: 'exists' }], 'Unknown audience');
        audience = audienceId;
      } else {
        // To everyone: the organisation's shared audience, not a fresh copy of 10,000 people per announcement.
        audience = (await this.audiences.createOrShareForOwner(tx, actor, rules, 'audience.rules')).id;
      }
      const rendered = await this.renderer.render(tx, actor, input.body, feed);
      const [post] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO posts (organization_id, author_id, team_id, body, body_html, language, topics, mentioned_user_ids, mentioned_team_ids, status, is_announcement, pinned_until)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PUBLISHED', true, $10) RETURNING id`,
        [actor.organizationId, actor.userId, feed?.teamId ?? null, input.body, rendered.html, input.language ?? null, rendered.topics, rendered.mentionedUserIds, rendered.mentionedTeamIds, input.pinnedUntil ?? null],
      );
      await runSql(tx, `INSERT INTO announcements (post_id, organization_id, audience_id, must_read) VALUES ($1, $2, $3, $4)`, [post.id, actor.organizationId, audience, input.mustRead === true]);
      // Mentions notify nobody separately: the audience is who hears of an announcement.
      const payload: AnnouncementPublishedPayload = { postId: post.id, authorId: actor.userId, audienceId: audience, teamId: feed?.teamId ?? null, version: 1 };
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: FeedsEvents.announcementPublished, payload: { ...payload } });
      // The audience may read it from this commit on: they hear of it then, not after the outbox hop.
      const rooms = await this.audienceRooms(tx, actor.organizationId, audience);
      this.db.afterCommit(tx, () => this.announceLive(rooms, post.id));
      return post.id;
    });
    return this.posts.getPost(actor, id);
  }

  /** Announcements (not deleted) per audience, for the saved-audience list's usages: one query. */
  async countByAudience(manager: EntityManager, organizationId: string, audienceIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await runSql<{ audienceId: string; n: number }>(
      manager,
      `SELECT a.audience_id AS "audienceId", count(*)::int AS n FROM announcements a JOIN posts p ON p.id = a.post_id
        WHERE a.organization_id = $1 AND a.audience_id = ANY($2::uuid[]) AND p.deleted_at IS NULL GROUP BY a.audience_id`,
      [organizationId, audienceIds],
    );
    return new Map(rows.map((r) => [r.audienceId, r.n]));
  }

  /**
   * The rooms of everyone in the audience now, read in the publishing transaction to tell as it
   * commits: they may read it from that commit on (the read rule), so this comes before the
   * receipts. The organisation's room for an audience of everyone (only its people may join it),
   * else each person's own room.
   */
  async audienceRooms(tx: Tx, organizationId: string, audienceId: string): Promise<string[]> {
    if (await this.audiences.isWholeOrganization(tx, organizationId, audienceId)) return [`org:${organizationId}`];
    const rows = await runSql<{ userId: string }>(tx, `SELECT m.user_id AS "userId" FROM (${membersOfSql('$1')}) m`, [audienceId]);
    return rows.map((r) => `user:${r.userId}`);
  }

  /** The invalidation an announcement's audience hears at publication. */
  announceLive(rooms: readonly string[], postId: string): void {
    for (let i = 0; i < rooms.length; i += LIVE_ROOMS_PER_EMIT) this.realtime.emit(rooms.slice(i, i + LIVE_ROOMS_PER_EMIT), { type: 'Post', id: postId, version: 1 });
  }

  /**
   * Receipt step of a fan-out: the next `limit` audience members after `after` (id order) get a
   * receipt ("delivered") in one set-based statement. Notifications follow in `notifyBatch`. Re-running a step inserts nothing and tells nobody twice. The step that
   * exhausts the audience marks the announcement delivered. Returns the last member id read, or
   * null when done (or the announcement is gone).
   */
  async deliverReceipts(organizationId: string, postId: string, after: string | null, limit: number): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      const [a] = await runSql<{ audienceId: string; deleted: boolean }>(
        tx,
        `SELECT a.audience_id AS "audienceId", p.deleted_at IS NOT NULL AS deleted
           FROM announcements a JOIN posts p ON p.id = a.post_id WHERE a.post_id = $1 AND a.organization_id = $2`,
        [postId, organizationId],
      );
      if (!a || a.deleted) return null;
      const [step] = await runSql<{ read: number; last: string | null; added: string[] | null }>(
        tx,
        `WITH batch AS (
           SELECT m.user_id FROM (${membersOfSql('$3')}) m WHERE ($4::uuid IS NULL OR m.user_id > $4) ORDER BY m.user_id LIMIT $5),
         ins AS (
           INSERT INTO announcement_receipts (post_id, user_id, organization_id) SELECT $1, user_id, $2 FROM batch
           ON CONFLICT (post_id, user_id) DO NOTHING RETURNING user_id)
         SELECT (SELECT count(*)::int FROM batch) AS read, (SELECT user_id FROM batch ORDER BY user_id DESC LIMIT 1) AS last,
                (SELECT array_agg(user_id) FROM ins) AS added`,
        [postId, organizationId, a.audienceId, after, limit],
      );
      const done = step.read < limit;
      if (done) await runSql(tx, `UPDATE announcements SET delivered_at = now() WHERE post_id = $1 AND delivered_at IS NULL`, [postId]);
      // The audience heard of it at publication (announceLive); the author and HR hear the reach move.
      if ((step.added ?? []).length > 0) {
        const version = await this.bumpReach(tx, postId);
        this.db.afterCommit(tx, () => this.emitReach(postId, version));
      }
      return done ? null : step.last;
    });
  }

  /**
   * Notification step of a fan-out: up to `limit` receipts not yet notified (locked, skipping
   * those another process holds) get their notification and are marked, in one transaction, so a
   * retry or a second process notifies nobody twice. Returns whether a full batch was taken (more
   * may wait). A deleted announcement notifies nobody more.
   */
  async notifyBatch(organizationId: string, postId: string, limit: number): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [a] = await runSql<{ authorId: string; deleted: boolean }>(
        tx,
        `SELECT p.author_id AS "authorId", p.deleted_at IS NOT NULL AS deleted FROM announcements a JOIN posts p ON p.id = a.post_id WHERE a.post_id = $1 AND a.organization_id = $2`,
        [postId, organizationId],
      );
      if (!a || a.deleted) return false;
      const rows = await runSql<{ userId: string }>(
        tx,
        `SELECT user_id AS "userId" FROM announcement_receipts WHERE post_id = $1 AND notified_at IS NULL ORDER BY user_id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [postId, limit],
      );
      if (rows.length === 0) return false;
      const ids = rows.map((r) => r.userId);
      await this.notifications.notify(tx, { organizationId, kind: ANNOUNCEMENT_KIND, recipientIds: ids, actorId: a.authorId, target: { type: ANNOUNCEMENT_TARGET, id: postId }, data: { postId } });
      await runSql(tx, `UPDATE announcement_receipts SET notified_at = now() WHERE post_id = $1 AND user_id = ANY($2::uuid[])`, [postId, ids]);
      return rows.length === limit;
    });
  }

  /** Announcements whose fan-out stopped half-way (a process ended mid-chain): undelivered, or with receipts not yet notified, older than `olderThanSeconds`. */
  async stalledFanouts(olderThanSeconds: number, organizationId?: string): Promise<{ organizationId: string; postId: string; receipts: boolean }[]> {
    return this.db.query(
      `SELECT a.organization_id AS "organizationId", a.post_id AS "postId", true AS receipts
         FROM announcements a JOIN posts p ON p.id = a.post_id
        WHERE a.delivered_at IS NULL AND a.created_at < now() - make_interval(secs => $1) AND p.deleted_at IS NULL AND ($2::uuid IS NULL OR a.organization_id = $2)
       UNION ALL
       SELECT a.organization_id, a.post_id, false
         FROM announcements a JOIN posts p ON p.id = a.post_id
        WHERE a.delivered_at IS NOT NULL AND p.deleted_at IS NULL AND ($2::uuid IS NULL OR a.organization_id = $2)
          AND EXISTS (SELECT 1 FROM announcement_receipts r WHERE r.post_id = a.post_id AND r.notified_at IS NULL AND r.delivered_at < now() - make_interval(secs => $1))
        LIMIT 100`,
      [olderThanSeconds, organizationId ?? null],
    );
  }

  /** Receipts (delivered and notified now) for these people (audience members: of the organisation), and a notification to each newly delivered one. */
  async deliverTo(tx: Tx, organizationId: string, postId: string, authorId: string, userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await runSql<{ userId: string }>(
      tx,
      `INSERT INTO announcement_receipts (post_id, user_id, organization_id, notified_at)
       SELECT $1, u.id, $2, now() FROM unnest($3::uuid[]) AS u(id)
       ON CONFLICT (post_id, user_id) DO NOTHING RETURNING user_id AS "userId"`,
      [postId, organizationId, userIds],
    );
    const added = rows.map((r) => r.userId);
    if (added.length === 0) return [];
    await this.notifications.notify(tx, { organizationId, kind: ANNOUNCEMENT_KIND, recipientIds: added, actorId: authorId, target: { type: ANNOUNCEMENT_TARGET, id: postId }, data: { postId } });
    const version = await this.bumpReach(tx, postId);
    this.db.afterCommit(tx, () => {
      this.realtime.emit(added.map((u) => `user:${u}`), { type: 'Post', id: postId, version: 1 });
      this.emitReach(postId, version);
    });
    return added;
  }

  /** People who newly fall inside an audience get every announcement made to it (late joiners). */
  async deliverToJoiners(tx: Tx, organizationId: string, audienceId: string, added: readonly string[]): Promise<void> {
    if (added.length === 0) return;
    const rows = await runSql<{ postId: string; authorId: string }>(
      tx,
      `SELECT a.post_id AS "postId", p.author_id AS "authorId" FROM announcements a JOIN posts p ON p.id = a.post_id
        WHERE a.audience_id = $1 AND a.organization_id = $2 AND p.deleted_at IS NULL`,
      [audienceId, organizationId],
    );
    for (const r of rows) await this.deliverTo(tx, organizationId, r.postId, r.authorId, added);
  }

  /** The viewer's own receipt moves forward only: each first timestamp is kept; read follows ack. */
  async mark(actor: Actor, postId: string, step: ReceiptStep): Promise<PostRow> {
    await this.db.transaction(async (tx) => {
      const post = await this.posts.getPost(actor, postId, tx);
      const [a] = await runSql<{ mustRead: boolean }>(tx, `SELECT must_read AS "mustRead" FROM announcements WHERE post_id = $1`, [post.id]);
      if (!a) throw AppError.notFound('announcement');
      if (step === 'acknowledged' && !a.mustRead) throw new AppError(FeedsErrorCode.FEEDS_NOT_MUST_READ, {}, 'Only a must-read announcement is acknowledged');
      const set =
        step === 'seen' ? `seen_at = coalesce(seen_at, now())`
        : step === 'read' ? `seen_at = coalesce(seen_at, now()), read_at = coalesce(read_at, now())`
        : `seen_at = coalesce(seen_at, now()), read_at = coalesce(read_at, now()), acknowledged_at = coalesce(acknowledged_at, now())`;
      const column = step === 'seen' ? 'seen_at' : step === 'read' ? 'read_at' : 'acknowledged_at';
      // An audience member may open it before the fan-out has written their receipt: write it now,
      // notified already (they have it in front of them; the notification step passes them by).
      await runSql(
        tx,
        `INSERT INTO announcement_receipts (post_id, user_id, organization_id, notified_at)
         SELECT a.post_id, $2::uuid, a.organization_id, now() FROM announcements a
          WHERE a.post_id = $1 AND a.audience_id IN (${audiencesOfSql('$2')})
         ON CONFLICT (post_id, user_id) DO NOTHING`,
        [post.id, actor.userId],
      );
      const [receipt] = await runSql<{ changed: boolean }>(
        tx,
        `WITH before AS (SELECT ${column} IS NULL AS changed FROM announcement_receipts WHERE post_id = $1 AND user_id = $2 FOR UPDATE)
         UPDATE announcement_receipts r SET ${set} FROM before WHERE r.post_id = $1 AND r.user_id = $2 RETURNING before.changed`,
        [post.id, actor.userId],
      );
      if (!receipt) throw new AppError(FeedsErrorCode.FEEDS_NOT_A_RECIPIENT, {}, 'Only people in the audience have a receipt');
      if (receipt.changed) {
        const version = await this.bumpReach(tx, post.id);
        this.db.afterCommit(tx, () => this.emitReach(post.id, version));
      }
    });
    return this.posts.getPost(actor, postId);
  }

  /** The announcement the actor may track (author, HR, admin); for anyone else it does not exist. */
  async tracked(actor: Actor, postId: string, manager: Tx = this.db.manager, lock = false): Promise<AnnouncementRow> {
    const [row] = await runSql<AnnouncementRow>(
      manager,
      `SELECT a.post_id AS "postId", a.organization_id AS "organizationId", p.author_id AS "authorId", a.audience_id AS "audienceId",
              a.must_read AS "mustRead", a.last_reminded_at AS "lastRemindedAt"
         FROM announcements a JOIN posts p ON p.id = a.post_id
        WHERE a.post_id = $1 AND a.organization_id = $2 AND p.deleted_at IS NULL${lock ? ' FOR UPDATE OF a' : ''}`,
      [postId, actor.organizationId],
    );
    if (!row || !can(announcementPolicy, actor, 'track', row)) throw AppError.notFound('announcement');
    return row;
  }

  async reach(actor: Actor, postId: string): Promise<{ announcement: AnnouncementRow; counts: ReachCounts }> {
    const announcement = await this.tracked(actor, postId);
    const [counts] = await this.db.query<ReachCounts>(
      `SELECT $2::int AS audience, count(*)::int AS delivered, count(seen_at)::int AS seen, count(read_at)::int AS read, count(acknowledged_at)::int AS acknowledged
         FROM announcement_receipts WHERE post_id = $1`,
      [postId, await this.audiences.memberCount(this.db.manager, actor.organizationId, announcement.audienceId)],
    );
    return { announcement, counts };
  }

  /**
   * Receipts rolled up by team tree: each team's counts include everyone in its sub-teams (a
   * person in two teams counts once per team). Teams with no recipient are left out; keyset by
   * (name, id), at most TEAM_PAGE_MAX a page.
   */
  async reachByTeam(actor: Actor, announcement: AnnouncementRow, args: { first?: number; after?: string }): Promise<Connection<ReachCounts & { teamId: string; name: string }>> {
    const first = Math.min(pageSize(args.first), TEAM_PAGE_MAX);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const p = new SqlParams();
    const tree = this.people.teamTreeMembersSql(p.add(actor.organizationId));
    const rows = await this.db.query<ReachCounts & { teamId: string; name: string }>(
      `SELECT x.team_id AS "teamId", x.name, 0 AS audience, count(*)::int AS delivered, count(r.seen_at)::int AS seen,
              count(r.read_at)::int AS read, count(r.acknowledged_at)::int AS acknowledged
         FROM (${tree}) x JOIN announcement_receipts r ON r.post_id = ${p.add(announcement.postId)}::uuid AND r.user_id = x.user_id
        WHERE (${p.add(after?.[0] ?? null)}::text IS NULL OR (x.name, x.team_id) > (${p.add(after?.[0] ?? null)}::text, ${p.add(after?.[1] ?? null)}::uuid))
        GROUP BY x.team_id, x.name ORDER BY x.name, x.team_id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.name, r.teamId], (r) => ({ ...r, audience: r.delivered }));
  }

  /** People with a receipt who have not read (or, must-read, not acknowledged): keyset by name. */
  async pending<T>(actor: Actor, postId: string, state: PendingState, args: { first?: number; after?: string }, present: (user: UserModel, r: PendingReceipt) => T): Promise<Connection<T>> {
    await this.tracked(actor, postId);
    const p = new SqlParams();
    const column = state === PendingState.UNREAD ? 'read_at' : 'acknowledged_at';
    const among = `SELECT r.user_id, r.delivered_at, r.seen_at, r.read_at FROM announcement_receipts r WHERE r.post_id = ${p.add(postId)}::uuid AND r.${column} IS NULL`;
    return this.people.pageAmong<PendingReceipt, T>(this.db.manager, actor.organizationId, { sql: among, p }, args, present);
  }

  /** Notifies those still pending, at most once a day per announcement and within the per-person rate. */
  async remind(actor: Actor, postId: string): Promise<{ remindedCount: number; nextReminderAt: Date }> {
    await this.tracked(actor, postId);
    await this.limiter.hit(`feeds:remind:${actor.userId}`, REMIND_RATE.limit, REMIND_RATE.windowSeconds);
    return this.db.transaction(async (tx) => {
      const a = await this.tracked(actor, postId, tx, true);
      if (a.lastRemindedAt) {
        const next = a.lastRemindedAt.getTime() + REMIND_INTERVAL_SECONDS * 1000;
        if (next > Date.now()) {
          throw new AppError(FeedsErrorCode.FEEDS_REMINDED_RECENTLY, { retryAfter: Math.ceil((next - Date.now()) / 1000), nextReminderAt: new Date(next).toISOString() }, 'Reminded within the last 24 hours');
        }
      }
      const column = a.mustRead ? 'acknowledged_at' : 'read_at';
      const [stamp] = await runSql<{ at: Date }>(tx, `UPDATE announcements SET last_reminded_at = now() WHERE post_id = $1 RETURNING last_reminded_at AS at`, [postId]);
      let count = 0;
      let after: string | null = null;
      for (;;) {
        const rows: { userId: string }[] = await runSql<{ userId: string }>(
          tx,
          `SELECT user_id AS "userId" FROM announcement_receipts WHERE post_id = $1 AND ${column} IS NULL AND ($2::uuid IS NULL OR user_id > $2) ORDER BY user_id LIMIT 1000`,
          [postId, after],
        );
        if (rows.length === 0) break;
        const ids = await this.notifications.notify(tx, {
          organizationId: actor.organizationId, kind: MUST_READ_REMINDER_KIND, recipientIds: rows.map((r) => r.userId), actorId: actor.userId,
          target: { type: ANNOUNCEMENT_TARGET, id: postId }, groupKey: `feeds.reminder:${postId}`, data: { postId },
        });
        count += ids.length;
        after = rows[rows.length - 1].userId;
        if (rows.length < 1000) break;
      }
      return { remindedCount: count, nextReminderAt: new Date(stamp.at.getTime() + REMIND_INTERVAL_SECONDS * 1000) };
    });
  }

  /** Every receipt with the person's name, email and teams, in name order, a page at a time (CSV). */
  async *receiptRows(actor: Actor, postId: string): AsyncGenerator<{ name: string; email: string; teams: string; deliveredAt: Date; seenAt: Date | null; readAt: Date | null; acknowledgedAt: Date | null }> {
    await this.tracked(actor, postId);
    let after: string | undefined;
    for (;;) {
      const p = new SqlParams();
      const among = `SELECT r.user_id, r.delivered_at, r.seen_at, r.read_at, r.acknowledged_at FROM announcement_receipts r WHERE r.post_id = ${p.add(postId)}::uuid`;
      const page = await this.people.pageAmong<PendingReceipt & { acknowledged_at: string | null }, { user: UserModel; r: PendingReceipt & { acknowledged_at: string | null } }>(
        this.db.manager, actor.organizationId, { sql: among, p }, { first: CSV_PAGE, after }, (user, r) => ({ user, r }),
      );
      const teams = await this.people.teamNamesOf(this.db.manager, actor.organizationId, page.edges.map((e) => e.node.user.id));
      const date = (v: string | null) => (v ? new Date(v) : null);
      for (const { node: { user, r } } of page.edges) {
        yield { name: user.name, email: user.email, teams: (teams.get(user.id) ?? []).join('; '), deliveredAt: new Date(r.delivered_at), seenAt: date(r.seen_at), readAt: date(r.read_at), acknowledgedAt: date(r.acknowledged_at) };
      }
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  /** Tracks are for the author and HR: `announcement:<id>` rooms are authorized by `track`. */
  async canTrack(actor: Actor, postId: string): Promise<boolean> {
    try {
      await this.tracked(actor, postId);
      return true;
    } catch {
      return false;
    }
  }

  /** Which of these announcements the actor may read (one statement, the post read rule). */
  async visibleIds(actor: Actor, ids: string[]): Promise<Set<string>> {
    const p = new SqlParams();
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const rows = await this.db.query<{ id: string }>(`SELECT p.id FROM posts p WHERE p.id = ANY(${p.add(ids)}::uuid[]) AND ${visible}`, p.values);
    return new Set(rows.map((r) => r.id));
  }

  private async bumpReach(tx: Tx, postId: string): Promise<number> {
    const [row] = await runSql<{ v: number }>(tx, `UPDATE announcements SET receipts_version = receipts_version + 1 WHERE post_id = $1 RETURNING receipts_version AS v`, [postId]);
    return row?.v ?? 0;
  }

  private emitReach(postId: string, version: number): void {
    this.realtime.emit(`announcement:${postId}`, { type: 'AnnouncementReach', id: postId, version });
  }

  authorizeTrack(actor: Actor, a: AnnouncementRow): void {
    authorize(announcementPolicy, actor, 'track', a);
  }
}
