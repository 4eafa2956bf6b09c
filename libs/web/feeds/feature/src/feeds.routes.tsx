import { lazy } from 'react';
import type { RouteObject } from 'react-router-dom';
import { CompanyFeedPage, HomeFeedPage } from './feed-pages';
import { PostPage } from './post-page';
import { TeamFeedPage } from './team-feed-page';
import { TopicFeedPage } from './topic-feed-page';

// Pages fewer people open (leads' tools, Discover) load on demand; the feeds themselves do not.
const load = {
  discover: () => import('./discover-page'),
  moderation: () => import('./moderation-page'),
  settings: () => import('./team-feed-settings-page'),
};
const DiscoverPage = lazy(() => load.discover().then((m) => ({ default: m.DiscoverPage })));
const ModerationPage = lazy(() => load.moderation().then((m) => ({ default: m.ModerationPage })));
const TeamFeedSettingsPage = lazy(() => load.settings().then((m) => ({ default: m.TeamFeedSettingsPage })));

export const preloadFeedPages = () => Promise.all(Object.values(load).map((page) => page()));

/** Signed-in routes of the feeds. Leads' pages check the team feed's own `canConfigure`. */
export const feedsRoutes: RouteObject[] = [
  { path: 'feed', element: <HomeFeedPage /> },
  { path: 'feed/company', element: <CompanyFeedPage /> },
  { path: 'teams/:id/feed', element: <TeamFeedPage /> },
  { path: 'teams/:id/feed/moderation', element: <ModerationPage /> },
  { path: 'teams/:id/feed/settings', element: <TeamFeedSettingsPage /> },
  { path: 'topics/:tag', element: <TopicFeedPage /> },
  { path: 'discover', element: <DiscoverPage /> },
  { path: 'posts/:id', element: <PostPage /> },
];
