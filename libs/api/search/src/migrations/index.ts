import { CreateSearchFunctions1798400000000 } from './1798400000000-create-search-functions';
import { PlainTextSnippets1798750000000 } from './1798750000000-plain-text-snippets';

/** The search domain's migrations: SQL functions only, it owns no table. */
export const SEARCH_MIGRATIONS = [CreateSearchFunctions1798400000000, PlainTextSnippets1798750000000];
