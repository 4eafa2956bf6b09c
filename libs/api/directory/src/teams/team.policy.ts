import { definePolicy } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

interface TeamSubject { id: string; organizationId: string }

/**
 * Teams are visible to the whole organisation; admins edit the tree; a lead manages their own
 * team's members, description and contact (not its name, place or lead: that is the tree's
 * business); HR keeps descriptions and contacts current too.
 */
export const teamPolicy = definePolicy<TeamSubject, 'read' | 'edit' | 'editDescription' | 'manageMembers' | 'appointLead' | 'create'>('team', {
  read: (actor, t) => actor.organizationId === t.organizationId,
  create: (actor, t) => actor.organizationId === t.organizationId && actor.hasRole(Role.ADMIN),
  edit: (actor, t) => actor.organizationId === t.organizationId && actor.hasRole(Role.ADMIN),
  editDescription: (actor, t) => actor.organizationId === t.organizationId && (actor.hasRole(Role.ADMIN) || actor.hasRole(Role.HR) || actor.leadsTeam(t.id)),
  appointLead: (actor, t) => actor.organizationId === t.organizationId && actor.hasRole(Role.ADMIN),
  manageMembers: (actor, t) => actor.organizationId === t.organizationId && (actor.hasRole(Role.ADMIN) || actor.leadsTeam(t.id)),
});
