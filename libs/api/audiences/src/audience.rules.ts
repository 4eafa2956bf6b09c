import { AppError, FieldError } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import { LIMITS } from '@pillars/shared/validation';
import { AudienceErrorCode } from './audience.errors';

/** The kinds of rule an audience is made of (DESIGN §3); include and exclude use the same kinds. */
export enum AudienceRuleKind {
  ALL = 'ALL',
  TEAM = 'TEAM',
  LOCATION = 'LOCATION',
  ROLE = 'ROLE',
  MANAGER_LINE = 'MANAGER_LINE',
  USERS = 'USERS',
}

// Lives here until @pillars/shared/validation (owned elsewhere) grows it, so the web picker can share it.
export const AUDIENCE_NAMED_USERS_MAX = 500;

export type AudienceRule =
  | { kind: AudienceRuleKind.ALL }
  | { kind: AudienceRuleKind.TEAM; teamId: string; includeSubTeams: boolean }
  | { kind: AudienceRuleKind.LOCATION; location: string }
  | { kind: AudienceRuleKind.ROLE; role: Role }
  | { kind: AudienceRuleKind.MANAGER_LINE; managerId: string; direct: boolean }
  | { kind: AudienceRuleKind.USERS; userIds: string[] };

/** Members = anyone matching an `include` rule and no `exclude` rule, among ACTIVE users. */
export interface AudienceRules {
  include: AudienceRule[];
  exclude: AudienceRule[];
}

/** What a caller may hand in (GraphQL input or another pillar): one flat shape per rule. */
export interface AudienceRuleDraft {
  kind?: unknown;
  teamId?: unknown;
  includeSubTeams?: unknown;
  location?: unknown;
  role?: unknown;
  managerId?: unknown;
  direct?: unknown;
  userIds?: unknown;
}
export interface AudienceRulesDraft {
  include?: unknown;
  exclude?: unknown;
}

/** Ids a rule set points at, so the service can check they belong to the actor's organisation. */
export interface RuleReference {
  field: string;
  table: 'teams' | 'users';
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (prefix: string, field: string) => (prefix ? `${prefix}.${field}` : field);

/**
 * Validates and canonicalises a rule set (pure: no database). Canonical JSON keeps only the keys a
 * kind uses and de-duplicates user ids, so stored rules compare and index predictably. Runs on
 * GraphQL input (after class-validator), on other pillars' input and on stored JSON alike.
 */
export function normalizeRules(draft: unknown, prefix = 'rules'): { rules: AudienceRules; errors: FieldError[]; references: RuleReference[] } {
  const errors: FieldError[] = [];
  const references: RuleReference[] = [];
  const rules: AudienceRules = { include: [], exclude: [] };
  if (!isObject(draft)) return { rules, errors: [{ field: prefix || 'rules', rule: 'isObject' }], references };

  let namedUsers = 0;
  for (const side of ['include', 'exclude'] as const) {
    const list = draft[side] ?? [];
    const sidePath = join(prefix, side);
    if (!Array.isArray(list)) {
      errors.push({ field: sidePath, rule: 'isArray' });
      continue;
    }
    list.forEach((raw: unknown, i) => {
      const path = `${sidePath}.${i}`;
      const rule = normalizeRule(raw, path, errors, references);
      if (!rule) return;
      if (rule.kind === AudienceRuleKind.USERS) namedUsers += rule.userIds.length;
      rules[side].push(rule);
    });
  }

  if (rules.include.length === 0 && !errors.some((e) => e.field.startsWith(join(prefix, 'include')))) {
    // An audience nobody can be in is a mistake, not a choice: refuse it at the door.
    errors.push({ field: join(prefix, 'include'), rule: 'arrayMinSize' });
  }
  if (rules.include.length + rules.exclude.length > LIMITS.audienceRules) errors.push({ field: prefix || 'rules', rule: 'maxRules' });
  if (namedUsers > AUDIENCE_NAMED_USERS_MAX) errors.push({ field: prefix || 'rules', rule: 'maxNamedUsers' });
  rules.exclude.forEach((rule, i) => {
    // Excluding everyone (or every employee) empties the audience whatever the includes say.
    if (rule.kind === AudienceRuleKind.ALL || (rule.kind === AudienceRuleKind.ROLE && rule.role === Role.EMPLOYEE)) {
      errors.push({ field: `${join(prefix, 'exclude')}.${i}.kind`, rule: 'excludesEveryone' });
    }
  });
  return { rules, errors, references };
}

function normalizeRule(raw: unknown, path: string, errors: FieldError[], references: RuleReference[]): AudienceRule | null {
  if (!isObject(raw)) {
    errors.push({ field: path, rule: 'isObject' });
    return null;
  }
  const r = raw as AudienceRuleDraft;
  const required = (field: string) => {
    errors.push({ field: `${path}.${field}`, rule: 'required' });
    return null;
  };
  switch (r.kind) {
    case AudienceRuleKind.ALL:
      return { kind: AudienceRuleKind.ALL };
    case AudienceRuleKind.TEAM:
      if (!isUuid(r.teamId)) return required('teamId');
      references.push({ field: `${path}.teamId`, table: 'teams', id: r.teamId.toLowerCase() });
      // Default is the team with the teams below it, as the directory's team filter: "the Platform team" usually means all of it.
      return { kind: AudienceRuleKind.TEAM, teamId: r.teamId.toLowerCase(), includeSubTeams: r.includeSubTeams !== false };
    case AudienceRuleKind.LOCATION: {
      const location = typeof r.location === 'string' ? r.location.trim() : '';
      if (!location) return required('location');
      if (location.length > LIMITS.location) {
        errors.push({ field: `${path}.location`, rule: 'maxLength' });
        return null;
      }
      return { kind: AudienceRuleKind.LOCATION, location };
    }
    case AudienceRuleKind.ROLE:
      if (!Object.values(Role).includes(r.role as Role)) return required('role');
      return { kind: AudienceRuleKind.ROLE, role: r.role as Role };
    case AudienceRuleKind.MANAGER_LINE:
      if (!isUuid(r.managerId)) return required('managerId');
      references.push({ field: `${path}.managerId`, table: 'users', id: r.managerId.toLowerCase() });
      // Default is the whole line: "everyone under M" is what people usually mean.
      return { kind: AudienceRuleKind.MANAGER_LINE, managerId: r.managerId.toLowerCase(), direct: r.direct === true };
    case AudienceRuleKind.USERS: {
      if (!Array.isArray(r.userIds) || r.userIds.length === 0) return required('userIds');
      const bad = r.userIds.findIndex((id) => !isUuid(id));
      if (bad >= 0) {
        errors.push({ field: `${path}.userIds.${bad}`, rule: 'isUuid' });
        return null;
      }
      const userIds = [...new Set((r.userIds as string[]).map((id) => id.toLowerCase()))];
      userIds.forEach((id) => references.push({ field: `${path}.userIds`, table: 'users', id }));
      return { kind: AudienceRuleKind.USERS, userIds };
    }
    default:
      errors.push({ field: `${path}.kind`, rule: 'isEnum' });
      return null;
  }
}

/** Whether rules are the whole organisation: an ALL include and no exclude (every active person, now and later). */
export const isEveryone = (rules: AudienceRules): boolean => rules.exclude.length === 0 && rules.include.some((r) => r.kind === AudienceRuleKind.ALL);

/** Stored rules are re-checked when read: a malformed row is a server fault, never silently "nobody". */
export function parseStoredRules(stored: unknown): AudienceRules {
  const { rules, errors } = normalizeRules(stored, '');
  if (errors.length) throw new AppError(AudienceErrorCode.AUDIENCE_INVALID, { fields: errors }, 'Stored audience rules are malformed');
  return rules;
}
