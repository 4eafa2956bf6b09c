import { planRefetch } from '@pillars/web/core/data-access';
import { describe, expect, it } from 'vitest';
import { COMMENT_EVENT, feedsRefetchMap, NARROW_FEED_LISTS, POST_EVENT } from './feeds.realtime';

const narrow = { [POST_EVENT]: NARROW_FEED_LISTS };

const card = (id: string, commentCount: number) => ({ __typename: 'Post', id, commentCount });
const home = { queryName: 'HomeFeed', data: { homeFeed: { edges: [{ node: card('p1', 0) }, { node: card('p2', 3) }] } } };
const topic = { queryName: 'TopicFeed', data: { topicFeed: { edges: [{ node: card('p9', 0) }] } } };
const thread = { queryName: 'PostComments', data: { post: { __typename: 'Post', id: 'p2', comments: { edges: [] } } } };
const names = (plan: { refetch: Set<{ queryName: string }> }) => [...plan.refetch].map((q) => q.queryName).sort();

describe('feeds refetch map', () => {
  it('moves a card’s comment count on the events the server sends for a comment (Comment + its Post)', () => {
    // What FeedsRealtimeHandler emits for a comment on p1: the comment, then its post.
    const events = [{ type: COMMENT_EVENT, id: 'c1', version: 7 }, { type: POST_EVENT, id: 'p1', version: 7 }];
    const plan = planRefetch([home, topic, thread], events, { refetchMap: feedsRefetchMap, narrow });
    // The thread refetches (Comment); the feed does not: the post alone is refetched.
    expect(names(plan)).toEqual(['PostComments']);
    expect(plan.entities).toEqual([{ type: POST_EVENT, id: 'p1', version: 7 }]);
    expect(plan.unheld).toEqual([{ type: COMMENT_EVENT, id: 'c1', version: 7 }]);
  });

  it('refetches no list for a post they hold, and a thread holding it as before', () => {
    const plan = planRefetch([home, topic, thread], [{ type: POST_EVENT, id: 'p2', version: 8 }], { refetchMap: feedsRefetchMap, narrow });
    expect(names(plan)).toEqual(['PostComments']);
    expect(plan.entities.map((e) => e.id)).toEqual(['p2']);
  });

  it('still refetches every feed list on a Feed event, and whole lists without narrowing', () => {
    expect(names(planRefetch([home, topic, thread], [{ type: 'Feed', id: 'org', version: 9 }], { refetchMap: feedsRefetchMap, narrow }))).toEqual(['HomeFeed', 'TopicFeed']);
    expect(names(planRefetch([home, topic, thread], [{ type: POST_EVENT, id: 'p1', version: 9 }], { refetchMap: feedsRefetchMap }))).toEqual(['HomeFeed']);
  });
});
