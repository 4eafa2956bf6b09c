import { defineDomain } from '@pillars/api/core';
import { FEED_ENTITIES } from './feed.entities';
import { FeedsErrorCode } from './feeds.errors';
import { FeedsModule } from './feeds.module';
import { FEED_MIGRATIONS } from './migrations';

/** The feeds of the People pillar: posts, comments, reactions, follows (DESIGN §4). */
export const feedsDomain = defineDomain({
  name: 'feeds',
  module: FeedsModule,
  entities: FEED_ENTITIES,
  migrations: FEED_MIGRATIONS,
  errorCodes: [FeedsErrorCode],
});
