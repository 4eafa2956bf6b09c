import { Actor, definePolicy, type SqlParams } from '@pillars/api/core';
import { announcementReadSql } from './announcement.policy';

export interface PostSubject {
  organizationId: string;
  authorId: string;
  teamId: string | null;
  status: string;
}

const sameOrg = (actor: Actor, s: { organizationId: string }) => actor.organizationId === s.organizationId;
/** Team leads moderate their team's feed; admins moderate everything they can read. */
const moderates = (actor: Actor, s: PostSubject) => actor.isAdmin || actor.leadsTeam(s.teamId);

/**
 * Default deny. Only the author edits (an edit is their words); the author, a lead of the post's
 * team or an admin deletes; approval of queued posts is the team lead's (or an admin's). Every rule
 * applies to a post the actor can already read: the read rule is `visiblePostsSql`.
 */
export const postPolicy = definePolicy<PostSubject, 'edit' | 'delete' | 'moderate' | 'comment' | 'react'>('post', {
  edit: (actor, s) => sameOrg(actor, s) && s.authorId === actor.userId,
  delete: (actor, s) => sameOrg(actor, s) && (s.authorId === actor.userId || moderates(actor, s)),
  moderate: (actor, s) => sameOrg(actor, s) && s.teamId !== null && moderates(actor, s),
  comment: (actor, s) => sameOrg(actor, s) && s.status === 'PUBLISHED',
  react: (actor, s) => sameOrg(actor, s) && s.status === 'PUBLISHED',
});

export interface TeamFeedSubject {
  organizationId: string;
  teamId: string;
}

/** Feed settings (visibility, approval) belong to the team's leads and to admins. */
export const teamFeedPolicy = definePolicy<TeamFeedSubject, 'configure'>('teamFeed', {
  configure: (actor, s) => sameOrg(actor, s) && (actor.isAdmin || actor.leadsTeam(s.teamId)),
});

/**
 * The read rule over `posts p`, in SQL so hidden rows are never fetched (NOT_FOUND, correct pages):
 * same organisation, not deleted; queued or rejected posts only for their author and the team's
 * leads; a private team's posts only for its members (admins included only when members).
 * `memberTeams` is the directory's `teamsOfSql` for the actor (it owns memberships). An
 * announcement is further limited to its author, HR/admins and its recipients (announcementReadSql).
 */
export function visiblePostsSql(actor: Actor, p: SqlParams, memberTeams: string, alias = 'p'): string {
  const a = alias;
  return `(${a}.organization_id = ${p.add(actor.organizationId)}::uuid AND ${a}.deleted_at IS NULL
    AND (${a}.status = 'PUBLISHED' OR ${a}.author_id = ${p.add(actor.userId)}::uuid OR ${a}.team_id = ANY(${p.add(actor.ledTeamIds)}::uuid[]))
    AND (${a}.team_id IS NULL OR ${a}.team_id IN (${memberTeams})
      OR NOT EXISTS (SELECT 1 FROM team_feeds vf WHERE vf.team_id = ${a}.team_id AND vf.visibility = 'PRIVATE'))
    AND ${announcementReadSql(actor, p, a)})`;
}
