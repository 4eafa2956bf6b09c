import { fireEvent, screen, within } from '@testing-library/react';
import { UserProfileDocument, UserReportsPageDocument } from '@pillars/web/directory/data-access';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

// A manager with more reports than one page: the profile lists the first page, says how many of
// the total it shows, and "show more" appends the next keyset page.
const person = (i: number) => ({ __typename: 'User' as const, id: `r${i}`, name: `Report ${String(i).padStart(3, '0')}`, initials: 'RE', photoThumbnailUrl: null, title: null, directReportCount: 0 });
const page = (from: number, to: number, hasNextPage: boolean) => ({
  __typename: 'UserConnection' as const,
  edges: Array.from({ length: to - from }, (_, k) => ({ __typename: 'UserEdge' as const, node: person(from + k) })),
  pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: `c${to}` },
});

const profile: Mock = {
  request: { query: UserProfileDocument, variables: { id: 'm1', reportsFirst: 50 } },
  result: {
    data: {
      user: {
        __typename: 'User', id: 'm1', name: 'Many Reports', initials: 'MR', title: null, email: null, location: null, timeZone: 'UTC', status: null, former: false, startDate: null,
        directReportCount: 60, manager: null, managerChain: [], peers: [], teams: [], reports: page(0, 50, true),
        about: null, pronouns: null, phone: null, workingHours: null, languages: [], skills: [], photoUrl: null, photoThumbnailUrl: null,
        abilities: { __typename: 'UserAbilities', canEdit: false, canSuspend: false, canAssignRoles: false },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const next: Mock = {
  request: { query: UserReportsPageDocument, variables: { id: 'm1', first: 50, after: 'c50' } },
  result: { data: { user: { __typename: 'User', id: 'm1', reports: page(50, 60, false) } } },
};

describe('direct reports page', () => {
  it('shows the first page of reports, then the next with "Show more direct reports", until none is left', async () => {
    renderApp({ route: '/people/m1', mocks: [meMock(signedInUser), profile, next] });
    const list = await screen.findByRole('list', { name: 'Direct reports' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('50 of 60 shown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more direct reports' }));
    expect(await within(list).findByText('Report 059')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
    expect(screen.queryByRole('button', { name: 'Show more direct reports' })).toBeNull();
  });
});
