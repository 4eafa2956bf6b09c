import { PeopleSearchDocument } from '@pillars/web/directory/data-access';
import type { PeopleSearchQueryVariables } from '@pillars/web/graphql';
import { SetWikiSpaceMemberDocument, UpdateWikiSpaceDocument, WikiSpaceSettingsDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { WikiSpaceMembers } from './wiki-space-members';
import { WikiSpaceSettingsPage } from './wiki-space-settings';
import { adminSpace, InSpace, ME, OTHER, person, recorder, renderWiki, space, SPACE_ID } from './wiki.spec-helpers';

const THIRD = '00000000-0000-4000-8000-00000000a003';
const member = (id: string, name: string, role: 'READER' | 'EDITOR' | 'ADMIN') => ({ __typename: 'WikiSpaceMember' as const, role, user: { ...person(id, name), title: null } });


const settingsMock = {
  request: { query: WikiSpaceSettingsDocument, variables: () => true },
  result: {
    data: {
      wikiSpaceByKey: {
        ...adminSpace,
        description: 'How we build.',
        team: null,
        members: { __typename: 'WikiSpaceMemberConnection', edges: [{ __typename: 'WikiSpaceMemberEdge', cursor: 'c1', node: member(ME, 'Ana Rossi', 'ADMIN') }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' } },
      },
    },
  },
  maxUsageCount: Infinity,
};


const payload = { data: { setWikiSpaceMember: { __typename: 'WikiSpaceMemberPayload', space: adminSpace } } };

describe('wiki space settings', () => {
  it('lets an admin change the name, the visibility and the review cycle, and says it saved', async () => {
    const update = recorder(UpdateWikiSpaceDocument, () => ({ data: { updateWikiSpace: { __typename: 'WikiSpacePayload', space: { ...adminSpace, name: 'Eng', team: null } } } }));
    renderWiki(<InSpace value={adminSpace} path=":spaceKey/_settings" element={<WikiSpaceSettingsPage />} />, [settingsMock, update.mock], { path: '/*', route: '/eng/_settings' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Space settings' })).toBeTruthy();
    const name = screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement;
    expect(name.value).toBe('Engineering');
    expect((screen.getByRole('textbox', { name: /Description/ }) as HTMLTextAreaElement).value).toBe('How we build.');
    fireEvent.change(name, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/name/i);
    expect(update.calls).toHaveLength(0);
    fireEvent.change(name, { target: { value: 'Eng' } });
    fireEvent.click(screen.getByRole('radio', { name: /Named members/ }));
    fireEvent.change(screen.getByRole('combobox', { name: /Review cycle/ }), { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    expect(update.calls[0]).toEqual({ input: { id: SPACE_ID, name: 'Eng', description: 'How we build.', visibility: 'MEMBERS', reviewCycleMonths: 6, teamId: null } });
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('asks for a team before a space becomes a team space, and offers what outsiders get', async () => {
    renderWiki(<InSpace value={adminSpace} path=":spaceKey/_settings" element={<WikiSpaceSettingsPage />} />, [settingsMock], { path: '/*', route: '/eng/_settings' });
    await screen.findByRole('heading', { level: 1, name: 'Space settings' });
    fireEvent.click(screen.getByRole('radio', { name: /^A team/ }));
    expect(screen.getByRole('radio', { name: 'May read the space' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'See nothing of it' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/team/i);
  });

  it('tells someone who is not an admin of the space that only admins manage it', async () => {
    renderWiki(<InSpace value={space} path=":spaceKey/_settings" element={<WikiSpaceSettingsPage />} />, [], { path: '/*', route: '/eng/_settings' });
    expect(await screen.findByText('Only the space’s admins manage it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});

describe('wiki space members', () => {
  it('adds a person from the people picker with a role, changes a role and removes a member', async () => {
    const set = recorder(SetWikiSpaceMemberDocument, () => payload);
    const search = {
      request: { query: PeopleSearchDocument, variables: (v: PeopleSearchQueryVariables) => v.query === 'Tal' },
      result: { data: { people: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', cursor: 'c1', node: { ...person(THIRD, 'Tal Third'), initials: 'TT', photoThumbnailUrl: null, title: 'Counsel', email: 't@x.test', location: null, status: 'ACTIVE', roles: [], teams: [] } }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
    };
    renderWiki(<WikiSpaceMembers space={{ id: SPACE_ID, visibility: 'ORGANIZATION' }} members={[member(ME, 'Ana Rossi', 'ADMIN'), member(OTHER, 'Omar Haddad', 'READER')]} loadMore={null} />, [set.mock, search]);
    const list = screen.getByRole('list', { name: 'Members' });
    expect(within(list).getByText('Omar Haddad').getAttribute('dir')).toBe('auto');

    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a person to add.');
    const picker = screen.getByLabelText('Person to add', { selector: 'input' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'Tal' } });
    fireEvent.click(await screen.findByRole('option', { name: /Tal Third/ }, { timeout: 3000 }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'ADMIN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add member' }));
    await waitFor(() => expect(set.calls).toEqual([{ input: { spaceId: SPACE_ID, userId: THIRD, role: 'ADMIN' } }]), { timeout: 5000 });

    // The add's mutation settles first (the role selects are disabled while one is in flight).
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Role of Omar Haddad' }) as HTMLSelectElement).disabled).toBe(false), { timeout: 5000 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Role of Omar Haddad' }), { target: { value: 'EDITOR' } });
    await waitFor(() => expect(set.calls).toHaveLength(2), { timeout: 5000 });
    expect(set.calls[1]).toEqual({ input: { spaceId: SPACE_ID, userId: OTHER, role: 'EDITOR' } });

    fireEvent.click(screen.getByRole('button', { name: 'Remove Omar Haddad' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove a member' });
    // The role change's mutation may still be settling (its button loading): wait until Remove can be pressed.
    await waitFor(() => expect((within(confirm).getByRole('button', { name: 'Remove' }) as HTMLButtonElement).disabled).toBe(false), { timeout: 5000 });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(set.calls).toHaveLength(3), { timeout: 5000 });
    expect(set.calls[2]).toEqual({ input: { spaceId: SPACE_ID, userId: OTHER, role: null } });
  }, 20_000);

  it('does not offer to remove or demote the last admin of a members-only space, and shows the API refusing it otherwise', async () => {
    const refused = recorder(SetWikiSpaceMemberDocument, () => ({ errors: [new GraphQLError('last admin', { extensions: { code: 'WIKI_SPACE_LAST_ADMIN' } })] }));
    const { unmount } = renderWiki(<WikiSpaceMembers space={{ id: SPACE_ID, visibility: 'MEMBERS' }} members={[member(ME, 'Ana Rossi', 'ADMIN'), member(OTHER, 'Omar Haddad', 'EDITOR')]} loadMore={null} />, [refused.mock]);
    expect((screen.getByRole('combobox', { name: 'Role of Ana Rossi' }) as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Remove Ana Rossi' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/The last admin of a members-only space/)).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Role of Omar Haddad' }) as HTMLSelectElement).disabled).toBe(false);
    unmount();

    // Another tab may have demoted the other admin meanwhile: the API decides and the screen says why.
    renderWiki(<WikiSpaceMembers space={{ id: SPACE_ID, visibility: 'MEMBERS' }} members={[member(ME, 'Ana Rossi', 'ADMIN'), member(OTHER, 'Omar Haddad', 'ADMIN')]} loadMore={null} />, [refused.mock]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Role of Ana Rossi' }), { target: { value: 'READER' } });
    expect((await screen.findByRole('alert')).textContent).toBe("A space keeps someone to administer it: name another admin first (a team space's lead counts).");
  });

  it('offers a team space\'s last named admin the change (the team may have a lead), and shows the API refusing it when nobody else would administer', async () => {
    const refused = recorder(SetWikiSpaceMemberDocument, () => ({ errors: [new GraphQLError('last admin', { extensions: { code: 'WIKI_SPACE_LAST_ADMIN', visibility: 'TEAM' } })] }));
    renderWiki(<WikiSpaceMembers space={{ id: SPACE_ID, visibility: 'TEAM' }} members={[member(ME, 'Ana Rossi', 'ADMIN')]} loadMore={null} />, [refused.mock]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Role of Ana Rossi' }), { target: { value: 'EDITOR' } });
    expect((await screen.findByRole('alert')).textContent).toBe("A space keeps someone to administer it: name another admin first (a team space's lead counts).");
    expect(refused.calls).toEqual([{ input: { spaceId: SPACE_ID, userId: ME, role: 'EDITOR' } }]);
  });

  it('says when no one is named yet, right to left too', async () => {
    renderWiki(<WikiSpaceMembers space={{ id: SPACE_ID, visibility: 'ORGANIZATION' }} members={[]} loadMore={null} />, [], { rtl: true });
    expect(screen.getByText('No one is named yet.')).toBeTruthy();
    expect(screen.getByText('No one is named yet.').closest('[dir="rtl"]')).not.toBeNull();
  });
});
