import { definePolicy } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

interface UserSubject { id: string; organizationId: string }
const sameOrg = (orgId: string, subject: UserSubject) => subject.organizationId === orgId;

/** Directory: everyone reads their organisation; admins manage it; people edit their own settings. */
export const userPolicy = definePolicy<UserSubject, 'read' | 'listInactive' | 'edit' | 'editOwnSettings' | 'suspend' | 'assignRoles' | 'create' | 'import'>('user', {
  read: (actor, u) => sameOrg(actor.organizationId, u),
  // Suspended and departed people (and their emails) are HR and admin business: others search the active directory.
  listInactive: (actor, u) => sameOrg(actor.organizationId, u) && (actor.hasRole(Role.ADMIN) || actor.hasRole(Role.HR)),
  create: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN),
  import: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN),
  edit: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN),
  editOwnSettings: (actor, u) => actor.userId === u.id,
  suspend: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN) && actor.userId !== u.id,
  assignRoles: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN) && actor.userId !== u.id,
});
