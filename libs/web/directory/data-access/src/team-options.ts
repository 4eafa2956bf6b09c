import type { TeamOptionsQuery } from '@pillars/web/graphql';

export interface TeamOption {
  id: string;
  name: string;
  /** Names from the department down to this team. */
  path: string[];
  depth: number;
}

/** The organisation's teams in tree order, each with its path for labels. */
export function flattenTeamOptions(data: TeamOptionsQuery | undefined): TeamOption[] {
  return (data?.teamOptions ?? []).map((t) => ({ id: t.id, name: t.name, path: t.path, depth: t.depth }));
}
