import { planRefetch } from '@pillars/web/core/data-access';
import { describe, expect, it } from 'vitest';
import { COMMENT_EVENT, feedsRefetchMap, POST_EVENT } from './feeds.realtime';

const card = (id: string, commentCount: number) => ({ __typename: 'Post', id, commentCount });
const home = { queryName: 'HomeFeed', data: { homeFeed: { edges: [{ node: card('p1', 0) }, { node: card('p2', 3) }] } } };
const topic = { queryName: 'TopicFeed', data: { topicFeed: { edges: [{ node: card('p9', 0) }] } } };
const thread = { queryName: 'PostComments', data: { post: { __typename: 'Post', id: 'p2', comments: { edges: [] } } } };
const names = (plan: { refetch: Set<{ queryName: string }> }) => [...plan.refetch].map((q) => q.queryName).sort();

describe('feeds refetch map', () => {
  it('moves a card’s comment count on the events the server sends for a comment (Comment + its Post)', () => {
    // What FeedsRealtimeHandler emits for a comment on p1: the comment, then its post.
    const events = [{ type: COMMENT_EVENT, id: 'c1', version: 7 }, { type: POST_EVENT, id: 'p1', version: 7 }];
    const plan = planRefetch([home, topic, thread], events, { refetchMap: feedsRefetchMap });
    expect(names(plan)).toEqual(['HomeFeed', 'PostComments']);
    expect(plan.unheld).toEqual([{ type: COMMENT_EVENT, id: 'c1', version: 7 }]);
  });

  it('leaves open threads alone without a comment, and lists not holding the post', () => {
    const plan = planRefetch([home, topic, thread], [{ type: POST_EVENT, id: 'p9', version: 8 }], { refetchMap: feedsRefetchMap });
    expect(names(plan)).toEqual(['TopicFeed']);
  });
});
