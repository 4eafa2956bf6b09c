import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { connectRealtime, mergeTypePolicies } from '@pillars/web/core/data-access';
import { AnnouncementPendingDocument, AnnouncementReachDocument, announcementsRefetchMap, announcementsTypePolicies, feedsTypePolicies, PostDocument, RemindAnnouncementDocument } from '@pillars/web/feeds/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Socket } from 'socket.io-client';
import { describe, expect, it, vi } from 'vitest';
import { AnnouncementReachPage, PENDING_PAGE, REACH_TEAMS_PAGE, receiptsCsvUrl } from './announcement-reach-page';
import { meMock, myTeamsMock, POST_ID, renderAnnouncements, TEAM } from './announcements.spec-helpers';

const counts = (delivered: number, seen: number, read: number, acknowledged: number, audience = delivered) => ({
  __typename: 'ReachCounts' as const,
  audience,
  delivered,
  seen,
  read,
  acknowledged,
  seenPercent: delivered ? Math.round((seen / delivered) * 1000) / 10 : 0,
  readPercent: delivered ? Math.round((read / delivered) * 1000) / 10 : 0,
  acknowledgedPercent: delivered ? Math.round((acknowledged / delivered) * 1000) / 10 : 0,
});
const reach = (totals: ReturnType<typeof counts>, lastRemindedAt: string | null = null) => ({
  request: { query: AnnouncementReachDocument, variables: { id: POST_ID, first: REACH_TEAMS_PAGE, after: null } },
  result: {
    data: {
      announcementReach: {
        __typename: 'AnnouncementReach',
        id: POST_ID,
        audienceId: '00000000-0000-4000-8000-0000000aa001',
        mustRead: true,
        lastRemindedAt,
        totals,
        teams: {
          __typename: 'TeamReachConnection',
          edges: [{ __typename: 'TeamReachEdge', cursor: 't1', node: { __typename: 'TeamReach', teamId: TEAM, name: 'Design', counts: totals } }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 't1' },
        },
      },
    },
  },
});
const person = (n: number) => ({
  __typename: 'PendingRecipientEdge',
  cursor: `p${n}`,
  node: { __typename: 'PendingRecipient', deliveredAt: '2026-01-02T10:00:00.000Z', seenAt: null, readAt: null, user: { __typename: 'User', id: `00000000-0000-4000-8000-0000000c000${n}`, name: `Person ${n}`, initials: `P${n}`, photoThumbnailUrl: null } },
});
const pending = (state: 'UNREAD' | 'UNACKNOWLEDGED', people: number[], { after = null as string | null, hasNextPage = false } = {}) => ({
  request: { query: AnnouncementPendingDocument, variables: { id: POST_ID, state, first: PENDING_PAGE, after } },
  result: { data: { announcementPending: { __typename: 'PendingRecipientConnection', edges: people.map(person), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: people.length ? `p${people.at(-1)}` : null } } } },
});
const postMock = {
  request: { query: PostDocument, variables: { id: POST_ID } },
  error: new Error('not needed here'),
  maxUsageCount: Infinity,
};
const hr = meMock({ canAnnounce: true, canAnnounceToAnyone: true });
const route = { path: '/r/:id', route: `/r/${POST_ID}` };

describe('AnnouncementReachPage', () => {
  it('shows totals with counts and percentages, the team roll-up, the CSV link, and pages the pending list by state', async () => {
    renderAnnouncements(<AnnouncementReachPage />, [
      hr,
      postMock,
      reach(counts(40, 30, 20, 10, 42)),
      pending('UNACKNOWLEDGED', [1, 2], { hasNextPage: true }),
      pending('UNACKNOWLEDGED', [3], { after: 'p2' }),
      pending('UNREAD', [4]),
    ], route);
    expect(await screen.findByRole('heading', { name: 'Announcement reach', level: 1 })).toBeTruthy();
    expect(screen.getByText('42 people in the audience now')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Seen: 30 of 40 (75%)' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Read: 20 of 40 (50%)' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Acknowledged: 10 of 40 (25%)' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Design' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(receiptsCsvUrl(POST_ID));

    const list = await screen.findByRole('list', { name: 'Still pending' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('Person 1'), expect.stringContaining('Person 2')]);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Still pending' })).getAllByRole('listitem')).toHaveLength(3));
    fireEvent.click(screen.getByRole('radio', { name: 'Not read' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Still pending' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('Person 4')]));
  });

  it('disables "Remind the rest" within a day of the last reminder, with the next allowed time', async () => {
    renderAnnouncements(<AnnouncementReachPage />, [hr, postMock, reach(counts(4, 2, 1, 0), new Date(Date.now() - 3600_000).toISOString()), pending('UNACKNOWLEDGED', [1])], route);
    const button = await screen.findByRole('button', { name: 'Remind the rest' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/Next reminder possible/)).toBeTruthy();
  });

  it('reminds, says how many, then stays disabled', async () => {
    const next = new Date(Date.now() + 24 * 3600_000).toISOString();
    renderAnnouncements(<AnnouncementReachPage />, [
      hr,
      postMock,
      reach(counts(4, 2, 1, 0)),
      reach(counts(4, 2, 1, 0)),
      pending('UNACKNOWLEDGED', [1]),
      { request: { query: RemindAnnouncementDocument, variables: { id: POST_ID } }, result: { data: { remindAnnouncement: { __typename: 'RemindAnnouncementPayload', remindedCount: 3, nextReminderAt: next } } } },
    ], route);
    fireEvent.click(await screen.findByRole('button', { name: 'Remind the rest' }));
    expect(await screen.findByText('3 people reminded.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remind the rest' }).hasAttribute('disabled')).toBe(true);
  });

  it('takes a refusal for a recent reminder as the next allowed time', async () => {
    const next = new Date(Date.now() + 5 * 3600_000).toISOString();
    renderAnnouncements(<AnnouncementReachPage />, [
      hr,
      postMock,
      reach(counts(4, 2, 1, 0)),
      reach(counts(4, 2, 1, 0)),
      pending('UNACKNOWLEDGED', [1]),
      { request: { query: RemindAnnouncementDocument, variables: { id: POST_ID } }, result: { errors: [new GraphQLError('recent', { extensions: { code: 'FEEDS_REMINDED_RECENTLY', retryAfter: 18000, nextReminderAt: next } })] } },
    ], route);
    fireEvent.click(await screen.findByRole('button', { name: 'Remind the rest' }));
    expect(await screen.findByText(/Next reminder possible/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remind the rest' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the not-found state to people who may not see the reach', async () => {
    renderAnnouncements(<AnnouncementReachPage />, [
      meMock({}),
      { request: { query: AnnouncementReachDocument, variables: { id: POST_ID, first: REACH_TEAMS_PAGE, after: null } }, result: { errors: [new GraphQLError('nope', { extensions: { code: 'NOT_FOUND' } })] } },
    ], route);
    expect(await screen.findByText('This announcement does not exist or you cannot see its reach.')).toBeTruthy();
  });

  it('joins the announcement room and refetches the totals and the pending list on its events', async () => {
    type Handler = (...args: unknown[]) => void;
    const handlers = new Map<string, Handler[]>();
    const socket = { on: (e: string, h: Handler) => handlers.set(e, [...(handlers.get(e) ?? []), h]), emit: vi.fn(), disconnect: vi.fn() };
    const fire = (e: string, ...args: unknown[]) => handlers.get(e)?.forEach((h) => h(...args));
    const client = new ApolloClient({
      link: new MockLink([myTeamsMock, hr, postMock, reach(counts(4, 2, 1, 0)), pending('UNACKNOWLEDGED', [1, 2]), reach(counts(4, 3, 2, 1)), pending('UNACKNOWLEDGED', [2])]),
      cache: new InMemoryCache({ typePolicies: mergeTypePolicies([feedsTypePolicies, announcementsTypePolicies]) }),
    });
    const stop = connectRealtime(client, { connect: () => socket as unknown as Socket, debounceMs: 1, refetchMap: announcementsRefetchMap });
    fire('ready', { userId: 'u', organizationId: 'o' });
    renderAnnouncements(<AnnouncementReachPage />, [], { ...route, client });
    expect(await screen.findByRole('progressbar', { name: 'Acknowledged: 0 of 4 (0%)' })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Still pending' })).getAllByRole('listitem')).toHaveLength(2));
    expect(socket.emit).toHaveBeenCalledWith('subscribe', { room: `announcement:${POST_ID}` });

    fire('invalidate', { type: 'AnnouncementReach', id: POST_ID, version: 2 });
    expect(await screen.findByRole('progressbar', { name: 'Acknowledged: 1 of 4 (25%)' })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Still pending' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('Person 2')]));
    stop();
  });
});
