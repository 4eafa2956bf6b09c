import { CommentRepliesDocument, PostCommentsDocument } from '@pillars/web/feeds/data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OTHER, POST_ID, renderFeeds } from './feeds.spec-helpers';
import { PostComments } from './post-comments';

const TOP = '00000000-0000-4000-8000-00000000cc01';
const replyId = (i: number) => `00000000-0000-4000-8000-0000000d${String(i).padStart(4, '0')}`;
const comment = (id: string, body: string, parentId: string | null) => ({
  __typename: 'Comment',
  id,
  postId: POST_ID,
  parentId,
  body,
  bodyHtml: `<p>${body}</p>`,
  createdAt: '2026-01-02T10:00:00.000Z',
  canDelete: false,
  author: { __typename: 'User', id: OTHER, name: 'Ana Other', initials: 'AO', photoThumbnailUrl: null },
});
/** Replies `from` to `to` (1-based, inclusive) of a thread of `total`. */
const replies = (from: number, to: number, total: number) => ({
  __typename: 'CommentConnection',
  edges: Array.from({ length: to - from + 1 }, (_, k) => from + k).map((i) => ({ __typename: 'CommentEdge', cursor: `r${i}`, node: comment(replyId(i), `Reply ${i}`, TOP) })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: to < total, endCursor: `r${to}` },
});
const thread = {
  request: { query: PostCommentsDocument, variables: { id: POST_ID, first: 10, after: null } },
  result: {
    data: {
      post: {
        __typename: 'Post',
        id: POST_ID,
        commentCount: 26,
        comments: {
          __typename: 'CommentConnection',
          edges: [{ __typename: 'CommentEdge', cursor: TOP, node: { ...comment(TOP, 'Top comment', null), replies: replies(1, 10, 25) } }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: TOP },
        },
      },
    },
  },
  maxUsageCount: Infinity,
};
const morePage = (after: string, from: number, to: number) => ({
  request: { query: CommentRepliesDocument, variables: { id: TOP, first: 20, after } },
  result: { data: { comment: { __typename: 'Comment', id: TOP, replies: replies(from, to, 25) } } },
});

describe('PostComments', () => {
  it('reads a thread of 25 replies to the end with "More replies", keeping them through a live refetch', async () => {
    const { client } = renderFeeds(<PostComments postId={POST_ID} teamId={null} />, [thread, morePage('r10', 11, 25)]);
    expect(await screen.findByText('Reply 10')).toBeTruthy();
    expect(screen.queryByText('Reply 11')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More replies' }));
    expect(await screen.findByText('Reply 25')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Replies' });
    expect(list.querySelectorAll(':scope > li')).toHaveLength(25);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'More replies' })).toBeNull());
    // A socket event refetches the thread's head (its first 10 replies): the loaded ones stay, and
    // the end may have grown, so the next page is offered again.
    await client.refetchQueries({ include: ['PostComments'] });
    expect(await screen.findByText('Reply 25')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Replies' }).querySelectorAll(':scope > li')).toHaveLength(25);
    expect(await screen.findByRole('button', { name: 'More replies' })).toBeTruthy();
  });
});
