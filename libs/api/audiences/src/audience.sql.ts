import type { PeopleCriteria, PeopleSelection } from '@pillars/api/directory';
import { AudienceRule, AudienceRuleKind, AudienceRules } from './audience.rules';

/** One side of the rules in the directory's terms; rules of a kind become one list each. */
function toCriteria(rules: AudienceRule[]): PeopleCriteria {
  const of = <K extends AudienceRuleKind>(kind: K) => rules.filter((r): r is Extract<AudienceRule, { kind: K }> => r.kind === kind);
  const teams = of(AudienceRuleKind.TEAM);
  const lines = of(AudienceRuleKind.MANAGER_LINE);
  return {
    everyone: of(AudienceRuleKind.ALL).length > 0,
    teamIds: teams.filter((r) => !r.includeSubTeams).map((r) => r.teamId),
    teamTreeIds: teams.filter((r) => r.includeSubTeams).map((r) => r.teamId),
    locations: of(AudienceRuleKind.LOCATION).map((r) => r.location),
    roles: of(AudienceRuleKind.ROLE).map((r) => r.role),
    reportsOf: lines.filter((r) => r.direct).map((r) => r.managerId),
    linesOf: lines.filter((r) => !r.direct).map((r) => r.managerId),
    userIds: of(AudienceRuleKind.USERS).flatMap((r) => r.userIds),
  };
}

/**
 * THE meaning of an audience: active people matching any include rule and no exclude rule. The
 * directory turns the selection into one SQL statement over its people (PeopleDirectory), so
 * previews, counts and materialisation share one definition and the directory keeps the meaning
 * of its tables.
 */
export const toPeopleSelection = (rules: AudienceRules): PeopleSelection => ({
  include: toCriteria(rules.include),
  exclude: rules.exclude.length ? toCriteria(rules.exclude) : undefined,
});
