import { CreateWiki1798300000000 } from './1798300000000-create-wiki';
import { AddWikiWatchesAndReviews1798350000000 } from './1798350000000-add-wiki-watches-and-reviews';
import { AddWikiPageSearch1798420000000 } from './1798420000000-add-wiki-page-search';
import { AddWikiPageTitleSearch1798600000000 } from './1798600000000-add-wiki-page-title-search';
import { AddWikiPageViews1798800000000 } from './1798800000000-add-wiki-page-views';
import { AddWikiArchiveUnverified1798910000000 } from './1798910000000-add-wiki-archive-unverified';

/** The wiki domain's migrations. */
export const WIKI_MIGRATIONS = [CreateWiki1798300000000, AddWikiWatchesAndReviews1798350000000, AddWikiPageSearch1798420000000, AddWikiPageTitleSearch1798600000000, AddWikiPageViews1798800000000, AddWikiArchiveUnverified1798910000000];
