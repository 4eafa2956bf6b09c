import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** Keyset pages of the saved list (per search) and of members (per draft) merge in the cache. */
export const audiencesTypePolicies: TypePolicies = {
  Query: {
    fields: {
      savedAudiences: relayStylePagination(['query']),
      audiencePreviewMembers: relayStylePagination(['rules']),
    },
  },
  Audience: {
    fields: {
      members: relayStylePagination(),
    },
  },
};
