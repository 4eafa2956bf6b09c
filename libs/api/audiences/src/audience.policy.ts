import { Actor, definePolicy } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import type { SqlParams } from '@pillars/api/core';

export interface AudienceSubject {
  organizationId: string;
  /** Filled by the read query: whether the viewer is a materialised member. */
  viewerIsMember?: boolean;
}

const governs = (actor: Actor) => actor.hasRole(Role.HR) || actor.hasRole(Role.ADMIN);
const sameOrg = (actor: Actor, s: AudienceSubject) => actor.organizationId === s.organizationId;

/**
 * Default deny. HR and admins own audiences; members may see the audience they are in (so a
 * member's client can follow its room) but not the list of everyone else in it. Team leads may
 * preview counts because they will pick audiences for team content in later pillars.
 */
export const audiencePolicy = definePolicy<AudienceSubject, 'read' | 'create' | 'edit' | 'listMembers' | 'preview'>('audience', {
  read: (actor, s) => sameOrg(actor, s) && (governs(actor) || s.viewerIsMember === true),
  create: (actor, s) => sameOrg(actor, s) && governs(actor),
  edit: (actor, s) => sameOrg(actor, s) && governs(actor),
  listMembers: (actor, s) => sameOrg(actor, s) && governs(actor),
  preview: (actor, s) => sameOrg(actor, s) && (governs(actor) || actor.ledTeamIds.length > 0),
});

/** The `read` rule in SQL over `audiences a`, so hidden audiences are never fetched (NOT_FOUND). */
export const visibleAudienceSql = (actor: Actor, p: SqlParams): string =>
  `a.organization_id = ${p.add(actor.organizationId)}::uuid AND (${p.add(governs(actor))}::boolean
     OR EXISTS (SELECT 1 FROM audience_members vm WHERE vm.audience_id = a.id AND vm.user_id = ${p.add(actor.userId)}::uuid))`;
