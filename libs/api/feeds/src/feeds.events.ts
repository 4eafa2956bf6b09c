/** Events the feeds domain appends to the outbox (ids only: handlers re-read what they may show). */
export const FeedsEvents = {
  postCreated: 'feeds.post.created',
  postUpdated: 'feeds.post.updated',
  postDeleted: 'feeds.post.deleted',
  commentCreated: 'feeds.comment.created',
  commentDeleted: 'feeds.comment.deleted',
  reactionChanged: 'feeds.reaction.changed',
  announcementPublished: 'feeds.announcement.published',
  /** A team feed's visibility or moderation changed. */
  feedUpdated: 'feeds.feed.updated',
} as const;

export interface PostEventPayload {
  postId: string;
  authorId: string;
  teamId: string | null;
  version: number;
  /** Only people the post may notify (members of a private team). */
  mentionedUserIds: string[];
  mentionedTeamIds: string[];
}

export interface CommentEventPayload {
  commentId: string;
  postId: string;
  authorId: string;
  teamId: string | null;
  postAuthorId: string;
  parentCommentId: string | null;
  parentAuthorId: string | null;
  mentionedUserIds: string[];
  /** Teams the comment mentions (their members are notified, capped); absent in older events. */
  mentionedTeamIds?: string[];
}

export interface ReactionEventPayload {
  postId: string;
  postAuthorId: string;
  teamId: string | null;
  userId: string;
  kind: string | null;
}
