import type { TypedDocumentNode } from '@apollo/client';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { useLiveRooms, useSession } from '@pillars/web/core/data-access';
import { countNewPosts, feedHorizon } from '@pillars/web/feeds/data-access';
import type { FeedPageFragment } from '@pillars/web/graphql';
import { useEffect, useMemo, useState } from 'react';

export const FEED_PAGE = LIMITS.defaultPageSize;

type PageVars = { first?: number | null; after?: string | null };

/**
 * A feed list: keyset pages ("Load more"), the socket rooms it follows, and the horizon that keeps
 * newer posts behind the "N new posts" pill instead of pushing the list down while someone reads.
 */
export function useFeed<TData, TVars extends PageVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'first' | 'after'>,
  pick: (data: TData) => FeedPageFragment,
  rooms: readonly (string | null | undefined)[],
) {
  const { me } = useSession();
  const vars = { ...variables, first: FEED_PAGE, after: null } as unknown as TVars;
  // A live refetch of the head merges into the loaded pages (headRefreshPagination); Apollo's
  // default for a refetch overwrites, which would drop every page after the first.
  const query = useQuery(document, { variables: vars, notifyOnNetworkStatusChange: true, refetchWritePolicy: 'merge' } as never);
  const { data, error, networkStatus, fetchMore, refetch } = query as unknown as {
    data: TData | undefined;
    error: unknown;
    networkStatus: NetworkStatus;
    fetchMore: (o: { variables: Partial<PageVars> }) => Promise<unknown>;
    refetch: () => Promise<unknown>;
  };
  useLiveRooms(rooms);
  const page = data ? pick(data) : undefined;
  const posts = useMemo(() => page?.edges.map((e) => e.node) ?? [], [page]);
  const [horizon, setHorizon] = useState<string | null | undefined>(undefined);
  const key = JSON.stringify(variables);
  useEffect(() => setHorizon(undefined), [key]);
  useEffect(() => {
    if (horizon === undefined && page) setHorizon(feedHorizon(posts) ?? new Date(0).toISOString());
  }, [horizon, page, posts]);
  const { visible, newCount } = countNewPosts(posts, horizon ?? null, me?.id ?? null);

  // A `Post` event refetches the post alone (core's entity refetch, `feedsEntityRefetch`), wherever it is in the list.

  return {
    posts: visible,
    newCount,
    showNew: () => setHorizon(feedHorizon(posts)),
    loading: networkStatus === NetworkStatus.loading && !page,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: page ? null : error,
    loadMoreError: page ? error : null,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    loadMore: () => (page?.pageInfo.endCursor ? fetchMore({ variables: { after: page.pageInfo.endCursor } }).catch(() => undefined) : Promise.resolve()),
    retry: () => refetch().catch(() => undefined),
    ready: Boolean(page),
  };
}

export type FeedState = ReturnType<typeof useFeed>;
