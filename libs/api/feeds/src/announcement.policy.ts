import { Actor, definePolicy, runSql, type SqlParams, type Tx } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import { audiencesOfSql } from '@pillars/api/audiences';

/** HR and admins govern every announcement of their organisation (reach, reminders, export). */
export const governsAnnouncements = (actor: Actor): boolean => actor.hasRole(Role.HR) || actor.isAdmin;

export interface AnnouncementSubject {
  organizationId: string;
  authorId: string;
}

const sameOrg = (actor: Actor, s: { organizationId: string }) => actor.organizationId === s.organizationId;

/**
 * Default deny. HR and admins publish to any audience; a team lead publishes only to their own
 * team (a TEAM rule over a team they lead, with or without its sub-teams; exclusions allowed since
 * they only narrow) and not to a stored audience. Reach, the pending list, reminders and the CSV
 * export belong to the author and HR/admins; to anyone else the announcement does not exist.
 */
export const announcementPolicy = definePolicy<AnnouncementSubject, 'track'>('announcement', {
  track: (actor, s) => sameOrg(actor, s) && (s.authorId === actor.userId || governsAnnouncements(actor)),
});

/**
 * The announcement part of the post read rule over `posts <alias>`: not an announcement, or the
 * reader wrote it, governs announcements, is in its audience now (from the publishing commit on,
 * before the fan-out has written their receipt), or holds a receipt (people who left the audience
 * keep theirs, and so keep reading what they received).
 */
export function announcementReadSql(actor: Actor, p: SqlParams, alias = 'p'): string {
  const a = alias;
  if (governsAnnouncements(actor)) return 'true';
  const me = p.add(actor.userId);
  return `(NOT ${a}.is_announcement OR ${a}.author_id = ${me}::uuid
    OR EXISTS (SELECT 1 FROM announcement_receipts var WHERE var.user_id = ${me}::uuid AND var.post_id = ${a}.id)
    OR EXISTS (SELECT 1 FROM announcements vaa WHERE vaa.post_id = ${a}.id AND vaa.audience_id IN (${audiencesOfSql(me)})))`;
}

/**
 * Of these people, those a mention or reply on the announcement may notify: its author, the
 * receipt holders and its audience. HR and admins outside the audience can read it but are left out here (their
 * roles live in the directory; being left out of a notification is the safe side).
 */
export async function announcementReaders(tx: Tx, postId: string, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await runSql<{ id: string }>(
    tx,
    `SELECT u.id FROM unnest($2::uuid[]) AS u(id) JOIN posts p ON p.id = $1
      WHERE u.id = p.author_id OR EXISTS (SELECT 1 FROM announcement_receipts r WHERE r.post_id = p.id AND r.user_id = u.id)
         OR EXISTS (SELECT 1 FROM announcements a WHERE a.post_id = p.id AND a.audience_id IN (${audiencesOfSql('u.id')}))`,
    [postId, userIds],
  );
  return rows.map((r) => r.id);
}
