import { Injectable, OnModuleInit } from '@nestjs/common';
import { PeopleDirectory } from '@pillars/api/directory';
import { SearchKind, SearchRegistry } from '@pillars/api/search';
import { visiblePostsSql } from './post.policy';

/**
 * Posts in search: the rows of the feeds' own read rule (`visiblePostsSql`), in the search
 * source shape; the vector and folded title are kept by the `posts_search_fill` trigger.
 */
@Injectable()
export class PostSearchSource implements OnModuleInit {
  constructor(
    private readonly registry: SearchRegistry,
    private readonly people: PeopleDirectory,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      kind: SearchKind.POST,
      rowsSql: ({ actor, p }) => `SELECT p.id, left(public.pillars_markdown_plain(split_part(p.body, E'\\n', 1)), 200) AS title, p.body, p.search_vector AS vector, p.search_title AS title_key,
          p.author_id, p.updated_at, p.language, '/posts/' || p.id AS url, p.team_id AS scope_id
        FROM posts p WHERE ${visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)))}`,
    });
  }
}
