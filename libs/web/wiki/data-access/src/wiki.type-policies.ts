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
      members: relayStylePagination(),
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

/** The socket room of a space (its tree changed: a page created, moved, deleted or renamed) and of one page (saved, verified). */
export const wikiSpaceRoom = (spaceId: string) => `space:${spaceId}`;
export const wikiPageRoom = (pageId: string) => `wikipage:${pageId}`;

/**
 * Socket event type → queries to refetch. A `WikiPage` event refetches the queries holding that
 * page (the view, the editor, the history) with no entry here; a `WikiSpace` event refetches the
 * tree's levels, which hold the space but not a page that has just been created under it.
 */
export const wikiRefetchMap: RefetchMap = {
  WikiSpace: WIKI_TREE_QUERIES,
};
