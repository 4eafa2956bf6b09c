import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, CommonErrorCode, Db, decodeCursor, EventsService, pageSize, runSql, toConnection, Tx } from '@pillars/api/core';
import { TeamRole } from '@pillars/shared/types';
import type { TeamEntity } from '../entities/team.entity';
import { DirectoryEvents } from '../directory.events';
import { DirectoryErrorCode } from '../directory.errors';
import { presentUser } from '../users/user.presenter';
import { refreshUserSearch, USER_COLUMNS } from '../users/users.service';
import type { UserEntity } from '../entities/user.entity';
import { teamPolicy } from './team.policy';
import { presentTeam } from './team.presenter';
import type { CreateTeamInput, TeamMemberInput, UpdateTeamInput } from './team.inputs';

export const TEAM_COLUMNS = `t.id, t.organization_id AS "organizationId", t.parent_id AS "parentId", t.name, t.description, t.contact, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

@Injectable()
export class TeamsService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
  ) {}

  findVisible(actor: Actor, ids: readonly string[]): Promise<TeamEntity[]> {
    return this.db.query<TeamEntity>(`SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.organization_id = $1 AND t.id = ANY($2::uuid[])`, [actor.organizationId, ids]);
  }

  async getTeam(actor: Actor, id: string): Promise<TeamEntity> {
    const [team] = await this.findVisible(actor, [id]);
    if (!team) throw AppError.notFound('team');
    authorize(teamPolicy, actor, 'read', team);
    return team;
  }

  /** Child teams of a parent (or the top-level departments), alphabetical. */
  children(actor: Actor, parentIds: readonly (string | null)[]): Promise<TeamEntity[]> {
    return this.db.query<TeamEntity>(
      `SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.organization_id = $1
          AND (t.parent_id = ANY($2::uuid[]) OR ($3 AND t.parent_id IS NULL)) ORDER BY t.name, t.id LIMIT 1000`,
      [actor.organizationId, parentIds.filter(Boolean), parentIds.includes(null)],
    );
  }

  /**
   * Teams with their paths, in tree order, a keyset page at a time (one recursive query); `query`
   * keeps the teams whose name matches, accent- and case-insensitively, for pickers that search.
   */
  async options(actor: Actor, args: { first?: number; after?: string; query?: string }) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['strings', 'uuid']) as [string[], string] | null;
    const query = args.query?.trim() || null;
    const rows = await this.db.query<{ id: string; name: string; path: string[]; sort: string[]; depth: number }>(
      `WITH RECURSIVE tree AS (
         SELECT id, name, ARRAY[name] AS path, ARRAY[lower(name)] AS sort, 0 AS depth FROM teams WHERE organization_id = $1 AND parent_id IS NULL
         UNION ALL
         SELECT t.id, t.name, tree.path || t.name, tree.sort || lower(t.name), tree.depth + 1
           FROM teams t JOIN tree ON t.parent_id = tree.id WHERE t.organization_id = $1 AND tree.depth < 50)
       SELECT id, name, path, sort, depth FROM tree
        WHERE ($2::text IS NULL OR pillars_normalize(name) LIKE '%' || pillars_normalize($2) || '%')
          AND ($3::text[] IS NULL OR (sort, id) > ($3::text[], $4::uuid))
        ORDER BY sort, id LIMIT $5`,
      [actor.organizationId, query, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (r) => [r.sort, r.id], ({ id, name, path, depth }) => ({ id, name, path, depth }));
  }

  /** A later page of a team's sub-teams by name (the first page comes batched from DirectoryLoaders). */
  async childrenPage(actor: Actor, parentId: string, args: { first?: number; after?: string }) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.db.query<TeamEntity>(
      `SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.organization_id = $1 AND t.parent_id = $2
          AND ($3::text IS NULL OR (t.name, t.id) > ($3, $4::uuid)) ORDER BY t.name, t.id LIMIT $5`,
      [actor.organizationId, parentId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (t) => [t.name, t.id], presentTeam);
  }

  async members(actor: Actor, teamId: string, args: { first?: number; after?: string }) {
    const team = presentTeam(await this.getTeam(actor, teamId));
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['number', 'string', 'uuid']) as [number, string, string] | null;
    const rows = await this.db.query<UserEntity & { role: TeamRole; joinedAt: Date; rank: number }>(
      `SELECT ${USER_COLUMNS}, m.role, m.joined_at AS "joinedAt", (m.role <> 'LEAD')::int AS rank
         FROM team_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.team_id = $1 AND m.organization_id = $2 AND u.status = 'ACTIVE'
          AND ($3::int IS NULL OR ((m.role <> 'LEAD')::int, u.name, u.id) > ($3, $4, $5::uuid))
        ORDER BY rank, u.name, u.id LIMIT $6`,
      [teamId, actor.organizationId, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, first + 1],
    );
    return toConnection(rows, first, (r) => [r.rank, r.name, r.id], (r) => ({ role: r.role, joinedAt: r.joinedAt, user: presentUser(r), team }));
  }

  async createTeam(actor: Actor, input: CreateTeamInput): Promise<TeamEntity> {
    authorize(teamPolicy, actor, 'create', { id: '', organizationId: actor.organizationId });
    const id = await this.db.transaction(async (tx) => {
      if (input.parentId) await this.lockTeam(tx, actor, input.parentId, 'parentId');
      await this.assertNameFree(tx, actor.organizationId, input.parentId ?? null, input.name);
      const [row] = await runSql<{ id: string }>(tx, `INSERT INTO teams (organization_id, parent_id, name, description, contact) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        actor.organizationId, input.parentId ?? null, input.name.trim(), input.description ?? '', input.contact ?? '',
      ]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.teamChanged, payload: { teamIds: [row.id] } });
      return row.id;
    });
    return this.getTeam(actor, id);
  }

  /** Rename, describe or move a team; a move under one of its own sub-teams is refused. */
  async updateTeam(actor: Actor, input: UpdateTeamInput): Promise<TeamEntity> {
    await this.db.transaction(async (tx) => {
      const team = await this.lockTeam(tx, actor, input.id, 'id');
      const structural = (input.name !== undefined && input.name.trim() !== team.name) || (input.parentId !== undefined && input.parentId !== team.parentId);
      // A lead (or HR) may change the description and contact of their own team; renaming or moving is an admin's.
      authorize(teamPolicy, actor, structural ? 'edit' : 'editDescription', team);
      const moving = input.parentId !== undefined && input.parentId !== team.parentId;
      if (moving && input.parentId) {
        await this.lockTeam(tx, actor, input.parentId, 'parentId');
        const [cycle] = await runSql(
          tx,
          `WITH RECURSIVE up AS (SELECT id, parent_id, 1 AS depth FROM teams WHERE id = $1
             UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM teams t JOIN up ON t.id = up.parent_id WHERE up.depth < 100)
           SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
          [input.parentId, team.id],
        );
        if (cycle) throw new AppError(DirectoryErrorCode.DIRECTORY_TEAM_CYCLE, { fields: [{ field: 'parentId', rule: 'acyclic' }] });
      }
      const name = input.name?.trim() ?? team.name;
      const parentId = input.parentId === undefined ? team.parentId : input.parentId;
      const ancestorIdsBefore = moving ? await this.ancestorIds(tx, team.id) : [];
      if (name.toLowerCase() !== team.name.toLowerCase() || moving) await this.assertNameFree(tx, actor.organizationId, parentId, name, team.id);
      await runSql(tx, `UPDATE teams SET name = $2, description = $3, parent_id = $4, contact = $5, updated_at = now() WHERE id = $1`, [
        team.id, name, input.description ?? team.description, parentId, input.contact ?? team.contact,
      ]);
      if (name !== team.name) {
        const members = await runSql<{ user_id: string }>(tx, `SELECT user_id FROM team_memberships WHERE team_id = $1`, [team.id]);
        await refreshUserSearch(tx, members.map((m) => m.user_id));
      }
      await this.events.append(tx, {
        organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.teamChanged,
        payload: moving ? { teamIds: [team.id], wholeOrganization: true, ancestorIdsBefore, ancestorIdsAfter: await this.ancestorIds(tx, team.id) } : { teamIds: [team.id], wholeOrganization: false },
      });
    });
    return this.getTeam(actor, input.id);
  }

  async addTeamMember(actor: Actor, input: TeamMemberInput): Promise<TeamEntity> {
    await this.db.transaction(async (tx) => {
      const team = await this.lockTeam(tx, actor, input.teamId, 'teamId');
      authorize(teamPolicy, actor, 'manageMembers', team);
      if (input.role === TeamRole.LEAD) authorize(teamPolicy, actor, 'appointLead', team);
      const [user] = await runSql(tx, `SELECT 1 FROM users WHERE id = $1 AND organization_id = $2`, [input.userId, actor.organizationId]);
      if (!user) throw AppError.badInput([{ field: 'userId', rule: 'exists' }], 'Unknown user');
      const role = input.role ?? TeamRole.MEMBER;
      if (role === TeamRole.LEAD) await runSql(tx, `UPDATE team_memberships SET role = 'MEMBER' WHERE team_id = $1 AND role = 'LEAD'`, [team.id]);
      await runSql(
        tx,
        `INSERT INTO team_memberships (team_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)
         ON CONFLICT (team_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
        [team.id, input.userId, actor.organizationId, role],
      );
      await refreshUserSearch(tx, [input.userId]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.membershipChanged, payload: { userIds: [input.userId], teamIds: [team.id] } });
    });
    return this.getTeam(actor, input.teamId);
  }

  async removeTeamMember(actor: Actor, input: TeamMemberInput): Promise<TeamEntity> {
    await this.db.transaction(async (tx) => {
      const team = await this.lockTeam(tx, actor, input.teamId, 'teamId');
      authorize(teamPolicy, actor, 'manageMembers', team);
      const removed = await runSql(tx, `DELETE FROM team_memberships WHERE team_id = $1 AND user_id = $2 RETURNING user_id`, [team.id, input.userId]);
      if (removed.length === 0) throw AppError.notFound('membership');
      await refreshUserSearch(tx, [input.userId]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.membershipChanged, payload: { userIds: [input.userId], teamIds: [team.id] } });
    });
    return this.getTeam(actor, input.teamId);
  }

  /** The teams above this one, nearest first (bounded like the cycle check). */
  private async ancestorIds(tx: Tx, teamId: string): Promise<string[]> {
    const rows = await runSql<{ id: string }>(
      tx,
      `WITH RECURSIVE up AS (SELECT parent_id AS id, 1 AS depth FROM teams WHERE id = $1
         UNION ALL SELECT t.parent_id, up.depth + 1 FROM teams t JOIN up ON t.id = up.id WHERE up.depth < 100)
       SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`,
      [teamId],
    );
    return rows.map((r) => r.id);
  }

  private async lockTeam(tx: Tx, actor: Actor, id: string, field: string): Promise<TeamEntity> {
    const [team] = await runSql<TeamEntity>(tx, `SELECT ${TEAM_COLUMNS} FROM teams t WHERE t.id = $1 AND t.organization_id = $2 FOR UPDATE`, [id, actor.organizationId]);
    if (!team) throw field === 'id' ? AppError.notFound('team') : AppError.badInput([{ field, rule: 'exists' }], 'Unknown team');
    return team;
  }

  private async assertNameFree(tx: Tx, organizationId: string, parentId: string | null, name: string, exceptId?: string): Promise<void> {
    const [taken] = await runSql(
      tx,
      `SELECT 1 FROM teams WHERE organization_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND lower(name) = lower($3) AND id IS DISTINCT FROM $4`,
      [organizationId, parentId, name.trim(), exceptId ?? null],
    );
    if (taken) throw new AppError(CommonErrorCode.CONFLICT, { fields: [{ field: 'name', rule: 'unique' }] }, 'A sibling team has this name');
  }
}
