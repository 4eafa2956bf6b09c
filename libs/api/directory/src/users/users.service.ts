import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, decodeCursor, EventsService, pageSize, runSql, toConnection, Tx } from '@pillars/api/core';
import { Role, UserStatus } from '@pillars/shared/types';
import { UserEntity } from '../entities/user.entity';
import { AccountEvents, DirectoryEvents } from '../directory.events';
import { DirectoryErrorCode } from '../directory.errors';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { userPolicy } from './user.policy';
import { presentUser } from './user.presenter';
import { UserWriter, type UserWrite } from './user.writer';
import type { AssignRolesInput, CreateUserInput, SetUserStatusInput, UpdateMySettingsInput, UpdateUserInput } from './user.inputs';

export const USER_COLUMNS = `u.id, u.organization_id AS "organizationId", u.email, u.name, u.title, u.location, u.locale,
  u.time_zone AS "timeZone", u.manager_id AS "managerId", u.status, u.roles, to_char(u.start_date, 'YYYY-MM-DD') AS "startDate",
  u.created_at AS "createdAt", u.updated_at AS "updatedAt", u.password_hash IS NOT NULL AS activated`;
/** The hottest read (profiles, `me`, every `manager`/`author` field): a named statement. */
export const USERS_BY_IDS_SQL = `SELECT ${USER_COLUMNS} FROM users u WHERE u.organization_id = $1 AND u.id = ANY($2::uuid[])`;

/** Recomputes the normalised search text of users (name, email, title, location, team names). */
export const refreshUserSearch = (tx: Tx, userIds: string[]) =>
  runSql(
    tx,
    `SELECT pillars_refresh_user_search($1::uuid[])`,
    [userIds],
  );

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly auth: AuthService,
  ) {}

  async findVisible(actor: Actor, ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.prepared<UserEntity>('directory-users-by-ids', USERS_BY_IDS_SQL, [actor.organizationId, ids]);
  }

  async getUser(actor: Actor, id: string): Promise<UserEntity> {
    const [user] = await this.findVisible(actor, [id]);
    if (!user) throw AppError.notFound('user');
    authorize(userPolicy, actor, 'read', user);
    return user;
  }

  /**
   * The top of the manager tree: active people with no active manager above them (no manager,
   * or one who left), by name. The whole-organisation chart starts here and opens branches
   * through `directReports` one level at a time, so a 10k-person organisation is never sent whole.
   */
  async orgChartRoots(actor: Actor, args: { first?: number; after?: string }) {
    authorize(userPolicy, actor, 'read', { id: actor.userId, organizationId: actor.organizationId });
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.db.query<UserEntity>(
      `SELECT ${USER_COLUMNS} FROM users u
        WHERE u.organization_id = $1 AND u.status = 'ACTIVE'
          AND (u.manager_id IS NULL OR NOT EXISTS (SELECT 1 FROM users m WHERE m.id = u.manager_id AND m.organization_id = $1 AND m.status = 'ACTIVE'))
          AND ($2::text IS NULL OR (u.name, u.id) > ($2::text, $3::uuid))
        ORDER BY u.name, u.id LIMIT $4`,
      [actor.organizationId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (u) => [u.name, u.id], presentUser);
  }

  /** A later page of a manager's active direct reports by name (the first page batches in `reportsFirstPage`). */
  async reportsPage(actor: Actor, managerId: string, args: { first?: number; after?: string }) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const rows = await this.db.query<UserEntity>(
      `SELECT ${USER_COLUMNS} FROM users u
        WHERE u.organization_id = $1 AND u.manager_id = $2 AND u.status = 'ACTIVE'
          AND ($3::text IS NULL OR (u.name, u.id) > ($3::text, $4::uuid))
        ORDER BY u.name, u.id LIMIT $5`,
      [actor.organizationId, managerId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (u) => [u.name, u.id], presentUser);
  }

  /** Locations of active people with how many work there, most populated first (for filters). */
  locations(actor: Actor): Promise<{ location: string; people: number }[]> {
    return this.db.query(
      `SELECT location, count(*)::int AS people FROM users
        WHERE organization_id = $1 AND status = 'ACTIVE' AND location IS NOT NULL AND location <> ''
        GROUP BY location ORDER BY people DESC, location LIMIT 1000`,
      [actor.organizationId],
    );
  }

  async createUser(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    authorize(userPolicy, actor, 'create', { id: '', organizationId: actor.organizationId });
    // HR creates people records; giving them roles stays with admins.
    if (normaliseRoles(input.roles ?? []).length > 0) authorize(userPolicy, actor, 'assignRoles', { id: '', organizationId: actor.organizationId });
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const id = await this.db.transaction(async (tx) => {
      await this.assertEmailFree(tx, actor.organizationId, input.email);
      if (input.managerId) await this.assertUserInOrg(tx, actor.organizationId, input.managerId, 'managerId');
      const row = { id: randomUUID() };
      await UserWriter.insert(tx, actor.organizationId, [{
        id: row.id, email: input.email.trim(), name: input.name.trim(), title: input.title ?? null, location: input.location ?? null, locale: input.locale,
        timeZone: input.timeZone, managerId: input.managerId ?? null, roles: normaliseRoles(input.roles ?? []), startDate: input.startDate ?? null, passwordHash,
      }], { refreshSearch: false });
      for (const teamId of new Set(input.teamIds ?? [])) {
        await this.assertTeamInOrg(tx, actor.organizationId, teamId);
        await runSql(tx, `INSERT INTO team_memberships (team_id, user_id, organization_id) VALUES ($1, $2, $3)`, [teamId, row.id, actor.organizationId]);
      }
      await refreshUserSearch(tx, [row.id]);
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.userCreated, payload: { userIds: [row.id], teamIds: input.teamIds ?? [] } });
      // Without a password set by the admin, the person gets an invitation to set their own.
      if (!passwordHash) await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: AccountEvents.invited, payload: { userIds: [row.id] } });
      return row.id;
    });
    return this.getUser(actor, id);
  }

  async updateUser(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    await this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, actor, input.id);
      authorize(userPolicy, actor, 'edit', user);
      if (input.email !== undefined && input.email.toLowerCase() !== user.email.toLowerCase()) await this.assertEmailFree(tx, actor.organizationId, input.email);
      const managerChanged = input.managerId !== undefined && input.managerId !== user.managerId;
      if (managerChanged && input.managerId) await this.assertNoManagerCycle(tx, actor.organizationId, user.id, input.managerId);
      await this.applyUpdate(tx, actor, {
        id: user.id, email: input.email?.trim(), name: input.name?.trim(), title: input.title, location: input.location, locale: input.locale,
        timeZone: input.timeZone, managerId: input.managerId, startDate: input.startDate,
      });
      await this.events.append(tx, {
        organizationId: actor.organizationId, actorId: actor.userId,
        type: managerChanged ? DirectoryEvents.managerChanged : DirectoryEvents.userUpdated,
        payload: managerChanged && user.managerId ? { userIds: [user.id], managerIds: [user.managerId] } : { userIds: [user.id] },
      });
    });
    return this.getUser(actor, input.id);
  }

  async updateMySettings(actor: Actor, input: UpdateMySettingsInput): Promise<UserEntity> {
    await this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, actor, actor.userId);
      authorize(userPolicy, actor, 'editOwnSettings', user);
      await this.applyUpdate(tx, actor, { id: user.id, locale: input.locale, timeZone: input.timeZone });
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.userUpdated, payload: { userIds: [user.id] } });
    });
    return this.getUser(actor, actor.userId);
  }

  /** Suspending or marking departed revokes every session and socket of the person at once. */
  async setUserStatus(actor: Actor, input: SetUserStatusInput): Promise<UserEntity> {
    await this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, actor, input.id);
      authorize(userPolicy, actor, 'suspend', user);
      if (user.status === input.status) return;
      await this.applyUpdate(tx, actor, { id: user.id, status: input.status });
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.userStatusChanged, payload: { userIds: [user.id], status: input.status } });
    });
    if (input.status !== UserStatus.ACTIVE) await this.auth.revokeUserSessions([input.id]);
    return this.getUser(actor, input.id);
  }

  async assignRoles(actor: Actor, input: AssignRolesInput): Promise<UserEntity> {
    await this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, actor, input.id);
      authorize(userPolicy, actor, 'assignRoles', user);
      await this.applyUpdate(tx, actor, { id: user.id, roles: normaliseRoles(input.roles) });
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.userUpdated, payload: { userIds: [user.id] } });
    });
    return this.getUser(actor, input.id);
  }

  private async lockUser(tx: Tx, actor: Actor, id: string): Promise<UserEntity> {
    const [user] = await runSql<UserEntity>(tx, `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND u.organization_id = $2 FOR UPDATE`, [id, actor.organizationId]);
    if (!user) throw AppError.notFound('user');
    return user;
  }

  private applyUpdate(tx: Tx, actor: Actor, write: UserWrite): Promise<void> {
    return UserWriter.update(tx, actor.organizationId, [write]);
  }

  private async assertEmailFree(tx: Tx, organizationId: string, email: string): Promise<void> {
    const [taken] = await runSql(tx, `SELECT 1 FROM users WHERE organization_id = $1 AND lower(email) = lower($2)`, [organizationId, email.trim()]);
    if (taken) throw new AppError(DirectoryErrorCode.DIRECTORY_EMAIL_TAKEN, { fields: [{ field: 'email', rule: 'unique' }] });
  }

  private async assertUserInOrg(tx: Tx, organizationId: string, id: string, field: string): Promise<void> {
    const [found] = await runSql(tx, `SELECT 1 FROM users WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
    if (!found) throw AppError.badInput([{ field, rule: 'exists' }], `Unknown ${field}`);
  }

  private async assertTeamInOrg(tx: Tx, organizationId: string, id: string): Promise<void> {
    const [found] = await runSql(tx, `SELECT 1 FROM teams WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
    if (!found) throw AppError.badInput([{ field: 'teamIds', rule: 'exists' }], 'Unknown team');
  }

  /** A manager may not report, directly or not, to the person they would manage. */
  private async assertNoManagerCycle(tx: Tx, organizationId: string, userId: string, managerId: string): Promise<void> {
    await this.assertUserInOrg(tx, organizationId, managerId, 'managerId');
    if (managerId === userId) throw new AppError(DirectoryErrorCode.DIRECTORY_MANAGER_CYCLE, { fields: [{ field: 'managerId', rule: 'acyclic' }] });
    const [cycle] = await runSql(
      tx,
      `WITH RECURSIVE up AS (
         SELECT id, manager_id, 1 AS depth FROM users WHERE id = $1
         UNION ALL
         SELECT u.id, u.manager_id, up.depth + 1 FROM users u JOIN up ON u.id = up.manager_id WHERE up.depth < 1000)
       SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
      [managerId, userId],
    );
    if (cycle) throw new AppError(DirectoryErrorCode.DIRECTORY_MANAGER_CYCLE, { fields: [{ field: 'managerId', rule: 'acyclic' }] });
  }
}

export const normaliseRoles = (roles: Role[]): Role[] => [...new Set(roles.filter((r) => r !== Role.EMPLOYEE))].sort();
