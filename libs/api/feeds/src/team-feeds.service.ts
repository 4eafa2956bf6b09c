import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, can, Db, EventsService, runSql, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { FeedsEvents } from './feeds.events';
import { TeamFeedVisibility, type TeamFeedModel } from './post.model';
import { teamFeedPolicy } from './post.policy';

export interface TeamFeedAccess {
  teamId: string;
  visibility: TeamFeedVisibility;
  requiresApproval: boolean;
  viewerIsMember: boolean;
}

/** A team's feed settings (stored here, keyed by the directory's team id) and who may read it. */
@Injectable()
export class TeamFeedsService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly events: EventsService,
  ) {}

  /** The feed of a team of the actor's organisation; a private one reads as missing to outsiders. */
  async readable(manager: Tx, actor: Actor, teamId: string): Promise<TeamFeedAccess> {
    const access = await this.access(manager, actor, teamId);
    if (!access || (access.visibility === TeamFeedVisibility.PRIVATE && !access.viewerIsMember)) throw AppError.notFound('team');
    return access;
  }

  /** Settings and membership, or null when the team is not the organisation's. */
  async access(manager: Tx, actor: Actor, teamId: string): Promise<TeamFeedAccess | null> {
    const known = await this.people.existing(manager, actor.organizationId, { teamIds: [teamId], userIds: [] });
    if (!known.has(teamId)) return null;
    const [row] = await runSql<{ visibility: TeamFeedVisibility; requiresApproval: boolean }>(
      manager,
      `SELECT visibility, requires_approval AS "requiresApproval" FROM team_feeds WHERE team_id = $1 AND organization_id = $2`,
      [teamId, actor.organizationId],
    );
    const members = await this.people.membersAmong(manager, actor.organizationId, teamId, [actor.userId]);
    return { teamId, visibility: row?.visibility ?? TeamFeedVisibility.OPEN, requiresApproval: row?.requiresApproval ?? false, viewerIsMember: members.has(actor.userId) };
  }

  async teamFeed(actor: Actor, teamId: string): Promise<TeamFeedModel> {
    return this.present(actor, await this.readable(this.db.manager, actor, teamId));
  }

  async configure(actor: Actor, input: { teamId: string; visibility?: TeamFeedVisibility; requiresApproval?: boolean }): Promise<TeamFeedModel> {
    const access = await this.db.transaction(async (tx) => {
      const current = await this.readable(tx, actor, input.teamId);
      authorize(teamFeedPolicy, actor, 'configure', { organizationId: actor.organizationId, teamId: input.teamId });
      const next = { ...current, visibility: input.visibility ?? current.visibility, requiresApproval: input.requiresApproval ?? current.requiresApproval };
      const [row] = await runSql<{ version: number }>(
        tx,
        `INSERT INTO team_feeds (team_id, organization_id, visibility, requires_approval) VALUES ($1, $2, $3, $4)
         ON CONFLICT (team_id) DO UPDATE SET visibility = EXCLUDED.visibility, requires_approval = EXCLUDED.requires_approval,
           version = team_feeds.version + 1, updated_at = now()
         RETURNING version`,
        [input.teamId, actor.organizationId, next.visibility, next.requiresApproval],
      );
      await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: FeedsEvents.feedUpdated, payload: { teamId: input.teamId, version: row.version } });
      return next;
    });
    return this.present(actor, access);
  }

  private present(actor: Actor, a: TeamFeedAccess): TeamFeedModel {
    return { ...a, canConfigure: can(teamFeedPolicy, actor, 'configure', { organizationId: actor.organizationId, teamId: a.teamId }) };
  }
}
