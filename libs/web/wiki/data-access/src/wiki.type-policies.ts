import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import type { RefetchMap } from '@pillars/web/core/data-access';

/** Lists page by keyset: the spaces, each tree level (per parent) and a page's history are growing connections. */
export const wikiTypePolicies: TypePolicies = {
  Query: {
    fields: {
      wikiSpaces: relayStylePagination(),
    },
  },
  WikiSpace: {
    fields: {
      pages: relayStylePagination(['parentId']),
    },
  },
  WikiPage: {
    fields: {
      revisions: relayStylePagination(),
    },
  },
};

/** Queries showing a space's tree or a page's history: they change when a page is created, moved, deleted or saved. */
export const WIKI_TREE_QUERIES = ['WikiTreeLevel'];
export const WIKI_PAGE_QUERIES = ['WikiPageBySlug', 'WikiRevisions'];

/** Socket events (in the space's room) → what to refetch; the page itself refetches because its query holds it. */
export const wikiRefetchMap: RefetchMap = {
  WikiSpace: [...WIKI_TREE_QUERIES, 'WikiSpaces'],
  WikiPage: [...WIKI_TREE_QUERIES, ...WIKI_PAGE_QUERIES],
};
