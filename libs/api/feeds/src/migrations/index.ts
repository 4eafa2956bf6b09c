import { CreateFeeds1797200000000 } from './1797200000000-create-feeds';
import { CreateAnnouncements1797610000000 } from './1797610000000-create-announcements';

/** The feeds domain's migrations. */
export const FEED_MIGRATIONS = [CreateFeeds1797200000000, CreateAnnouncements1797610000000];
