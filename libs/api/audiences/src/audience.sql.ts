import { Role } from '@pillars/shared/types';
import { AudienceRule, AudienceRuleKind, AudienceRules } from './audience.rules';

/** Collects positional parameters while SQL text is assembled, so values never enter the text. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface CompiledSide {
  ctes: string[];
  predicate: string;
}

/**
 * One side (include or exclude) as a predicate over `users u`. Rules of a kind are grouped into one
 * array parameter each, so 50 TEAM rules cost one `= ANY($n)`, not 50 ORs. Recursive CTEs use
 * UNION (not UNION ALL): it de-duplicates, so a corrupt cycle in the tree still terminates.
 */
function compileSide(rules: AudienceRule[], name: 'inc' | 'exc', org: string, p: SqlParams): CompiledSide {
  const ctes: string[] = [];
  if (rules.some((r) => r.kind === AudienceRuleKind.ALL || (r.kind === AudienceRuleKind.ROLE && r.role === Role.EMPLOYEE))) {
    return { ctes, predicate: 'TRUE' };
  }
  const of = <K extends AudienceRuleKind>(kind: K) => rules.filter((r): r is Extract<AudienceRule, { kind: K }> => r.kind === kind);
  const teams = of(AudienceRuleKind.TEAM);
  const directTeams = teams.filter((r) => !r.includeSubTeams).map((r) => r.teamId);
  const treeRoots = teams.filter((r) => r.includeSubTeams).map((r) => r.teamId);
  const lines = of(AudienceRuleKind.MANAGER_LINE);
  const directManagers = lines.filter((r) => r.direct).map((r) => r.managerId);
  const lineManagers = lines.filter((r) => !r.direct).map((r) => r.managerId);
  const locations = of(AudienceRuleKind.LOCATION).map((r) => r.location);
  const roles = of(AudienceRuleKind.ROLE).map((r) => r.role);
  const userIds = of(AudienceRuleKind.USERS).flatMap((r) => r.userIds);

  const parts: string[] = [];
  if (directTeams.length || treeRoots.length) {
    const teamConds: string[] = [];
    if (directTeams.length) teamConds.push(`m.team_id = ANY(${p.add(directTeams)}::uuid[])`);
    if (treeRoots.length) {
      ctes.push(
        `${name}_teams(id) AS (SELECT t.id FROM teams t WHERE t.organization_id = ${org} AND t.id = ANY(${p.add(treeRoots)}::uuid[])
          UNION SELECT t.id FROM teams t JOIN ${name}_teams s ON t.parent_id = s.id)`,
      );
      teamConds.push(`m.team_id IN (SELECT id FROM ${name}_teams)`);
    }
    parts.push(`EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = u.id AND m.organization_id = ${org} AND (${teamConds.join(' OR ')}))`);
  }
  if (locations.length) {
    // Same accent- and case-insensitive comparison as the directory's location filter.
    parts.push(`pillars_normalize(u.location) IN (SELECT pillars_normalize(l) FROM unnest(${p.add(locations)}::text[]) l)`);
  }
  if (roles.length) parts.push(`u.roles && ${p.add(roles)}::text[]`);
  if (directManagers.length) parts.push(`u.manager_id = ANY(${p.add(directManagers)}::uuid[])`);
  if (lineManagers.length) {
    // The line runs through reports whatever their status: a suspended middle manager's people stay in it.
    ctes.push(
      `${name}_line(id) AS (SELECT r.id FROM users r WHERE r.organization_id = ${org} AND r.manager_id = ANY(${p.add(lineManagers)}::uuid[])
          UNION SELECT r.id FROM users r JOIN ${name}_line l ON r.manager_id = l.id)`,
    );
    parts.push(`u.id IN (SELECT id FROM ${name}_line)`);
  }
  if (userIds.length) parts.push(`u.id = ANY(${p.add(userIds)}::uuid[])`);
  return { ctes, predicate: parts.length ? parts.map((x) => `(${x})`).join(' OR ') : 'FALSE' };
}

export interface AudienceQueryShape {
  /** Columns over `users u`, e.g. `u.id` or `count(*)::int AS count`. */
  select: string;
  /** Extra conditions over `u` (already parameterised through the same SqlParams). */
  where?: string[];
  /** ORDER BY / LIMIT. */
  tail?: string;
}

/**
 * THE audience resolver: compiles rules into one self-contained statement over the active users of
 * one organisation (members = any include, minus any exclude). Previews, counts, "is U in it" and
 * materialisation all go through here, so there is one definition of membership.
 */
export function compileAudience(rules: AudienceRules, organizationId: string, shape: AudienceQueryShape, p: SqlParams = new SqlParams()): { sql: string; params: unknown[] } {
  const org = `${p.add(organizationId)}::uuid`;
  const include = compileSide(rules.include, 'inc', org, p);
  const exclude = rules.exclude.length ? compileSide(rules.exclude, 'exc', org, p) : null;
  const ctes = [...include.ctes, ...(exclude?.ctes ?? [])];
  const where = [`u.organization_id = ${org}`, `u.status = 'ACTIVE'`, `(${include.predicate})`];
  // coalesce: a NULL (no location, no manager) must not turn "not excluded" into "unknown" and drop the person.
  if (exclude) where.push(`NOT coalesce((${exclude.predicate}), false)`);
  where.push(...(shape.where ?? []));
  const sql = `${ctes.length ? `WITH RECURSIVE ${ctes.join(',\n')}\n` : ''}SELECT ${shape.select} FROM users u WHERE ${where.join(' AND ')}${shape.tail ? ` ${shape.tail}` : ''}`;
  return { sql, params: p.values };
}
