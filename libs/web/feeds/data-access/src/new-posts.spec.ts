import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { HomeFeedDocument } from './feeds.documents';
import { feedsTypePolicies } from './feeds.type-policies';
import { countNewPosts, feedHorizon } from './new-posts';

const p = (id: string, createdAt: string, authorId = 'someone') => ({ id, createdAt, author: { id: authorId } });

describe('new posts behind the pill', () => {
  const shown = [p('b', '2026-01-02T10:00:00Z'), p('a', '2026-01-01T10:00:00Z')];

  it('takes the newest shown post as the horizon', () => {
    expect(feedHorizon(shown)).toBe('2026-01-02T10:00:00Z');
    expect(feedHorizon([])).toBeNull();
  });

  it('holds back newer posts by others, counts them, and shows the viewer’s own at once', () => {
    const posts = [p('d', '2026-01-03T09:00:00Z'), p('c', '2026-01-03T08:00:00Z', 'me'), ...shown];
    const { visible, newCount } = countNewPosts(posts, feedHorizon(shown), 'me');
    expect(newCount).toBe(1);
    expect(visible.map((x) => x.id)).toEqual(['c', 'b', 'a']);
    // Clicking the pill moves the horizon: everything shows.
    expect(countNewPosts(posts, feedHorizon(posts), 'me')).toMatchObject({ newCount: 0 });
    expect(countNewPosts(posts, null, 'me').visible).toHaveLength(4);
  });
});

const node = (id: string) => ({
  __typename: 'Post',
  id,
  teamId: null,
  body: id,
  bodyHtml: id,
  language: null,
  topics: [],
  status: 'PUBLISHED',
  rejectionReason: null,
  isAnnouncement: false,
  pinnedUntil: null,
  announcement: null,
  version: 1,
  editedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  commentCount: 0,
  myReaction: null,
  author: null,
  abilities: { __typename: 'PostAbilities', canEdit: false, canDelete: false, canModerate: false },
  reactionCounts: [],
  attachments: [],
});
const page = (ids: string[], hasNextPage: boolean) => ({
  homeFeed: {
    __typename: 'PostConnection',
    edges: ids.map((id) => ({ __typename: 'PostEdge', cursor: `c-${id}`, node: node(id) })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.length ? `c-${ids[ids.length - 1]}` : null },
  },
});

describe('head refresh of a keyset feed', () => {
  const ids = (cache: InMemoryCache) => cache.readQuery({ query: HomeFeedDocument, variables: { first: 2, after: null } })?.homeFeed.edges.map((e) => e.node.id);

  it('keeps the pages loaded after the head when the first page is refetched, with the new post on top and a deleted one gone', () => {
    const cache = new InMemoryCache({ typePolicies: feedsTypePolicies });
    cache.writeQuery({ query: HomeFeedDocument, variables: { first: 2, after: null }, data: page(['p4', 'p3'], true) as never });
    cache.writeQuery({ query: HomeFeedDocument, variables: { first: 2, after: 'c-p3' }, data: page(['p2', 'p1'], false) as never });
    expect(ids(cache)).toEqual(['p4', 'p3', 'p2', 'p1']);
    // A socket event refetches the head: p5 is new, p4 was deleted.
    cache.writeQuery({ query: HomeFeedDocument, variables: { first: 2, after: null }, data: page(['p5', 'p3'], true) as never });
    expect(ids(cache)).toEqual(['p5', 'p3', 'p2', 'p1']);
    const info = cache.readQuery({ query: HomeFeedDocument, variables: { first: 2, after: null } })?.homeFeed.pageInfo;
    expect(info).toMatchObject({ hasNextPage: false, endCursor: 'c-p1' });
  });

  it('drops a deleted post that was evicted', () => {
    const cache = new InMemoryCache({ typePolicies: feedsTypePolicies });
    cache.writeQuery({ query: HomeFeedDocument, variables: { first: 2, after: null }, data: page(['p2', 'p1'], false) as never });
    cache.evict({ id: cache.identify({ __typename: 'Post', id: 'p1' }) });
    expect(ids(cache)).toEqual(['p2']);
  });
});
