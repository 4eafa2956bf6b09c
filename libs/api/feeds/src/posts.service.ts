import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, can, Db, EventsService, RateLimiter, runSql, SqlParams, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { FeedsErrorCode } from './feeds.errors';
import { FeedsEvents, type PostEventPayload } from './feeds.events';
import { PostAttachmentsService } from './post-attachments';
import { PostBodyRenderer } from './post-body.renderer';
import { PostStatus } from './post.model';
import { postPolicy, visiblePostsSql } from './post.policy';
import { POST_COLUMNS, type PostRow } from './post.presenter';
import { TeamFeedsService } from './team-feeds.service';

/** Per person: posts in a window (Redis-backed with REDIS_URL, so every process counts together). */
export const POST_RATE = { limit: 20, windowSeconds: 60 };

@Injectable()
export class PostsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly teamFeeds: TeamFeedsService,
    private readonly renderer: PostBodyRenderer,
    private readonly limiter: RateLimiter,
    private readonly attachments: PostAttachmentsService,
  ) {}

  async createPost(actor: Actor, input: { teamId?: string | null; body: string; language?: string | null; attachmentIds?: string[] }): Promise<PostRow> {
    await this.limiter.hit(`feeds:post:${actor.userId}`, POST_RATE.limit, POST_RATE.windowSeconds);
    const id = await this.db.transaction(async (tx) => {
      const feed = input.teamId ? await this.teamFeeds.readable(tx, actor, input.teamId) : null;
      if (feed && !feed.viewerIsMember && !actor.leadsTeam(feed.teamId)) throw new AppError(FeedsErrorCode.FEEDS_NOT_A_MEMBER, {}, 'Only members post in this team');
      const rendered = await this.renderer.render(tx, actor, input.body, feed);
      const status = feed?.requiresApproval && !actor.leadsTeam(feed.teamId) ? PostStatus.PENDING : PostStatus.PUBLISHED;
      const [row] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO posts (organization_id, author_id, team_id, body, body_html, language, topics, mentioned_user_ids, mentioned_team_ids, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [actor.organizationId, actor.userId, feed?.teamId ?? null, input.body, rendered.html, input.language ?? null, rendered.topics, rendered.mentionedUserIds, rendered.mentionedTeamIds, status],
      );
      await this.attachments.attach(tx, actor, row.id, input.attachmentIds);
      // A queued post notifies nobody yet: its mentions go out when a lead approves it.
      const published = status === PostStatus.PUBLISHED;
      await this.append(tx, actor, FeedsEvents.postCreated, {
        postId: row.id, authorId: actor.userId, teamId: feed?.teamId ?? null, version: 1,
        mentionedUserIds: published ? rendered.mentionedUserIds : [], mentionedTeamIds: published ? rendered.mentionedTeamIds : [],
      });
      return row.id;
    });
    return this.getPost(actor, id);
  }

  /** The author's edit: the replaced body goes to post_versions; mentions are recomputed. */
  async updatePost(actor: Actor, input: { id: string; body: string; expectedVersion?: number; attachmentIds?: string[] }): Promise<PostRow> {
    await this.db.transaction(async (tx) => {
      const post = await this.lockVisible(tx, actor, input.id);
      authorize(postPolicy, actor, 'edit', post);
      if (input.expectedVersion !== undefined && input.expectedVersion !== post.version) {
        throw new AppError(FeedsErrorCode.FEEDS_VERSION_CONFLICT, { currentVersion: post.version }, 'The post changed since it was read');
      }
      await this.attachments.attach(tx, actor, post.id, input.attachmentIds);
      if (input.body === post.body && !input.attachmentIds?.length) return;
      const feed = post.teamId ? await this.teamFeeds.access(tx, actor, post.teamId) : null;
      const rendered = await this.renderer.render(tx, actor, input.body, feed);
      const beforeTeams = new Set(await this.mentionedTeams(tx, post.id));
      await runSql(
        tx,
        `INSERT INTO post_versions (post_id, version, organization_id, editor_id, body, body_html, created_at)
         SELECT id, version, organization_id, $2, body, body_html, coalesce(edited_at, created_at) FROM posts WHERE id = $1`,
        [post.id, actor.userId],
      );
      await runSql(
        tx,
        `UPDATE posts SET body = $2, body_html = $3, topics = $4, mentioned_user_ids = $5, mentioned_team_ids = $6,
           version = version + 1, edited_at = now(), updated_at = now() WHERE id = $1`,
        [post.id, input.body, rendered.html, rendered.topics, rendered.mentionedUserIds, rendered.mentionedTeamIds],
      );
      // Only people newly mentioned by the edit are announced (no second notification).
      const before = new Set(post.mentionedUserIds);
      await this.append(tx, actor, FeedsEvents.postUpdated, {
        postId: post.id, authorId: post.authorId, teamId: post.teamId, version: post.version + 1,
        mentionedUserIds: post.status === PostStatus.PUBLISHED ? rendered.mentionedUserIds.filter((u) => !before.has(u)) : [],
        mentionedTeamIds: post.status === PostStatus.PUBLISHED ? rendered.mentionedTeamIds.filter((t) => !beforeTeams.has(t)) : [],
      });
    });
    return this.getPost(actor, input.id);
  }

  async deletePost(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const post = await this.lockVisible(tx, actor, id);
      authorize(postPolicy, actor, 'delete', post);
      await runSql(tx, `UPDATE posts SET deleted_at = now(), deleted_by = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, actor.userId]);
      await this.append(tx, actor, FeedsEvents.postDeleted, { postId: id, authorId: post.authorId, teamId: post.teamId, version: post.version + 1, mentionedUserIds: [], mentionedTeamIds: [] });
    });
  }

  /** A lead approves (publishes, announcing its mentions) or rejects (with a reason) a queued post. */
  async moderatePost(actor: Actor, input: { id: string; approve: boolean; reason?: string }): Promise<PostRow> {
    await this.db.transaction(async (tx) => {
      const post = await this.lockVisible(tx, actor, input.id);
      authorize(postPolicy, actor, 'moderate', post);
      if (post.status !== PostStatus.PENDING) throw new AppError(FeedsErrorCode.FEEDS_NOT_PENDING, {}, 'The post is not waiting for approval');
      const status = input.approve ? PostStatus.PUBLISHED : PostStatus.REJECTED;
      await runSql(tx, `UPDATE posts SET status = $2, rejection_reason = $3, version = version + 1, updated_at = now() WHERE id = $1`, [post.id, status, input.approve ? null : (input.reason ?? null)]);
      await this.append(tx, actor, FeedsEvents.postUpdated, {
        postId: post.id, authorId: post.authorId, teamId: post.teamId, version: post.version + 1,
        mentionedUserIds: input.approve ? post.mentionedUserIds : [], mentionedTeamIds: input.approve ? await this.mentionedTeams(tx, post.id) : [],
      });
    });
    return this.getPost(actor, input.id);
  }

  /** Read-filtered in SQL: a post the actor may not see is NOT_FOUND, like a missing one. */
  async getPost(actor: Actor, id: string, manager: Tx = this.db.manager, lock = false): Promise<PostRow> {
    const p = new SqlParams();
    const idParam = p.add(id);
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const [row] = await runSql<PostRow>(manager, `SELECT ${POST_COLUMNS} FROM posts p WHERE p.id = ${idParam}::uuid AND ${visible}${lock ? ' FOR UPDATE OF p' : ''}`, p.values);
    if (!row) throw AppError.notFound('post');
    return row;
  }

  abilities(actor: Actor, post: { organizationId: string; authorId: string; teamId: string | null; status: string }) {
    return { canEdit: can(postPolicy, actor, 'edit', post), canDelete: can(postPolicy, actor, 'delete', post), canModerate: can(postPolicy, actor, 'moderate', post) };
  }

  /** The visible post, locked for the command (the read rule first: hidden is NOT_FOUND). */
  lockVisible(tx: Tx, actor: Actor, id: string): Promise<PostRow> {
    return this.getPost(actor, id, tx, true);
  }

  private async mentionedTeams(tx: Tx, postId: string): Promise<string[]> {
    const [row] = await runSql<{ ids: string[] }>(tx, `SELECT mentioned_team_ids AS ids FROM posts WHERE id = $1`, [postId]);
    return row?.ids ?? [];
  }

  private append(tx: Tx, actor: Actor, type: string, payload: PostEventPayload): Promise<void> {
    return this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type, payload: { ...payload } });
  }
}
