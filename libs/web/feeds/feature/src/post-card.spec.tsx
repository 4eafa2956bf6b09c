import { useQuery } from '@apollo/client/react';
import { DeletePostDocument, PostDocument, PostVersionsDocument, ReactDocument } from '@pillars/web/feeds/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { POST_ID, post, renderFeeds } from './feeds.spec-helpers';
import { PostCard } from './post-card';

const counts = (like: number, celebrate = 0) =>
  [
    { __typename: 'ReactionCount', kind: 'LIKE', count: like },
    { __typename: 'ReactionCount', kind: 'CELEBRATE', count: celebrate },
  ].filter((c) => c.count > 0) as { kind: 'LIKE' | 'CELEBRATE'; count: number }[];

/** The card as a feed shows it: from the cache, so mutations' answers re-render it. */
function CachedCard({ id }: { id: string }) {
  const { data } = useQuery(PostDocument, { variables: { id }, fetchPolicy: 'cache-only' });
  return data ? <PostCard post={data.post} /> : null;
}

describe('PostCard', () => {
  it('puts code blocks and tables, which scroll sideways on a phone, in the tab order', () => {
    renderFeeds(<PostCard post={post(POST_ID, { bodyHtml: '<pre><code>npm start</code></pre><table><tr><td>a</td></tr></table>' })} />, []);
    const article = screen.getByRole('article');
    expect(article.querySelector('pre')?.tabIndex).toBe(0);
    expect(article.querySelector('table')?.tabIndex).toBe(0);
  });

  it('renders the sanitised body with dir="auto", the author link and the time with its absolute title', () => {
    renderFeeds(<PostCard post={post(POST_ID, { bodyHtml: '<p>שלום <strong>world</strong></p>' })} />, []);
    const article = screen.getByRole('article');
    expect(article.querySelector('[dir="auto"] strong')?.textContent).toBe('world');
    expect(screen.getByRole('link', { name: 'Ana Other' }).getAttribute('href')).toBe('/people/00000000-0000-4000-8000-00000000a002');
    const time = article.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-01-02T10:00:00.000Z');
    expect(time?.getAttribute('title')).toMatch(/2026/);
  });

  it('shows the author’s photo thumbnail when there is one, and the initials otherwise', () => {
    const withPhoto = post(POST_ID, { author: { __typename: 'User', id: '00000000-0000-4000-8000-00000000a002', name: 'Ana Other', initials: 'AO', photoThumbnailUrl: '/files/f1/thumbnail' } as never });
    const { unmount } = renderFeeds(<PostCard post={withPhoto} />, []);
    expect(screen.getByRole('article').querySelector('img')?.getAttribute('src')).toBe('/files/f1/thumbnail');
    unmount();
    renderFeeds(<PostCard post={post(POST_ID)} />, []);
    expect(screen.getByRole('article').querySelector('img')).toBeNull();
    expect(screen.getByRole('article').textContent).toContain('AO');
  });

  it('toggles the viewer’s reaction with pressed state and counts, and removes it on a second press', async () => {
    const p = post(POST_ID, { reactionCounts: counts(2) });
    renderFeeds(<CachedCard id={POST_ID} />, [
      {
        request: { query: ReactDocument, variables: { input: { postId: POST_ID, kind: 'CELEBRATE' } } },
        result: { data: { react: { __typename: 'PostPayload', post: { __typename: 'Post', id: POST_ID, myReaction: 'CELEBRATE', reactionCounts: counts(2, 1) } } } },
      },
      {
        request: { query: ReactDocument, variables: { input: { postId: POST_ID, kind: null } } },
        result: { data: { react: { __typename: 'PostPayload', post: { __typename: 'Post', id: POST_ID, myReaction: null, reactionCounts: counts(2) } } } },
      },
    ], { prime: (client) => client.writeQuery({ query: PostDocument, variables: { id: POST_ID }, data: { post: p } }) });
    const bar = screen.getByRole('group', { name: 'Reactions' });
    expect(within(bar).getByRole('button', { name: 'Like: 2 reactions' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(within(bar).getByRole('button', { name: 'Celebrate: 0 reactions' }));
    // Optimistic at once, then the server's answer.
    const celebrate = await within(bar).findByRole('button', { name: 'Celebrate: 1 reaction' });
    expect(celebrate.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('3 people reacted')).toBeTruthy();
    fireEvent.click(celebrate);
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Celebrate: 0 reactions' }).getAttribute('aria-pressed')).toBe('false'));
  });

  it('marks an edited post and opens its version history', async () => {
    const p = post(POST_ID, { editedAt: '2026-01-02T11:00:00.000Z', version: 2, bodyHtml: '<p>Second take</p>' });
    renderFeeds(<PostCard post={p} />, [
      {
        request: { query: PostVersionsDocument, variables: { id: POST_ID } },
        result: { data: { post: { __typename: 'Post', id: POST_ID, version: 2, earlierVersions: [{ __typename: 'PostVersion', version: 1, bodyHtml: '<p>First take</p>', createdAt: '2026-01-02T10:00:00.000Z' }] } } },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'edited' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit history' });
    expect(await within(dialog).findByText('First take')).toBeTruthy();
    expect(within(dialog).getByText('Version 1', { exact: false })).toBeTruthy();
    expect(within(dialog).getByText('Current version (2)', { exact: false })).toBeTruthy();
  });

  it('shows image thumbnails and PDF links of its attachments', () => {
    const file = (id: string, name: string, mime: string, thumbnailUrl: string | null) => ({ __typename: 'File', id, name, mime, bytes: 20480, url: `/files/${id}`, thumbnailUrl, width: null, height: null });
    renderFeeds(<PostCard post={post(POST_ID, { attachments: [file('f1', 'Team photo.jpg', 'image/jpeg', '/files/f1/thumbnail'), file('f2', 'Plan.pdf', 'application/pdf', null)] as never })} />, []);
    const list = screen.getByRole('list', { name: 'Attachments' });
    expect(within(list).getByRole('img', { name: 'Team photo.jpg' }).getAttribute('src')).toBe('/files/f1/thumbnail');
    expect(within(list).getByRole('link', { name: /Plan\.pdf/ }).getAttribute('href')).toBe('/files/f2');
  });

  it('has no edited marker or actions menu when not edited and not allowed', () => {
    renderFeeds(<PostCard post={post(POST_ID)} />, []);
    expect(screen.queryByRole('button', { name: 'edited' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Post actions' })).toBeNull();
  });

  it('deletes after confirmation when the viewer may', async () => {
    let deleted = false;
    renderFeeds(<PostCard post={post(POST_ID, { abilities: { canEdit: false, canDelete: true, canModerate: false } })} />, [
      {
        request: { query: DeletePostDocument, variables: { id: POST_ID } },
        result: () => {
          deleted = true;
          return { data: { deletePost: { __typename: 'DeletePostPayload', id: POST_ID } } };
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Post actions' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this post?' });
    expect(deleted).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete post' }));
    await waitFor(() => expect(deleted).toBe(true));
  });
});
