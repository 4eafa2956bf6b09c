import { TeamOptionDocument } from '@pillars/web/directory/data-access';
import { TeamFeedDocument, TeamFeedPostsDocument } from '@pillars/web/feeds/data-access';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, post, renderFeeds } from './feeds.spec-helpers';
import { TeamFeedPage } from './team-feed-page';

const TEAM = '00000000-0000-4000-8000-00000000f001';
const mocks = (feed: { visibility: string; requiresApproval: boolean; viewerIsMember: boolean; canConfigure: boolean; viewerFollows?: boolean }) => [
  { request: { query: TeamFeedDocument, variables: { teamId: TEAM } }, result: { data: { teamFeed: { __typename: 'TeamFeed', teamId: TEAM, viewerFollows: false, ...feed } } } },
  { request: { query: TeamOptionDocument, variables: { id: TEAM } }, result: { data: { team: { __typename: 'Team', id: TEAM, name: 'צוות Design', ancestors: [] } } }, maxUsageCount: Infinity },
  { request: { query: TeamFeedPostsDocument, variables: { teamId: TEAM, first: 20, after: null } }, result: { data: { teamFeedPosts: connection([post('00000000-0000-4000-8000-00000000f101', { teamId: TEAM, bodyHtml: '<p>Team news</p>' })]) } } },
];
const at = { path: '/teams/:id/feed', route: `/teams/${TEAM}/feed` };

describe('TeamFeedPage', () => {
  it('lets a lead post and reach the moderation queue and settings', async () => {
    renderFeeds(<TeamFeedPage />, mocks({ visibility: 'PRIVATE', requiresApproval: true, viewerIsMember: true, canConfigure: true }), at);
    expect(await screen.findByText('Team news')).toBeTruthy();
    expect((await screen.findByRole('heading', { level: 1 })).querySelector('[dir="auto"]')?.textContent).toBe('צוות Design');
    expect(screen.getByText('Private')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Moderation queue' }).getAttribute('href')).toBe(`/teams/${TEAM}/feed/moderation`);
    expect(screen.getByRole('link', { name: 'Feed settings' }).getAttribute('href')).toBe(`/teams/${TEAM}/feed/settings`);
    // A lead's own posts are not queued.
    expect(screen.getByRole('button', { name: 'Post' })).toBeTruthy();
  });

  it('tells a member of a moderated team their post waits for approval', async () => {
    renderFeeds(<TeamFeedPage />, mocks({ visibility: 'OPEN', requiresApproval: true, viewerIsMember: true, canConfigure: false }), at);
    expect(await screen.findByRole('button', { name: 'Send for approval' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Moderation queue' })).toBeNull();
  });

  it('lets an outsider read and follow an open team, without a composer', async () => {
    renderFeeds(<TeamFeedPage />, mocks({ visibility: 'OPEN', requiresApproval: false, viewerIsMember: false, canConfigure: false }), at);
    expect(await screen.findByText('Team news')).toBeTruthy();
    expect(screen.getByText('Only members of this team can post here. You can read and react.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Your post' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Follow צוות Design' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('starts the Follow button from the server’s viewerFollows', async () => {
    renderFeeds(<TeamFeedPage />, mocks({ visibility: 'OPEN', requiresApproval: false, viewerIsMember: false, canConfigure: false, viewerFollows: true }), at);
    expect((await screen.findByRole('button', { name: 'Following צוות Design' })).getAttribute('aria-pressed')).toBe('true');
  });
});
