import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, can, Db, EventsService, FieldError, runSql, SqlParams, Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import type { EntityManager } from 'typeorm';
import { AudienceErrorCode } from './audience.errors';
import { AudienceEvents, AudienceCreatedPayload, AudienceUpdatedPayload } from './audience.events';
import { AudienceMembershipService } from './audience-membership.service';
import type { AudienceMemberModel } from './audience.model';
import { audiencePolicy, type AudienceSubject, visibleAudienceSql } from './audience.policy';
import { AudienceRow, presentMember } from './audience.presenter';
import { AudienceRuleKind, AudienceRules, isEveryone, normalizeRules } from './audience.rules';
import { toPeopleSelection } from './audience.sql';

export const AUDIENCE_COLUMNS = `a.id, a.organization_id AS "organizationId", a.name, a.owner_id AS "ownerId", a.shared_kind AS "sharedKind", a.rules, a.member_count AS "memberCount", a.version,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;
const PREVIEW_SAMPLE = 10;
/** `audiences.shared_kind` of an organisation's one shared whole-organisation audience. */
const SHARED_EVERYONE = 'EVERYONE';

export interface AudienceSummary {
  id: string;
  version: number;
  memberCount: number;
}

@Injectable()
export class AudiencesService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly membership: AudienceMembershipService,
    private readonly people: PeopleDirectory,
  ) {}

  /** Validates a draft and checks every referenced team and person is in the actor's organisation. */
  async validateRules(manager: EntityManager, actor: Actor, draft: unknown, prefix: string): Promise<AudienceRules> {
    const { rules, errors, references } = normalizeRules(draft, prefix);
    if (errors.length) throw AppError.badInput(errors, 'Invalid audience rules');
    if (references.length === 0) return rules;
    const ids = (table: 'teams' | 'users') => [...new Set(references.filter((r) => r.table === table).map((r) => r.id))];
    const known = await this.people.existing(manager, actor.organizationId, { teamIds: ids('teams'), userIds: ids('users') });
    // Another organisation's id reads exactly like a missing one: nothing leaks across tenants.
    const missing: FieldError[] = [...new Set(references.filter((r) => !known.has(r.id)).map((r) => r.field))].map((field) => ({ field, rule: 'exists' }));
    if (missing.length) throw AppError.badInput(missing, 'Unknown team or person in audience rules');
    return rules;
  }

  /** A saved audience: named, owned by its creator. */
  async createAudience(actor: Actor, name: string, draft: unknown, prefix = 'rules'): Promise<AudienceRow> {
    authorize(audiencePolicy, actor, 'create', { organizationId: actor.organizationId });
    const { id } = await this.db.transaction(async (tx) => {
      await this.checkNameFree(tx, actor, name, null);
      return this.createInTx(tx, actor, draft, prefix, name);
    });
    return this.getAudience(actor, id);
  }

  /** Inserts and materialises in the caller's transaction; the caller has authorized (and checked a name). */
  async createInTx(tx: Tx, actor: Actor, draft: unknown, prefix: string, name: string | null = null, options: { shareEveryone?: boolean } = {}): Promise<AudienceSummary> {
    const rules = await this.validateRules(tx, actor, draft, prefix);
    if (options.shareEveryone && name == null && isEveryone(rules)) return this.everyoneInTx(tx, actor);
    const [row] = await runSql<{ id: string }>(tx, `INSERT INTO audiences (organization_id, rules, name, owner_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
      actor.organizationId,
      JSON.stringify(rules),
      name,
      actor.userId,
    ]);
    const memberCount = await this.membership.populate(tx, actor.organizationId, { id: row.id, rules });
    const summary = { id: row.id, version: 1, memberCount };
    const payload: AudienceCreatedPayload = { audienceId: row.id, version: summary.version, memberCount: summary.memberCount };
    // Initial members are not "joiners": the creating command handles them with its own rows.
    await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: AudienceEvents.created, payload: { ...payload } });
    return summary;
  }

  /**
   * The organisation's shared "everyone" audience (rules: ALL, no exclude), created and filled on
   * first use. Concurrent first uses: the unique index lets one insert through; the other waits
   * for its commit and reads it.
   */
  private async everyoneInTx(tx: Tx, actor: Actor): Promise<AudienceSummary> {
    const read = async () =>
      (await runSql<AudienceSummary>(tx, `SELECT id, version, member_count AS "memberCount" FROM audiences WHERE organization_id = $1 AND shared_kind = $2`, [actor.organizationId, SHARED_EVERYONE]))[0];
    const existing = await read();
    if (existing) return existing;
    const rules: AudienceRules = { include: [{ kind: AudienceRuleKind.ALL }], exclude: [] };
    const [row] = await runSql<{ id: string }>(
      tx,
      `INSERT INTO audiences (organization_id, rules, shared_kind) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, shared_kind) WHERE shared_kind IS NOT NULL DO NOTHING RETURNING id`,
      [actor.organizationId, JSON.stringify(rules), SHARED_EVERYONE],
    );
    if (!row) return (await read()) as AudienceSummary;
    const memberCount = await this.membership.populate(tx, actor.organizationId, { id: row.id, rules });
    const payload: AudienceCreatedPayload = { audienceId: row.id, version: 1, memberCount };
    await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: AudienceEvents.created, payload: { ...payload } });
    return { id: row.id, version: 1, memberCount };
  }

  /** New rules and, when given, a new name; naming an inline audience makes it a saved one of the actor's. */
  async updateAudience(actor: Actor, id: string, draft: unknown, name?: string | null, prefix = 'rules'): Promise<AudienceRow> {
    await this.db.transaction(async (tx) => {
      const current = await this.lock(tx, actor, id);
      if (!can(audiencePolicy, actor, 'read', current)) throw AppError.notFound('audience');
      authorize(audiencePolicy, actor, 'edit', current);
      if (name != null && name !== current.name) {
        await this.checkNameFree(tx, actor, name, id);
        await runSql(tx, `UPDATE audiences SET name = $2, owner_id = CASE WHEN name IS NULL THEN $3::uuid ELSE owner_id END WHERE id = $1`, [id, name, actor.userId]);
      }
      await this.updateInTx(tx, actor, id, draft, prefix);
    });
    return this.getAudience(actor, id);
  }

  /** Names are unique per organisation, ignoring case (the unique index backs this up under a race). */
  private async checkNameFree(tx: Tx, actor: Actor, name: string, exceptId: string | null): Promise<void> {
    const [taken] = await runSql(tx, `SELECT 1 FROM audiences WHERE organization_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`, [
      actor.organizationId,
      name,
      exceptId,
    ]);
    if (taken) throw new AppError(AudienceErrorCode.AUDIENCE_NAME_TAKEN, { fields: [{ field: 'name', rule: 'unique' }] }, 'An audience of that name exists');
  }

  /** New rules, one version bump, and the membership diff announced, in the caller's transaction. */
  async updateInTx(tx: Tx, actor: Actor, id: string, draft: unknown, prefix: string): Promise<AudienceSummary> {
    // The shared "everyone" is many announcements' audience at once: no one changes it.
    if ((await this.lock(tx, actor, id)).sharedKind) throw AppError.forbidden();
    const rules = await this.validateRules(tx, actor, draft, prefix);
    const [bumped] = await runSql<{ version: number; memberCount: number }>(
      tx,
      `UPDATE audiences SET rules = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, member_count AS "memberCount"`,
      [id, JSON.stringify(rules)],
    );
    const diffs = await this.membership.refresh(tx, actor.organizationId, [{ id, rules }], null, false);
    await this.membership.announce(tx, actor.organizationId, actor.userId, diffs);
    const payload: AudienceUpdatedPayload = { audienceId: id, version: bumped.version };
    await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: AudienceEvents.updated, payload: { ...payload } });
    return { id, version: bumped.version, memberCount: diffs[0]?.memberCount ?? bumped.memberCount };
  }

  /** Read-filtered in SQL: an audience the actor may not see is NOT_FOUND, like a missing one. */
  async getAudience(actor: Actor, id: string): Promise<AudienceRow> {
    const p = new SqlParams();
    const idParam = p.add(id);
    const viewer = p.add(actor.userId);
    const [row] = await this.db.query<AudienceRow>(
      `SELECT ${AUDIENCE_COLUMNS}, EXISTS (SELECT 1 FROM audience_members m WHERE m.audience_id = a.id AND m.user_id = ${viewer}::uuid) AS "viewerIsMember"
         FROM audiences a WHERE a.id = ${idParam}::uuid AND ${visibleAudienceSql(actor, p)}`,
      p.values,
    );
    if (!row) throw AppError.notFound('audience');
    return row;
  }

  /** The live "N people" count and the first few names, straight from the rules (nothing stored). */
  async previewAudience(actor: Actor, draft: unknown, prefix = '') {
    authorize(audiencePolicy, actor, 'preview', { organizationId: actor.organizationId });
    const rules = await this.validateRules(this.db.manager, actor, draft, prefix);
    return this.people.previewSelection(this.db.manager, actor.organizationId, toPeopleSelection(rules), PREVIEW_SAMPLE);
  }

  /**
   * Materialised members, keyset-paginated by (name, id). The directory leaves out whom the viewer
   * may not see (suspended or departed people, for anyone but HR and admins), even in the moment
   * before the membership refresh removes them.
   */
  async members(actor: Actor, audience: AudienceSubject & { id: string }, args: { first?: number; after?: string }) {
    authorize(audiencePolicy, actor, 'listMembers', audience);
    const p = new SqlParams();
    const among = `SELECT m.user_id, m.added_at FROM audience_members m WHERE m.audience_id = ${p.add(audience.id)}::uuid AND m.organization_id = ${p.add(actor.organizationId)}::uuid`;
    return this.people.pageAmong<{ user_id: string; added_at: string }, AudienceMemberModel>(
      this.db.manager,
      actor.organizationId,
      { sql: among, p },
      args,
      (user, m) => presentMember(user, new Date(m.added_at)),
      { viewer: actor },
    );
  }

  /** Everyone a draft selects, a keyset page at a time: what "and N more" expands into. */
  async previewMembers(actor: Actor, draft: unknown, args: { first?: number; after?: string }) {
    authorize(audiencePolicy, actor, 'preview', { organizationId: actor.organizationId });
    const rules = await this.validateRules(this.db.manager, actor, draft, '');
    const p = new SqlParams();
    const among = this.people.selectionSql(toPeopleSelection(rules), actor.organizationId, p);
    return this.people.pageAmong<{ user_id: string }, AudienceMemberModel>(this.db.manager, actor.organizationId, { sql: among, p }, args, (user) => presentMember(user), { viewer: actor });
  }

  private async lock(tx: Tx, actor: Actor, id: string): Promise<AudienceRow> {
    const [row] = await runSql<AudienceRow>(
      tx,
      `SELECT ${AUDIENCE_COLUMNS}, EXISTS (SELECT 1 FROM audience_members m WHERE m.audience_id = a.id AND m.user_id = $3) AS "viewerIsMember"
         FROM audiences a WHERE a.id = $1 AND a.organization_id = $2 FOR UPDATE`,
      [id, actor.organizationId, actor.userId],
    );
    if (!row) throw AppError.notFound('audience');
    return row;
  }
}
