import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, can, Db, decodeCursor, EventsService, pageSize, RateLimiter, runSql, SqlParams, toConnection, type Connection } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import type { CommentModel } from './comment.model';
import { FeedsErrorCode } from './feeds.errors';
import { FeedsEvents, type CommentEventPayload } from './feeds.events';
import { PostBodyRenderer } from './post-body.renderer';
import { postPolicy, visiblePostsSql } from './post.policy';
import { PostsService } from './posts.service';
import { TeamFeedsService } from './team-feeds.service';

export const COMMENT_RATE = { limit: 30, windowSeconds: 60 };

interface CommentRow {
  id: string; postId: string; parentId: string | null; authorId: string; body: string; bodyHtml: string; version: number; createdAt: Date; sortAt: string;
  organizationId: string; postAuthorId: string; teamId: string | null; postStatus: string;
}
const COMMENT_COLUMNS = `c.id, c.post_id AS "postId", c.parent_id AS "parentId", c.author_id AS "authorId", c.body, c.body_html AS "bodyHtml", c.version,
  c.created_at AS "createdAt", c.created_at::text AS "sortAt", c.organization_id AS "organizationId", p.author_id AS "postAuthorId", p.team_id AS "teamId", p.status AS "postStatus"`;

/** Comments with one level of replies, read only through their post's read rule. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly posts: PostsService,
    private readonly teamFeeds: TeamFeedsService,
    private readonly renderer: PostBodyRenderer,
    private readonly limiter: RateLimiter,
  ) {}

  async createComment(actor: Actor, input: { postId: string; parentId?: string | null; body: string }): Promise<CommentModel> {
    await this.limiter.hit(`feeds:comment:${actor.userId}`, COMMENT_RATE.limit, COMMENT_RATE.windowSeconds);
    const id = await this.db.transaction(async (tx) => {
      const post = await this.posts.lockVisible(tx, actor, input.postId);
      authorize(postPolicy, actor, 'comment', post);
      let parentAuthorId: string | null = null;
      if (input.parentId) {
        const [parent] = await runSql<{ authorId: string; parentId: string | null }>(
          tx,
          `SELECT author_id AS "authorId", parent_id AS "parentId" FROM post_comments WHERE id = $1 AND post_id = $2 AND deleted_at IS NULL`,
          [input.parentId, post.id],
        );
        if (!parent) throw AppError.notFound('comment');
        if (parent.parentId) throw new AppError(FeedsErrorCode.FEEDS_REPLY_TOO_DEEP, {}, 'Replies are one level deep');
        parentAuthorId = parent.authorId;
      }
      const feed = post.teamId ? await this.teamFeeds.access(tx, actor, post.teamId) : null;
      const rendered = await this.renderer.render(tx, actor, input.body, feed);
      const [row] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO post_comments (organization_id, post_id, parent_id, author_id, body, body_html, mentioned_user_ids) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [actor.organizationId, post.id, input.parentId ?? null, actor.userId, input.body, rendered.html, rendered.mentionedUserIds],
      );
      const payload: CommentEventPayload = {
        commentId: row.id, postId: post.id, authorId: actor.userId, teamId: post.teamId, postAuthorId: post.authorId,
        parentCommentId: input.parentId ?? null, parentAuthorId, mentionedUserIds: rendered.mentionedUserIds, mentionedTeamIds: rendered.mentionedTeamIds,
      };
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: FeedsEvents.commentCreated, payload: { ...payload } });
      return row.id;
    });
    return this.present(actor, await this.getComment(actor, id));
  }

  async deleteComment(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const c = await this.getComment(actor, id, tx);
      if (!can(postPolicy, actor, 'delete', { organizationId: c.organizationId, authorId: c.authorId, teamId: c.teamId, status: c.postStatus })) throw AppError.forbidden();
      await runSql(tx, `UPDATE post_comments SET deleted_at = now(), version = version + 1 WHERE id = $1`, [id]);
      const payload: CommentEventPayload = {
        commentId: id, postId: c.postId, authorId: c.authorId, teamId: c.teamId, postAuthorId: c.postAuthorId, parentCommentId: c.parentId, parentAuthorId: null, mentionedUserIds: [],
      };
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: FeedsEvents.commentDeleted, payload: { ...payload } });
    });
  }

  /** One comment, read through its post's read rule (a hidden or deleted one is NOT_FOUND). */
  async comment(actor: Actor, id: string): Promise<CommentModel> {
    return this.present(actor, await this.getComment(actor, id));
  }

  /** Top-level comments (parentId null) or the replies of one comment, oldest first by keyset. */
  async page(actor: Actor, where: { postId: string; parentId: string | null }, args: { first?: number; after?: string }): Promise<Connection<CommentModel>> {
    const first = pageSize(args.first);
    const p = new SqlParams();
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.db.query<CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM post_comments c JOIN posts p ON p.id = c.post_id
        WHERE c.post_id = ${p.add(where.postId)}::uuid AND c.deleted_at IS NULL AND ${visible}
          AND ${where.parentId ? `c.parent_id = ${p.add(where.parentId)}::uuid` : 'c.parent_id IS NULL'}
          ${after ? `AND (c.created_at, c.id) > (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)` : ''}
        ORDER BY c.created_at, c.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.sortAt, r.id], (r) => this.present(actor, r));
  }

  private async getComment(actor: Actor, id: string, manager = this.db.manager): Promise<CommentRow> {
    const p = new SqlParams();
    const idParam = p.add(id);
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const [row] = await runSql<CommentRow>(manager, `SELECT ${COMMENT_COLUMNS} FROM post_comments c JOIN posts p ON p.id = c.post_id WHERE c.id = ${idParam}::uuid AND c.deleted_at IS NULL AND ${visible}`, p.values);
    if (!row) throw AppError.notFound('comment');
    return row;
  }

  private present(actor: Actor, r: CommentRow): CommentModel {
    return {
      id: r.id, postId: r.postId, parentId: r.parentId, authorId: r.authorId, body: r.body, bodyHtml: r.bodyHtml, version: r.version, createdAt: r.createdAt, sortAt: r.sortAt,
      canDelete: can(postPolicy, actor, 'delete', { organizationId: r.organizationId, authorId: r.authorId, teamId: r.teamId, status: r.postStatus }),
    };
  }
}
