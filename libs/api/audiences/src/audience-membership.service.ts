import { Injectable } from '@nestjs/common';
import { EventsService, runSql, SqlParams, Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { AUDIENCE_EVENT_CHUNK, AudienceEvents, AudienceMembersChangedPayload } from './audience.events';
import { AudienceRules, parseStoredRules } from './audience.rules';
import { toPeopleSelection } from './audience.sql';

export interface MembershipDiff {
  audienceId: string;
  version: number;
  memberCount: number;
  added: string[];
  removed: string[];
}
interface LockedAudience {
  id: string;
  rules: AudienceRules;
}

/** Audiences compiled into one diff statement: bounds statement size and lock batches. */
const CHUNK = 50;
/** Beyond this many affected users a scoped refresh is no cheaper than a full one. */
const MAX_SCOPE = 5000;

/**
 * Keeps `audience_members` equal to what the rules resolve to. Every refresh is set-based: one
 * statement per chunk of audiences computes the desired rows, inserts the missing ones and deletes
 * the extra ones (data-modifying CTEs), and returns the diff, which becomes member counts, versions
 * and `audience.members.changed` events. Callers hold the audience rows locked (FOR UPDATE), so two
 * refreshes of one audience serialise and the diffs they report are exact.
 */
@Injectable()
export class AudienceMembershipService {
  private rechecked = 0;

  constructor(
    private readonly events: EventsService,
    private readonly people: PeopleDirectory,
  ) {}

  /** Audiences re-checked by `refreshOrganization` since start: proves in tests (and to an operator) that directory events stay narrow. */
  get recheckedCount(): number {
    return this.rechecked;
  }

  /**
   * Fills a new audience (no members yet, created in this transaction) and sets its count: one
   * INSERT … SELECT and no diff, since a new audience's first members are nobody's change to
   * announce, so the 10k ids of a company-wide audience are not aggregated and sent back.
   */
  async populate(tx: Tx, organizationId: string, audience: LockedAudience): Promise<number> {
    const p = new SqlParams();
    const id = p.add(audience.id);
    const [row] = await runSql<{ memberCount: number }>(
      tx,
      `WITH ins AS (INSERT INTO audience_members (audience_id, user_id, organization_id)
                    SELECT ${id}::uuid, s.user_id, ${p.add(organizationId)}::uuid FROM (${this.people.selectionSql(toPeopleSelection(audience.rules), organizationId, p)}) s
                    ON CONFLICT (audience_id, user_id) DO NOTHING RETURNING 1)
       UPDATE audiences SET member_count = (SELECT count(*) FROM ins) WHERE id = ${id}::uuid RETURNING member_count AS "memberCount"`,
      p.values,
    );
    return row?.memberCount ?? 0;
  }

  /**
   * Recomputes the given (locked) audiences; `scope` limits the work to those users (null = everyone).
   * `bumpVersion` is false when the caller already bumped it for a rules change.
   */
  async refresh(tx: Tx, organizationId: string, audiences: LockedAudience[], scope: string[] | null, bumpVersion: boolean): Promise<MembershipDiff[]> {
    if (audiences.length === 0 || scope?.length === 0) return [];
    const p = new SqlParams();
    const scopeParam = scope ? `${p.add(scope)}::uuid[]` : null;
    const desired = audiences
      .map((a) => `SELECT ${p.add(a.id)}::uuid AS audience_id, s.user_id FROM (${this.people.selectionSql(toPeopleSelection(a.rules), organizationId, p, { within: scopeParam ?? undefined })}) s`)
      .join('\nUNION ALL\n');
    const org = p.add(organizationId);
    const ids = p.add(audiences.map((a) => a.id));
    const rows = await runSql<{ audienceId: string; added: string[]; removed: string[] }>(
      tx,
      `WITH desired AS (${desired}),
       ins AS (INSERT INTO audience_members (audience_id, user_id, organization_id)
               SELECT d.audience_id, d.user_id, ${org}::uuid FROM desired d
               ON CONFLICT (audience_id, user_id) DO NOTHING RETURNING audience_id, user_id),
       del AS (DELETE FROM audience_members am
                WHERE am.audience_id = ANY(${ids}::uuid[]) ${scopeParam ? `AND am.user_id = ANY(${scopeParam})` : ''}
                  AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.audience_id = am.audience_id AND d.user_id = am.user_id)
                RETURNING am.audience_id, am.user_id),
       changes AS (SELECT audience_id, user_id, true AS added FROM ins UNION ALL SELECT audience_id, user_id, false FROM del)
       SELECT audience_id AS "audienceId",
              coalesce(array_agg(user_id::text ORDER BY user_id) FILTER (WHERE added), '{}') AS added,
              coalesce(array_agg(user_id::text ORDER BY user_id) FILTER (WHERE NOT added), '{}') AS removed
         FROM changes GROUP BY audience_id`,
      p.values,
    );
    if (rows.length === 0) return [];
    const counts = await runSql<{ id: string; version: number; memberCount: number }>(
      tx,
      `UPDATE audiences a SET member_count = a.member_count + d.delta, version = a.version + $3, updated_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS d(id, delta) WHERE a.id = d.id
       RETURNING a.id, a.version, a.member_count AS "memberCount"`,
      [rows.map((r) => r.audienceId), rows.map((r) => r.added.length - r.removed.length), bumpVersion ? 1 : 0],
    );
    const byId = new Map(counts.map((c) => [c.id, c]));
    return rows.map((r) => ({ ...r, version: byId.get(r.audienceId)?.version ?? 0, memberCount: byId.get(r.audienceId)?.memberCount ?? 0 }));
  }

  /** Appends `audience.members.changed` for each non-empty diff, chunked to keep events small. */
  async announce(tx: Tx, organizationId: string, actorId: string | null, diffs: MembershipDiff[]): Promise<number> {
    let appended = 0;
    for (const d of diffs) {
      const changes = [...d.added.map((id) => ({ id, added: true })), ...d.removed.map((id) => ({ id, added: false }))];
      for (let i = 0; i < changes.length; i += AUDIENCE_EVENT_CHUNK) {
        const slice = changes.slice(i, i + AUDIENCE_EVENT_CHUNK);
        const payload: AudienceMembersChangedPayload = {
          audienceId: d.audienceId,
          version: d.version,
          added: slice.filter((c) => c.added).map((c) => c.id),
          removed: slice.filter((c) => !c.added).map((c) => c.id),
        };
        await this.events.append(tx, { organizationId, actorId, type: AudienceEvents.membersChanged, payload: { ...payload } });
        appended++;
      }
    }
    return appended;
  }

  /**
   * Refreshes every audience of the organisation (or those in `only`), chunk by chunk in id order
   * (a stable lock order, so concurrent refreshes cannot deadlock), and announces the changes.
   */
  async refreshOrganization(tx: Tx, organizationId: string, opts: { scope: string[] | null; only?: string[] }): Promise<MembershipDiff[]> {
    if (opts.only?.length === 0) return [];
    const all: MembershipDiff[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const chunk = await runSql<{ id: string; rules: unknown }>(
        tx,
        `SELECT id, rules FROM audiences WHERE organization_id = $1 AND id > $2 AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
          ORDER BY id LIMIT $4 FOR UPDATE`,
        [organizationId, after, opts.only ?? null, CHUNK],
      );
      if (chunk.length === 0) break;
      this.rechecked += chunk.length;
      const locked = chunk.map((a) => ({ id: a.id, rules: parseStoredRules(a.rules) }));
      const diffs = await this.refresh(tx, organizationId, locked, opts.scope, true);
      await this.announce(tx, organizationId, null, diffs);
      all.push(...diffs);
      after = chunk[chunk.length - 1].id;
      if (chunk.length < CHUNK) break;
    }
    return all;
  }

  /**
   * The users whose membership a change to `userIds` may affect: themselves and everyone below
   * them in the manager line (a manager change moves the whole sub-line between MANAGER_LINE
   * audiences). Null when that is so many people that a full refresh is the better plan.
   */
  async affectedUsers(tx: Tx, organizationId: string, userIds: string[]): Promise<string[] | null> {
    const ids = await this.people.atOrBelow(tx, organizationId, userIds, MAX_SCOPE + 1);
    // The named ids stay in scope even if their row is gone, so stale member rows get deleted.
    return ids.length > MAX_SCOPE ? null : [...new Set([...userIds, ...ids])];
  }
}
