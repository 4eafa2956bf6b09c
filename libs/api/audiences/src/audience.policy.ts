import { Actor, definePolicy } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import type { SqlParams } from '@pillars/api/core';

export interface AudienceSubject {
  organizationId: string;
  /** Filled by the read query: whether the viewer is a materialised member. */
  viewerIsMember?: boolean;
  name?: string | null;
  ownerId?: string | null;
  /** Set on the organisation's shared "everyone" (many announcements' audience): no one edits it. */
  sharedKind?: string | null;
}

const governs = (actor: Actor) => actor.hasRole(Role.HR) || actor.hasRole(Role.ADMIN);
const sameOrg = (actor: Actor, s: AudienceSubject) => actor.organizationId === s.organizationId;
/** Owners keep their saved (named) audiences; an inline one (an announcement's rules) belongs to its pillar. */
const owns = (actor: Actor, s: AudienceSubject) => s.name != null && s.ownerId != null && s.ownerId === actor.userId;

/**
 * Default deny. HR and admins govern audiences; the owner of a saved audience reopens, edits and
 * lists it; members may see the audience they are in (so a member's client can follow its room)
 * but not the list of everyone else in it. Team leads may preview counts because they pick
 * audiences for team content.
 */
export const audiencePolicy = definePolicy<AudienceSubject, 'read' | 'create' | 'edit' | 'listMembers' | 'preview'>('audience', {
  read: (actor, s) => sameOrg(actor, s) && (governs(actor) || owns(actor, s) || s.viewerIsMember === true),
  create: (actor, s) => sameOrg(actor, s) && governs(actor),
  edit: (actor, s) => sameOrg(actor, s) && !s.sharedKind && (governs(actor) || owns(actor, s)),
  listMembers: (actor, s) => sameOrg(actor, s) && (governs(actor) || owns(actor, s)),
  preview: (actor, s) => sameOrg(actor, s) && (governs(actor) || actor.ledTeamIds.length > 0),
});

/** The `read` rule in SQL over `audiences a`, so hidden audiences are never fetched (NOT_FOUND). */
export const visibleAudienceSql = (actor: Actor, p: SqlParams): string => {
  const viewer = p.add(actor.userId);
  return `a.organization_id = ${p.add(actor.organizationId)}::uuid AND (${p.add(governs(actor))}::boolean
     OR (a.name IS NOT NULL AND a.owner_id = ${viewer}::uuid)
     OR EXISTS (SELECT 1 FROM audience_members vm WHERE vm.audience_id = a.id AND vm.user_id = ${viewer}::uuid))`;
};

/** The saved list: named audiences, all of them for HR and admins, one's own for everyone else. */
export const listedAudienceSql = (actor: Actor, p: SqlParams): string =>
  `a.organization_id = ${p.add(actor.organizationId)}::uuid AND a.name IS NOT NULL AND (${p.add(governs(actor))}::boolean OR a.owner_id = ${p.add(actor.userId)}::uuid)`;
