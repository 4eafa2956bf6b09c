import { Actor, definePolicy, type SqlParams } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

/** HR and admins govern every course of their organisation. */
export const governsTraining = (actor: Actor): boolean => actor.hasRole(Role.HR) || actor.isAdmin;

export interface CourseSubject {
  organizationId: string;
  ownerId: string;
}
const sameOrg = (actor: Actor, s: { organizationId: string }) => actor.organizationId === s.organizationId;

/**
 * Default deny. HR and admins create courses; they and a course's owner edit, publish, archive
 * and assign it to anyone; a manager assigns published courses to their own line only (checked
 * on the audience by the service, `assignToLine`).
 */
export const coursePolicy = definePolicy<CourseSubject, 'create' | 'manage'>('trainingCourse', {
  create: (actor, s) => sameOrg(actor, s) && governsTraining(actor),
  manage: (actor, s) => sameOrg(actor, s) && (governsTraining(actor) || s.ownerId === actor.userId),
});

/**
 * The records read rule over `training_enrolments <alias>` (organisation filtered by the caller):
 * HR sees everyone's; anyone else their own and, as a manager, their whole line's. Admins are not
 * HR here: training records are personal, as policy evidence is. `lineOf` is the directory's
 * SELECT of `user_id` for the actor's line.
 */
export function visibleRecordsSql(actor: Actor, p: SqlParams, lineOf: () => string, alias = 'e'): string {
  if (actor.hasRole(Role.HR)) return 'true';
  return `(${alias}.user_id = ${p.add(actor.userId)}::uuid OR ${alias}.user_id IN (${lineOf()}))`;
}
