import { CreateFeeds1797200000000 } from './1797200000000-create-feeds';
import { CreateAnnouncements1797610000000 } from './1797610000000-create-announcements';
import { FeedIndexes1797700000000 } from './1797700000000-feed-indexes';
import { AnnouncementDelivery1797800000000 } from './1797800000000-announcement-delivery';
import { AddPostSearch1798410000000 } from './1798410000000-add-post-search';

/** The feeds domain's migrations. */
export const FEED_MIGRATIONS = [CreateFeeds1797200000000, CreateAnnouncements1797610000000, FeedIndexes1797700000000, AnnouncementDelivery1797800000000, AddPostSearch1798410000000];
