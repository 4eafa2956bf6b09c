import type { TeamOptionQuery, TeamOptionsQuery } from '@pillars/web/graphql';

export interface TeamOption {
  id: string;
  name: string;
  /** Names from the department down to this team. */
  path: string[];
  depth: number;
}

/** A page of the organisation's teams in tree order, each with its path for labels. */
export function flattenTeamOptions(data: TeamOptionsQuery | undefined): TeamOption[] {
  return (data?.teamOptions.edges ?? []).map(({ node: t }) => ({ id: t.id, name: t.name, path: t.path, depth: t.depth }));
}

/** The same shape for one team loaded on its own (the picker's current value). */
export function teamOptionOf(data: TeamOptionQuery | undefined): TeamOption | null {
  const team = data?.team;
  if (!team) return null;
  const path = [...team.ancestors.map((a) => a.name), team.name];
  return { id: team.id, name: team.name, path, depth: path.length - 1 };
}
