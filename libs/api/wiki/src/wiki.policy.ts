import { Injectable } from '@nestjs/common';
import { Actor, definePolicy, type SqlParams } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { Role } from '@pillars/shared/types';

/** A viewer's role in a space, as a rank: 0 sees nothing, 1 reads, 2 edits, 3 administers. */
export enum SpaceRank {
  NONE = 0,
  READER = 1,
  EDITOR = 2,
  ADMIN = 3,
}
export const RANK_OF_ROLE: Record<string, SpaceRank> = { READER: SpaceRank.READER, EDITOR: SpaceRank.EDITOR, ADMIN: SpaceRank.ADMIN };
export const ROLE_OF_RANK: Record<number, 'READER' | 'EDITOR' | 'ADMIN' | null> = { 0: null, 1: 'READER', 2: 'EDITOR', 3: 'ADMIN' };

export interface WikiSubject {
  organizationId: string;
  /** The actor's rank in the space, computed in SQL by `WikiVisibility.spaceRankSql`. */
  rank: number;
  ownerId?: string | null;
}

const sameOrg = (actor: Actor, s: { organizationId: string }) => actor.organizationId === s.organizationId;

/**
 * Default deny. Readers read; editors write pages (create, save, restore, move, draft); a space's
 * admins manage the space, its members and delete pages; a page's owner (or a space admin)
 * verifies it and hands ownership on. Every rule applies to what the actor may already read.
 */
export const wikiPolicy = definePolicy<WikiSubject, 'read' | 'edit' | 'admin' | 'deletePage' | 'verify' | 'setOwner'>('wiki', {
  read: (actor, s) => sameOrg(actor, s) && s.rank >= SpaceRank.READER,
  edit: (actor, s) => sameOrg(actor, s) && s.rank >= SpaceRank.EDITOR,
  admin: (actor, s) => sameOrg(actor, s) && s.rank >= SpaceRank.ADMIN,
  deletePage: (actor, s) => sameOrg(actor, s) && (s.rank >= SpaceRank.ADMIN || (s.rank >= SpaceRank.EDITOR && s.ownerId === actor.userId)),
  verify: (actor, s) => sameOrg(actor, s) && s.rank >= SpaceRank.READER && (s.rank >= SpaceRank.ADMIN || s.ownerId === actor.userId),
  setOwner: (actor, s) => sameOrg(actor, s) && s.rank >= SpaceRank.READER && (s.rank >= SpaceRank.ADMIN || s.ownerId === actor.userId),
});

/** HR and admins create spaces and manage the organisation's templates. */
export const governsWiki = (actor: Actor): boolean => actor.isAdmin || actor.hasRole(Role.HR);

/**
 * The wiki's read rules in SQL (STYLE §5: reads are filtered in SQL, never after fetch), and the
 * narrow surface other domains (search) use: `visiblePageSql` for a `wiki_pages` alias inside the
 * wiki, `pageIsVisibleSql` for any page-id expression elsewhere, so no other lib names our tables.
 *
 * A viewer's rank in a space is the higher of an explicit membership and what the space gives:
 * ORGANIZATION: everyone reads, the organisation's admins administer; TEAM: the team's leads
 * administer, everyone in the team's tree (the directory's meaning: the team and every team
 * below it) edits, others read when `outsider_access = 'READ'`; MEMBERS: named members only
 * (admins included only when members).
 */
@Injectable()
export class WikiVisibility {
  constructor(private readonly people: PeopleDirectory) {}

  /** An integer expression (SpaceRank) over `wiki_spaces <alias>` for the actor. */
  spaceRankSql(actor: Actor, p: SqlParams, alias = 's'): string {
    const s = alias;
    const org = p.add(actor.organizationId);
    const user = p.add(actor.userId);
    return `(CASE WHEN ${s}.organization_id <> ${org}::uuid THEN 0 ELSE GREATEST(
        COALESCE((SELECT CASE wm.role WHEN 'ADMIN' THEN 3 WHEN 'EDITOR' THEN 2 ELSE 1 END FROM wiki_space_members wm WHERE wm.space_id = ${s}.id AND wm.user_id = ${user}::uuid), 0),
        CASE ${s}.visibility
          WHEN 'ORGANIZATION' THEN ${actor.isAdmin ? 3 : 1}
          WHEN 'TEAM' THEN (CASE WHEN ${s}.team_id = ANY(${p.add(actor.ledTeamIds)}::uuid[]) THEN 3
            WHEN ${s}.team_id IN (${this.people.teamTreesOfSql(user)}) THEN 2
            WHEN ${s}.outsider_access = 'READ' THEN 1 ELSE 0 END)
          ELSE 0 END) END)`;
  }

  /**
   * A condition over `wiki_spaces <alias>`: another person (`userParam`, a uuid placeholder) may
   * read the space, whatever their roles (reading never depends on them): an owner must.
   */
  userReadsSpaceSql(p: SqlParams, userParam: string, alias = 's'): string {
    const s = alias;
    return `(EXISTS (SELECT 1 FROM wiki_space_members rm WHERE rm.space_id = ${s}.id AND rm.user_id = ${userParam}::uuid)
      OR ${s}.visibility = 'ORGANIZATION'
      OR (${s}.visibility = 'TEAM' AND (${s}.outsider_access = 'READ' OR ${s}.team_id IN (${this.people.teamTreesOfSql(userParam)}))))`;
  }

  /** A condition over `wiki_spaces <alias>`: the actor may read the space. */
  visibleSpaceSql(actor: Actor, p: SqlParams, alias = 's'): string {
    return `(${alias}.organization_id = ${p.add(actor.organizationId)}::uuid AND ${this.spaceRankSql(actor, p, alias)} > 0)`;
  }

  /** A condition over `wiki_pages <alias>`: a live page of the actor's organisation in a space they may read. */
  visiblePageSql(actor: Actor, p: SqlParams, alias = 'wp'): string {
    const vs = `vs_${alias}`;
    return `(${alias}.organization_id = ${p.add(actor.organizationId)}::uuid AND ${alias}.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM wiki_spaces ${vs} WHERE ${vs}.id = ${alias}.space_id AND ${this.spaceRankSql(actor, p, vs)} > 0))`;
  }

  /**
   * The same rule as `visiblePageSql`, for scans over many pages (search, "already done?"): the
   * spaces the actor may read are ranked once, as an uncorrelated `ARRAY(…)` (an InitPlan), and
   * each page costs a look into that array. `visiblePageSql` ranks the page's space per row, which
   * is cheapest for one page but, under a LIMIT that never fills (thousands of matches, none
   * readable), ranks a space for every match (docs/benchmarks.md "Unreadable matches").
   */
  visiblePageScanSql(actor: Actor, p: SqlParams, alias = 'wp'): string {
    const vs = `rs_${alias}`;
    return `(${alias}.organization_id = ${p.add(actor.organizationId)}::uuid AND ${alias}.deleted_at IS NULL
      AND ${alias}.space_id = ANY (ARRAY(SELECT ${vs}.id FROM wiki_spaces ${vs} WHERE ${this.visibleSpaceSql(actor, p, vs)})))`;
  }

  /** A condition for other domains: the page whose id is `pageIdExpr` (SQL, e.g. `d.page_id`) is one the actor may read. */
  pageIsVisibleSql(actor: Actor, p: SqlParams, pageIdExpr: string): string {
    return `EXISTS (SELECT 1 FROM wiki_pages vpg WHERE vpg.id = ${pageIdExpr} AND ${this.visiblePageSql(actor, p, 'vpg')})`;
  }
}
