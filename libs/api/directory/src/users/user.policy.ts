import { definePolicy } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

interface UserSubject { id: string; organizationId: string }
const sameOrg = (orgId: string, subject: UserSubject) => subject.organizationId === orgId;

/** Directory: everyone reads their organisation; admins manage it; people edit their own settings. */
export const userPolicy = definePolicy<UserSubject, 'read' | 'edit' | 'editOwnSettings' | 'suspend' | 'assignRoles' | 'create' | 'import'>('user', {
  read: (actor, u) => sameOrg(actor.organizationId, u),
  create: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN),
  import: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN),
  edit: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN),
  editOwnSettings: (actor, u) => actor.userId === u.id,
  suspend: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN) && actor.userId !== u.id,
  assignRoles: (actor, u) => sameOrg(actor.organizationId, u) && actor.hasRole(Role.ADMIN) && actor.userId !== u.id,
});
