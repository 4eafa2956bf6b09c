import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AudiencePreviewDocument, AudiencePreviewMembersDocument, SavedAudiencesDocument } from '@pillars/web/audiences/data-access';
import { TeamOptionDocument, TeamOptionsDocument } from '@pillars/web/directory/data-access';
import type { AudiencePreviewQueryVariables } from '@pillars/web/graphql';
import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { meMock, type Mock, preloadPages, renderApp, signedInUser } from '../testing/render-app';

beforeAll(preloadPages);

const hr = { ...signedInUser, roles: ['HR' as const] };

const teams: Mock = {
  request: { query: TeamOptionsDocument, variables: { query: null, first: 100 } },
  result: {
    data: {
      teamOptions: {
        __typename: 'TeamOptionConnection' as const,
        edges: [
          { __typename: 'TeamOptionEdge' as const, node: { __typename: 'TeamOption' as const, id: 't-eng', name: 'Engineering', path: ['Engineering'], depth: 0 } },
          { __typename: 'TeamOptionEdge' as const, node: { __typename: 'TeamOption' as const, id: 't-platform', name: 'Platform', path: ['Engineering', 'Platform'], depth: 1 } },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const chosenTeam: Mock = {
  request: { query: TeamOptionDocument, variables: { id: 't-platform' } },
  result: { data: { team: { __typename: 'Team' as const, id: 't-platform', name: 'Platform', ancestors: [{ __typename: 'Team' as const, id: 't-eng', name: 'Engineering' }] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const member = (userId: string, name: string) => ({ __typename: 'AudienceMember' as const, userId, name, initials: name.slice(0, 2), title: null });

const previewOfPlatform = (result: Mock['result']): Mock => ({
  request: {
    query: AudiencePreviewDocument,
    variables: (v: AudiencePreviewQueryVariables) => v.rules.include.length === 1 && v.rules.include[0].kind === 'TEAM' && v.rules.include[0].teamId === 't-platform',
  },
  result,
});

async function addPlatformRule() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add an include rule' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Team' }));
  fireEvent.click(await screen.findByLabelText(/^Team/, { selector: 'input' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Engineering / Platform' }));
}

describe('audience picker', () => {
  it('counts the people a team rule selects and shows a few of them', async () => {
    renderApp({
      route: '/admin/audiences/new',
      mocks: [
        meMock(hr, { canManageAudiences: true }),
        teams,
        chosenTeam,
        previewOfPlatform({ data: { audiencePreview: { __typename: 'AudiencePreview', count: 12, sample: [member('u1', 'Amira Haddad'), member('u2', 'נועה לוי')] } } }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'New audience' })).toBeTruthy();
    expect(screen.getByText('Add a complete include rule to see who is in the audience.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save audience' }) as HTMLButtonElement).disabled).toBe(true);

    await addPlatformRule();

    expect(await screen.findByText('12 people', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('נועה לוי').getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('button', { name: 'and 10 more' }).getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save audience' }) as HTMLButtonElement).disabled).toBe(false));
  });

  it('says so quietly when the viewer may not preview', async () => {
    renderApp({
      route: '/admin/audiences/new',
      mocks: [meMock(hr, { canManageAudiences: true }), teams, chosenTeam, previewOfPlatform({ errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] })],
    });
    await addPlatformRule();
    expect(await screen.findByText(/You cannot preview who is in an audience/, {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the page from people the server does not let manage audiences, whatever their roles say', async () => {
    renderApp({ route: '/admin/audiences/new', mocks: [meMock(hr, { canManageAudiences: false })] });
    expect(await screen.findByText('You do not have access to this page. Ask an administrator if you need it.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Audiences' })).toBeNull();
  });
});

const row = (id: string, name: string, memberCount: number, usages: { kind: string; count: number }[]) => ({
  __typename: 'Audience' as const,
  id,
  name,
  memberCount,
  version: 1,
  updatedAt: '2026-11-30T10:00:00.000Z',
  owner: { __typename: 'User' as const, id: 'u-hr', name: 'Hana HR' },
  usages: usages.map((u) => ({ __typename: 'AudienceUsage' as const, ...u })),
  abilities: { __typename: 'AudienceAbilities' as const, canEdit: true },
});

describe('saved audiences', () => {
  it('lists saved audiences with their size and where they are used, and links each to its editor', async () => {
    renderApp({
      route: '/admin/audiences',
      mocks: [
        meMock(hr, { canManageAudiences: true }),
        {
          request: { query: SavedAudiencesDocument, variables: () => true },
          result: {
            data: {
              savedAudiences: {
                __typename: 'AudienceConnection' as const,
                edges: [
                  { __typename: 'AudienceEdge' as const, cursor: 'c1', node: row('a-1', 'Milan office', 42, [{ kind: 'ANNOUNCEMENT', count: 3 }, { kind: 'POLICY', count: 1 }]) },
                  { __typename: 'AudienceEdge' as const, cursor: 'c2', node: row('a-2', 'مكتب دبي', 1, []) },
                ],
                pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'c2' },
              },
            },
          },
        },
      ],
    });
    const milan = await screen.findByRole('link', { name: 'Milan office' });
    expect(milan.getAttribute('href')).toBe('/admin/audiences/a-1');
    expect(screen.getByText('42 people')).toBeTruthy();
    expect(screen.getByText('3 announcements')).toBeTruthy();
    // A kind this client does not know yet still reads sensibly.
    expect(screen.getByText('Used 1 time')).toBeTruthy();
    expect(screen.getByText('Not used yet')).toBeTruthy();
    expect(screen.getByText('مكتب دبي').getAttribute('dir')).toBe('auto');
    expect(screen.getByRole('link', { name: 'New audience' })).toBeTruthy();
  });

  it('opens "and N more" into everyone, a page at a time', async () => {
    const page = (names: string[], hasNextPage: boolean, endCursor: string) => ({
      data: {
        audiencePreviewMembers: {
          __typename: 'AudienceMemberConnection' as const,
          edges: names.map((n) => ({ __typename: 'AudienceMemberEdge' as const, cursor: n, node: member(n, n) })),
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
        },
      },
    });
    renderApp({
      route: '/admin/audiences/new',
      mocks: [
        meMock(hr, { canManageAudiences: true }),
        teams,
        chosenTeam,
        previewOfPlatform({ data: { audiencePreview: { __typename: 'AudiencePreview', count: 12, sample: [member('u1', 'Amira Haddad'), member('u2', 'Bo')] } } }),
        { request: { query: AudiencePreviewMembersDocument, variables: (v: { after?: string | null }) => !v.after }, result: page(['Amira Haddad', 'Bo'], true, 'Bo') },
        { request: { query: AudiencePreviewMembersDocument, variables: (v: { after?: string | null }) => v.after === 'Bo' }, result: page(['Cai'], false, 'Cai') },
      ],
    });
    await addPlatformRule();
    const more = await screen.findByRole('button', { name: 'and 10 more' }, { timeout: 3000 });
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const list = await screen.findByRole('list', { name: 'Everyone in the audience' });
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Show more people' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Everyone in the audience' }).querySelectorAll('li')).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Show more people' })).toBeNull();
  });
});
