import { LIMITS } from '@pillars/shared/validation';
import type { AudienceRuleInput, AudienceRuleKind, AudienceRulesInput } from '@pillars/web/graphql';

/** The kinds in the order the "add a rule" menu offers them. */
export const RULE_KINDS: AudienceRuleKind[] = ['ALL', 'TEAM', 'LOCATION', 'ROLE', 'MANAGER_LINE', 'USERS'];

/** The API allows at most this many named people across the whole rule set. */
export const MAX_NAMED_PEOPLE = 500;

export const EMPTY_AUDIENCE: AudienceRulesInput = { include: [], exclude: [] };

/** A new rule of `kind` with only the fields that kind reads. */
export function newRule(kind: AudienceRuleKind): AudienceRuleInput {
  switch (kind) {
    case 'TEAM':
      return { kind, teamId: null, includeSubTeams: true };
    case 'LOCATION':
      return { kind, location: '' };
    case 'ROLE':
      return { kind, role: 'EMPLOYEE' };
    case 'MANAGER_LINE':
      return { kind, managerId: null, direct: false };
    case 'USERS':
      return { kind, userIds: [] };
    default:
      return { kind };
  }
}

/** Whether a rule has what its kind needs (a chosen team, a typed location…). */
export function isRuleComplete(rule: AudienceRuleInput): boolean {
  switch (rule.kind) {
    case 'TEAM':
      return Boolean(rule.teamId);
    case 'LOCATION':
      return Boolean(rule.location?.trim());
    case 'ROLE':
      return Boolean(rule.role);
    case 'MANAGER_LINE':
      return Boolean(rule.managerId);
    case 'USERS':
      return (rule.userIds?.length ?? 0) > 0;
    default:
      return true;
  }
}

const clean = (rule: AudienceRuleInput): AudienceRuleInput => (rule.kind === 'LOCATION' ? { ...rule, location: rule.location?.trim() } : rule);

export const ruleCount = (rules: AudienceRulesInput): number => rules.include.length + (rules.exclude?.length ?? 0);

export const namedPeopleCount = (rules: AudienceRulesInput): number =>
  [...rules.include, ...(rules.exclude ?? [])].reduce((n, r) => n + (r.kind === 'USERS' ? (r.userIds?.length ?? 0) : 0), 0);

/** The complete rules only, for a live preview while the rest is being filled in; null without an include rule. */
export function previewableRules(rules: AudienceRulesInput): AudienceRulesInput | null {
  const include = rules.include.filter(isRuleComplete).map(clean);
  if (include.length === 0) return null;
  return { include, exclude: (rules.exclude ?? []).filter(isRuleComplete).map(clean) };
}

/** The rules ready to save: every rule complete, at least one include, within the API's limits. */
export function savableRules(rules: AudienceRulesInput): AudienceRulesInput | null {
  const all = [...rules.include, ...(rules.exclude ?? [])];
  if (rules.include.length === 0 || !all.every(isRuleComplete)) return null;
  if (ruleCount(rules) > LIMITS.audienceRules || namedPeopleCount(rules) > MAX_NAMED_PEOPLE) return null;
  return { include: rules.include.map(clean), exclude: (rules.exclude ?? []).map(clean) };
}
