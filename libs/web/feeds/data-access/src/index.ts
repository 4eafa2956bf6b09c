export * from './announcements.documents';
export * from './feeds.documents';
export { feedsTypePolicies, headRefreshPagination } from './feeds.type-policies';
export { COMMENT_EVENT, COMPANY_FEED_ROOM, FEED_EVENT, feedsEntityRefetch, feedsRefetchMap, NARROW_FEED_LISTS, POST_EVENT, postRoom, teamFeedRooms } from './feeds.realtime';
export { countNewPosts, feedHorizon, type HorizonPost } from './new-posts';
export { ANNOUNCEMENT_REACH_EVENT, announcementRoom, announcementsRefetchMap, announcementsTypePolicies } from './announcements.realtime';
