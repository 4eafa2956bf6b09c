import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppError, CommonErrorCode, Db, EventsService, RealtimeService, runSql, type DomainEvent, type Tx } from '@pillars/api/core';
import { FeedsEvents } from './feeds.events';
import { PostsService } from './posts.service';
import { TeamFeedsService } from './team-feeds.service';

const POST_TYPES = [FeedsEvents.postCreated, FeedsEvents.postUpdated, FeedsEvents.postDeleted, FeedsEvents.reactionChanged, FeedsEvents.commentCreated, FeedsEvents.commentDeleted];

/**
 * After commit, tells the narrowest room that can read what changed ({type, id, version}, never
 * content): the company feed's `org:<id>`, an open team's `team:<id>` (anyone in the organisation
 * may join it, and may read an open feed), a private team's `feed:<teamId>` (members only, checked
 * by the authorizer registered here). A post still in the moderation queue goes to its author only.
 * Its own room `post:<id>` (joined by whoever may read the post: its permalink, an announcement's
 * card) hears its activity too; for an announcement that is the only room its readers hear it in.
 */
@Injectable()
export class FeedsRealtimeHandler implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
    private readonly teamFeeds: TeamFeedsService,
    private readonly posts: PostsService,
    private readonly db: Db,
  ) {}

  onModuleInit(): void {
    this.realtime.registerRoom('feed', async (actor, teamId) => {
      try {
        await this.teamFeeds.readable(this.db.manager, actor, teamId);
        return true;
      } catch {
        return false;
      }
    });
    // The read rule of `post(id)`: a hidden post is refused like a missing one.
    this.realtime.registerRoom('post', (actor, postId) =>
      this.posts.getPost(actor, postId).then(
        () => true,
        (e: unknown) => {
          if (e instanceof AppError && e.code === CommonErrorCode.NOT_FOUND) return false;
          throw e;
        },
      ),
    );
    this.events.on('feeds.realtime', [...POST_TYPES, FeedsEvents.feedUpdated], (event, tx) => this.push(event, tx));
  }

  async push(event: DomainEvent, tx: Tx): Promise<void> {
    const payload = event.payload as { postId?: string; commentId?: string; teamId: string | null; version?: number };
    const version = Number(event.seq);
    if (event.type === FeedsEvents.feedUpdated) {
      const rooms = await this.rooms(tx, event.organizationId, payload.teamId);
      // Members' sockets also hear it, so a client in the old room learns of a visibility change.
      this.realtime.emit([...rooms, `feed:${payload.teamId}`], { type: 'Feed', id: payload.teamId as string, version });
      return;
    }
    if (!payload.postId) return;
    const [post] = await runSql<{ status: string; authorId: string; isAnnouncement: boolean }>(tx, `SELECT status, author_id AS "authorId", is_announcement AS "isAnnouncement" FROM posts WHERE id = $1`, [payload.postId]);
    if (!post) return;
    // An announcement's activity goes to its trackers' room and to the post's own room (its readers
    // with the announcement on screen), never to a feed room: its audience is not the feed's.
    const own = `post:${payload.postId}`;
    const rooms = post.isAnnouncement ? [`announcement:${payload.postId}`, own]
      : post.status === 'PUBLISHED' ? [...(await this.rooms(tx, event.organizationId, payload.teamId)), own] : [`user:${post.authorId}`];
    const isComment = event.type === FeedsEvents.commentCreated || event.type === FeedsEvents.commentDeleted;
    if (isComment && payload.commentId) this.realtime.emit(rooms, { type: 'Comment', id: payload.commentId, version });
    // A comment also changes its post (the card's comment count): the Comment event does not say
    // which post it belongs to, so the post is invalidated in the same room.
    this.realtime.emit(rooms, { type: 'Post', id: payload.postId, version });
    // The feed itself changes on a new or removed post: its list refetches ("N new posts").
    if (event.type === FeedsEvents.postCreated || event.type === FeedsEvents.postDeleted) {
      this.realtime.emit(rooms, { type: 'Feed', id: payload.teamId ?? event.organizationId, version });
    }
  }

  private async rooms(tx: Tx, organizationId: string, teamId: string | null): Promise<string[]> {
    if (!teamId) return [`org:${organizationId}`];
    const [feed] = await runSql<{ visibility: string }>(tx, `SELECT visibility FROM team_feeds WHERE team_id = $1`, [teamId]);
    return feed?.visibility === 'PRIVATE' ? [`feed:${teamId}`] : [`team:${teamId}`];
  }
}
