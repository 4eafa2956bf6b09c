import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, Db, EventsService, runSql, SqlParams, type DomainEvent, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { NotificationChannel, NotificationKinds, NotificationsService, NotificationTargets } from '@pillars/api/notifications';
import { FeedsEvents, type CommentEventPayload, type PostEventPayload, type ReactionEventPayload } from './feeds.events';
import { announcementReaders } from './announcement.policy';
import { visiblePostsSql } from './post.policy';

export const FeedsNotificationKind = {
  mention: 'feeds.mention',
  reply: 'feeds.reply',
  reaction: 'feeds.reaction',
} as const;

/** A team mention notifies at most this many of its active members (the first by id); the rest see the post in the feed. */
export const TEAM_MENTION_CAP = 200;

interface PostState { id: string; organizationId: string; authorId: string; teamId: string | null; status: string; deleted: boolean; private: boolean; isAnnouncement: boolean }

/**
 * Feeds' notifications: an outbox handler (DESIGN §5) that runs after the command committed, in its
 * own transaction with the `processed_events` row, so a retried dispatch never notifies twice.
 * It re-reads the post and keeps only recipients who may read it now (a private team's members),
 * whatever the payload says: an outsider mentioned in a private post gets nothing.
 */
@Injectable()
export class FeedsNotificationsHandler implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly notifications: NotificationsService,
    private readonly kinds: NotificationKinds,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    this.kinds.register(
      { kind: FeedsNotificationKind.mention, defaultChannel: NotificationChannel.EMAIL_NOW },
      { kind: FeedsNotificationKind.reply, defaultChannel: NotificationChannel.DAILY_DIGEST },
      { kind: FeedsNotificationKind.reaction, defaultChannel: NotificationChannel.IN_APP },
    );
    // "No longer available": the feeds read rule, re-checked for the reader at read (and mail) time.
    this.targets.register('post', (actor, ids) => this.visible(actor, ids, 'post'));
    this.targets.register('comment', (actor, ids) => this.visible(actor, ids, 'comment'));
    this.events.on('feeds.notifications', [FeedsEvents.postCreated, FeedsEvents.postUpdated, FeedsEvents.commentCreated, FeedsEvents.reactionChanged], (event, tx) =>
      this.handle(event, tx),
    );
  }

  async handle(event: DomainEvent, tx: Tx): Promise<void> {
    if (event.type === FeedsEvents.reactionChanged) return this.reaction(event, tx, event.payload as unknown as ReactionEventPayload);
    if (event.type === FeedsEvents.commentCreated) return this.comment(event, tx, event.payload as unknown as CommentEventPayload);
    return this.post(event, tx, event.payload as unknown as PostEventPayload);
  }

  private async post(event: DomainEvent, tx: Tx, payload: PostEventPayload): Promise<void> {
    const post = await this.postState(tx, payload.postId);
    if (!post || post.deleted || post.status !== 'PUBLISHED') return;
    const fromTeams = await this.teamMembers(tx, post.organizationId, payload.mentionedTeamIds ?? []);
    const recipients = await this.readers(tx, post, [...payload.mentionedUserIds, ...fromTeams]);
    await this.notifications.notify(tx, {
      organizationId: post.organizationId, kind: FeedsNotificationKind.mention, recipientIds: recipients, actorId: post.authorId,
      target: { type: 'post', id: payload.postId }, data: { postId: payload.postId },
    });
  }

  private async comment(event: DomainEvent, tx: Tx, payload: CommentEventPayload): Promise<void> {
    const post = await this.postState(tx, payload.postId);
    if (!post || post.deleted || post.status !== 'PUBLISHED') return;
    const [comment] = await runSql<{ id: string }>(tx, `SELECT id FROM post_comments WHERE id = $1 AND deleted_at IS NULL`, [payload.commentId]);
    if (!comment) return;
    const target = { type: 'comment', id: payload.commentId };
    const data = { postId: payload.postId, commentId: payload.commentId };
    const fromTeams = await this.teamMembers(tx, post.organizationId, payload.mentionedTeamIds ?? []);
    const mentioned = await this.readers(tx, post, [...payload.mentionedUserIds, ...fromTeams]);
    await this.notifications.notify(tx, { organizationId: post.organizationId, kind: FeedsNotificationKind.mention, recipientIds: mentioned, actorId: payload.authorId, target, data });
    // A comment tells the post's author; a reply also tells the comment it answers. A mention already said it.
    const told = new Set(mentioned);
    const replyTo = [payload.postAuthorId, payload.parentAuthorId].filter((id): id is string => !!id && !told.has(id));
    const recipients = await this.readers(tx, post, replyTo);
    await this.notifications.notify(tx, { organizationId: post.organizationId, kind: FeedsNotificationKind.reply, recipientIds: recipients, actorId: payload.authorId, target, data });
  }

  /** Reactions group per post ("Ana and 4 others"); removing one notifies nobody. */
  private async reaction(event: DomainEvent, tx: Tx, payload: ReactionEventPayload): Promise<void> {
    if (!payload.kind) return;
    const post = await this.postState(tx, payload.postId);
    if (!post || post.deleted || post.status !== 'PUBLISHED') return;
    const recipients = await this.readers(tx, post, [payload.postAuthorId]);
    await this.notifications.notify(tx, {
      organizationId: post.organizationId, kind: FeedsNotificationKind.reaction, recipientIds: recipients, actorId: payload.userId,
      target: { type: 'post', id: payload.postId }, groupKey: `feeds.reaction:${payload.postId}`, data: { postId: payload.postId },
    });
  }

  private async postState(tx: Tx, postId: string): Promise<PostState | null> {
    const [row] = await runSql<PostState>(
      tx,
      `SELECT p.id, p.organization_id AS "organizationId", p.is_announcement AS "isAnnouncement", p.author_id AS "authorId", p.team_id AS "teamId", p.status, p.deleted_at IS NOT NULL AS deleted,
              EXISTS (SELECT 1 FROM team_feeds f WHERE f.team_id = p.team_id AND f.visibility = 'PRIVATE') AS private
         FROM posts p WHERE p.id = $1`,
      [postId],
    );
    return row ?? null;
  }

  /** Of these people, those who may read the post now: anyone of the organisation, or a private team's members. */
  private async readers(tx: Tx, post: PostState, userIds: readonly string[]): Promise<string[]> {
    let ids = [...new Set(userIds)];
    // An announcement: only its author, HR/admins and receipt holders read it.
    if (post.isAnnouncement) ids = await announcementReaders(tx, post.id, ids);
    if (!post.private || !post.teamId) return ids;
    const members = await this.people.membersAmong(tx, post.organizationId, post.teamId, ids);
    return ids.filter((id) => members.has(id));
  }

  private async teamMembers(tx: Tx, organizationId: string, teamIds: readonly string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    const p = new SqlParams();
    const sql = this.people.selectionSql({ include: { teamIds: [...teamIds] } }, organizationId, p);
    const rows = await runSql<{ user_id: string }>(tx, `SELECT s.user_id FROM (${sql}) s ORDER BY s.user_id LIMIT ${p.add(TEAM_MENTION_CAP)}`, p.values);
    return rows.map((r) => r.user_id);
  }

  private async visible(actor: Actor, ids: string[], type: 'post' | 'comment'): Promise<Set<string>> {
    const p = new SqlParams();
    const idsParam = p.add(ids);
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const sql =
      type === 'post'
        ? `SELECT p.id FROM posts p WHERE p.id = ANY(${idsParam}::uuid[]) AND ${visible}`
        : `SELECT c.id FROM post_comments c JOIN posts p ON p.id = c.post_id WHERE c.id = ANY(${idsParam}::uuid[]) AND c.deleted_at IS NULL AND ${visible}`;
    const rows = await this.db.query<{ id: string }>(sql, p.values);
    return new Set(rows.map((r) => r.id));
  }
}
