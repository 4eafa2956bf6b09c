import { CreateSearchFunctions1798400000000 } from './1798400000000-create-search-functions';

/** The search domain's migrations: SQL functions only, it owns no table. */
export const SEARCH_MIGRATIONS = [CreateSearchFunctions1798400000000];
