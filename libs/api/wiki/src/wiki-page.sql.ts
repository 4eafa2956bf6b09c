import { can, type Actor, type SqlParams } from '@pillars/api/core';
import type { WikiPageModel, WikiRevisionModel } from './wiki-page.model';
import { wikiPolicy } from './wiki.policy';
import type { WikiVisibility } from './wiki.policy';
import { WikiOutsiderAccess, WikiSpaceVisibility, type WikiSpaceModel, type WikiSpaceRole } from './wiki-space.model';
import { ROLE_OF_RANK } from './wiki.policy';

/** Columns of a page row over `wiki_pages wp JOIN wiki_spaces s` (the body only when asked). */
export function pageColumns(actor: Actor, p: SqlParams, visibility: WikiVisibility, withBody: boolean): string {
  return `wp.id, wp.organization_id AS "organizationId", wp.space_id AS "spaceId", wp.parent_id AS "parentId", wp.position, wp.slug, wp.title,
    wp.language, wp.revision_number AS "revisionNumber", wp.owner_id AS "ownerId", wp.verified_at AS "verifiedAt", wp.verified_by AS "verifiedBy", wp.review_cycle_months AS "reviewCycleMonths", wp.archived_at AS "archivedAt",
    wp.updated_at AS "updatedAt", wp.updated_by AS "updatedBy", wp.created_at AS "createdAt",
    (coalesce(wp.verified_at, wp.created_at) + make_interval(months => coalesce(wp.review_cycle_months, s.review_cycle_months))) AS "reviewBy",
    EXISTS (SELECT 1 FROM wiki_pages ch WHERE ch.parent_id = wp.id AND ch.deleted_at IS NULL) AS "hasChildren",
    ${visibility.spaceRankSql(actor, p, 's')} AS rank${withBody ? `, wp.body, wp.body_html AS "bodyHtml"` : ''}`;
}

export interface PageRow {
  id: string; organizationId: string; spaceId: string; parentId: string | null; position: number; slug: string; title: string; language: string;
  revisionNumber: number; ownerId: string; verifiedAt: Date | null; verifiedBy: string | null; reviewCycleMonths: number | null; archivedAt: Date | null; updatedAt: Date; updatedBy: string; createdAt: Date;
  reviewBy: Date; hasChildren: boolean; rank: number; body?: string; bodyHtml?: string;
}

/** Body and rendered body of pages by id in one organisation (`$1` organisation, `$2` ids): a named statement's text. */
export const BODIES_SQL = `SELECT id, body, body_html AS "bodyHtml" FROM wiki_pages WHERE organization_id = $1 AND id = ANY($2::uuid[])`;

export const abilitiesOf = (actor: Actor, row: { organizationId: string; rank: number }) => ({
  canEdit: can(wikiPolicy, actor, 'edit', row),
  canAdmin: can(wikiPolicy, actor, 'admin', row),
});

export const presentPage = (actor: Actor, r: PageRow): WikiPageModel => ({
  id: r.id, organizationId: r.organizationId, spaceId: r.spaceId, parentId: r.parentId, position: r.position, slug: r.slug, title: r.title,
  language: r.language, revisionNumber: r.revisionNumber, ownerId: r.ownerId, verifiedAt: r.verifiedAt, verifiedBy: r.verifiedBy, reviewCycleMonths: r.reviewCycleMonths, archivedAt: r.archivedAt,
  updatedAt: r.updatedAt, updatedBy: r.updatedBy, createdAt: r.createdAt, reviewBy: r.reviewBy, needsVerification: new Date(r.reviewBy).getTime() < Date.now(),
  hasChildren: r.hasChildren, rank: Number(r.rank), abilities: abilitiesOf(actor, { organizationId: r.organizationId, rank: Number(r.rank) }),
  body: r.body, bodyHtml: r.bodyHtml,
});

export const REVISION_COLUMNS = `r.id, r.page_id AS "pageId", r.number, r.title, r.body, r.body_html AS "bodyHtml", r.summary, r.language,
  r.author_id AS "authorId", r.restored_from AS "restoredFrom", r.created_at AS "createdAt"`;
export type RevisionRow = WikiRevisionModel;

/** Columns of a space row over `wiki_spaces s`, with the actor's rank. */
export function spaceColumns(actor: Actor, p: SqlParams, visibility: WikiVisibility): string {
  return `s.id, s.organization_id AS "organizationId", s.key, s.name, s.description, s.visibility, s.team_id AS "teamId",
    s.outsider_access AS "outsiderAccess", s.review_cycle_months AS "reviewCycleMonths", s.archive_unverified_after_days AS "archiveUnverifiedAfterDays", ${visibility.spaceRankSql(actor, p, 's')} AS rank`;
}

export interface SpaceRow {
  id: string; organizationId: string; key: string; name: string; description: string; visibility: string; teamId: string | null;
  outsiderAccess: string; reviewCycleMonths: number; archiveUnverifiedAfterDays: number | null; rank: number;
}

export const presentSpace = (actor: Actor, r: SpaceRow): WikiSpaceModel => ({
  id: r.id, organizationId: r.organizationId, key: r.key, name: r.name, description: r.description,
  visibility: r.visibility as WikiSpaceVisibility, teamId: r.teamId, outsiderAccess: r.outsiderAccess as WikiOutsiderAccess,
  reviewCycleMonths: r.reviewCycleMonths, archiveUnverifiedAfterDays: r.archiveUnverifiedAfterDays, rank: Number(r.rank), viewerRole: ROLE_OF_RANK[Number(r.rank)] as WikiSpaceRole | null,
  abilities: abilitiesOf(actor, { organizationId: r.organizationId, rank: Number(r.rank) }),
});
