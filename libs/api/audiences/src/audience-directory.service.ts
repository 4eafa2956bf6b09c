import { Injectable } from '@nestjs/common';
import { Actor, runSql, Tx } from '@pillars/api/core';
import type { EntityManager } from 'typeorm';
import { isEveryone, parseStoredRules } from './audience.rules';
import { AudiencesService, AudienceSummary } from './audiences.service';

/**
 * What other pillars (feeds, policies, training, wiki) use to attach an audience to their own rows
 * inside their own transactions. Authorization is the caller's: a policy owner may target an
 * audience even when they could not create a standalone one. Rules are validated here all the
 * same (shape, limits, same-organisation references), with field paths under `field`.
 *
 * For set-based work (enrol everyone, join a feed to its readers) read `audience_members
 * (audience_id, user_id, organization_id, added_at)` in SQL; it is kept current after commit by
 * the directory-event handler, and `audience.members.changed` announces every change.
 */
/**
 * One SELECT yielding `audience_id` of the audiences a person is in now, to embed in a read filter;
 * `user` is a uuid placeholder or column (`$3`, `u.id`). A function too, for read rules written as
 * plain functions (feeds' announcement rule).
 */
export const audiencesOfSql = (user: string): string => `SELECT am.audience_id FROM audience_members am WHERE am.user_id = ${user}::uuid`;

/** One SELECT yielding `user_id` of everyone in an audience now (`audience` a uuid placeholder or column), in id order by its primary key. */
export const membersOfSql = (audience: string): string => `SELECT am.user_id FROM audience_members am WHERE am.audience_id = ${audience}::uuid`;

@Injectable()
export class AudienceDirectory {
  constructor(private readonly audiences: AudiencesService) {}

  /**
   * Whether an audience is the whole organisation by its rules (an ALL include and no exclude):
   * every active person, now and later. Its narrowest realtime room is then `org:<id>`, one small
   * message instead of one room per person.
   */
  async isWholeOrganization(manager: EntityManager, organizationId: string, audienceId: string): Promise<boolean> {
    const [row] = await runSql<{ rules: unknown }>(manager, `SELECT rules FROM audiences WHERE id = $1 AND organization_id = $2`, [audienceId, organizationId]);
    if (!row) return false;
    return isEveryone(parseStoredRules(row.rules));
  }

  createForOwner(tx: Tx, actor: Actor, rules: unknown, field = 'audience'): Promise<AudienceSummary> {
    return this.audiences.createInTx(tx, actor, rules, field);
  }

  /**
   * For content whose audience is fixed once it is out (announcements): rules that are the whole
   * organisation give the organisation's one shared "everyone" audience (no one may edit it),
   * not a new copy of every active person; other rules a new audience, as createForOwner.
   */
  createOrShareForOwner(tx: Tx, actor: Actor, rules: unknown, field = 'audience'): Promise<AudienceSummary> {
    return this.audiences.createInTx(tx, actor, rules, field, null, { shareEveryone: true });
  }

  /** Replaces the rules (e.g. while a policy version is a draft) and announces the membership diff. */
  updateForOwner(tx: Tx, actor: Actor, audienceId: string, rules: unknown, field = 'audience'): Promise<AudienceSummary> {
    return this.audiences.updateInTx(tx, actor, audienceId, rules, field);
  }

  async isMember(manager: EntityManager, organizationId: string, audienceId: string, userId: string): Promise<boolean> {
    const [row] = await runSql(manager, `SELECT 1 FROM audience_members WHERE audience_id = $1 AND user_id = $2 AND organization_id = $3`, [audienceId, userId, organizationId]);
    return !!row;
  }

  /**
   * One SELECT yielding `audience_id` of the audiences a person is in now, to embed in a read
   * filter (like the directory's `teamsOfSql`); `userParam` is a uuid placeholder already added to
   * the caller's SqlParams.
   */
  audiencesOfSql(userParam: string): string {
    return audiencesOfSql(userParam);
  }

  /** One SELECT yielding `user_id` of an audience's members now (placeholders already added). */
  membersSql(audienceParam: string, orgParam: string): string {
    return `SELECT am.user_id FROM audience_members am WHERE am.audience_id = ${audienceParam}::uuid AND am.organization_id = ${orgParam}::uuid`;
  }

  /** Whether this audience exists in the organisation (another organisation's reads as missing). */
  async exists(manager: EntityManager, organizationId: string, audienceId: string): Promise<boolean> {
    const [row] = await runSql(manager, `SELECT 1 FROM audiences WHERE id = $1 AND organization_id = $2`, [audienceId, organizationId]);
    return !!row;
  }

  /** How many people the audience has now. */
  async memberCount(manager: EntityManager, organizationId: string, audienceId: string): Promise<number> {
    const [row] = await runSql<{ n: number }>(manager, `SELECT count(*)::int AS n FROM audience_members WHERE audience_id = $1 AND organization_id = $2`, [audienceId, organizationId]);
    return row?.n ?? 0;
  }

  /** Member ids in id order, a keyset page at a time (for fan-out jobs). */
  async resolveMembers(manager: EntityManager, organizationId: string, audienceId: string, page: { after?: string; limit?: number } = {}): Promise<string[]> {
    const rows = await runSql<{ userId: string }>(
      manager,
      `SELECT user_id AS "userId" FROM audience_members WHERE audience_id = $1 AND organization_id = $2 AND ($3::uuid IS NULL OR user_id > $3)
        ORDER BY user_id LIMIT $4`,
      [audienceId, organizationId, page.after ?? null, Math.min(page.limit ?? 1000, 10_000)],
    );
    return rows.map((r) => r.userId);
  }
}
