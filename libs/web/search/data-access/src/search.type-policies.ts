import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** A hit is one row of one kind; search pages by keyset under its filters. */
export const searchTypePolicies: TypePolicies = {
  SearchHit: { keyFields: ['kind', 'id'] },
  Query: {
    fields: {
      search: relayStylePagination(['query', 'kinds', 'authorId', 'language', 'updatedSince', 'typing']),
    },
  },
};
