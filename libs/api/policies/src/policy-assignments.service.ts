import { Injectable } from '@nestjs/common';
import { Actor, Db, runSql, SqlParams, type Tx } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { NotificationsService } from '@pillars/api/notifications';
import { visiblePoliciesSql } from './policy.policy';

export const ACKNOWLEDGEMENT_REQUESTED_KIND = 'policies.acknowledgement_requested';
/** Notifications point at `policy:<policyId>`; the target checker is the policy read rule. */
export const POLICY_TARGET = 'policy';

/**
 * The asks: who must acknowledge which major version of a policy, by when. Written by fan-out
 * steps after a major version's publication (due N days after it) and for people who join the
 * audience later (due N days after they joined); never in the publishing request. Idempotent:
 * ON CONFLICT DO NOTHING, and only new asks notify.
 */
@Injectable()
export class PolicyAssignmentsService {
  constructor(
    private readonly db: Db,
    private readonly audiences: AudienceDirectory,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * One fan-out step over up to `limit` audience members after `after` (id order), in one
   * transaction. Returns the last id read, or null when done (or the version is no longer current).
   */
  async askBatch(organizationId: string, versionId: string, after: string | null, limit: number): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      const [v] = await runSql<{ audienceId: string; policyId: string; createdBy: string }>(
        tx,
        `SELECT v.audience_id AS "audienceId", v.policy_id AS "policyId", v.created_by AS "createdBy" FROM policy_versions v JOIN policies p ON p.id = v.policy_id
          WHERE v.id = $1 AND v.organization_id = $2 AND v.status = 'PUBLISHED' AND p.retired_at IS NULL`,
        [versionId, organizationId],
      );
      if (!v) return null;
      const members = await this.audiences.resolveMembers(tx, organizationId, v.audienceId, { after: after ?? undefined, limit });
      await this.ask(tx, organizationId, versionId, members, 'publication');
      return members.length < limit ? null : members[members.length - 1];
    });
  }

  /** People who newly fall inside an audience are asked for every current major version addressed to it, due from now. */
  async askJoiners(tx: Tx, organizationId: string, audienceId: string, added: readonly string[]): Promise<void> {
    if (added.length === 0) return;
    const versions = await runSql<{ id: string }>(
      tx,
      `SELECT v.id FROM policy_versions v JOIN policies p ON p.id = v.policy_id
        WHERE v.audience_id = $1 AND v.organization_id = $2 AND v.status = 'PUBLISHED' AND p.retired_at IS NULL`,
      [audienceId, organizationId],
    );
    for (const v of versions) await this.ask(tx, organizationId, v.id, added, 'join');
  }

  /** Which of these policies the actor may read (the notification centre's "no longer available"). */
  async visibleIds(actor: Actor, ids: string[]): Promise<Set<string>> {
    const p = new SqlParams();
    const visible = visiblePoliciesSql(actor, p, (u) => this.audiences.audiencesOfSql(u));
    const rows = await this.db.query<{ id: string }>(
      `SELECT p.id FROM policies p WHERE p.id = ANY(${p.add(ids)}::uuid[]) AND p.organization_id = ${p.add(actor.organizationId)} AND ${visible}`,
      p.values,
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Asks these people for the version's major, due `due_days` after its publication or (a joiner)
   * after now. Someone already asked for that major keeps their ask and their due date; the
   * version's major, not the version, is the key, so a minor version re-asks nobody.
   */
  private async ask(tx: Tx, organizationId: string, versionId: string, userIds: readonly string[], from: 'publication' | 'join'): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await runSql<{ userId: string; policyId: string; createdBy: string }>(
      tx,
      `INSERT INTO policy_assignments (policy_id, user_id, major, organization_id, version_id, due_at)
       SELECT v.policy_id, u.id, v.major, v.organization_id, v.id,
              ${from === 'publication' ? 'v.published_at' : 'now()'} + make_interval(days => v.due_days)
         FROM policy_versions v CROSS JOIN unnest($2::uuid[]) AS u(id)
        WHERE v.id = $1 AND v.organization_id = $3
       ON CONFLICT (policy_id, user_id, major) DO NOTHING
       RETURNING user_id AS "userId", policy_id AS "policyId", (SELECT created_by FROM policy_versions WHERE id = $1) AS "createdBy"`,
      [versionId, userIds, organizationId],
    );
    if (rows.length === 0) return [];
    const added = rows.map((r) => r.userId);
    await this.notifications.notify(tx, {
      organizationId, kind: ACKNOWLEDGEMENT_REQUESTED_KIND, recipientIds: added, actorId: rows[0].createdBy,
      target: { type: POLICY_TARGET, id: rows[0].policyId }, data: { policyId: rows[0].policyId, versionId },
    });
    return added;
  }
}
