import type { WebFeature } from '@pillars/web/core/data-access';
import { feedsEntityRefetch, feedsRefetchMap, feedsTypePolicies } from '@pillars/web/feeds/data-access';
import { IconCompass, IconNews } from '@tabler/icons-react';
import { postPath } from './feed-paths';
import { feedsLocales } from './feeds.locales';
import { feedsRoutes, preloadFeedPages } from './feeds.routes';

export const feedsFeature: WebFeature = {
  name: 'feeds',
  routes: feedsRoutes,
  preload: preloadFeedPages,
  nav: [
    { section: 'people', to: '/feed', label: 'feeds.nav.feed', icon: IconNews },
    { section: 'people', to: '/discover', label: 'feeds.nav.discover', icon: IconCompass },
  ],
  locales: feedsLocales,
  typePolicies: feedsTypePolicies,
  refetchMap: feedsRefetchMap,
  entityRefetch: feedsEntityRefetch,
  // Targets as FeedsNotificationsHandler registers them; `data` is { postId } or { postId, commentId }.
  notificationLinks: {
    post: ({ id }) => postPath(id),
    comment: ({ id, data }) => (data['postId'] ? postPath(data['postId'], id) : null),
  },
};
