import { Actor, definePolicy, type SqlParams } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

/** HR and admins govern every policy of their organisation (authoring, publishing, retiring). */
export const governsPolicies = (actor: Actor): boolean => actor.hasRole(Role.HR) || actor.isAdmin;

export interface PolicySubject {
  organizationId: string;
  ownerId: string;
}

const sameOrg = (actor: Actor, s: { organizationId: string }) => actor.organizationId === s.organizationId;

/**
 * Default deny. HR and admins create policies; they and the policy's owner draft, publish and
 * retire its versions. Reading is a SQL filter (below), never a check after fetch.
 */
export const policyPolicy = definePolicy<PolicySubject, 'create' | 'manage' | 'verifyEvidence'>('policy', {
  create: (actor, s) => sameOrg(actor, s) && governsPolicies(actor),
  manage: (actor, s) => sameOrg(actor, s) && (governsPolicies(actor) || s.ownerId === actor.userId),
  verifyEvidence: (actor, s) => sameOrg(actor, s) && governsPolicies(actor),
});

/**
 * The policy read rule over `policies <alias>` (organisation filtered by the caller): HR, admins
 * and the owner see it; anyone else while they are in its current version's audience, or when they
 * acknowledged one of its versions (people who left the audience keep reading what they signed).
 * `audiencesOf` gives the audiences domain's SELECT of the reader's audience ids.
 */
export function visiblePoliciesSql(actor: Actor, p: SqlParams, audiencesOf: (userParam: string) => string, alias = 'p'): string {
  if (governsPolicies(actor)) return 'true';
  const me = `${p.add(actor.userId)}::uuid`;
  return `(${alias}.owner_id = ${me}
    OR EXISTS (SELECT 1 FROM policy_versions cv WHERE cv.policy_id = ${alias}.id AND cv.status = 'PUBLISHED' AND cv.audience_id IN (${audiencesOf(me)}))
    OR EXISTS (SELECT 1 FROM policy_acknowledgements ka WHERE ka.user_id = ${me} AND ka.policy_id = ${alias}.id))`;
}

/** Drafts are for those who manage the policy; everyone else sees published and superseded versions. */
export function visibleVersionsSql(actor: Actor, p: SqlParams, policyAlias = 'p', alias = 'v'): string {
  if (governsPolicies(actor)) return 'true';
  return `(${alias}.status <> 'DRAFT' OR ${policyAlias}.owner_id = ${p.add(actor.userId)}::uuid)`;
}

/**
 * The evidence read rule over `policy_acknowledgements <alias>`: HR sees everyone's; anyone else
 * their own and, as a manager, their whole line's (direct and indirect reports). `lineOf` is the
 * directory's SELECT of `user_id` for the actor's line. Admins are not HR: evidence is personal.
 */
export function visibleEvidenceSql(actor: Actor, p: SqlParams, lineOf: () => string, alias = 'a'): string {
  if (actor.hasRole(Role.HR)) return 'true';
  return `(${alias}.user_id = ${p.add(actor.userId)}::uuid OR ${alias}.user_id IN (${lineOf()}))`;
}
