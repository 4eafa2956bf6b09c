import { Module } from '@nestjs/common';
import { PeopleSearchSource } from './people.source';
import { SearchRegistry } from './search.registry';
import { SearchResolver, SearchResultResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * Search across domains. Domains import this module and register their `SearchSource` with
 * `SearchRegistry` in `onModuleInit`; this module never imports them.
 */
@Module({
  providers: [SearchRegistry, SearchService, SearchResolver, SearchResultResolver, PeopleSearchSource],
  exports: [SearchRegistry],
})
export class SearchModule {}
