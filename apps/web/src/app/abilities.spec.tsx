import { fireEvent, screen, within } from '@testing-library/react';
import { AddTeamMemberDocument, PeopleSearchDocument, TeamOptionsDocument, TeamPageDocument } from '@pillars/web/directory/data-access';
import type { PeopleSearchQueryVariables, TeamPageQueryVariables } from '@pillars/web/graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { meMock, type Mock, preloadPages, renderApp, signedInUser } from '../testing/render-app';

beforeAll(preloadPages);

const admin = { ...signedInUser, roles: ['ADMIN' as const] };
const navLinks = () => within(screen.getByRole('navigation', { name: 'Main' })).queryAllByRole('link').map((l) => l.textContent);

const user = (id: string, name: string) => ({ __typename: 'User' as const, id, name, initials: name.slice(0, 2), photoThumbnailUrl: null, title: null });
const team = (id: string, name: string, abilities: { canEdit: boolean; canManageMembers: boolean; canEditDescription: boolean; canAppointLead: boolean }) => ({
  __typename: 'Team' as const,
  id,
  name,
  description: '',
  contact: null,
  memberCount: 1,
  lead: user(signedInUser.id, signedInUser.name),
  ancestors: [],
  children: { __typename: 'TeamConnection' as const, edges: [] },
  abilities: { __typename: 'TeamAbilities' as const, ...abilities },
  members: {
    __typename: 'TeamMembershipConnection' as const,
    edges: [
      {
        __typename: 'TeamMembershipEdge' as const,
        cursor: 'c1',
        node: { __typename: 'TeamMembership' as const, role: 'LEAD' as const, joinedAt: '2026-01-01T00:00:00Z', user: { ...user(signedInUser.id, signedInUser.name), location: null } },
      },
    ],
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
  },
});
const teamMock = (data: ReturnType<typeof team>): Mock => ({
  request: { query: TeamPageDocument, variables: (v: TeamPageQueryVariables) => v.id === data.id },
  result: { data: { team: data } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('navigation and routes follow the server’s abilities', () => {
  it('shows only the administration entries the server grants, whatever the roles say', async () => {
    renderApp({ route: '/account/password', mocks: [meMock(admin, { canImport: true, canVerifyPolicyEvidence: true, canViewTrainingMatrix: true })] });
    await screen.findByRole('heading', { level: 1, name: 'Change password' });
    expect(navLinks()).toEqual(['Feed', 'Discover', 'Directory', 'Org chart', 'Whole organisation', 'Notifications', 'My policies', 'Policies', 'Verify evidence chain', 'My training', 'Training matrix', 'Wiki', 'Import people']);
  });

  it('shows no administration to an employee', async () => {
    renderApp({ route: '/account/password', mocks: [meMock(signedInUser)] });
    await screen.findByRole('heading', { level: 1, name: 'Change password' });
    expect(navLinks()).toEqual(['Feed', 'Discover', 'Directory', 'Org chart', 'Whole organisation', 'Notifications', 'My policies', 'Policies', 'My training', 'Wiki']);
    expect(screen.queryByText('Administration')).toBeNull();
  });

  it('refuses an admin page the server does not grant, and sends /admin to the first one it does', async () => {
    const first = renderApp({ route: '/admin/people', mocks: [meMock(admin, { canManageAudiences: true })] });
    expect(await screen.findByText('You do not have access to this page. Ask an administrator if you need it.')).toBeTruthy();
    first.unmount();

    const teams: Mock = { request: { query: TeamOptionsDocument }, result: { data: { teamOptions: [] } }, maxUsageCount: Number.POSITIVE_INFINITY };
    renderApp({ route: '/admin', mocks: [meMock(signedInUser, { canManageAudiences: true }), teams] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audiences' }, { timeout: 3000 })).toBeTruthy();
  });
});

describe('team members for the team’s lead', () => {
  it('offers "Manage members" on the team the viewer leads and opens the editor there', async () => {
    const platform = team('t-platform', 'Platform', { canEdit: false, canManageMembers: true, canEditDescription: true, canAppointLead: false });
    const search: Mock = {
      request: { query: PeopleSearchDocument, variables: (v: PeopleSearchQueryVariables) => v.query === 'Noa' },
      result: {
        data: {
          people: {
            __typename: 'UserConnection',
            edges: [{ __typename: 'UserEdge', cursor: 'c-u2', node: { ...user('u2', 'Noa Levi'), email: 'noa@pillars.demo', location: null, status: 'ACTIVE', roles: [], teams: [] } }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    };
    const add: Mock = {
      request: { query: AddTeamMemberDocument, variables: { input: { teamId: 't-platform', userId: 'u2' } } },
      result: { data: { addTeamMember: { __typename: 'TeamPayload', team: { __typename: 'Team', id: 't-platform', memberCount: 2 } } } },
    };
    renderApp({ route: '/teams/t-platform', mocks: [meMock(signedInUser), teamMock(platform), search, add] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Platform' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    // A lead edits the description from the team page; renaming and moving stay in the admin pages.
    expect(screen.getByRole('button', { name: 'Edit description' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Manage members' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Members of Platform' })).toBeTruthy();
    const picker = screen.getByLabelText('Add a member', { selector: 'input' });
    // Mantine treats a change to an unfocused input as autofill, not typing.
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Noa' } });
    fireEvent.click(await screen.findByRole('option', { name: /Noa Levi/ }, { timeout: 3000 }));
    // Who leads the team is an admin's choice: no "Make lead" for a lead.
    expect(screen.queryByRole('button', { name: 'Make lead' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Member added')).toBeTruthy();
  }, 20_000);

  it('offers nothing on a team the viewer does not lead, and refuses its members page', async () => {
    const mobile = team('t-mobile', 'Mobile', { canEdit: false, canManageMembers: false, canEditDescription: false, canAppointLead: false });
    const first = renderApp({ route: '/teams/t-mobile', mocks: [meMock(signedInUser), teamMock(mobile)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mobile' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Manage members' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit description' })).toBeNull();
    first.unmount();

    renderApp({ route: '/teams/t-mobile/members', mocks: [meMock(signedInUser), teamMock(mobile)] });
    expect(await screen.findByText("Only the team's lead and administrators can change its members.")).toBeTruthy();
    expect(screen.queryByLabelText('Add a member', { selector: 'input' })).toBeNull();
  });
});
