import type { SqlParams } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';

/** Who to pick, in directory terms. A person matches the criteria when any one of them holds. */
export interface PeopleCriteria {
  everyone?: boolean;
  /** Members of these teams. */
  teamIds?: string[];
  /** Members of these teams or of any team below them. */
  teamTreeIds?: string[];
  /** Compared like the directory's location filter: accent- and case-insensitive. */
  locations?: string[];
  /** Organisation roles; EMPLOYEE is everyone's. */
  roles?: Role[];
  /** Direct reports of these people. */
  reportsOf?: string[];
  /** Everyone below these people in the manager line, whatever the status of those between. */
  linesOf?: string[];
  userIds?: string[];
}

/** Active people of one organisation matching `include` and not `exclude`. */
export interface PeopleSelection {
  include: PeopleCriteria;
  exclude?: PeopleCriteria;
}

/** What a set of people is, merged, in the terms criteria match on (PeopleDirectory.factsOf). */
export interface PeopleFacts {
  teamIds: string[];
  /** Their teams and every team above them. */
  teamTreeIds: string[];
  /** As stored; compare through `pillars_normalize` like the criteria do. */
  locations: string[];
  roles: string[];
  managerIds: string[];
  /** Everyone above them in the manager line. */
  lineManagerIds: string[];
}

export interface SelectionShape {
  /** Columns over the people (`u`); only the directory writes this. */
  select: string;
  where?: string[];
  tail?: string;
}

const has = (list: readonly unknown[] | undefined): list is unknown[] => !!list && list.length > 0;

/**
 * One side as a predicate over `users u`. Each kind is one array parameter, so 50 teams cost one
 * `= ANY($n)`. Recursive CTEs use UNION (not UNION ALL): it de-duplicates, so a corrupt cycle in
 * the tree or the manager line still terminates.
 */
function compileCriteria(c: PeopleCriteria, name: 'inc' | 'exc', org: string, p: SqlParams): { ctes: string[]; predicate: string } {
  const ctes: string[] = [];
  if (c.everyone || c.roles?.includes(Role.EMPLOYEE)) return { ctes, predicate: 'TRUE' };
  const parts: string[] = [];
  if (has(c.teamIds) || has(c.teamTreeIds)) {
    const teamConds: string[] = [];
    if (has(c.teamIds)) teamConds.push(`m.team_id = ANY(${p.add(c.teamIds)}::uuid[])`);
    if (has(c.teamTreeIds)) {
      ctes.push(
        `${name}_teams(id) AS (SELECT t.id FROM teams t WHERE t.organization_id = ${org} AND t.id = ANY(${p.add(c.teamTreeIds)}::uuid[])
          UNION SELECT t.id FROM teams t JOIN ${name}_teams s ON t.parent_id = s.id)`,
      );
      teamConds.push(`m.team_id IN (SELECT id FROM ${name}_teams)`);
    }
    parts.push(`EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id AND m.organization_id = ${org} AND (${teamConds.join(' OR ')}))`);
  }
  if (has(c.locations)) parts.push(`pillars_normalize(u.location) IN (SELECT pillars_normalize(l) FROM unnest(${p.add(c.locations)}::text[]) l)`);
  if (has(c.roles)) parts.push(`u.roles && ${p.add(c.roles)}::text[]`);
  if (has(c.reportsOf)) parts.push(`u.manager_id = ANY(${p.add(c.reportsOf)}::uuid[])`);
  if (has(c.linesOf)) {
    ctes.push(
      // Each step looks the reports up by manager (OFFSET 0 keeps the LATERAL a per-row index
      // probe): planned as a join, the step is estimated at ten times the previous one and
      // hash-joins a scan of every user of the organisation, once per level.
      `${name}_line(id) AS (SELECT r.id FROM users r WHERE r.organization_id = ${org} AND r.manager_id = ANY(${p.add(c.linesOf)}::uuid[])
          UNION SELECT x.id FROM ${name}_line l CROSS JOIN LATERAL (SELECT r.id FROM users r WHERE r.manager_id = l.id OFFSET 0) x)`,
    );
    parts.push(`u.id IN (SELECT id FROM ${name}_line)`);
  }
  if (has(c.userIds)) parts.push(`u.id = ANY(${p.add(c.userIds)}::uuid[])`);
  return { ctes, predicate: parts.length ? parts.map((x) => `(${x})`).join(' OR ') : 'FALSE' };
}

/** One self-contained SELECT over the selected people, parameterised through `p`. */
export function compileSelection(selection: PeopleSelection, organizationId: string, shape: SelectionShape, p: SqlParams): string {
  const org = `${p.add(organizationId)}::uuid`;
  const include = compileCriteria(selection.include, 'inc', org, p);
  const exclude = selection.exclude ? compileCriteria(selection.exclude, 'exc', org, p) : null;
  const ctes = [...include.ctes, ...(exclude?.ctes ?? [])];
  const where = [`u.organization_id = ${org}`, `u.status = 'ACTIVE'`, `(${include.predicate})`];
  // coalesce: a NULL (no location, no manager) must not turn "not excluded" into "unknown" and drop the person.
  if (exclude && exclude.predicate !== 'FALSE') where.push(`NOT coalesce((${exclude.predicate}), false)`);
  where.push(...(shape.where ?? []));
  return `${ctes.length ? `WITH RECURSIVE ${ctes.join(',\n')}\n` : ''}SELECT ${shape.select} FROM users u WHERE ${where.join(' AND ')}${shape.tail ? ` ${shape.tail}` : ''}`;
}
