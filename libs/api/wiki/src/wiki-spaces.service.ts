import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, decodeCursor, Db, EventsService, pageSize, runSql, SqlParams, toConnection, type Connection, type Tx } from '@pillars/api/core';
import { PeopleDirectory, type UserModel } from '@pillars/api/directory';
import { RESERVED_SPACE_KEYS } from './wiki-links';
import { presentSpace, spaceColumns, type SpaceRow } from './wiki-page.sql';
import { WikiSpaceVisibility, type WikiOutsiderAccess, type WikiSpaceModel, type WikiSpaceRole } from './wiki-space.model';
import { WikiErrorCode } from './wiki.errors';
import { WikiEvents } from './wiki.events';
import { governsWiki, WikiVisibility, wikiPolicy } from './wiki.policy';

export interface SpaceFields {
  name?: string; description?: string; visibility?: WikiSpaceVisibility; teamId?: string | null;
  outsiderAccess?: WikiOutsiderAccess; reviewCycleMonths?: number; archiveUnverifiedAfterDays?: number | null;
}

@Injectable()
export class WikiSpacesService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
    private readonly visibility: WikiVisibility,
  ) {}

  /** HR and admins; the creator becomes the space's first admin. */
  async createSpace(actor: Actor, input: SpaceFields & { key: string; name: string; visibility: WikiSpaceVisibility }): Promise<WikiSpaceModel> {
    if (!governsWiki(actor)) throw AppError.forbidden();
    if (RESERVED_SPACE_KEYS.has(input.key)) throw new AppError(WikiErrorCode.WIKI_SPACE_KEY_TAKEN, {}, 'That key is reserved');
    const id = await this.db.transaction(async (tx) => {
      const teamId = await this.checkTeam(tx, actor, input.visibility, input.teamId ?? null);
      const [taken] = await runSql(tx, `SELECT 1 FROM wiki_spaces WHERE organization_id = $1 AND key = $2`, [actor.organizationId, input.key]);
      if (taken) throw new AppError(WikiErrorCode.WIKI_SPACE_KEY_TAKEN, {}, 'A space already has that key');
      const [row] = await runSql<{ id: string }>(
        tx,
        `INSERT INTO wiki_spaces (organization_id, key, name, description, visibility, team_id, outsider_access, review_cycle_months, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [actor.organizationId, input.key, input.name, input.description ?? '', input.visibility, teamId, input.outsiderAccess ?? 'READ', input.reviewCycleMonths ?? 12, actor.userId],
      );
      await runSql(tx, `INSERT INTO wiki_space_members (space_id, user_id, organization_id, role, added_by) VALUES ($1, $2, $3, 'ADMIN', $2)`, [row.id, actor.userId, actor.organizationId]);
      await this.append(tx, actor, WikiEvents.spaceCreated, { spaceId: row.id });
      return row.id;
    }).catch((e: unknown) => {
      // Two creations racing for one key: the unique index decides.
      if ((e as { driverError?: { code?: string } }).driverError?.code === '23505') throw new AppError(WikiErrorCode.WIKI_SPACE_KEY_TAKEN, {}, 'A space already has that key');
      throw e;
    });
    return this.getSpace(actor, id);
  }

  /** The space's admins: name, description, visibility, team, outsiders' access, review cycle (the key never changes). */
  async updateSpace(actor: Actor, id: string, input: SpaceFields): Promise<WikiSpaceModel> {
    await this.db.transaction(async (tx) => {
      const space = await this.getSpace(actor, id, tx, true);
      authorize(wikiPolicy, actor, 'admin', space);
      const visibility = input.visibility ?? space.visibility;
      const teamId = await this.checkTeam(tx, actor, visibility, input.teamId !== undefined ? input.teamId : visibility === WikiSpaceVisibility.TEAM ? space.teamId : null);
      await this.keepAnAdmin(tx, actor, { id, visibility, teamId });
      await runSql(
        tx,
        `UPDATE wiki_spaces SET name = $2, description = $3, visibility = $4, team_id = $5, outsider_access = $6, review_cycle_months = $7, archive_unverified_after_days = $8, updated_at = now() WHERE id = $1`,
        [id, input.name ?? space.name, input.description ?? space.description, visibility, teamId, input.outsiderAccess ?? space.outsiderAccess, input.reviewCycleMonths ?? space.reviewCycleMonths,
          input.archiveUnverifiedAfterDays !== undefined ? input.archiveUnverifiedAfterDays : space.archiveUnverifiedAfterDays],
      );
      await this.append(tx, actor, WikiEvents.spaceUpdated, { spaceId: id });
    });
    return this.getSpace(actor, id);
  }

  /**
   * The space's admins name a member's role, or remove them (`role` null); the space keeps someone
   * who administers it (`keepAnAdmin`). Answers the space as the actor sees it after the change,
   * or null when it took their own access away.
   */
  async setMember(actor: Actor, input: { spaceId: string; userId: string; role?: WikiSpaceRole | null }): Promise<WikiSpaceModel | null> {
    await this.db.transaction(async (tx) => {
      const space = await this.getSpace(actor, input.spaceId, tx, true);
      authorize(wikiPolicy, actor, 'admin', space);
      const [user] = await this.people.usersByIds(actor, [input.userId], tx);
      if (!user) throw AppError.notFound('user');
      if (input.role) {
        await runSql(
          tx,
          `INSERT INTO wiki_space_members (space_id, user_id, organization_id, role, added_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (space_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
          [space.id, user.id, actor.organizationId, input.role, actor.userId],
        );
      } else {
        await runSql(tx, `DELETE FROM wiki_space_members WHERE space_id = $1 AND user_id = $2`, [space.id, user.id]);
      }
      await this.keepAnAdmin(tx, actor, space);
      await this.append(tx, actor, WikiEvents.memberChanged, { spaceId: space.id, userId: user.id });
    });
    return this.getSpace(actor, input.spaceId).catch((e: unknown) => {
      if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
      throw e;
    });
  }

  /** A readable space; another organisation's or a hidden one is NOT_FOUND. */
  async getSpace(actor: Actor, id: string, manager: Tx = this.db.manager, lock = false): Promise<WikiSpaceModel> {
    const p = new SqlParams();
    const idParam = p.add(id);
    const [row] = await runSql<SpaceRow>(manager, `SELECT ${spaceColumns(actor, p, this.visibility)} FROM wiki_spaces s WHERE s.id = ${idParam}::uuid AND ${this.visibility.visibleSpaceSql(actor, p, 's')}${lock ? ' FOR UPDATE OF s' : ''}`, p.values);
    if (!row) throw AppError.notFound('space');
    return presentSpace(actor, row);
  }

  async getSpaceByKey(actor: Actor, key: string): Promise<WikiSpaceModel> {
    const p = new SqlParams();
    const keyParam = p.add(key);
    const [row] = await runSql<SpaceRow>(this.db.manager, `SELECT ${spaceColumns(actor, p, this.visibility)} FROM wiki_spaces s WHERE s.key = ${keyParam} AND ${this.visibility.visibleSpaceSql(actor, p, 's')}`, p.values);
    if (!row) throw AppError.notFound('space');
    return presentSpace(actor, row);
  }

  /** The spaces the actor may read, by name. */
  async listSpaces(actor: Actor, args: { first?: number; after?: string }): Promise<Connection<WikiSpaceModel>> {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'uuid']) as [string, string] | null;
    const p = new SqlParams();
    const cols = spaceColumns(actor, p, this.visibility);
    const where = this.visibility.visibleSpaceSql(actor, p, 's');
    const keyset = after ? ` AND (s.name, s.id) > (${p.add(after[0])}, ${p.add(after[1])}::uuid)` : '';
    const rows = await runSql<SpaceRow>(this.db.manager, `SELECT ${cols} FROM wiki_spaces s WHERE ${where}${keyset} ORDER BY s.name, s.id LIMIT ${p.add(first + 1)}`, p.values);
    return toConnection(rows, first, (r) => [r.name, r.id], (r) => presentSpace(actor, r));
  }

  /** The space's named members (a readable space), by name. */
  members(actor: Actor, space: WikiSpaceModel, args: { first?: number; after?: string }): Promise<Connection<{ user: UserModel; role: WikiSpaceRole }>> {
    const p = new SqlParams();
    const sql = `SELECT wm.user_id, wm.role FROM wiki_space_members wm WHERE wm.space_id = ${p.add(space.id)}::uuid`;
    return this.people.pageAmong(this.db.manager, actor.organizationId, { sql, p }, args, (user, extra: { user_id: string; role: WikiSpaceRole }) => ({ user, role: extra.role }), { viewer: actor });
  }

  async teamName(actor: Actor, teamId: string): Promise<string | null> {
    return this.people.teamName(this.db.manager, actor.organizationId, teamId);
  }

  private async checkTeam(tx: Tx, actor: Actor, visibility: WikiSpaceVisibility, teamId: string | null): Promise<string | null> {
    if (visibility !== WikiSpaceVisibility.TEAM) {
      if (teamId) throw new AppError(WikiErrorCode.WIKI_SPACE_TEAM_REQUIRED, {}, 'Only a TEAM space names a team');
      return null;
    }
    if (!teamId || !(await this.people.teamName(tx, actor.organizationId, teamId))) throw new AppError(WikiErrorCode.WIKI_SPACE_TEAM_REQUIRED, {}, 'A TEAM space names a team of the organisation');
    return teamId;
  }

  /**
   * After a change (in its transaction), someone still administers the space, by the rank rule of
   * `WikiVisibility.spaceRankSql`: an ORGANIZATION space always has the organisation's admins; a
   * TEAM space its team's leads or a named admin; a MEMBERS space a named admin. Only active people
   * count (a departed or suspended admin cannot sign in). HR governs the wiki (spaces, templates) but has no
   * rank in a space, so HR does not count.
   */
  private async keepAnAdmin(tx: Tx, actor: Actor, space: { id: string; visibility: WikiSpaceVisibility; teamId: string | null }): Promise<void> {
    if (space.visibility === WikiSpaceVisibility.ORGANIZATION) return;
    const p = new SqlParams();
    const active = this.people.activePeopleSql(p.add(actor.organizationId));
    const named = `EXISTS (SELECT 1 FROM wiki_space_members wm WHERE wm.space_id = ${p.add(space.id)}::uuid AND wm.role = 'ADMIN' AND wm.user_id IN (${active}))`;
    const leads = space.visibility === WikiSpaceVisibility.TEAM && space.teamId ? ` OR EXISTS (SELECT 1 FROM (${this.people.teamLeadsSql(p.add(space.teamId))}) l WHERE l.user_id IN (${active}))` : '';
    const [row] = await runSql<{ ok: boolean }>(tx, `SELECT (${named}${leads}) AS ok`, p.values);
    if (!row?.ok) throw new AppError(WikiErrorCode.WIKI_SPACE_LAST_ADMIN, { visibility: space.visibility }, 'The space would be left with nobody to administer it');
  }

  private append(tx: Tx, actor: Actor, type: string, payload: Record<string, unknown>): Promise<void> {
    return this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type, payload });
  }
}
