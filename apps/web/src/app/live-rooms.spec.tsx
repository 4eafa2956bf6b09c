import { screen, waitFor } from '@testing-library/react';
import { liveRoomsOf } from '@pillars/web/core/data-access';
import { DirectorySearchDocument, LocationsDocument, TeamOptionsDocument, UserProfileDocument } from '@pillars/web/directory/data-access';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

const brief = (id: string, name: string) => ({ __typename: 'User' as const, id, name, initials: name.slice(0, 2), photoThumbnailUrl: null, title: null });
const always = <T,>(query: T, data: Record<string, unknown>): Mock => ({ request: { query } as Mock['request'], result: { data }, maxUsageCount: Number.POSITIVE_INFINITY });
const listed = (id: string, name: string) => ({ ...brief(id, name), location: null, skills: [], photoThumbnailUrl: null, teams: [] });

/** The rooms the page follows; the shell's own `user:` room (the notification bell) is not the page's. */
const pageRooms = (client: Parameters<typeof liveRoomsOf>[0]) => liveRoomsOf(client).rooms.filter((r) => !r.startsWith('user:')).sort();

describe('pages follow the rooms of what they show', () => {
  it('the people search follows the list room and the row of each person it shows', async () => {
    const { client } = renderApp({
      route: '/people',
      mocks: [
        meMock(signedInUser),
        always(TeamOptionsDocument, { teamOptions: [] }),
        always(LocationsDocument, { locations: [] }),
        {
          request: { query: DirectorySearchDocument, variables: () => true },
          result: {
            data: {
              people: {
                __typename: 'UserConnection' as const,
                totalCount: 2,
                didYouMean: null,
                edges: [listed('p1', 'Ada Lovelace'), listed('p2', 'Alan Turing')].map((node) => ({ __typename: 'UserEdge' as const, cursor: node.id, node })),
                pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
              },
            },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Directory' })).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'Alan Turing' })).toBeTruthy();
    await waitFor(() => expect(pageRooms(client)).toEqual(['directory:{organizationId}', 'person:p1', 'person:p2']));
  });

  it('a profile follows the person and the managers above them', async () => {
    const user = {
      ...brief('u1', 'Grace Hopper'),
      email: 'u1@pillars.demo',
      location: null,
      timeZone: 'UTC',
      status: 'ACTIVE' as const,
      startDate: null,
      about: null, pronouns: null, phone: null, workingHours: null, languages: [], skills: [], photoUrl: null, photoThumbnailUrl: null,
      directReportCount: 0,
      manager: brief('m1', 'Mary Jackson'),
      managerChain: [brief('m1', 'Mary Jackson'), brief('m2', 'Katherine Johnson')],
      reports: { __typename: 'UserConnection' as const, edges: [], pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null } },
      peers: [],
      teams: [],
      abilities: { __typename: 'UserAbilities' as const, canEdit: false, canSuspend: false, canAssignRoles: false },
    };
    const { client } = renderApp({
      route: '/people/u1',
      mocks: [meMock(signedInUser), { request: { query: UserProfileDocument, variables: { id: 'u1', reportsFirst: 50 } }, result: { data: { user } }, maxUsageCount: Number.POSITIVE_INFINITY }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeTruthy();
    await waitFor(() => expect(pageRooms(client)).toEqual(['person:m1', 'person:m2', 'person:u1']));
  });
});
