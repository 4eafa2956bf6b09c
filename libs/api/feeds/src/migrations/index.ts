import { CreateFeeds1797200000000 } from './1797200000000-create-feeds';

/** The feeds domain's migrations. */
export const FEED_MIGRATIONS = [CreateFeeds1797200000000];
