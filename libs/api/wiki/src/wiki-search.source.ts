import { Injectable, OnModuleInit } from '@nestjs/common';
import { SearchKind, SearchRegistry } from '@pillars/api/search';
import { WikiVisibility } from './wiki.policy';

/**
 * Wiki pages in search and "already done?": the rows of the wiki's own read rule
 * (`visiblePageScanSql`: live pages in spaces the actor may read, the spaces ranked once), in the
 * search source shape. The vector and folded title are kept by the `wiki_pages_search_fill`
 * trigger, so a save is searchable as soon as it commits. The owner is the hit's author ("who keeps it"); the scope is
 * the space, for a search within one space. Its title alone is indexed too (`titled`), so pages
 * titled with the words are ranked even when thousands of others mention them. Pages archived
 * for being left unverified are left out of search and "already done?" alike (docs/decisions.md).
 */
@Injectable()
export class WikiPageSearchSource implements OnModuleInit {
  constructor(
    private readonly registry: SearchRegistry,
    private readonly visibility: WikiVisibility,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      kind: SearchKind.PAGE,
      titled: true,
      // title_vector: the expression of the wiki_pages_search_title_vector_idx index, as written there.
      rowsSql: ({ actor, p }) => `SELECT wp.id, wp.title, wp.body, wp.search_vector AS vector, wp.search_title AS title_key,
          pillars_search_vector(wp.title, ''::text, wp.language) AS title_vector,
          wp.owner_id AS author_id, wp.updated_at, wp.language, '/wiki/page/' || wp.id AS url, wp.space_id AS scope_id
        FROM wiki_pages wp WHERE ${this.visibility.visiblePageScanSql(actor, p, 'wp')} AND wp.archived_at IS NULL`,
    });
  }
}
