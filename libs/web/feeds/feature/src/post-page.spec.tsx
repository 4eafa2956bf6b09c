import { connectRealtime, liveRoomsOf } from '@pillars/web/core/data-access';
import { feedsEntityRefetch, feedsRefetchMap, PostCommentsDocument, PostDocument } from '@pillars/web/feeds/data-access';
import { screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { feedsFeature } from './feeds.feature';
import { OTHER, post, POST_ID, renderFeeds } from './feeds.spec-helpers';
import { PostCard } from './post-card';
import { PostPage } from './post-page';

const C1 = '00000000-0000-4000-8000-00000000cc01';
const C2 = '00000000-0000-4000-8000-00000000cc02';
const comment = (id: string, body: string) => ({
  __typename: 'Comment',
  id,
  postId: POST_ID,
  parentId: null,
  body,
  bodyHtml: `<p>${body}</p>`,
  createdAt: '2026-01-02T10:00:00.000Z',
  canDelete: false,
  author: { __typename: 'User', id: OTHER, name: 'Ana Other', initials: 'AO', photoThumbnailUrl: null },
  replies: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
});
const C3 = '00000000-0000-4000-8000-00000000cc03';
const thread = (ids: string[], maxUsageCount = Infinity) => ({
  request: { query: PostCommentsDocument, variables: { id: POST_ID, first: 10, after: null } },
  result: {
    data: {
      post: {
        __typename: 'Post',
        id: POST_ID,
        commentCount: ids.length,
        comments: { __typename: 'CommentConnection', edges: ids.map((id, i) => ({ __typename: 'CommentEdge', cursor: id, node: comment(id, `Comment ${i + 1}`) })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
      },
    },
  },
  maxUsageCount,
});
const comments = thread([C1, C2]);

/** A socket.io stand-in: records what the client emits and lets the test fire server events. */
function fakeSocket() {
  const handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  const socket = { on: (e: string, h: (...args: unknown[]) => void) => handlers.set(e, [...(handlers.get(e) ?? []), h]), emit: vi.fn(), disconnect: vi.fn() };
  const fire = (event: string, body: unknown) => handlers.get(event)?.forEach((h) => h(body));
  return { socket: socket as unknown as Socket, emit: socket.emit, fire };
}
const at = (route: string) => ({ path: '/posts/:id', route });

describe('PostPage', () => {
  it('shows the post with its comments open and marks the linked comment', async () => {
    renderFeeds(<PostPage />, [{ request: { query: PostDocument, variables: { id: POST_ID } }, result: { data: { post: post(POST_ID, { bodyHtml: '<p>The permalink post</p>', commentCount: 2 }) } } }, comments], at(`/posts/${POST_ID}?comment=${C2}`));
    expect(await screen.findByText('The permalink post')).toBeTruthy();
    expect(await screen.findByText('Comment 2')).toBeTruthy();
    // The page has its one heading (hidden: the card is the content), as every page does.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBeTruthy();
    const marked = document.getElementById(`comment-${C2}`);
    expect(marked?.getAttribute('aria-current')).toBe('true');
    expect(document.getElementById(`comment-${C1}`)?.getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(marked));
  });

  it('updates live: follows the post’s own room, and a comment event refetches its thread', async () => {
    const postMock = { request: { query: PostDocument, variables: { id: POST_ID } }, result: { data: { post: post(POST_ID, { bodyHtml: '<p>Live post</p>', commentCount: 2 }) } }, maxUsageCount: Infinity };
    const { client } = renderFeeds(<PostPage />, [postMock, thread([C1, C2], 1), thread([C1, C2, C3])], at(`/posts/${POST_ID}`));
    expect(await screen.findByText('Comment 2')).toBeTruthy();
    expect(liveRoomsOf(client).rooms).toEqual([`post:${POST_ID}`]);
    const fake = fakeSocket();
    const stop = connectRealtime(client, { connect: () => fake.socket, debounceMs: 10, refetchMap: feedsRefetchMap, entityRefetch: feedsEntityRefetch });
    fake.fire('ready', { userId: OTHER, organizationId: OTHER });
    expect(fake.emit).toHaveBeenCalledWith('subscribe', { room: `post:${POST_ID}` });
    fake.fire('invalidate', { type: 'Comment', id: C3, version: 7 });
    expect(await screen.findByText('Comment 3')).toBeTruthy();
    stop();
  });

  it('has an announcement’s card follow its post room (its activity reaches no feed room), and a plain card not', () => {
    const { client } = renderFeeds(<PostCard post={post(POST_ID, { isAnnouncement: true })} />, []);
    expect(liveRoomsOf(client).rooms).toEqual([`post:${POST_ID}`]);
    const plain = renderFeeds(<PostCard post={post(POST_ID)} />, []);
    expect(liveRoomsOf(plain.client).rooms).toEqual([]);
  });

  it('says the post is no longer available on NOT_FOUND', async () => {
    renderFeeds(<PostPage />, [{ request: { query: PostDocument, variables: { id: POST_ID } }, result: { errors: [new GraphQLError('gone', { extensions: { code: 'NOT_FOUND' } })] } }], at(`/posts/${POST_ID}`));
    expect(await screen.findByText('This post is no longer available')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to your feed' }).getAttribute('href')).toBe('/feed');
  });

  it('says the same for a malformed id, without asking the server', async () => {
    renderFeeds(<PostPage />, [], at('/posts/not-a-post'));
    expect(await screen.findByText('This post is no longer available')).toBeTruthy();
  });

  it('registers the links notifications use for posts and comments', () => {
    const links = feedsFeature.notificationLinks ?? {};
    expect(links['post']?.({ id: POST_ID, data: { postId: POST_ID } })).toBe(`/posts/${POST_ID}`);
    expect(links['comment']?.({ id: C1, data: { postId: POST_ID, commentId: C1 } })).toBe(`/posts/${POST_ID}?comment=${C1}`);
    expect(feedsFeature.routes?.some((r) => r.path === 'posts/:id')).toBe(true);
  });
});
