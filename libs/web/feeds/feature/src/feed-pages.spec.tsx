import { CreatePostDocument, HomeFeedDocument, RenderPostPreviewDocument } from '@pillars/web/feeds/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomeFeedPage } from './feed-pages';
import { connection, ME, post, renderFeeds } from './feeds.spec-helpers';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
const posts = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => post(id(from - i), { createdAt: at(from - i), bodyHtml: `<p>Post ${from - i}</p>` }));
const home = (after: string | null, list: ReturnType<typeof post>[], hasNextPage: boolean) => ({
  request: { query: HomeFeedDocument, variables: { first: 20, after } },
  result: { data: { homeFeed: connection(list, hasNextPage) } },
});
const shownPosts = () => within(screen.getByRole('list', { name: 'Feed' })).getAllByRole('article');

describe('HomeFeedPage', () => {
  it('loads the next keyset page with "Load more" and then says the end is reached', async () => {
    const first = posts(40, 21);
    const second = posts(20, 16);
    renderFeeds(<HomeFeedPage />, [home(null, first, true), home(`c-${id(21)}`, second, false)]);
    expect(screen.getByRole('status')).toBeTruthy();
    // Twenty-five full cards render slowly on a loaded machine: wait longer than the default second.
    expect(await screen.findByText('Post 40', {}, { timeout: 8000 })).toBeTruthy();
    expect(shownPosts()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Post 16', {}, { timeout: 8000 })).toBeTruthy();
    expect(shownPosts()).toHaveLength(25);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText('You are all caught up')).toBeTruthy();
  });

  it('keeps newer posts behind an "N new posts" pill after a live refresh, then shows them on click', async () => {
    const first = posts(10, 9);
    const fresh = [post(id(12), { createdAt: at(12), bodyHtml: '<p>Post 12</p>' }), post(id(11), { createdAt: at(11), bodyHtml: '<p>Mine 11</p>', author: { __typename: 'User', id: ME, name: 'Bo Me', initials: 'BM', photoThumbnailUrl: null } as never }), ...first];
    const { client } = renderFeeds(<HomeFeedPage />, [home(null, first, false), home(null, fresh, false)]);
    expect(await screen.findByText('Post 10')).toBeTruthy();
    await waitFor(() => expect(client.cache.extract()).toHaveProperty([`User:${ME}`]));
    // What a `Feed` socket event does through the refetch map.
    await client.refetchQueries({ include: ['HomeFeed'] });
    const pill = await screen.findByRole('button', { name: '1 new post' });
    // The reader's own post shows at once; another's waits.
    expect(screen.getByText('Mine 11')).toBeTruthy();
    expect(screen.queryByText('Post 12')).toBeNull();
    expect(shownPosts()).toHaveLength(3);
    fireEvent.click(pill);
    await waitFor(() => expect(screen.getByText('Post 12')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /new post/ })).toBeNull();
    expect(shownPosts()).toHaveLength(4);
  });

  it('removes a deleted post when the head refreshes', async () => {
    const first = posts(3, 1);
    const { client } = renderFeeds(<HomeFeedPage />, [home(null, first, false), home(null, [first[0], first[2]], false)]);
    expect(await screen.findByText('Post 2')).toBeTruthy();
    await client.refetchQueries({ include: ['HomeFeed'] });
    await waitFor(() => expect(screen.queryByText('Post 2')).toBeNull());
    expect(shownPosts()).toHaveLength(2);
  });

  it('posts from the home feed to one of the viewer’s teams', async () => {
    const design = '00000000-0000-4000-8000-00000000e001';
    let sent = false;
    renderFeeds(<HomeFeedPage />, [
      home(null, [], false),
      home(null, [], false),
      { request: { query: RenderPostPreviewDocument, variables: () => true }, result: { data: { renderPostPreview: { __typename: 'PostPreview', html: '<p>x</p>', topics: [] } } }, maxUsageCount: Infinity },
      {
        request: { query: CreatePostDocument, variables: { input: { body: 'Sprint done', teamId: design } } },
        result: () => {
          sent = true;
          return { data: { createPost: { __typename: 'PostPayload', post: post(id(99), { teamId: design }) } } };
        },
      },
    ]);
    const select = (await screen.findByRole('combobox', { name: 'Post to' })) as HTMLSelectElement;
    await within(select).findByRole('option', { name: 'Design' });
    fireEvent.change(select, { target: { value: design } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Your post' }), { target: { value: 'Sprint done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(sent).toBe(true));
  });

  it('shows an empty state with a way to Discover, and an error with retry', async () => {
    renderFeeds(<HomeFeedPage />, [home(null, [], false)]);
    expect(await screen.findByText('Your feed is quiet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Discover teams and topics' }).getAttribute('href')).toBe('/discover');
  });

  it('offers a retry when the feed fails', async () => {
    renderFeeds(<HomeFeedPage />, [{ request: { query: HomeFeedDocument, variables: { first: 20, after: null } }, error: new Error('offline') }, home(null, posts(1, 1), false)]);
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Post 1')).toBeTruthy();
  });
});
