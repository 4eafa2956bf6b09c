import { Injectable } from '@nestjs/common';
import { Actor, authorize, can, type Connection, Db, decodeCursor, pageSize, toConnection } from '@pillars/api/core';
import { UserStatus } from '@pillars/shared/types';
import type { UserEntity } from '../entities/user.entity';
import { presentUser } from '../users/user.presenter';
import type { UserModel } from '../users/user.model';
import { userPolicy } from '../users/user.policy';
import { USER_COLUMNS } from '../users/users.service';
import { EXPORT_HEADER, exportLine, type ExportRow } from './people-export';
import { compilePeopleFilter, type PeopleFilter, queryWords, typoTermsSql, withCtes } from './people-search.sql';

export interface PeopleSearchInput {
  query?: string;
  teamId?: string;
  includeSubTeams?: boolean;
  location?: string;
  skill?: string;
  status?: UserStatus;
}

/** A search's page, with what its `totalCount` and `didYouMean` fields need (resolved only when asked). */
export type PeopleSearchConnection = Connection<UserModel> & { search?: { filter: PeopleFilter | null; firstPageEmpty: boolean } };

export interface PeopleSuggestion {
  query: string | null;
  location: string | null;
}

type Ranked = UserEntity & { searchRank?: number };

/** Rows one export may hold; beyond it the file stops and says so (`truncated`). */
export const EXPORT_MAX_ROWS = 50_000;
const EXPORT_BATCH = 2_000;

/**
 * The people directory's search: typo-tolerant words, team (with sub-teams), location; its total
 * and its "did you mean". See `people-search.sql.ts` for what matches.
 */
@Injectable()
export class PeopleSearchService {
  constructor(private readonly db: Db) {}

  /** The filter an actor may run, or null when it must find nobody (an address searched by an employee). */
  filterFor(actor: Actor, input: PeopleSearchInput): PeopleFilter | null {
    const self = { id: actor.userId, organizationId: actor.organizationId };
    // Refused rather than ignored, so a client never shows an active list under an 'Inactive' filter.
    if (input.status && input.status !== UserStatus.ACTIVE) authorize(userPolicy, actor, 'listInactive', self);
    const words = queryWords(input.query);
    // Addresses are for the person, HR and admins: others may not confirm one by searching it.
    if (words.some((w) => w.includes('@')) && !can(userPolicy, actor, 'listInactive', self)) return null;
    return {
      organizationId: actor.organizationId, status: input.status ?? UserStatus.ACTIVE, words,
      teamId: input.teamId, includeSubTeams: input.includeSubTeams, location: input.location?.trim() || undefined,
      skill: input.skill?.trim() || undefined,
    };
  }

  /** Keyset-paginated: by name, and among typed words those matched as typed before those with a typo. */
  async search(actor: Actor, input: PeopleSearchInput & { first?: number; after?: string }): Promise<PeopleSearchConnection> {
    const first = pageSize(input.first);
    const filter = this.filterFor(actor, input);
    if (!filter) return { ...toConnection([] as Ranked[], first, (u) => [u.name, u.id], presentUser), search: { filter: null, firstPageEmpty: true } };
    const c = compilePeopleFilter(filter);
    const after = decodeCursor(input.after, c.rank ? ['number', 'string', 'uuid'] : ['string', 'uuid']);
    const params = [...c.params];
    const where = [...c.where];
    if (after) {
      const at = after.map((v) => {
        params.push(v);
        return `$${params.length}`;
      });
      where.push(c.rank ? `(${c.rank}, u.name, u.id) > (${at[0]}::int, ${at[1]}, ${at[2]}::uuid)` : `(u.name, u.id) > (${at[0]}, ${at[1]}::uuid)`);
    }
    params.push(first + 1);
    const sql = withCtes(
      c,
      `SELECT ${USER_COLUMNS}${c.rank ? `, ${c.rank} AS "searchRank"` : ''} FROM users u WHERE ${where.join(' AND ')}
        ORDER BY ${c.rank ? '"searchRank", ' : ''}u.name, u.id LIMIT $${params.length}`,
    );
    // One named statement per shape of the filter (words, team, sub-teams, location, cursor).
    const rows = await this.db.prepared<Ranked>(`directory-people-search-${c.shape}${after ? 'a' : ''}`, sql, params);
    const page = toConnection(rows, first, (u) => (c.rank ? [u.searchRank ?? 0, u.name, u.id] : [u.name, u.id]), presentUser);
    return { ...page, search: { filter, firstPageEmpty: rows.length === 0 && !after } };
  }

  async count(filter: PeopleFilter | null): Promise<number> {
    if (!filter) return 0;
    const c = compilePeopleFilter(filter);
    const [row] = await this.db.prepared<{ n: number }>(
      `directory-people-count-${c.shape}`,
      withCtes(c, `SELECT count(*)::int AS n FROM users u WHERE ${c.where.join(' AND ')}`),
      c.params,
    );
    return row?.n ?? 0;
  }

  /**
   * When nothing matched: the query with each word nobody's text holds (as typed or with one
   * typo) replaced by the nearest word of the organisation's vocabulary, and the location by the
   * nearest place, if that finds someone. Suggested words are in normalised form (lower case, no
   * accents), which the search reads the same way.
   */
  async suggest(filter: PeopleFilter | null): Promise<PeopleSuggestion | null> {
    if (!filter || (filter.words.length === 0 && !filter.location)) return null;
    const words = await Promise.all(filter.words.map((w) => this.nearestTerm(filter.organizationId, w)));
    const location = filter.location ? await this.nearestLocation(filter) : null;
    if (words.every((w) => w === null) && location === null) return null;
    const corrected: PeopleFilter = { ...filter, words: words.map((w, i) => w ?? filter.words[i]), location: location ?? filter.location };
    if ((await this.count(corrected)) === 0) return null;
    return { query: filter.words.length ? corrected.words.join(' ') : null, location: corrected.location ?? null };
  }

  /** Null when the word is known (as typed or with a typo) or nothing is near it. */
  private async nearestTerm(organizationId: string, word: string): Promise<string | null> {
    const [row] = await this.db.query<{ known: boolean; nearest: string | null }>(
      `WITH q AS (SELECT pillars_normalize($2) AS w)
       SELECT EXISTS (SELECT 1 FROM directory_search_terms t, q WHERE t.organization_id = $1 AND t.term LIKE '%' || q.w || '%')
              OR EXISTS (${typoTermsSql('$1', '(SELECT w FROM q)')}) AS known,
              (SELECT t.term FROM directory_search_terms t, q WHERE t.organization_id = $1
                  AND (t.term % q.w OR (abs(char_length(t.term) - char_length(q.w)) <= 3 AND levenshtein_less_equal(q.w, t.term, 3) <= 3))
                ORDER BY levenshtein(q.w, t.term), similarity(q.w, t.term) DESC, t.term LIMIT 1) AS nearest`,
      [organizationId, word],
    );
    return row && !row.known ? row.nearest : null;
  }

  /** The stored spelling of the nearest place people of this status work at, unless the filter already names one. */
  private async nearestLocation(filter: PeopleFilter): Promise<string | null> {
    const [row] = await this.db.query<{ exact: boolean; nearest: string | null }>(
      `WITH q AS (SELECT pillars_normalize($3) AS l),
            places AS (SELECT pillars_normalize(location) AS n, min(location) AS location FROM users
                        WHERE organization_id = $1 AND status = $2 AND location IS NOT NULL AND location <> '' GROUP BY 1)
       SELECT EXISTS (SELECT 1 FROM places, q WHERE places.n = q.l) AS exact,
              (SELECT p.location FROM places p, q WHERE levenshtein_less_equal(q.l, p.n, 4) <= 4 OR similarity(q.l, p.n) >= 0.3
                ORDER BY levenshtein(q.l, p.n), p.n LIMIT 1) AS nearest`,
      [filter.organizationId, filter.status, filter.location],
    );
    return row && !row.exact && row.nearest && row.nearest !== filter.location ? row.nearest : null;
  }

  /**
   * The filtered directory as CSV for HR and admins (FORBIDDEN for anyone else), by name, read in
   * keyset batches. Cells are quoted and guarded against formulas like the import's reports.
   */
  async exportCsv(actor: Actor, input: PeopleSearchInput): Promise<{ csv: string; rows: number; truncated: boolean }> {
    authorize(userPolicy, actor, 'export', { id: actor.userId, organizationId: actor.organizationId });
    const filter = this.filterFor(actor, input);
    const lines = [EXPORT_HEADER.join(',')];
    let after: [string, string] | null = null;
    let truncated = false;
    while (filter) {
      const c = compilePeopleFilter(filter);
      const params = [...c.params];
      const where = [...c.where];
      if (after) {
        params.push(after[0], after[1]);
        where.push(`(u.name, u.id) > ($${params.length - 1}, $${params.length}::uuid)`);
      }
      params.push(EXPORT_BATCH);
      const rows = await this.db.query<ExportRow>(
        withCtes(c, `SELECT u.id, u.organization_id AS "organizationId", u.name, u.email, u.title, u.location, u.status,
            to_char(u.start_date, 'YYYY-MM-DD') AS "startDate", u.manager_id AS "managerId", m.name AS "managerName", m.email AS "managerEmail",
            (SELECT string_agg(t.name, '; ' ORDER BY t.name) FROM team_memberships tm JOIN teams t ON t.id = tm.team_id WHERE tm.user_id = u.id) AS teams
          FROM users u LEFT JOIN users m ON m.id = u.manager_id AND m.organization_id = u.organization_id
          WHERE ${where.join(' AND ')} ORDER BY u.name, u.id LIMIT $${params.length}`),
        params,
      );
      for (const row of rows) {
        if (lines.length > EXPORT_MAX_ROWS) {
          truncated = true;
          break;
        }
        lines.push(exportLine(actor, row));
      }
      const last = rows.at(-1);
      if (truncated || rows.length < EXPORT_BATCH || !last) break;
      after = [last.name, last.id];
    }
    return { csv: lines.join('\r\n') + '\r\n', rows: lines.length - 1, truncated };
  }
}
