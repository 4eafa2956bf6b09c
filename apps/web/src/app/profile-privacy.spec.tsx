import { screen } from '@testing-library/react';
import { UserProfileDocument } from '@pillars/web/directory/data-access';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

// What an employee sees of a colleague: the API sends no email and no status (null); a departed
// colleague is shown as former, a suspended one like anyone else.
const profile = (id: string, o: { email: string | null; status: 'ACTIVE' | 'SUSPENDED' | 'DEPARTED' | null; former: boolean }): Mock => ({
  request: { query: UserProfileDocument, variables: { id, reportsFirst: 50 } },
  result: {
    data: {
      user: {
        __typename: 'User',
        id,
        name: 'Dora Example',
        initials: 'DE',
        title: 'Analyst',
        location: null,
        timeZone: 'UTC',
        startDate: null,
        about: null, pronouns: null, phone: null, workingHours: null, languages: [], skills: [], photoUrl: null, photoThumbnailUrl: null,
        directReportCount: 0,
        manager: null,
        managerChain: [],
        reports: { __typename: 'UserConnection' as const, edges: [], pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null } },
        peers: [],
        teams: [],
        abilities: { __typename: 'UserAbilities', canEdit: false, canSuspend: false, canAssignRoles: false },
        ...o,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('profile page privacy', () => {
  it('shows a departed colleague as a former colleague, with no email and no status badge', async () => {
    renderApp({ route: '/people/u-dora', mocks: [meMock(signedInUser), profile('u-dora', { email: null, status: null, former: true })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dora Example' })).toBeTruthy();
    expect(screen.getByText('Former colleague')).toBeTruthy();
    expect(screen.queryByText('Departed')).toBeNull();
    expect(screen.queryByText('Email')).toBeNull();
  });

  it('shows nothing special for a suspended colleague, and the status to HR', async () => {
    const first = renderApp({ route: '/people/u-sam', mocks: [meMock(signedInUser), profile('u-sam', { email: null, status: null, former: false })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dora Example' })).toBeTruthy();
    expect(screen.queryByText('Suspended')).toBeNull();
    expect(screen.queryByText('Former colleague')).toBeNull();
    first.unmount();
    renderApp({ route: '/people/u-sam', mocks: [meMock(signedInUser), profile('u-sam', { email: 'sam@x.test', status: 'SUSPENDED', former: false })] });
    expect(await screen.findByText('Suspended')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'sam@x.test' })).toBeTruthy();
  });
});
