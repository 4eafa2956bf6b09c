import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { connectRealtime, mergeTypePolicies } from '@pillars/web/core/data-access';
import { feedsEntityRefetch, feedsRefetchMap, feedsTypePolicies, HomeFeedDocument, PostCommentsDocument } from '@pillars/web/feeds/data-access';
import type { HomeFeedQuery, PostCardFragment } from '@pillars/web/graphql';
import { Observable } from 'rxjs';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connection, post } from './feeds.spec-helpers';

type Handler = (...args: unknown[]) => void;
const P1 = '00000000-0000-4000-8000-0000000e0001';
const P2 = '00000000-0000-4000-8000-0000000e0002';
const NEW = '00000000-0000-4000-8000-0000000e0003';

/** A real client and cache (the feeds' policies) over a link answering from `server`, counting operations. */
function setup() {
  const server: { posts: PostCardFragment[] } = { posts: [post(P1, { createdAt: '2026-01-02T10:00:00.000Z' }), post(P2, { createdAt: '2026-01-01T10:00:00.000Z' })] };
  const requests: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        requests.push(name);
        const id = operation.variables['id'] as string | undefined;
        const found = server.posts.find((p) => p.id === id);
        if (name === 'HomeFeed') observer.next({ data: { homeFeed: connection(server.posts) } });
        else if (name === 'Post') observer.next(found ? { data: { post: found } } : { data: null, errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }] });
        else if (name === 'PostComments') observer.next({ data: { post: { __typename: 'Post', id, commentCount: found?.commentCount ?? 0, comments: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } } });
        else observer.next({ data: null });
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache({ typePolicies: mergeTypePolicies([feedsTypePolicies]) }) });
  const handlers = new Map<string, Handler[]>();
  const socket = { on: (e: string, h: Handler) => handlers.set(e, [...(handlers.get(e) ?? []), h]), emit: vi.fn(), disconnect: vi.fn() };
  const stop = connectRealtime(client, { connect: () => socket as unknown as Socket, debounceMs: 10, refetchMap: feedsRefetchMap, entityRefetch: feedsEntityRefetch });
  const fire = (type: string, id: string) => handlers.get('invalidate')?.forEach((h) => h({ type, id, version: 1 }));
  const feed = client.watchQuery({ query: HomeFeedDocument, variables: { first: 20, after: null } });
  const sub = feed.subscribe(() => undefined);
  const shown = (): PostCardFragment[] => ((feed.getCurrentResult().data as HomeFeedQuery | undefined)?.homeFeed.edges ?? []).map((e) => e.node as PostCardFragment);
  const settle = () => vi.advanceTimersByTimeAsync(50);
  return { client, server, requests, fire, shown, settle, stop: () => (sub.unsubscribe(), stop()) };
}

describe('narrow refetch of feed posts', () => {
  afterEach(() => vi.useRealTimers());

  it('refetches only the reacted post, not the feed, and the card in the list shows the new counts', async () => {
    const t = setup();
    await vi.waitFor(() => expect(t.shown()).toHaveLength(2));
    vi.useFakeTimers();
    t.requests.length = 0;
    t.server.posts[1] = { ...t.server.posts[1], reactionCounts: [{ __typename: 'ReactionCount', kind: 'LIKE', count: 3 }] } as unknown as PostCardFragment;
    t.fire('Post', P2);
    await t.settle();
    expect(t.requests).toEqual(['Post']);
    await vi.waitFor(() => expect(t.shown().find((p) => p.id === P2)?.reactionCounts).toHaveLength(1));
    expect(t.shown().find((p) => p.id === P2)?.reactionCounts).toEqual([{ __typename: 'ReactionCount', kind: 'LIKE', count: 3 }]);
    t.stop();
  });

  it('moves a card’s comment count on a comment without refetching the feed; an open thread refetches', async () => {
    const t = setup();
    await vi.waitFor(() => expect(t.shown()).toHaveLength(2));
    const thread = t.client.watchQuery({ query: PostCommentsDocument, variables: { id: P1, first: 10, after: null } });
    const sub = thread.subscribe(() => undefined);
    await vi.waitFor(() => expect(thread.getCurrentResult().data).toBeTruthy());
    vi.useFakeTimers();
    t.requests.length = 0;
    t.server.posts[0] = { ...t.server.posts[0], commentCount: 1 };
    t.fire('Comment', '00000000-0000-4000-8000-0000000ec001');
    t.fire('Post', P1);
    await t.settle();
    expect(t.requests.sort()).toEqual(['Post', 'PostComments']);
    await vi.waitFor(() => expect(t.shown().find((p) => p.id === P1)?.commentCount).toBe(1));
    sub.unsubscribe();
    t.stop();
  });

  it('drops a deleted post from the list on NOT_FOUND, and still refetches the feed on a Feed event (new posts)', async () => {
    const t = setup();
    await vi.waitFor(() => expect(t.shown()).toHaveLength(2));
    vi.useFakeTimers();
    t.requests.length = 0;
    t.server.posts = t.server.posts.filter((p) => p.id !== P2);
    t.fire('Post', P2);
    await t.settle();
    expect(t.requests).toEqual(['Post']);
    await vi.waitFor(() => expect(t.shown().map((p) => p.id)).toEqual([P1]));

    t.requests.length = 0;
    t.server.posts = [post(NEW, { createdAt: '2026-01-03T10:00:00.000Z' }), ...t.server.posts];
    t.fire('Post', NEW);
    t.fire('Feed', '00000000-0000-4000-8000-0000000e0999');
    await t.settle();
    // The new post is in no list yet: the Feed event refetches the list (behind the "N new posts" pill).
    expect(t.requests).toEqual(['HomeFeed']);
    await vi.waitFor(() => expect(t.shown().map((p) => p.id)).toEqual([NEW, P1]));
    t.stop();
  });
});
