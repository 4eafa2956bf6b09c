import { Injectable } from '@nestjs/common';
import type { Actor, SqlParams } from '@pillars/api/core';
import type { SearchKind } from './search-kind';

/** What a source's SQL may use; every value is already a placeholder in `p` or a column of `q`. */
export interface SearchSourceContext {
  actor: Actor;
  /** Add parameters for the actor's read filter here. */
  p: SqlParams;
  /** A `text[]` placeholder: the query's folded tokens (`pillars_search_tokens`), for a cheap prefilter. */
  words: string;
  /** `search` (full text), `similar` ("already done?": full text or trigram) or `suggest` (trigram only). */
  mode: 'search' | 'similar' | 'suggest';
}

/**
 * A domain's searchable rows. `rowsSql` is one SELECT of the rows the actor may read (the
 * domain's own read filter, in SQL), with exactly these columns:
 *
 *   id uuid, title text, body text (snippet source), vector tsvector (pillars_search_vector),
 *   title_key text (pillars_normalize(title), trigram-indexed), author_id uuid, updated_at
 *   timestamptz, language text, url text (the web path of the row), scope_id uuid
 *   (a space, a team: the source-specific filter; NULL when none)
 *
 * The search service adds the match (`vector @@ query`, or `title_key % query`), the filters and
 * the cap outside; keep the columns plain column references so PostgreSQL pushes those
 * predicates down to the domain's indexes. Never LIMIT or ORDER inside.
 */
export interface SearchSource {
  kind: SearchKind;
  rowsSql(ctx: SearchSourceContext): string;
  /**
   * `rowsSql` also has `title_vector tsvector`, the title alone (`pillars_search_vector(title,
   * '', language)`), GIN-indexed: rows whose title matches are taken before the candidate cap.
   */
  titled?: boolean;
}

/** Where domains plug in their searchable rows, in `onModuleInit`; search never imports them. */
@Injectable()
export class SearchRegistry {
  private readonly sources = new Map<SearchKind, SearchSource>();

  register(source: SearchSource): void {
    if (this.sources.has(source.kind)) throw new Error(`Search source ${source.kind} registered twice`);
    this.sources.set(source.kind, source);
  }

  /** The registered sources among `kinds` (all when omitted), in a stable order. */
  among(kinds?: readonly SearchKind[] | null): SearchSource[] {
    return [...this.sources.values()].filter((s) => !kinds || kinds.length === 0 || kinds.includes(s.kind)).sort((a, b) => a.kind.localeCompare(b.kind));
  }
}
