import { TeamOptionDocument } from '@pillars/web/directory/data-access';
import { DiscoverDocument, FollowDocument, TopicDocument, TopicFeedDocument, UnfollowDocument } from '@pillars/web/feeds/data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiscoverPage } from './discover-page';
import { connection, renderFeeds } from './feeds.spec-helpers';
import { TopicFeedPage } from './topic-feed-page';

const TEAM_A = '00000000-0000-4000-8000-00000000f0a1';
const TEAM_B = '00000000-0000-4000-8000-00000000f0b1';
const teamName = (id: string, name: string) => ({
  request: { query: TeamOptionDocument, variables: { id } },
  result: { data: { team: { __typename: 'Team', id, name, ancestors: [] } } },
  maxUsageCount: Infinity,
});
const discover = {
  request: { query: DiscoverDocument },
  result: {
    data: {
      discover: {
        __typename: 'Discover',
        teams: [
          { __typename: 'DiscoverTeam', teamId: TEAM_A, postCount: 3, viewerFollows: true },
          { __typename: 'DiscoverTeam', teamId: TEAM_B, postCount: 1, viewerFollows: false },
        ],
        topics: [{ __typename: 'DiscoverTopic', topic: 'design', postCount: 2, viewerFollows: false }],
      },
    },
  },
};
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('FollowButton', () => {
  it('starts Discover’s buttons from viewerFollows and writes a toggle into the cache', async () => {
    renderFeeds(<DiscoverPage />, [
      discover,
      teamName(TEAM_A, 'Alpha'),
      teamName(TEAM_B, 'Beta'),
      { request: { query: FollowDocument, variables: { input: { kind: 'TOPIC', target: 'design' } } }, result: { data: { follow: { __typename: 'FollowPayload', kind: 'TOPIC', target: 'design', following: true } } } },
      { request: { query: UnfollowDocument, variables: { input: { kind: 'TEAM', target: TEAM_A } } }, result: { data: { unfollow: { __typename: 'FollowPayload', kind: 'TEAM', target: TEAM_A, following: false } } } },
    ]);
    expect(await screen.findByRole('button', { name: 'Following Alpha' })).toBeTruthy();
    expect(pressed('Following Alpha')).toBe('true');
    expect(pressed('Follow Beta')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Follow #design' }));
    await waitFor(() => expect(pressed('Following #design')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'Following Alpha' }));
    await waitFor(() => expect(pressed('Follow Alpha')).toBe('false'));
  });

  it('starts a topic feed’s button from the topic’s viewerFollows', async () => {
    renderFeeds(
      <TopicFeedPage />,
      [
        { request: { query: TopicDocument, variables: { topic: 'design' } }, result: { data: { topic: { __typename: 'Topic', topic: 'design', viewerFollows: true } } } },
        { request: { query: TopicFeedDocument, variables: { topic: 'design', first: 20, after: null } }, result: { data: { topicFeed: connection([]) } } },
      ],
      { path: '/topics/:tag', route: '/topics/Design' },
    );
    expect((await screen.findByRole('button', { name: 'Following #design' })).getAttribute('aria-pressed')).toBe('true');
  });
});
