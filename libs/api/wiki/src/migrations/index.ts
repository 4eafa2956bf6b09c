import { CreateWiki1798300000000 } from './1798300000000-create-wiki';

/** The wiki domain's migrations. */
export const WIKI_MIGRATIONS = [CreateWiki1798300000000];
