import type { UserStatus } from '@pillars/shared/types';

/** What the directory search and its CSV export filter on. */
export interface PeopleFilter {
  organizationId: string;
  status: UserStatus;
  /** Raw words; normalised in SQL by `pillars_normalize`, like the stored `search_text`. */
  words: string[];
  teamId?: string;
  /** Default true: a team's people include those of the teams below it. */
  includeSubTeams?: boolean;
  location?: string;
  /** One skill tag: people whose normalised skills hold it exactly (`skill_keys`, GIN-indexed). */
  skill?: string;
}

/** A filter compiled to SQL over `users u`: CTEs, predicates, and the "matched without typos" test. */
export interface CompiledFilter {
  ctes: string[];
  where: string[];
  params: unknown[];
  /** 0 when every word matched as typed (a substring of the person's text), 1 when a typo was forgiven. */
  rank: string | null;
  /** Names the statement shape, for prepared statements: one name per distinct SQL text. */
  shape: string;
}

/** At most this many words count; more would only make a slower query that finds nobody. */
export const MAX_QUERY_WORDS = 8;

export const queryWords = (query: string | undefined | null): string[] => (query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);

/** The organisation's words the (normalised) word `w` is one typo from (`pillars_typo_match`). */
export const typoTermsSql = (org: string, w: string) =>
  `SELECT t.term FROM directory_search_terms t WHERE t.organization_id = ${org}
      AND char_length(t.term) BETWEEN char_length(${w}) - 2 AND char_length(${w}) + 2 AND pillars_typo_match(${w}, t.term)`;

/** Normalised locations of the organisation's people that `l` (normalised) names, exactly or with a typo. */
const locationsSql = (org: string, l: string) =>
  `SELECT DISTINCT pillars_normalize(x.location) FROM users x
    WHERE x.organization_id = ${org} AND x.location IS NOT NULL AND pillars_typo_match(${l}, pillars_normalize(x.location))`;

/**
 * Every word must be found in the person's normalised text, as typed (substring) or as a word of
 * the organisation's vocabulary it is a typo of; both go through the trigram index on
 * `search_text` (`LIKE` and `LIKE ANY`). A location matches as typed (normalised) and, only when
 * nobody is there, through a typo (so "Rome" never brings in "Roma"). A team includes its
 * sub-teams unless told not to.
 */
export function compilePeopleFilter(f: PeopleFilter): CompiledFilter {
  const params: unknown[] = [f.organizationId, f.status];
  const where = [`u.organization_id = $1`, `u.status = $2`];
  const ctes: string[] = [];
  const exact: string[] = [];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  for (const word of f.words) {
    const w = `pillars_normalize(${add(word)})`;
    const asTyped = `u.search_text LIKE '%' || ${w} || '%'`;
    exact.push(asTyped);
    where.push(`(${asTyped} OR u.search_text LIKE ANY (ARRAY(SELECT '%' || term || '%' FROM (${typoTermsSql('$1', w)}) typo)))`);
  }
  const subTeams = f.includeSubTeams !== false;
  if (f.teamId) {
    const team = add(f.teamId);
    if (subTeams) {
      ctes.push(`team_tree(id) AS (SELECT t.id FROM teams t WHERE t.organization_id = $1 AND t.id = ${team}::uuid
        UNION SELECT t.id FROM teams t JOIN team_tree s ON t.parent_id = s.id)`);
      where.push(`EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id AND m.team_id IN (SELECT id FROM team_tree))`);
    } else {
      where.push(`EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id AND m.team_id = ${team}::uuid)`);
    }
  }
  if (f.location) {
    const l = `pillars_normalize(${add(f.location)})`;
    where.push(`(pillars_normalize(u.location) = ${l} OR (NOT EXISTS (SELECT 1 FROM users x WHERE x.organization_id = $1 AND x.status = $2 AND pillars_normalize(x.location) = ${l})
      AND pillars_normalize(u.location) IN (${locationsSql('$1', l)})))`);
  }
  if (f.skill) where.push(`u.skill_keys @> ARRAY[pillars_normalize(${add(f.skill)})]`);
  const shape = `${f.words.length}${f.teamId ? (subTeams ? 's' : 't') : ''}${f.location ? 'l' : ''}${f.skill ? 'k' : ''}`;
  return { ctes, where, params, rank: exact.length ? `(CASE WHEN ${exact.join(' AND ')} THEN 0 ELSE 1 END)` : null, shape };
}

export const withCtes = (c: CompiledFilter, sql: string) => (c.ctes.length ? `WITH RECURSIVE ${c.ctes.join(',\n')}\n${sql}` : sql);
