import { ORGANIZATION_PLACEHOLDER, type EntityRefetchMap, type RefetchMap } from '@pillars/web/core/data-access';
import { PostDocument } from './feeds.documents';

/** The company feed's room (the server emits company posts to the organisation's room). */
export const COMPANY_FEED_ROOM = `org:${ORGANIZATION_PLACEHOLDER}`;
/**
 * A team's feed rooms: open feeds are told in `team:<id>`, private ones in `feed:<id>` (members
 * only; the server refuses the join to others, so asking for both is harmless).
 */
export const teamFeedRooms = (teamId: string) => [`team:${teamId}`, `feed:${teamId}`];

/**
 * One post's own room, for who has it on screen outside a feed: its permalink, an announcement's
 * card (an announcement's activity reaches no feed room). The server checks the post's read rule.
 */
export const postRoom = (postId: string) => `post:${postId}`;

/** `Feed:<teamId|organizationId>`: a post was added to or removed from that feed. */
export const FEED_EVENT = 'Feed';
export const POST_EVENT = 'Post';
export const COMMENT_EVENT = 'Comment';

/**
 * Feed lists refetch their first page on a `Feed` event; the type policy merges it into the loaded
 * pages and the page shows newer posts behind the "N new posts" pill. A new comment is held by no
 * query yet: open threads refetch.
 */
export const feedsRefetchMap: RefetchMap = {
  [FEED_EVENT]: ['HomeFeed', 'CompanyFeed', 'TeamFeedPosts', 'TopicFeed', 'PendingPosts', 'TeamFeed', 'Discover'],
  [COMMENT_EVENT]: ['PostComments'],
};

/**
 * Feed lists a `Post` event does not refetch whole (a reaction, an edit, a comment count): the post
 * alone is refetched with the card's fragment and the normalised cache updates it in every list; a
 * NOT_FOUND evicts it (deleted). New and removed posts still refetch the lists through `Feed`
 * events. The moderation queue is left out: it is short, and a lead's view of a queued post is
 * the queue's, not `post(id)`'s.
 */
export const NARROW_FEED_LISTS = ['HomeFeed', 'CompanyFeed', 'TeamFeedPosts', 'TopicFeed'];
export const feedsEntityRefetch: EntityRefetchMap = {
  [POST_EVENT]: { query: PostDocument, variables: (id) => ({ id }), lists: NARROW_FEED_LISTS },
};
