export { feedsFeature } from './feeds.feature';
export { feedsLocales } from './feeds.locales';
export { feedsRoutes } from './feeds.routes';
export { TeamFeedLink } from './team-feed-link';
export { companyFeedPath, discoverPath, homeFeedPath, teamFeedPath, topicPath } from './feed-paths';
export { PostCard } from './post-card';
export { PostComposer } from './post-composer';
export { MentionTextarea } from './mention-textarea';
