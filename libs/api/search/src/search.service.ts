import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, decodeCursor, encodeCursor, pageSize, runSql, SqlParams } from '@pillars/api/core';
import { SearchErrorCode } from './search.errors';
import type { SearchKind } from './search-kind';
import type { SearchHitModel, SearchKindCountModel, SearchResultConnection } from './search.models';
import type { SearchSource, SearchSourceContext } from './search.registry';
import { SearchRegistry } from './search.registry';
import { MARK_END, MARK_START, snippetHtml } from './search-snippet';

/** Candidates per kind: the cost of a search is bounded by it, whatever the number of matches. */
export const SEARCH_CANDIDATE_CAP = 200;
/** More words only make a slower query that finds nothing more. */
export const SEARCH_MAX_TERMS = 16;

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const COLUMNS = 's.id, s.title, s.body, s.vector, s.title_key, s.author_id, s.updated_at, s.language, s.url';

export interface SearchInput {
  query: string;
  kinds?: SearchKind[] | null;
  first?: number;
  after?: string | null;
  authorId?: string | null;
  language?: string | null;
  updatedSince?: Date | null;
  scopeId?: string | null;
  typing?: boolean | null;
}

interface HitRow {
  kind: SearchKind;
  id: string;
  title: string;
  authorId: string | null;
  updatedAt: string;
  language: string | null;
  url: string;
  score: number;
  snippet: string | null;
}

/**
 * One query shape over every registered source (docs/decisions.md "Search"): each source's
 * readable rows matching the query, at most SEARCH_CANDIDATE_CAP per kind, ranked together with
 * ts_rank_cd (title weighted above body) plus trigram similarity of the title, highlighted with
 * ts_headline on the page only. Counts and suggestions come from the same readable rows.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: Db,
    private readonly registry: SearchRegistry,
  ) {}

  async search(actor: Actor, input: SearchInput): Promise<SearchResultConnection> {
    checkTerms(input.query);
    const first = pageSize(input.first);
    const after = decodeCursor(input.after, ['number', 'string', 'uuid']) as [number, string, string] | null;
    const sources = this.registry.among(input.kinds);
    if (sources.length === 0) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, counts: [], suggestFor: null };
    const p = new SqlParams();
    const q = p.add(input.query);
    const head = `WITH search_q AS MATERIALIZED (SELECT pillars_search_query(${q}::text, ${p.add(input.language ?? null)}::text, ${p.add(!!input.typing)}::boolean, true) AS q,
        pillars_search_tokens(${q}::text) AS words, pillars_normalize(${q}::text) AS f)`;
    const filters = [
      input.authorId ? `s.author_id = ${p.add(input.authorId)}::uuid` : null,
      input.language ? `split_part(lower(s.language), '-', 1) = split_part(lower(${p.add(input.language)}::text), '-', 1)` : null,
      input.updatedSince ? `s.updated_at >= ${p.add(input.updatedSince)}::timestamptz` : null,
      input.scopeId ? `s.scope_id = ${p.add(input.scopeId)}::uuid` : null,
    ].filter(Boolean);
    const candidates = this.candidates(actor, p, sources, 'search', ['s.vector @@ q.q', ...filters].join(' AND '), ['s.title_vector @@ q.q', ...filters].join(' AND '));
    const keyset = after
      ? `WHERE (r.score < ${p.add(after[0])}::float8 OR (r.score = ${p.add(after[0])}::float8 AND (r.kind, r.id) > (${p.add(after[1])}::text, ${p.add(after[2])}::uuid)))`
      : '';
    const sql = `${head}, ${candidates},
      ranked AS (SELECT c.*, (ts_rank_cd(c.vector, q.q, 32)::float8 + 0.3 * similarity(c.title_key, q.f)::float8) AS score FROM cands c, search_q q),
      page AS (SELECT * FROM ranked r ${keyset} ORDER BY r.score DESC, r.kind, r.id LIMIT ${p.add(first + 1)})
      SELECT (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', kind, 'n', n)), '[]') FROM (SELECT kind, count(*)::int AS n FROM matched GROUP BY kind) k) AS counts,
        (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', pg.kind, 'id', pg.id, 'title', pg.title, 'authorId', pg.author_id, 'updatedAt', pg.updated_at,
            'language', pg.language, 'url', pg.url, 'score', pg.score,
            'snippet', ts_headline(pillars_search_config(pg.language), pillars_search_display(left(translate(coalesce(nullif(pg.body, ''), pg.title), chr(1) || chr(2), ''), 20000)), q.q, ${p.add(HEADLINE)}))
          ORDER BY pg.score DESC, pg.kind, pg.id), '[]') FROM page pg, search_q q) AS hits`;
    const [row] = await runSql<{ counts: { kind: SearchKind; n: number }[]; hits: HitRow[] }>(this.db.manager, sql, p.values);
    const counts: SearchKindCountModel[] = sources.map((s) => {
      const n = row.counts.find((c) => c.kind === s.kind)?.n ?? 0;
      return { kind: s.kind, count: Math.min(n, SEARCH_CANDIDATE_CAP), capped: n > SEARCH_CANDIDATE_CAP };
    });
    const page = row.hits.slice(0, first);
    const empty = counts.every((c) => c.count === 0);
    return {
      edges: page.map((h) => ({ cursor: encodeCursor([h.score, h.kind, h.id]), node: presentHit(h, snippetHtml(h.snippet)) })),
      pageInfo: { hasNextPage: row.hits.length > first, endCursor: page.length ? encodeCursor([page.at(-1)?.score, page.at(-1)?.kind, page.at(-1)?.id]) : null },
      counts,
      suggestFor: empty && !after ? { query: input.query, kinds: input.kinds ?? null } : null,
    };
  }

  /**
   * "Already done?": readable rows sharing any word with the text or a title close to it in
   * trigrams, best first. No snippet highlighting: it answers on every keystroke.
   */
  async similar(actor: Actor, input: { text: string; kinds?: SearchKind[] | null; first?: number }): Promise<SearchHitModel[]> {
    checkTerms(input.text);
    const sources = this.registry.among(input.kinds?.length ? input.kinds : null).filter((s) => input.kinds?.length || s.kind !== 'PERSON');
    if (sources.length === 0) return [];
    const p = new SqlParams();
    const t = p.add(input.text);
    // Titles first: those holding every word (`qa`); any word or a close title otherwise.
    const sql = `WITH search_q AS MATERIALIZED (SELECT pillars_search_query(${t}::text, NULL, false, false) AS q, pillars_search_query(${t}::text, NULL, false, true) AS qa,
        pillars_search_tokens(${t}::text) AS words, pillars_normalize(${t}::text) AS f),
      ${this.candidates(actor, p, sources, 'similar', '(s.vector @@ q.q OR s.title_key % q.f)', 's.title_vector @@ q.qa')}
      SELECT c.kind, c.id, c.title, c.author_id AS "authorId", c.updated_at AS "updatedAt", c.language, c.url, left(pillars_search_display(translate(left(c.body, 2000), chr(1) || chr(2), '')), 160) AS snippet,
        (ts_rank_cd(c.vector, q.q, 32)::float8 + similarity(c.title_key, q.f)::float8) AS score
        FROM cands c, search_q q ORDER BY score DESC, c.kind, c.id LIMIT ${p.add(Math.min(input.first ?? 5, 10))}`;
    const rows = await runSql<HitRow>(this.db.manager, sql, p.values);
    return rows.map((h) => presentHit(h, snippetHtml(h.snippet)));
  }

  /**
   * "Did you mean": the query with each word replaced by the closest word (trigrams) of a title
   * the actor may read, or null when none is close or nothing changes. Its own request (the web
   * asks once a search found nothing), so the search itself never waits for it.
   */
  async suggestion(actor: Actor, input: { query: string; kinds?: SearchKind[] | null }): Promise<string | null> {
    checkTerms(input.query);
    const sources = this.registry.among(input.kinds);
    return sources.length === 0 ? null : this.suggest(actor, input.query, sources);
  }

  /**
   * The suggestion's statement. Each word of three letters or more is its own
   * `word <% title_key` condition on a pseudo-constant (an InitPlan), so the titles' trigram
   * indexes answer it; one condition over all the words (`EXISTS … unnest`) reads every title,
   * half a second at 100k pages on every search that finds nothing.
   */
  private async suggest(actor: Actor, query: string, sources: SearchSource[]): Promise<string | null> {
    const p = new SqlParams();
    const q = p.add(query);
    // Slots for the words (the SQL tokeniser splits as checkTerms does; spare slots are NULL and match nothing).
    const slots = Math.min(query.split(/[\s\p{P}\p{S}]+/u).filter(Boolean).length + 2, SEARCH_MAX_TERMS + 2);
    const close = Array.from({ length: slots }, (_, i) => `(SELECT sw[${i + 1}] FROM search_q) <% s.title_key`).join(' OR ');
    const sql = `WITH search_q AS MATERIALIZED (SELECT words, f, ARRAY(SELECT w FROM unnest(words) w WHERE char_length(w) >= 3) AS sw
          FROM (SELECT pillars_search_tokens(${q}::text) AS words, pillars_normalize(${q}::text) AS f) x),
      ${this.candidates(actor, p, sources, 'suggest', `(${close})`)},
      vocab AS (SELECT DISTINCT v AS word FROM cands c, unnest(pillars_search_tokens(c.title_key)) v WHERE char_length(v) >= 3)
      SELECT string_agg(coalesce(best.word, u.w), ' ' ORDER BY u.n) AS suggestion, coalesce(bool_or(best.word IS NOT NULL AND best.word <> u.w), false) AS changed
        FROM search_q q CROSS JOIN unnest(q.words) WITH ORDINALITY AS u(w, n)
        LEFT JOIN LATERAL (SELECT v.word FROM vocab v WHERE similarity(v.word, u.w) >= 0.4 ORDER BY similarity(v.word, u.w) DESC, v.word LIMIT 1) best ON true`;
    const [row] = await runSql<{ suggestion: string | null; changed: boolean }>(this.db.manager, sql, p.values);
    return row?.changed ? row.suggestion : null;
  }

  /**
   * `c_<i>` CTEs (one per source: its rows matching `where`, capped), `matched` (their union: what
   * the counts count) and `cands` (what is ranked). For a source with an indexed title vector
   * (`titled`), `t_<i>` first takes its rows whose title matches (`titleWhere`, capped too) and
   * `cands` holds both, once each: the cap keeps the first SEARCH_CANDIDATE_CAP matches the index
   * gives, in no useful order, so without it a page titled with the words could lose its place to
   * any page that mentions them once (docs/decisions.md "Search candidates: titles first").
   */
  private candidates(actor: Actor, p: SqlParams, sources: SearchSource[], mode: SearchSourceContext['mode'], where: string, titleWhere?: string): string {
    const ctx: SearchSourceContext = { actor, p, words: '(SELECT words FROM search_q)', mode };
    const cte = (name: string, s: SearchSource, condition: string) =>
      `${name} AS (SELECT ${p.add(s.kind)}::text AS kind, ${COLUMNS} FROM (${s.rowsSql(ctx)}) s, search_q q WHERE ${condition} LIMIT ${SEARCH_CANDIDATE_CAP + 1})`;
    const titled = sources.map((s, i) => (titleWhere && s.titled ? i : -1)).filter((i) => i >= 0);
    const ctes = [...sources.map((s, i) => cte(`c_${i}`, s, where)), ...titled.map((i) => cte(`t_${i}`, sources[i], titleWhere as string))];
    const matched = sources.map((_, i) => `SELECT * FROM c_${i}`).join(' UNION ALL ');
    const cands = titled.length
      ? `SELECT DISTINCT ON (kind, id) * FROM (${titled.map((i) => `SELECT * FROM t_${i}`).join(' UNION ALL ')} UNION ALL SELECT * FROM matched) x`
      : 'SELECT * FROM matched';
    return `${ctes.join(',\n')},\n matched AS (${matched}),\n cands AS (${cands})`;
  }
}

function checkTerms(text: string): void {
  const words = text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new AppError(SearchErrorCode.SEARCH_QUERY_NO_TERMS);
  if (words.length > SEARCH_MAX_TERMS) throw new AppError(SearchErrorCode.SEARCH_TOO_MANY_TERMS, { max: SEARCH_MAX_TERMS });
}

const presentHit = (h: HitRow, snippet: string): SearchHitModel => ({
  kind: h.kind,
  id: h.id,
  title: h.title,
  snippetHtml: snippet,
  url: h.url,
  updatedAt: new Date(h.updatedAt),
  language: h.language,
  authorId: h.authorId,
});
