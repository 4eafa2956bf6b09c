import type { TeamOptionsQuery } from '@pillars/web/graphql';

export interface TeamOption {
  id: string;
  name: string;
  /** Names from the department down to this team. */
  path: string[];
  depth: number;
}

interface TeamNode {
  id: string;
  name: string;
  children?: TeamNode[];
}

/** Flattens the department tree depth-first, keeping each team's path for labels. */
export function flattenTeamOptions(data: TeamOptionsQuery | undefined): TeamOption[] {
  const out: TeamOption[] = [];
  const walk = (nodes: readonly TeamNode[], path: string[]) => {
    for (const node of nodes) {
      const here = [...path, node.name];
      out.push({ id: node.id, name: node.name, path: here, depth: path.length });
      if (node.children) walk(node.children, here);
    }
  };
  walk(data?.departments ?? [], []);
  return out;
}
