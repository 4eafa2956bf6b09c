import { Injectable, OnModuleInit } from '@nestjs/common';
import { can, Db, DomainEvent, EventsService, RealtimeService, Tx } from '@pillars/api/core';
import { DIRECTORY_EVENT_TYPES, DirectoryEventPayload, DirectoryEvents } from '@pillars/api/directory';
import { AudienceEvents, AudienceUpdatedPayload } from './audience.events';
import { AudienceCandidates } from './audience-candidates.service';
import { AudienceMembershipService } from './audience-membership.service';
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
    private readonly candidates: AudienceCandidates,
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
   * Re-checks only the audiences the change can affect, found through the rule-key index:
   * - a team move: audiences with a sub-team rule over a team the moved team left or entered
   *   (the symmetric difference of its ancestors before and after; nothing else changes);
   * - named people (and, for a manager change or an import, the lines below them): the audiences
   *   they are in now plus those whose rules match them now (AudienceCandidates.forPeople);
   * - named teams alone (created, renamed): audiences naming those teams.
   * Every audience is re-checked only for a bulk change that names nothing narrower (an event
   * written before the move fields existed) or one over more than MAX_SCOPE people, whose keys
   * would name most of the organisation's audiences anyway.
   */
  async onDirectoryChange(event: DomainEvent, tx: Tx): Promise<void> {
    const payload = event.payload as DirectoryEventPayload;
    const org = event.organizationId;
    const userIds = [...new Set(payload.userIds ?? [])];
    const teamIds = [...new Set(payload.teamIds ?? [])];
    const { ancestorIdsBefore: before, ancestorIdsAfter: after } = payload;
    const moved = !!before && !!after;
    // An import only creates teams (never moves one), so its people are the whole change.
    const bulk = payload.wholeOrganization && !moved && event.type !== DirectoryEvents.imported;
    if (bulk || (userIds.length === 0 && teamIds.length === 0)) {
      await this.membership.refreshOrganization(tx, org, { scope: null });
      return;
    }
    if (moved) {
      const left = before.filter((id) => !after.includes(id));
      const entered = after.filter((id) => !before.includes(id));
      await this.membership.refreshOrganization(tx, org, { scope: null, only: await this.candidates.overTrees(tx, org, [...left, ...entered]) });
    }
    if (userIds.length) {
      // Only a manager change reaches people below: line rules follow manager_id whatever anyone's status, team or place.
      const spreads = event.type === DirectoryEvents.managerChanged || event.type === DirectoryEvents.imported;
      const scope = spreads ? await this.membership.affectedUsers(tx, org, userIds) : userIds;
      const only = scope ? await this.candidates.forPeople(tx, org, scope) : undefined;
      await this.membership.refreshOrganization(tx, org, { scope, only });
    } else if (!moved) {
      await this.membership.refreshOrganization(tx, org, { scope: null, only: await this.candidates.namingTeams(tx, org, teamIds) });
    }
  }
}
