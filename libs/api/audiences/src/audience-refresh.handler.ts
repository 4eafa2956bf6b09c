import { Injectable, OnModuleInit } from '@nestjs/common';
import { can, Db, DomainEvent, EventsService, RealtimeService, runSql, Tx } from '@pillars/api/core';
import { DIRECTORY_EVENT_TYPES, DirectoryEventPayload } from '@pillars/api/directory';
import { AudienceEvents, AudienceUpdatedPayload } from './audience.events';
import { AudienceMembershipService, MembershipDiff } from './audience-membership.service';
import { audiencePolicy } from './audience.policy';

/**
 * Keeps materialised membership current when the directory changes, pushes invalidations to the
 * `audience:<id>` rooms, and authorizes those rooms. Handlers run after commit, each in its own
 * transaction, once per event (the outbox's processed_events row).
 */
@Injectable()
export class AudienceRefreshHandler implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
    private readonly membership: AudienceMembershipService,
    private readonly db: Db,
  ) {}

  onModuleInit(): void {
    this.events.on('audiences.refresh-members', [...DIRECTORY_EVENT_TYPES], (event, tx) => this.onDirectoryChange(event, tx));
    this.events.on('audiences.realtime', [AudienceEvents.membersChanged, AudienceEvents.updated], async (event) => {
      const { audienceId, version } = event.payload as unknown as AudienceUpdatedPayload;
      this.realtime.emit(`audience:${audienceId}`, { type: 'Audience', id: audienceId, version });
    });
    this.realtime.registerRoom('audience', async (actor, id) => {
      const [row] = await this.db.query<{ organizationId: string; viewerIsMember: boolean }>(
        `SELECT a.organization_id AS "organizationId", EXISTS (SELECT 1 FROM audience_members m WHERE m.audience_id = a.id AND m.user_id = $2) AS "viewerIsMember"
           FROM audiences a WHERE a.id = $1 AND a.organization_id = $3`,
        [id, actor.userId, actor.organizationId],
      );
      return !!row && can(audiencePolicy, actor, 'read', row);
    });
  }

  /**
   * Correctness first, set-based always: named users (and the lines below them) are re-evaluated
   * against every audience of the organisation; a structural change (team move, import) or a
   * payload that names nobody refreshes every audience in full; named teams refresh the audiences
   * whose rules mention them.
   */
  async onDirectoryChange(event: DomainEvent, tx: Tx): Promise<void> {
    const payload = event.payload as DirectoryEventPayload;
    const org = event.organizationId;
    const userIds = payload.userIds ?? [];
    const teamIds = payload.teamIds ?? [];
    let diffs: MembershipDiff[];
    if (payload.wholeOrganization || (userIds.length === 0 && teamIds.length === 0)) {
      diffs = await this.membership.refreshOrganization(tx, org, { scope: null });
    } else {
      diffs = [];
      if (userIds.length) diffs.push(...(await this.membership.refreshOrganization(tx, org, { scope: await this.membership.affectedUsers(tx, org, userIds) })));
      if (teamIds.length) {
        const only = await this.audiencesMentioningTeams(tx, org, teamIds);
        if (only.length) diffs.push(...(await this.membership.refreshOrganization(tx, org, { scope: null, only })));
      }
    }
  }

  /** Audiences whose include or exclude rules name one of the teams (GIN-indexed containment). */
  private async audiencesMentioningTeams(tx: Tx, organizationId: string, teamIds: string[]): Promise<string[]> {
    const patterns = teamIds.flatMap((teamId) => ['include', 'exclude'].map((side) => JSON.stringify({ [side]: [{ teamId: teamId.toLowerCase() }] })));
    const rows = await runSql<{ id: string }>(tx, `SELECT id FROM audiences WHERE organization_id = $1 AND rules @> ANY($2::jsonb[])`, [organizationId, patterns]);
    return rows.map((r) => r.id);
  }
}
