import type { FieldPolicy, Reference, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export type PaginationEdge = { cursor?: string; node?: Reference | { __ref?: string } };
type Page = { edges?: PaginationEdge[]; pageInfo?: Record<string, unknown> } & Record<string, unknown>;

const refOf = (edge: PaginationEdge): string | undefined => (edge.node as { __ref?: string } | undefined)?.__ref;

/**
 * Merges the first page of a refetch (a socket event refetches the feed's query with its first
 * variables) into what is loaded instead of replacing it: the refreshed head, then the pages that
 * were loaded after it, so a reaction elsewhere never throws away the reader's scroll. A post gone
 * from the head's range (deleted, rejected) disappears. Later pages merge like relayStylePagination.
 * `keyOf` names an edge's node (its cache reference by default; a key field for unnormalised nodes).
 * `endMayGrow` is for oldest-first lists (comments, replies), where new items arrive at the far
 * end: a kept tail then still offers its next page, which brings what arrived since.
 */
export function headRefreshPagination(
  keyArgs: string[] | false = false,
  keyOf: (edge: PaginationEdge) => string | undefined = refOf,
  { endMayGrow = false }: { endMayGrow?: boolean } = {},
): FieldPolicy {
  const relay = relayStylePagination(keyArgs) as FieldPolicy & { merge: (...args: unknown[]) => unknown };
  return {
    ...relay,
    merge(existing: Page | undefined, incoming: Page, options) {
      const args = options.args as { after?: string | null; before?: string | null } | null;
      const old = existing?.edges ?? [];
      if (!existing || args?.after || args?.before || old.length === 0 || !incoming.edges) return relay.merge(existing, incoming, options);
      // The head holds the whole list: nothing lies past it.
      if (incoming.pageInfo?.['hasNextPage'] === false) return relay.merge(undefined, incoming, options);
      const fresh = incoming.edges;
      const freshRefs = new Set(fresh.map(keyOf));
      const last = fresh.at(-1);
      const at = last ? old.findIndex((e) => keyOf(e) === keyOf(last)) : -1;
      // Without an anchor (the head's last post is new), keep what lies past the old head's length.
      const tail = (at >= 0 ? old.slice(at + 1) : old.slice(fresh.length)).filter((e) => !freshRefs.has(keyOf(e)));
      const hasNextPage = endMayGrow || existing.pageInfo?.['hasNextPage'];
      const pageInfo = tail.length > 0 ? { ...incoming.pageInfo, hasNextPage, endCursor: existing.pageInfo?.['endCursor'] } : incoming.pageInfo;
      return { ...existing, ...incoming, edges: [...fresh, ...tail], pageInfo };
    },
  };
}

/** Keyset lists of the feeds: one cached list per feed (team, topic), pages merged. */
export const feedsTypePolicies: TypePolicies = {
  Query: {
    fields: {
      homeFeed: headRefreshPagination(),
      companyFeed: headRefreshPagination(),
      teamFeedPosts: headRefreshPagination(['teamId']),
      topicFeed: headRefreshPagination(['topic']),
      pendingPosts: headRefreshPagination(['teamId']),
    },
  },
  Post: {
    fields: {
      comments: relayStylePagination(),
      reactors: relayStylePagination(['kind']),
      reactionCounts: { merge: false },
    },
  },
  Comment: {
    fields: {
      // "More replies" pages (CommentReplies) stay loaded when a live event refetches the thread.
      replies: headRefreshPagination(false, refOf, { endMayGrow: true }),
    },
  },
  TeamFeed: { keyFields: ['teamId'] },
  // Keyed so a follow toggle can write `viewerFollows` into every view of the same team or topic.
  DiscoverTeam: { keyFields: ['teamId'] },
  DiscoverTopic: { keyFields: ['topic'] },
  Topic: { keyFields: ['topic'] },
};
