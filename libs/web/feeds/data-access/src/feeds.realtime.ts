import { ORGANIZATION_PLACEHOLDER, type RefetchMap } from '@pillars/web/core/data-access';

/** The company feed's room (the server emits company posts to the organisation's room). */
export const COMPANY_FEED_ROOM = `org:${ORGANIZATION_PLACEHOLDER}`;
/**
 * A team's feed rooms: open feeds are told in `team:<id>`, private ones in `feed:<id>` (members
 * only; the server refuses the join to others, so asking for both is harmless).
 */
export const teamFeedRooms = (teamId: string) => [`team:${teamId}`, `feed:${teamId}`];

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
