import { fireEvent, screen, within } from '@testing-library/react';
import { DirectorySearchDocument, LocationsDocument, TeamOptionsDocument } from '@pillars/web/directory/data-access';
import type { DirectorySearchQueryVariables } from '@pillars/web/graphql';
import { describe, expect, it } from 'vitest';
import { meMock, type Mock, renderApp, signedInUser } from '../testing/render-app';

const person = (id: string, name: string, title: string, team: string, location: string) => ({
  __typename: 'User' as const,
  id,
  name,
  initials: name.split(' ').map((w) => w[0]).join(''),
  title,
  location,
  skills: [] as string[],
  photoThumbnailUrl: null,
  teams: [{ __typename: 'TeamMembership' as const, role: 'MEMBER' as const, team: { __typename: 'Team' as const, id: `team-${team}`, name: team } }],
});

const page = (people: ReturnType<typeof person>[], hasNextPage: boolean, endCursor: string | null, totalCount = people.length, didYouMean: { query: string | null; location: string | null } | null = null) => ({
  people: {
    __typename: 'UserConnection' as const,
    totalCount,
    didYouMean: didYouMean ? { __typename: 'PeopleSuggestion' as const, ...didYouMean } : null,
    edges: people.map((node) => ({ __typename: 'UserEdge' as const, cursor: `c-${node.id}`, node })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
  },
});

const search = (match: (v: DirectorySearchQueryVariables) => boolean, data: ReturnType<typeof page>): Mock => ({
  request: { query: DirectorySearchDocument, variables: (v: DirectorySearchQueryVariables) => match(v) },
  result: { data },
});

const teams: Mock = {
  request: { query: TeamOptionsDocument, variables: { query: null, first: 100 } },
  result: { data: { teamOptions: { __typename: 'TeamOptionConnection' as const, edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const locations: Mock = {
  request: { query: LocationsDocument },
  result: { data: { locations: [{ __typename: 'LocationCount' as const, location: 'Milano', people: 3 }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('directory search', () => {
  it('lists people as cards with name, title, team and location, and loads the next page', async () => {
    renderApp({
      route: '/people',
      mocks: [
        meMock(signedInUser),
        teams,
        locations,
        search((v) => !v.query && !v.after, page([person('u1', 'Amira Haddad', 'Senior Engineer', 'Platform', 'دبي')], true, 'c-u1', 2)),
        search((v) => v.after === 'c-u1', page([person('u2', 'נועה לוי', 'Designer', 'Mobile', 'תל אביב')], false, 'c-u2', 2)),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Directory' })).toBeTruthy();
    const first = await screen.findByRole('article', { name: 'Amira Haddad' });
    expect(within(first).getByRole('link', { name: 'Amira Haddad' }).getAttribute('href')).toBe('/people/u1');
    expect(within(first).getByText('Senior Engineer')).toBeTruthy();
    expect(within(first).getByText('Platform')).toBeTruthy();
    expect(within(first).getByText('دبي').getAttribute('dir')).toBe('auto');
    expect(screen.getByText('2 people found')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('article', { name: 'נועה לוי' })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('reads the query from the URL and shows an empty state with a way out', async () => {
    renderApp({
      route: '/people?q=zzz',
      mocks: [meMock(signedInUser), teams, locations, search((v) => v.query === 'zzz', page([], false, null))],
    });
    expect(((await screen.findByLabelText('Search people')) as HTMLInputElement).value).toBe('zzz');
    expect(await screen.findByRole('heading', { name: 'No one matches your search' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Clear filters' }).length).toBeGreaterThan(0);
  });

  it('offers the suggested spelling when nothing matches and searches it on click', async () => {
    renderApp({
      route: '/people?q=jhnatan',
      mocks: [
        meMock(signedInUser),
        teams,
        locations,
        search((v) => v.query === 'jhnatan', page([], false, null, 0, { query: 'jonathan', location: null })),
        search((v) => v.query === 'jonathan', page([person('u3', 'Jonathan Whitfield', 'Analyst', 'Finance', 'Milano')], false, 'c-u3')),
      ],
    });
    expect(await screen.findByText('0 people found')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'jonathan' }));
    expect(await screen.findByRole('article', { name: 'Jonathan Whitfield' })).toBeTruthy();
    expect(((await screen.findByLabelText('Search people')) as HTMLInputElement).value).toBe('jonathan');
  });

  it('shows a translated error with a retry when the search fails', async () => {
    // A language chosen on this device wins over the profile's (en).
    localStorage.setItem('pillars.locale', 'he');
    renderApp({
      route: '/people',
      lng: 'he',
      mocks: [meMock(signedInUser), teams, locations, { request: { query: DirectorySearchDocument, variables: () => true }, error: new TypeError('Failed to fetch') }],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('אין חיבור לשרת');
    expect(within(alert).getByRole('button', { name: 'לנסות שוב' })).toBeTruthy();
  });

  it('finds people by a skill tag from the URL, shows that skill first on their card, and drops the filter by keyboard-reachable button', async () => {
    const kubernetesPerson = { ...person('u4', 'Omar Haddad', 'SRE', 'Platform', 'Milano'), skills: ['Go', 'Terraform', 'Linux', 'Kubernetes'] };
    renderApp({
      route: '/people?skill=Kubernetes',
      mocks: [
        meMock(signedInUser),
        teams,
        locations,
        search((v) => v.skill === 'Kubernetes' && !v.query, page([kubernetesPerson], false, 'c-u4')),
        search((v) => !v.skill && !v.query, page([person('u1', 'Amira Haddad', 'Senior Engineer', 'Platform', 'دبي'), kubernetesPerson], false, 'c-u4')),
      ],
    });
    const card = await screen.findByRole('article', { name: 'Omar Haddad' });
    const skills = within(card).getByRole('list', { name: 'Skills of Omar Haddad' });
    expect(within(skills).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kubernetes', 'Go', 'Terraform', '+1 more']);
    expect(screen.getByText('Kubernetes', { selector: 'bdi' })).toBeTruthy();
    const remove = screen.getByRole('button', { name: 'Remove the skill filter Kubernetes' });
    expect(remove.getAttribute('tabindex')).not.toBe('-1');
    fireEvent.click(remove);
    expect(await screen.findByRole('article', { name: 'Amira Haddad' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove the skill filter Kubernetes' })).toBeNull();
  });

  it('puts the skill a free-text search matched first on the card', async () => {
    const person5 = { ...person('u5', 'Giulia Rossi', 'Engineer', 'Data', 'Milano'), skills: ['PostgreSQL', 'Python', 'Kubernetes operators', 'dbt'] };
    renderApp({ route: '/people?q=kubernetes', mocks: [meMock(signedInUser), teams, locations, search((v) => v.query === 'kubernetes', page([person5], false, 'c-u5'))] });
    const card = await screen.findByRole('article', { name: 'Giulia Rossi' });
    expect(within(card).getAllByRole('listitem')[0].textContent).toBe('Kubernetes operators');
  });
});
