import { Injectable } from '@nestjs/common';
import { Actor, byKeys, Db, defineLoader } from '@pillars/api/core';
import type { TeamRole } from '@pillars/shared/types';
import type { TeamEntity } from './entities/team.entity';
import type { UserEntity } from './entities/user.entity';
import { TEAM_COLUMNS } from './teams/teams.service';
import { presentUser } from './users/user.presenter';
import type { UserModel } from './users/user.model';
import { USER_COLUMNS, USERS_BY_IDS_SQL } from './users/users.service';

const orgOf = (actor: Actor | null) => actor?.organizationId ?? '00000000-0000-0000-0000-000000000000';
const groupBy = <K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] => {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row)) ?? [];
    list.push(row);
    map.set(keyOf(row), list);
  }
  return keys.map((k) => map.get(k) ?? []);
};

export type MembershipRow = TeamEntity & { userId: string; role: TeamRole; joinedAt: Date };

/** Batch loaders for field resolvers: one query per field per request, always scoped to the organisation. */
@Injectable()
export class DirectoryLoaders {
  constructor(private readonly db: Db) {}

  /** Presented people: the one `userById` of a request, shared with other domains through PeopleDirectory. */
  readonly userById = defineLoader<string, UserModel | null>('userById', async (actor, ids) =>
    byKeys(ids, (await this.db.prepared<UserEntity>('directory-users-by-ids', USERS_BY_IDS_SQL, [orgOf(actor), ids])).map(presentUser), (u) => u.id),
  );

  readonly teamById = defineLoader<string, TeamEntity | null>('teamById', async (actor, ids) =>
    byKeys(ids, await this.db.prepared<TeamEntity>('directory-teams-by-ids', `SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.organization_id = $1 AND t.id = ANY($2::uuid[])`, [orgOf(actor), ids]), (t) => t.id),
  );

  readonly membershipsByUser = defineLoader<string, MembershipRow[]>('membershipsByUser', async (actor, ids) =>
    groupBy(
      ids,
      await this.db.prepared<MembershipRow>(
        'directory-memberships-by-user',
        `SELECT ${TEAM_COLUMNS}, m.user_id AS "userId", m.role, m.joined_at AS "joinedAt" FROM team_memberships m JOIN teams t ON t.id = m.team_id
          WHERE m.organization_id = $1 AND m.user_id = ANY($2::uuid[]) ORDER BY t.name`,
        [orgOf(actor), ids],
      ),
      (r) => r.userId,
    ),
  );

  /** Active direct reports, at most 500 per manager (the deprecated `directReports` and `peers`; pages come from `reports`). */
  readonly directReports = defineLoader<string, UserEntity[]>('directReports', async (actor, ids) =>
    groupBy(
      ids,
      await this.db.query<UserEntity>(
        `SELECT * FROM (SELECT ${USER_COLUMNS}, row_number() OVER (PARTITION BY u.manager_id ORDER BY u.name, u.id) AS n
           FROM users u WHERE u.organization_id = $1 AND u.manager_id = ANY($2::uuid[]) AND u.status = 'ACTIVE') x WHERE n <= 500`,
        [orgOf(actor), ids],
      ),
      (u) => u.managerId as string,
    ),
  );

  /**
   * The first `first + 1` active direct reports of each manager by name (the extra row answers
   * hasNextPage), keyed `first:managerId`: a page of people with their reports costs one query.
   */
  readonly reportsFirstPage = defineLoader<string, UserEntity[]>('reportsFirstPage', async (actor, keys) => {
    const bySize = new Map<number, string[]>();
    for (const key of keys) {
      const [size, managerId] = key.split(':');
      bySize.set(Number(size), [...(bySize.get(Number(size)) ?? []), managerId]);
    }
    const rows: (UserEntity & { size: number })[] = [];
    for (const [size, managerIds] of bySize) {
      rows.push(
        ...(await this.db.query<UserEntity & { size: number }>(
          `SELECT *, $3::int AS size FROM (SELECT ${USER_COLUMNS}, row_number() OVER (PARTITION BY u.manager_id ORDER BY u.name, u.id) AS n
             FROM users u WHERE u.organization_id = $1 AND u.manager_id = ANY($2::uuid[]) AND u.status = 'ACTIVE') x WHERE n <= $3 + 1 ORDER BY name, id`,
          [orgOf(actor), managerIds, size],
        )),
      );
    }
    return groupBy(keys, rows, (u) => `${u.size}:${u.managerId}`);
  });

  /**
   * The first `first + 1` sub-teams of each parent by name (the extra row answers hasNextPage),
   * keyed `first:parentId` so one request's pages batch into one query per page size.
   */
  readonly childTeamsFirstPage = defineLoader<string, TeamEntity[]>('childTeamsFirstPage', async (actor, keys) => {
    const bySize = new Map<number, string[]>();
    for (const key of keys) {
      const [size, parentId] = key.split(':');
      bySize.set(Number(size), [...(bySize.get(Number(size)) ?? []), parentId]);
    }
    const rows: TeamEntity[] = [];
    for (const [size, parentIds] of bySize) {
      rows.push(
        ...(await this.db.query<TeamEntity & { size: number }>(
          `SELECT *, $3::int AS size FROM (SELECT ${TEAM_COLUMNS}, row_number() OVER (PARTITION BY t.parent_id ORDER BY t.name, t.id) AS n
             FROM teams t WHERE t.organization_id = $1 AND t.parent_id = ANY($2::uuid[])) x WHERE n <= $3 + 1 ORDER BY name, id`,
          [orgOf(actor), parentIds, size],
        )),
      );
    }
    return groupBy(keys, rows as (TeamEntity & { size: number })[], (t) => `${t.size}:${t.parentId}`);
  });

  /** The manager line above each person, nearest first: one recursive query for every person asked. */
  readonly managerChain = defineLoader<string, UserModel[]>('managerChain', async (actor, ids) =>
    (await this.walkUp<UserEntity>(actor, ids, { table: 'users', alias: 'u', parent: 'manager_id', columns: USER_COLUMNS, rootFirst: false })).map((chain) => chain.map(presentUser)),
  );

  /** Each team's ancestors, root first: one recursive query for every team asked. */
  readonly teamAncestors = defineLoader<string, TeamEntity[]>('teamAncestors', (actor, ids) =>
    this.walkUp<TeamEntity>(actor, ids, { table: 'teams', alias: 't', parent: 'parent_id', columns: TEAM_COLUMNS, rootFirst: true }),
  );

  /** How many active direct reports each person has (uncapped, unlike `directReports`). */
  readonly directReportCount = defineLoader<string, number>('directReportCount', async (actor, ids) => {
    const rows = await this.db.query<{ managerId: string; n: number }>(
      `SELECT u.manager_id AS "managerId", count(*)::int AS n FROM users u
        WHERE u.organization_id = $1 AND u.manager_id = ANY($2::uuid[]) AND u.status = 'ACTIVE' GROUP BY u.manager_id`,
      [orgOf(actor), ids],
    );
    return byKeys(ids, rows, (r) => r.managerId).map((r) => r?.n ?? 0);
  });

  /**
   * The rows above each start row along a self-reference (a person's manager, a team's parent):
   * one recursive query for every id asked, cycle-proof (a row already seen stops the walk) and
   * at most 50 steps. The manager line and the team path are the same walk over different tables.
   */
  private async walkUp<R>(
    actor: Actor | null,
    ids: readonly string[],
    walk: { table: 'users' | 'teams'; alias: 'u' | 't'; parent: 'manager_id' | 'parent_id'; columns: string; rootFirst: boolean },
  ): Promise<R[][]> {
    const { table, alias: x, parent, columns } = walk;
    const rows = await this.db.query<R & { startId: string }>(
      `WITH RECURSIVE up AS (
         SELECT ${x}.id AS start_id, ${x}.${parent} AS id, 1 AS depth, ARRAY[${x}.id] AS seen FROM ${table} ${x} WHERE ${x}.organization_id = $1 AND ${x}.id = ANY($2::uuid[])
         UNION ALL
         SELECT up.start_id, ${x}.${parent}, up.depth + 1, up.seen || ${x}.id FROM ${table} ${x} JOIN up ON ${x}.id = up.id
          WHERE ${x}.${parent} IS NOT NULL AND NOT ${x}.${parent} = ANY(up.seen) AND up.depth < 50)
       SELECT ${columns}, up.start_id AS "startId" FROM up JOIN ${table} ${x} ON ${x}.id = up.id WHERE ${x}.organization_id = $1
        ORDER BY up.start_id, up.depth ${walk.rootFirst ? 'DESC' : 'ASC'}`,
      [orgOf(actor), ids],
    );
    return groupBy(ids, rows, (r) => r.startId);
  }

  /** How many sub-teams each team has (so a tree shows no chevron on a leaf). */
  readonly childTeamCount = defineLoader<string, number>('childTeamCount', async (actor, ids) => {
    const rows = await this.db.query<{ parentId: string; n: number }>(
      `SELECT t.parent_id AS "parentId", count(*)::int AS n FROM teams t WHERE t.organization_id = $1 AND t.parent_id = ANY($2::uuid[]) GROUP BY t.parent_id`,
      [orgOf(actor), ids],
    );
    return byKeys(ids, rows, (r) => r.parentId).map((r) => r?.n ?? 0);
  });

  readonly teamStats = defineLoader<string, { members: number; leadId: string | null }>('teamStats', async (actor, ids) => {
    const rows = await this.db.query<{ teamId: string; members: number; leadId: string | null }>(
      `SELECT m.team_id AS "teamId", count(*) FILTER (WHERE u.status = 'ACTIVE')::int AS members,
              (array_agg(m.user_id ORDER BY m.joined_at) FILTER (WHERE m.role = 'LEAD' AND u.status = 'ACTIVE'))[1] AS "leadId"
         FROM team_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND m.team_id = ANY($2::uuid[]) GROUP BY m.team_id`,
      [orgOf(actor), ids],
    );
    return byKeys(ids, rows, (r) => r.teamId).map((r) => r ?? { members: 0, leadId: null });
  });
}
