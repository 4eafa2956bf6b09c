import { fireEvent, screen, within } from '@testing-library/react';
import { DirectorySearchDocument, LocationsDocument, TeamOptionsDocument, UserProfileDocument } from '@pillars/web/directory/data-access';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

// Matches on the id only, and answers both shapes of the reports list (`directReports`, and the
// paged `reports(first:)` on main), so the spec holds on either side of that merge.
const profile = (id: string, name: string): Mock => ({
  request: { query: UserProfileDocument, variables: (v: { id?: string }) => v.id === id },
  result: {
    data: {
      user: {
        __typename: 'User', id, name, initials: 'LH', title: 'Platform Engineer', email: null, status: null, former: false, location: 'Milano', timeZone: 'Europe/Rome', startDate: null,
        about: 'I keep the clusters running.\nAsk me about on-call.',
        pronouns: 'she/her',
        phone: '+39 02 1234 5678',
        workingHours: { __typename: 'WorkingHours', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
        languages: ['it', 'en'],
        skills: ['Kubernetes', 'Go'],
        photoUrl: null, photoThumbnailUrl: null,
        directReportCount: 0, manager: null, managerChain: [], directReports: [], peers: [], teams: [],
        reports: { __typename: 'UserConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
        abilities: { __typename: 'UserAbilities', canEdit: false, canSuspend: false, canAssignRoles: false },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const emptySearch: Mock = {
  request: { query: DirectorySearchDocument, variables: (v: { skill?: string }) => v.skill === 'Kubernetes' },
  result: { data: { people: { __typename: 'UserConnection', totalCount: 0, didYouMean: null, edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
};
const teams: Mock = { request: { query: TeamOptionsDocument, variables: { query: null, first: 100 } }, result: { data: { teamOptions: { __typename: 'TeamOptionConnection', edges: [] } } }, maxUsageCount: Number.POSITIVE_INFINITY };
const locations: Mock = { request: { query: LocationsDocument }, result: { data: { locations: [] } }, maxUsageCount: Number.POSITIVE_INFINITY };

describe('profile page: what a person says about themselves', () => {
  it('shows about, pronouns, phone, working hours and languages, with skills that search the directory', async () => {
    const { router } = renderApp({ route: '/people/u-lea', mocks: [meMock(signedInUser), profile('u-lea', 'Lea Hoffmann'), emptySearch, teams, locations] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Lea Hoffmann' })).toBeTruthy();
    expect(screen.getByText('she/her').getAttribute('dir')).toBe('auto');
    expect(screen.getByText(/I keep the clusters running/).getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('link', { name: '+39 02 1234 5678' }).getAttribute('href')).toBe('tel:+390212345678');
    expect(screen.getByText('Monday–Friday, 09:00–17:30 (Europe/Rome)')).toBeTruthy();
    expect(screen.getByText('Italian and English')).toBeTruthy();
    // Not one's own profile: no way to edit it from here.
    expect(screen.queryByRole('link', { name: 'Edit my profile' })).toBeNull();
    const skills = screen.getByRole('list', { name: 'Skills and expertise' });
    const kubernetes = within(skills).getByRole('link', { name: 'Find people who know Kubernetes' });
    expect(kubernetes.getAttribute('href')).toBe('/people?skill=Kubernetes');
    fireEvent.click(kubernetes);
    expect(await screen.findByRole('button', { name: 'Remove the skill filter Kubernetes' })).toBeTruthy();
    expect(router.state.location.search).toBe('?skill=Kubernetes');
  });

  it('offers one’s own profile for editing', async () => {
    renderApp({ route: `/people/${signedInUser.id}`, mocks: [meMock(signedInUser), profile(signedInUser.id, 'Daniel Carter')] });
    expect((await screen.findByRole('link', { name: 'Edit my profile' })).getAttribute('href')).toBe('/account/profile');
  });
});
