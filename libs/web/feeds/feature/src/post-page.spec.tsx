import { PostCommentsDocument, PostDocument } from '@pillars/web/feeds/data-access';
import { screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { feedsFeature } from './feeds.feature';
import { OTHER, post, POST_ID, renderFeeds } from './feeds.spec-helpers';
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
  author: { __typename: 'User', id: OTHER, name: 'Ana Other', initials: 'AO' },
  replies: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
});
const comments = {
  request: { query: PostCommentsDocument, variables: { id: POST_ID, first: 10, after: null } },
  result: {
    data: {
      post: {
        __typename: 'Post',
        id: POST_ID,
        commentCount: 2,
        comments: { __typename: 'CommentConnection', edges: [C1, C2].map((id, i) => ({ __typename: 'CommentEdge', cursor: id, node: comment(id, `Comment ${i + 1}`) })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
      },
    },
  },
  maxUsageCount: Infinity,
};
const at = (route: string) => ({ path: '/posts/:id', route });

describe('PostPage', () => {
  it('shows the post with its comments open and marks the linked comment', async () => {
    renderFeeds(<PostPage />, [{ request: { query: PostDocument, variables: { id: POST_ID } }, result: { data: { post: post(POST_ID, { bodyHtml: '<p>The permalink post</p>', commentCount: 2 }) } } }, comments], at(`/posts/${POST_ID}?comment=${C2}`));
    expect(await screen.findByText('The permalink post')).toBeTruthy();
    expect(await screen.findByText('Comment 2')).toBeTruthy();
    const marked = document.getElementById(`comment-${C2}`);
    expect(marked?.getAttribute('aria-current')).toBe('true');
    expect(document.getElementById(`comment-${C1}`)?.getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(marked));
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
