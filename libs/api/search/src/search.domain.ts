import { defineDomain } from '@pillars/api/core';
import { SEARCH_MIGRATIONS } from './migrations';
import { SearchErrorCode } from './search.errors';
import { SearchModule } from './search.module';

/** Search across the pillars (DESIGN §6): the text pipeline's SQL functions, the registry, the endpoint. No table. */
export const searchDomain = defineDomain({
  name: 'search',
  module: SearchModule,
  entities: [],
  migrations: SEARCH_MIGRATIONS,
  errorCodes: [SearchErrorCode],
});
