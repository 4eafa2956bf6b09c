import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Cache policies for directory lists: keyset pages are merged per filter combination. */
export const directoryTypePolicies: TypePolicies = {
  Query: {
    fields: {
      people: relayStylePagination(['query', 'teamId', 'includeSubTeams', 'location', 'status']),
      orgChartRoots: relayStylePagination(),
    },
  },
  Team: {
    fields: {
      members: relayStylePagination(),
    },
  },
  User: {
    fields: {
      // A manager's direct reports: "show more" appends the next keyset page.
      reports: relayStylePagination(),
    },
  },
};
