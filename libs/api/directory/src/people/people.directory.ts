import { Injectable } from '@nestjs/common';
import { Actor, can, Db, decodeCursor, type LoaderDef, pageSize, runSql, SqlParams, toConnection, type Connection, type Tx } from '@pillars/api/core';
import { DirectoryLoaders } from '../directory.loaders';
import type { UserEntity } from '../entities/user.entity';
import { presentUser } from '../users/user.presenter';
import type { UserModel } from '../users/user.model';
import { userPolicy } from '../users/user.policy';
import { USER_COLUMNS } from '../users/users.service';
import { compileSelection, type PeopleFacts, type PeopleSelection } from './people-selection.sql';

/**
 * The directory's narrow surface for other domains (STYLE §1): people and teams by id, presented
 * as the `User` GraphQL model; a per-request `userById` loader for `author`-style fields; and,
 * for set-based work such as audiences, SQL over the people that the directory writes, so the
 * meaning of its tables (who is active, who is in a team's tree, who is in a manager's line)
 * stays here. Every method is scoped to one organisation.
 */
@Injectable()
export class PeopleDirectory {
  constructor(
    private readonly loaders: DirectoryLoaders,
    private readonly db: Db,
  ) {}

  /** Per-request batch loader: `ctx.loaders.get(people.userById).load(post.authorId)`. */
  get userById(): LoaderDef<string, UserModel | null> {
    return this.loaders.userById;
  }

  /**
   * People of the actor's organisation (every status: an author may have left), in the order of
   * `ids`; unknown and other organisations' ids are left out. Pass `manager` inside a transaction.
   */
  async usersByIds(actor: Actor, ids: readonly string[], manager: Tx = this.db.manager): Promise<UserModel[]> {
    if (ids.length === 0) return [];
    const rows = await runSql<UserEntity>(manager, `SELECT ${USER_COLUMNS} FROM users u WHERE u.organization_id = $1 AND u.id = ANY($2::uuid[])`, [actor.organizationId, ids]);
    const byId = new Map(rows.map((u) => [u.id, presentUser(u)]));
    return ids.map((id) => byId.get(id)).filter((u): u is UserModel => !!u);
  }

  /** Which of these ids are people (any status) and teams of the organisation. */
  async existing(manager: Tx, organizationId: string, ids: { userIds: readonly string[]; teamIds: readonly string[] }): Promise<Set<string>> {
    if (ids.userIds.length === 0 && ids.teamIds.length === 0) return new Set();
    const rows = await runSql<{ id: string }>(
      manager,
      `SELECT id::text FROM teams WHERE organization_id = $1 AND id = ANY($2::uuid[])
       UNION ALL SELECT id::text FROM users WHERE organization_id = $1 AND id = ANY($3::uuid[])`,
      [organizationId, ids.teamIds, ids.userIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** One SELECT yielding `id` of the organisation's active people (not deactivated), to embed in a read. */
  activePeopleSql(orgParam: string): string {
    return `SELECT u.id FROM users u WHERE u.organization_id = ${orgParam}::uuid AND u.status = 'ACTIVE'`;
  }

  /**
   * One SELECT yielding `team_id` of the teams a person belongs to (member or lead), to embed in
   * a read filter; `userParam` is a uuid placeholder already added to the caller's SqlParams.
   */
  teamsOfSql(userParam: string): string {
    return `SELECT tm.team_id FROM team_memberships tm WHERE tm.user_id = ${userParam}::uuid`;
  }

  /**
   * One SELECT yielding `team_id, name, user_id`: every team of the organisation with each person
   * in it or in any team below it (member or lead), for roll-ups by team tree. `orgParam` is a uuid
   * placeholder already added to the caller's SqlParams. `rootsSql` (a SELECT of team ids) keeps
   * only those teams as roots: the walk then covers their subtrees alone, not the organisation's.
   */
  teamTreeMembersSql(orgParam: string, rootsSql?: string): string {
    return `WITH RECURSIVE tree(root, id) AS (
        SELECT t.id, t.id FROM teams t WHERE t.organization_id = ${orgParam}::uuid${rootsSql ? ` AND t.id IN (${rootsSql})` : ''}
        UNION ALL SELECT tr.root, c.id FROM tree tr JOIN teams c ON c.parent_id = tr.id)
      SELECT DISTINCT tr.root AS team_id, rt.name, tm.user_id FROM tree tr
        JOIN team_memberships tm ON tm.team_id = tr.id JOIN teams rt ON rt.id = tr.root`;
  }

  /**
   * One SELECT yielding `root, root_name, root_parent, team_id`: every team of the organisation (`root`) with
   * itself and each team below it, for roll-ups that sum per team first and then over subtrees (fewer rows
   * than teamTreeMembersSql's person per team above them). `orgParam` as for teamTreeMembersSql.
   */
  teamSubtreesSql(orgParam: string): string {
    return `WITH RECURSIVE tree(root, id) AS (
        SELECT t.id, t.id FROM teams t WHERE t.organization_id = ${orgParam}::uuid
        UNION ALL SELECT tr.root, c.id FROM tree tr JOIN teams c ON c.parent_id = tr.id)
      SELECT tr.root, rt.name AS root_name, rt.parent_id AS root_parent, tr.id AS team_id FROM tree tr JOIN teams rt ON rt.id = tr.root`;
  }

  /**
   * One SELECT yielding `team_id, user_id, teams`: every membership (member or lead) of the
   * organisation with the number of teams that person belongs to. People in one team can be summed
   * per team and then over teamSubtreesSql; those in several must be counted once per subtree.
   */
  teamMembershipsSql(orgParam: string): string {
    return `SELECT tm.team_id, tm.user_id, count(*) OVER (PARTITION BY tm.user_id) AS teams FROM team_memberships tm WHERE tm.organization_id = ${orgParam}::uuid`;
  }

  /** One SELECT yielding `id` of the teams right below `parentParam` (a uuid placeholder; NULL: the top teams). */
  childTeamsSql(orgParam: string, parentParam: string): string {
    return `SELECT ct.id FROM teams ct WHERE ct.organization_id = ${orgParam}::uuid AND ct.parent_id IS NOT DISTINCT FROM ${parentParam}::uuid`;
  }

  /**
   * One SELECT yielding `team_id` of every team whose tree holds a person (the directory's meaning
   * of "in a team": its own members and leads and those of any team below it): the person's own
   * teams and every team above them. `userParam` is a uuid placeholder already added to the caller's SqlParams.
   */
  teamTreesOfSql(userParam: string): string {
    return `WITH RECURSIVE up(id) AS (SELECT tm.team_id FROM team_memberships tm WHERE tm.user_id = ${userParam}::uuid
        UNION SELECT t.parent_id FROM teams t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)
      SELECT id AS team_id FROM up`;
  }

  /** One SELECT yielding `user_id` of a team's own leads (not its sub-teams'), whatever their status. */
  teamLeadsSql(teamParam: string): string {
    return `SELECT tl.user_id FROM team_memberships tl WHERE tl.team_id = ${teamParam}::uuid AND tl.role = 'LEAD'`;
  }

  /** One SELECT yielding `user_id` of a team's own members and leads (not its sub-teams'). */
  teamMembersSql(teamParam: string): string {
    return `SELECT tm.user_id FROM team_memberships tm WHERE tm.team_id = ${teamParam}::uuid`;
  }

  /**
   * One SELECT yielding `root, root_name, user_id`: each direct report of `managerParam` (NULL:
   * everyone without a manager) with themselves and their whole line below, for roll-ups by
   * manager line (`root = user_id` picks the direct reports themselves).
   */
  lineTreeSql(orgParam: string, managerParam: string): string {
    return `WITH RECURSIVE line(root, root_name, user_id) AS (
        SELECT lu.id, lu.name, lu.id FROM users lu WHERE lu.organization_id = ${orgParam}::uuid AND lu.manager_id IS NOT DISTINCT FROM ${managerParam}::uuid
        UNION ALL SELECT l.root, l.root_name, r.id FROM line l JOIN users r ON r.manager_id = l.user_id)
      SELECT root, root_name, user_id FROM line`;
  }

  /** Whether anyone reports to this person (directly). */
  async hasReports(manager: Tx, organizationId: string, userId: string): Promise<boolean> {
    const [row] = await runSql(manager, `SELECT 1 FROM users WHERE organization_id = $1 AND manager_id = $2 LIMIT 1`, [organizationId, userId]);
    return !!row;
  }

  /** The names of the teams each of these people belongs to (member or lead), sorted. */
  async teamNamesOf(manager: Tx, organizationId: string, userIds: readonly string[]): Promise<Map<string, string[]>> {
    if (userIds.length === 0) return new Map();
    const rows = await runSql<{ userId: string; names: string[] }>(
      manager,
      `SELECT tm.user_id AS "userId", array_agg(t.name ORDER BY t.name) AS names FROM team_memberships tm JOIN teams t ON t.id = tm.team_id
        WHERE tm.organization_id = $1 AND tm.user_id = ANY($2::uuid[]) GROUP BY tm.user_id`,
      [organizationId, userIds],
    );
    return new Map(rows.map((r) => [r.userId, r.names]));
  }

  /** A team's name, or null for an unknown team or another organisation's. */
  /** The organisation's name (documents and mails name it). */
  async organizationName(manager: Tx, organizationId: string): Promise<string> {
    const [row] = await runSql<{ name: string }>(manager, `SELECT name FROM organizations WHERE id = $1`, [organizationId]);
    return row?.name ?? '';
  }

  async teamName(manager: Tx, organizationId: string, teamId: string): Promise<string | null> {
    const [row] = await runSql<{ name: string }>(manager, `SELECT name FROM teams WHERE id = $1 AND organization_id = $2`, [teamId, organizationId]);
    return row?.name ?? null;
  }

  /** The teams (ids) a person of the organisation belongs to, as member or lead. */
  async teamIdsOf(manager: Tx, organizationId: string, userId: string): Promise<string[]> {
    const rows = await runSql<{ team_id: string }>(manager, `SELECT team_id FROM team_memberships WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId]);
    return rows.map((r) => r.team_id);
  }

  /** Which of these people belong to the team (member or lead). */
  async membersAmong(manager: Tx, organizationId: string, teamId: string, userIds: readonly string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows = await runSql<{ user_id: string }>(
      manager,
      `SELECT user_id FROM team_memberships WHERE organization_id = $1 AND team_id = $2 AND user_id = ANY($3::uuid[])`,
      [organizationId, teamId, userIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /**
   * Active people and teams whose name starts a word with `query` (case- and accent-blind), at
   * most `limit` of each; `withinTeamId` narrows both to that team and its members.
   */
  async nameMatches(manager: Tx, organizationId: string, query: string, opts: { withinTeamId?: string | null; limit: number }): Promise<{ users: UserModel[]; teams: { id: string; name: string }[] }> {
    const like = `${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const within = opts.withinTeamId ?? null;
    const users = await runSql<UserEntity>(
      manager,
      `SELECT ${USER_COLUMNS} FROM users u
        WHERE u.organization_id = $1 AND u.status = 'ACTIVE'
          AND (unaccent(u.name) ILIKE unaccent($2) OR unaccent(u.name) ILIKE unaccent('% ' || $2))
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id AND m.team_id = $3::uuid))
        ORDER BY u.name, u.id LIMIT $4`,
      [organizationId, like, within, opts.limit],
    );
    const teams = await runSql<{ id: string; name: string }>(
      manager,
      `SELECT t.id, t.name FROM teams t
        WHERE t.organization_id = $1 AND (unaccent(t.name) ILIKE unaccent($2) OR unaccent(t.name) ILIKE unaccent('% ' || $2))
          AND ($3::uuid IS NULL OR t.id = $3::uuid)
        ORDER BY t.name, t.id LIMIT $4`,
      [organizationId, like, within, opts.limit],
    );
    return { users: users.map(presentUser), teams };
  }

  /**
   * One SELECT of the active people of the actor's organisation in the shape of a search source
   * (`@pillars/api/search`: id, title, body, vector, title_key, author_id, updated_at, language,
   * url, scope_id). With `prefilter`, only people whose folded text holds every word of `words`
   * (a `text[]` SQL expression). The vector is the expression of `users_search_vector_idx`
   * (1798600000001), written the same way, so `vector @@ query` is answered by that index rather
   * than by building the vector of every row (docs/benchmarks.md, "Wiki benchmark").
   */
  searchRowsSql(actor: Actor, p: SqlParams, opts: { words: string; prefilter: boolean }): string {
    return `SELECT u.id, u.name AS title, concat_ws(' · ', u.title, u.location) AS body,
        pillars_search_vector(u.name, coalesce(u.title, '') || ' ' || coalesce(u.location, ''), NULL::text) AS vector, pillars_normalize(u.name) AS title_key,
        u.id AS author_id, u.updated_at, NULL::text AS language, '/people/' || u.id AS url, NULL::uuid AS scope_id
      FROM users u WHERE u.organization_id = ${p.add(actor.organizationId)}::uuid AND u.status = 'ACTIVE'${
        opts.prefilter ? ` AND NOT EXISTS (SELECT 1 FROM unnest(${opts.words}) sw WHERE strpos(u.search_text, sw) = 0)` : ''
      }`;
  }

  /** These people and everyone below them in the manager line, at most `limit` ids. */
  async atOrBelow(manager: Tx, organizationId: string, userIds: readonly string[], limit: number): Promise<string[]> {
    const rows = await runSql<{ id: string }>(
      manager,
      `WITH RECURSIVE below(id) AS (
         SELECT id FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])
         UNION SELECT u.id FROM users u JOIN below b ON u.manager_id = b.id)
       SELECT id FROM below LIMIT $3`,
      [organizationId, userIds, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Each person's active direct manager (people without one are left out). One statement. */
  async managersOf(manager: Tx, organizationId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await runSql<{ id: string; managerId: string }>(
      manager,
      `SELECT u.id, u.manager_id AS "managerId" FROM users u JOIN users m ON m.id = u.manager_id AND m.status = 'ACTIVE'
        WHERE u.organization_id = $1 AND u.id = ANY($2::uuid[])`,
      [organizationId, userIds],
    );
    return new Map(rows.map((r) => [r.id, r.managerId]));
  }

  /**
   * What these people are, in the terms a selection matches on (any status), merged over the set:
   * their teams, those teams with every team above them, their locations, roles, direct managers
   * and everyone above them in the manager line. Audiences use it to find, among many stored
   * selections, the few that can contain these people. One statement.
   */
  async factsOf(manager: Tx, organizationId: string, userIds: readonly string[]): Promise<PeopleFacts> {
    const [row] = await runSql<PeopleFacts>(
      manager,
      `WITH RECURSIVE people AS (SELECT id, location, roles, manager_id FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])),
         teams_of AS (SELECT DISTINCT m.team_id AS id FROM team_memberships m JOIN people p ON p.id = m.user_id WHERE m.organization_id = $1),
         tree(id) AS (SELECT id FROM teams_of UNION SELECT t.parent_id FROM teams t JOIN tree ON t.id = tree.id WHERE t.parent_id IS NOT NULL),
         above(id) AS (SELECT manager_id FROM people WHERE manager_id IS NOT NULL
           UNION SELECT u.manager_id FROM users u JOIN above a ON u.id = a.id WHERE u.manager_id IS NOT NULL)
       SELECT ARRAY(SELECT id::text FROM teams_of) AS "teamIds",
              ARRAY(SELECT id::text FROM tree) AS "teamTreeIds",
              ARRAY(SELECT DISTINCT location FROM people WHERE location IS NOT NULL) AS locations,
              ARRAY(SELECT DISTINCT unnest(roles) FROM people) AS roles,
              ARRAY(SELECT DISTINCT manager_id::text FROM people WHERE manager_id IS NOT NULL) AS "managerIds",
              ARRAY(SELECT id::text FROM above) AS "lineManagerIds"`,
      [organizationId, userIds],
    );
    return row;
  }

  /**
   * One SELECT yielding `user_id` for the selected active people, parameterised through `p`, to
   * embed in the caller's own statement (a CTE, a UNION branch). `within` narrows it to a set of
   * ids (a parameter placeholder of a uuid[] already added to `p`).
   */
  selectionSql(selection: PeopleSelection, organizationId: string, p: SqlParams, opts: { within?: string } = {}): string {
    return compileSelection(selection, organizationId, { select: 'u.id AS user_id', where: opts.within ? [`u.id = ANY(${opts.within})`] : [] }, p);
  }

  /**
   * The selected people with their name and the first (by name) of the teams they belong to, for
   * tables of many people (a manager's whole line): one statement whatever their number. `within`
   * keeps only those also in a second selection (a line intersected with a team tree).
   */
  async namesWithTeam(
    manager: Tx,
    organizationId: string,
    selection: PeopleSelection,
    opts: { within?: PeopleSelection } = {},
  ): Promise<{ id: string; name: string; teamId: string | null; teamName: string | null }[]> {
    const p = new SqlParams();
    const firstTeam = `(SELECT ARRAY[t.id::text, t.name] FROM team_memberships tm JOIN teams t ON t.id = tm.team_id WHERE tm.user_id = u.id ORDER BY t.name, t.id LIMIT 1)`;
    const where = opts.within ? [`u.id IN (${compileSelection(opts.within, organizationId, { select: 'u.id' }, p)})`] : [];
    const sql = compileSelection(selection, organizationId, { select: `u.id, u.name, ${firstTeam} AS team`, where }, p);
    // Named: a line walk is planned once per connection (3.5 ms of a 500-person matrix's 14).
    const rows = await this.db.prepared<{ id: string; name: string; team: [string, string] | null }>('people-names-with-team-*', sql, p.values, manager);
    return rows.map((r) => ({ id: r.id, name: r.name, teamId: r.team?.[0] ?? null, teamName: r.team?.[1] ?? null }));
  }

  /** How many people a selection holds right now and the first few by name: one statement. */
  async previewSelection(manager: Tx, organizationId: string, selection: PeopleSelection, sample: number): Promise<{ count: number; sample: UserModel[] }> {
    const p = new SqlParams();
    const sql = compileSelection(selection, organizationId, { select: `${USER_COLUMNS}, count(*) OVER ()::int AS total`, tail: `ORDER BY u.name, u.id LIMIT ${Math.max(0, Math.floor(sample))}` }, p);
    const rows = await runSql<UserEntity & { total: number }>(manager, sql, p.values);
    return { count: rows[0]?.total ?? 0, sample: rows.map(presentUser) };
  }

  /**
   * A keyset page (by name) of the people among a set the caller defines in SQL: `among` selects
   * `user_id` and any columns of the caller's own that `present` receives as `extra`. With
   * `viewer`, people that viewer may not list (suspended, departed: HR and admins only) are left out.
   */
  async pageAmong<R extends { user_id: string }, T>(
    manager: Tx,
    organizationId: string,
    among: { sql: string; p: SqlParams },
    args: { first?: number; after?: string },
    present: (user: UserModel, extra: R) => T,
    opts: { viewer?: Actor } = {},
  ): Promise<Connection<T>> {
    const { p } = among;
    const activeOnly = opts.viewer != null && !can(userPolicy, opts.viewer, 'listInactive', { id: opts.viewer.userId, organizationId: organizationId });
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await runSql<UserEntity & { extra: R }>(
      manager,
      `SELECT ${USER_COLUMNS}, to_jsonb(s) AS extra FROM (${among.sql}) s JOIN users u ON u.id = s.user_id
        WHERE u.organization_id = ${p.add(organizationId)}::uuid${activeOnly ? ` AND u.status = 'ACTIVE'` : ''}
          AND (${p.add(after?.[0] ?? null)}::text IS NULL OR (u.name, u.id) > (${p.add(after?.[0] ?? null)}::text, ${p.add(after?.[1] ?? null)}::uuid))
        ORDER BY u.name, u.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return toConnection(rows, first, (r) => [r.name, r.id], (r) => present(presentUser(r), r.extra));
  }
}
