import { definePolicy, type Actor } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

interface UserSubject { id: string; organizationId: string; roles?: readonly string[] }
const sameOrg = (orgId: string, subject: UserSubject) => subject.organizationId === orgId;
const isAdmin = (actor: Actor) => actor.hasRole(Role.ADMIN);
const isHr = (actor: Actor) => actor.hasRole(Role.HR);
/** HR manages people records, except admins' (an HR person cannot suspend or rename the admins above them). */
const managesRecord = (actor: Actor, u: UserSubject) => isAdmin(actor) || (isHr(actor) && !(u.roles ?? []).includes(Role.ADMIN));

/**
 * Directory: everyone reads their organisation; HR and admins manage people records (create, edit,
 * suspend, import, invitation and reset mails); only admins change roles; people edit their own settings.
 */
export const userPolicy = definePolicy<UserSubject, 'read' | 'listInactive' | 'readPrivate' | 'edit' | 'editOwnSettings' | 'suspend' | 'assignRoles' | 'create' | 'import' | 'export' | 'sendAccountMail'>('user', {
  read: (actor, u) => sameOrg(actor.organizationId, u),
  // Suspended and departed people (and their emails) are HR and admin business: others search the active directory.
  listInactive: (actor, u) => sameOrg(actor.organizationId, u) && (isAdmin(actor) || isHr(actor)),
  // Email address and status: the person themselves, HR and admins (employees see colleagues discreetly).
  readPrivate: (actor, u) => sameOrg(actor.organizationId, u) && (actor.userId === u.id || isAdmin(actor) || isHr(actor)),
  create: (actor, u) => sameOrg(actor.organizationId, u) && (isAdmin(actor) || isHr(actor)),
  import: (actor, u) => sameOrg(actor.organizationId, u) && (isAdmin(actor) || isHr(actor)),
  // The directory as a file (with addresses and statuses): HR and admins.
  export: (actor, u) => sameOrg(actor.organizationId, u) && (isAdmin(actor) || isHr(actor)),
  edit: (actor, u) => sameOrg(actor.organizationId, u) && managesRecord(actor, u),
  editOwnSettings: (actor, u) => actor.userId === u.id,
  suspend: (actor, u) => sameOrg(actor.organizationId, u) && managesRecord(actor, u) && actor.userId !== u.id,
  sendAccountMail: (actor, u) => sameOrg(actor.organizationId, u) && managesRecord(actor, u),
  assignRoles: (actor, u) => sameOrg(actor.organizationId, u) && isAdmin(actor) && actor.userId !== u.id,
});
