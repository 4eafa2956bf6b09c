/**
 * The text pipeline in SQL (docs/decisions.md "Search"): one normalisation for documents and
 * queries, chosen by script rather than by declared language, since a query has no language.
 * Every function is IMMUTABLE so triggers, generated columns and expression indexes may use it.
 */
export const SEARCH_FUNCTIONS_SQL = [
  // Split on whitespace and punctuation (ASCII, Arabic, Hebrew maqaf/geresh), fold characters
  // (pillars_normalize: lower case, unaccent, tashkeel, tatweel, niqqud and cantillation, alef,
  // hamza, alef maqsura, teh marbuta forms), then drop an Arabic conjunction or article in front.
  `CREATE FUNCTION pillars_search_tokens(input text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT coalesce(array_agg(t ORDER BY n), '{}') FROM (
        SELECT n, CASE
            WHEN w ~ '^(وال|بال|كال|فال|لل|ال)[ء-ي]{2,}$' THEN regexp_replace(w, '^(وال|بال|كال|فال|لل|ال)', '')
            WHEN w ~ '^و[ء-ي]{3,}$' THEN substr(w, 2)
            ELSE w END AS t
          FROM regexp_split_to_table(public.pillars_normalize(input), '[[:space:][:punct:]،؛؟־׳״«»“”‘’…–—]+') WITH ORDINALITY AS s(w, n)
          WHERE w <> '') x
    $$`,
  // A token and what it may be without its one-letter Hebrew prefixes (ו ה ב כ ל מ ש, up to two),
  // keeping at least three letters: PostgreSQL has no Hebrew stemmer.
  `CREATE FUNCTION pillars_search_variants(token text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT CASE
        WHEN token ~ '^[והבכלמש][והבכלמש][א-ת]{3,}$' THEN ARRAY[token, substr(token, 2), substr(token, 3)]
        WHEN token ~ '^[והבכלמש][א-ת]{3,}$' THEN ARRAY[token, substr(token, 2)]
        ELSE ARRAY[token] END
    $$`,
  // The document side: every token with its variants, as text for to_tsvector.
  `CREATE FUNCTION pillars_search_normalize(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT coalesce(string_agg(array_to_string(public.pillars_search_variants(t), ' '), ' '), '')
        FROM unnest(public.pillars_search_tokens(input)) AS t
    $$`,
  // The text search configuration of a language tag (en, en-GB, ar, it…); Hebrew and unknown: simple.
  `CREATE FUNCTION pillars_search_config(lang text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE lower(split_part(coalesce(lang, ''), '-', 1))
        WHEN 'en' THEN 'pg_catalog.english'::regconfig
        WHEN 'ar' THEN 'pg_catalog.arabic'::regconfig
        WHEN 'it' THEN 'pg_catalog.italian'::regconfig
        ELSE 'pg_catalog.simple'::regconfig END
    $$`,
  // Title (weight A) above body (weight B), in the language's configuration.
  `CREATE FUNCTION pillars_search_vector(title text, body text, lang text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector(public.pillars_search_config(lang), public.pillars_search_normalize(coalesce(title, ''))), 'A')
          || setweight(to_tsvector(public.pillars_search_config(lang), public.pillars_search_normalize(coalesce(body, ''))), 'B')
    $$`,
  // One query term in every configuration a document in its script may have been indexed with (a
  // query has no language): Arabic script: arabic and simple; Hebrew: simple; otherwise english,
  // italian and simple (or the given language's and simple). NULL for a stop word of a language.
  `CREATE FUNCTION pillars_search_term(term text, lang text, prefix boolean) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN bool_or(q::text = '' AND c <> 'pg_catalog.simple'::regconfig) THEN NULL
                  ELSE string_agg(DISTINCT q::text, ' | ')::tsquery END
        FROM (SELECT c, to_tsquery(c, chr(39) || v || chr(39) || CASE WHEN prefix THEN ':*' ELSE '' END) AS q
                FROM unnest(public.pillars_search_variants(replace(replace(term, chr(39), ''), chr(92), ''))) AS v,
                     unnest(CASE
                       WHEN lang IS NOT NULL THEN ARRAY[public.pillars_search_config(lang), 'pg_catalog.simple'::regconfig]
                       WHEN term ~ '[ء-ي]' THEN ARRAY['pg_catalog.arabic', 'pg_catalog.simple']::regconfig[]
                       WHEN term ~ '[א-ת]' THEN ARRAY['pg_catalog.simple']::regconfig[]
                       ELSE ARRAY['pg_catalog.english', 'pg_catalog.italian', 'pg_catalog.simple']::regconfig[] END) AS c
               WHERE v <> '') y
    $$`,
  // The query side: every term (AND) or any term (OR, for "already done?"); the last term as a
  // prefix while the user is typing. NULL when nothing is left to search (matches nothing).
  `CREATE FUNCTION pillars_search_query(input text, lang text, prefix boolean, match_all boolean) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT string_agg('(' || q::text || ')', CASE WHEN match_all THEN ' & ' ELSE ' | ' END ORDER BY n)::tsquery FROM (
          SELECT n, public.pillars_search_term(t, lang, prefix AND n = count(*) OVER ()) AS q
            FROM unnest(public.pillars_search_tokens(coalesce(input, ''))) WITH ORDINALITY AS u(t, n)) x
        WHERE q IS NOT NULL AND q::text <> ''
    $$`,
  // The snippet's text: the body as written, without tashkeel, tatweel, niqqud or cantillation
  // (queries are folded the same way), so ts_headline finds what the vector matched.
  `CREATE FUNCTION pillars_search_display(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT regexp_replace(input, '[\\u0591-\\u05C7\\u064B-\\u065F\\u0670\\u0640]', '', 'g')
    $$`,
];

/**
 * Markdown as a reader sees it, for snippets and titles (migration 1798750000000): line-start
 * markers (headings, quotes, list items, task boxes) and table separator rows go, links and images
 * keep their text (`[text](url)`, `![alt](src)`, `[[Page]]`), emphasis and code marks go, table
 * pipes become spaces. Every word stays. The snippet's display text (`pillars_search_display`) is
 * this, without tashkeel, tatweel, niqqud or cantillation.
 */
export const MARKDOWN_PLAIN_SQL = [
  `CREATE OR REPLACE FUNCTION pillars_markdown_plain(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(input,
          '^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$', '', 'gn'),
          '^[ \\t]*(#{1,6}|>+|[-*+]|[0-9]+[.)])[ \\t]+(\\[[ xX]\\][ \\t]+)?', '', 'gn'),
          '!?\\[\\[([^]\\n]*)\\]\\]', '\\1', 'g'),
          '!?\\[([^]\\n]*)\\]\\([^)\\n]*\\)', '\\1', 'g'),
          '\\*\\*|__|~~|\`+', '', 'g'),
          '(^|[^[:alnum:]])[*_]([^*_\\n]+)[*_]([^[:alnum:]]|$)', '\\1\\2\\3', 'g'),
          '[ \\t]*\\|[ \\t]*', ' ', 'g')
    $$`,
  `CREATE OR REPLACE FUNCTION pillars_search_display(input text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT regexp_replace(public.pillars_markdown_plain(input), '[\\u0591-\\u05C7\\u064B-\\u065F\\u0670\\u0640]', '', 'g')
    $$`,
];

export const DROP_SEARCH_FUNCTIONS_SQL = [
  'DROP FUNCTION IF EXISTS pillars_search_display(text)',
  'DROP FUNCTION IF EXISTS pillars_search_query(text, text, boolean, boolean)',
  'DROP FUNCTION IF EXISTS pillars_search_term(text, text, boolean)',
  'DROP FUNCTION IF EXISTS pillars_search_vector(text, text, text)',
  'DROP FUNCTION IF EXISTS pillars_search_config(text)',
  'DROP FUNCTION IF EXISTS pillars_search_normalize(text)',
  'DROP FUNCTION IF EXISTS pillars_search_variants(text)',
  'DROP FUNCTION IF EXISTS pillars_search_tokens(text)',
];
