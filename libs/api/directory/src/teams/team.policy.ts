import { definePolicy } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

interface TeamSubject { id: string; organizationId: string }

/** Teams are visible to the whole organisation; admins edit the tree, leads manage their members. */
export const teamPolicy = definePolicy<TeamSubject, 'read' | 'edit' | 'manageMembers' | 'create'>('team', {
  read: (actor, t) => actor.organizationId === t.organizationId,
  create: (actor, t) => actor.organizationId === t.organizationId && actor.hasRole(Role.ADMIN),
  edit: (actor, t) => actor.organizationId === t.organizationId && actor.hasRole(Role.ADMIN),
  manageMembers: (actor, t) => actor.organizationId === t.organizationId && (actor.hasRole(Role.ADMIN) || actor.leadsTeam(t.id)),
});
