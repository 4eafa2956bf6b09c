import { ModeratePostDocument, PendingPostsDocument, TeamFeedDocument } from '@pillars/web/feeds/data-access';
import { TeamOptionDocument } from '@pillars/web/directory/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, post, renderFeeds } from './feeds.spec-helpers';
import { ModerationPage } from './moderation-page';

const TEAM = '00000000-0000-4000-8000-00000000d001';
const QUEUED = '00000000-0000-4000-8000-00000000d101';
const queued = post(QUEUED, { teamId: TEAM, status: 'PENDING', bodyHtml: '<p>Please approve</p>', abilities: { canEdit: true, canDelete: true, canModerate: true } });
const mocks = (moderate: { approve: boolean; reason: string | null }) => [
  { request: { query: TeamFeedDocument, variables: { teamId: TEAM } }, result: { data: { teamFeed: { __typename: 'TeamFeed', teamId: TEAM, visibility: 'OPEN', requiresApproval: true, viewerIsMember: true, canConfigure: true, viewerFollows: false } } }, maxUsageCount: Infinity },
  { request: { query: TeamOptionDocument, variables: { id: TEAM } }, result: { data: { team: { __typename: 'Team', id: TEAM, name: 'Design', ancestors: [] } } }, maxUsageCount: Infinity },
  { request: { query: PendingPostsDocument, variables: { teamId: TEAM, first: 20, after: null } }, result: { data: { pendingPosts: connection([queued]) } } },
  {
    request: { query: ModeratePostDocument, variables: { input: { id: QUEUED, ...moderate } } },
    result: { data: { moderatePost: { __typename: 'PostPayload', post: { ...queued, status: moderate.approve ? 'PUBLISHED' : 'REJECTED', rejectionReason: moderate.reason } } } },
  },
  { request: { query: PendingPostsDocument, variables: { teamId: TEAM, first: 20, after: null } }, result: { data: { pendingPosts: connection([]) } } },
];

describe('ModerationPage', () => {
  it('approves a queued post and empties the queue', async () => {
    renderFeeds(<ModerationPage />, mocks({ approve: true, reason: null }), { path: '/teams/:id/feed/moderation', route: `/teams/${TEAM}/feed/moderation` });
    const card = await screen.findByRole('article');
    expect(within(card).getByText('Waiting for approval')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Nothing waits for approval')).toBeTruthy();
  });

  it('rejects with a reason the author will see', async () => {
    renderFeeds(<ModerationPage />, mocks({ approve: false, reason: 'Off topic' }), { path: '/teams/:id/feed/moderation', route: `/teams/${TEAM}/feed/moderation` });
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject this post?' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Off topic' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject post' }));
    await waitFor(() => expect(screen.getByText('Nothing waits for approval')).toBeTruthy());
  });
});
