import { PeopleSearchDocument } from '@pillars/web/directory/data-access';
import type { PeopleSearchQueryVariables } from '@pillars/web/graphql';
import { SetWikiPageOwnerDocument, SetWikiPageReviewCycleDocument, WikiPageStewardshipDocument, WikiSpaceReportsDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { WikiSpaceReportsPage } from './wiki-space-reports';
import { WikiStewardshipDialog } from './wiki-stewardship-dialog';
import { adminSpace, InSpace, OTHER, PAGE_ID, person, recorder, renderWiki, space, SPACE_ID } from './wiki.spec-helpers';

const THIRD = '00000000-0000-4000-8000-00000000a003';
const LEFT = '00000000-0000-4000-8000-00000000a009';


const stewardship = (owner: ReturnType<typeof person> | null, reviewCycleMonths: number | null) => ({
  request: { query: WikiPageStewardshipDocument, variables: { id: PAGE_ID } },
  result: { data: { wikiPage: { __typename: 'WikiPage', id: PAGE_ID, reviewCycleMonths, reviewBy: '2027-06-01T00:00:00.000Z', needsVerification: false, owner, space: { __typename: 'WikiSpace', id: SPACE_ID, reviewCycleMonths: 12 } } } },
  maxUsageCount: Infinity,
});
const search = {
  request: { query: PeopleSearchDocument, variables: (v: PeopleSearchQueryVariables) => v.query === 'Tal' },
  result: { data: { people: { __typename: 'UserConnection', edges: [{ __typename: 'UserEdge', cursor: 'c1', node: { ...person(THIRD, 'Tal Third'), initials: 'TT', photoThumbnailUrl: null, title: 'Counsel', email: 't@x.test', location: null, status: 'ACTIVE', roles: [], teams: [] } }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } },
  maxUsageCount: Infinity,
};
const pickTal = async () => {
  const picker = screen.getByLabelText('Hand ownership to', { selector: 'input' });
  picker.focus();
  fireEvent.change(picker, { target: { value: 'Tal' } });
  fireEvent.click(await screen.findByRole('option', { name: /Tal Third/ }, { timeout: 3000 }));
};
const ownerPayload = () => ({ data: { setWikiPageOwner: { __typename: 'WikiPagePayload', page: { __typename: 'WikiPage', id: PAGE_ID, owner: person(THIRD, 'Tal Third') } } } });

describe('handing a page on and setting its review cycle', () => {
  it('hands ownership to a person picked from the directory', async () => {
    const handed = vi.fn();
    const setOwner = recorder(SetWikiPageOwnerDocument, ownerPayload);
    renderWiki(<WikiStewardshipDialog opened onClose={() => undefined} onHandedOver={handed} page={{ id: PAGE_ID, title: 'Expense rules' }} />, [stewardship(person(OTHER, 'Omar Haddad'), null), search, setOwner.mock]);
    const dialog = await screen.findByRole('dialog', { name: 'Owner and review cycle' });
    expect(await within(dialog).findByText('Omar Haddad')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Choose the person who will own the page.');
    await pickTal();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    await waitFor(() => expect(setOwner.calls).toEqual([{ input: { pageId: PAGE_ID, userId: THIRD } }]));
    await waitFor(() => expect(handed).toHaveBeenCalled());
  }, 20_000);

  it('sets the page’s own cycle, or lets it follow the space again', async () => {
    const setCycle = recorder(SetWikiPageReviewCycleDocument, () => ({ data: { setWikiPageReviewCycle: { __typename: 'WikiPagePayload', page: { __typename: 'WikiPage', id: PAGE_ID, reviewCycleMonths: 6, reviewBy: '2027-01-01T00:00:00.000Z', needsVerification: false } } } }));
    renderWiki(<WikiStewardshipDialog opened onClose={() => undefined} page={{ id: PAGE_ID, title: 'Expense rules' }} />, [stewardship(person(OTHER, 'Omar Haddad'), 18), setCycle.mock]);
    const dialog = await screen.findByRole('dialog', { name: 'Owner and review cycle' });
    const cycle = within(dialog).getByRole('combobox', { name: 'Review cycle of this page' }) as HTMLSelectElement;
    await waitFor(() => expect(cycle.value).toBe('18'));
    expect([...cycle.options].map((o) => o.textContent)).toEqual(['As the space (every 12 months)', 'pages reviewed every 6 months', 'pages reviewed every 12 months', 'pages reviewed every 18 months', 'pages reviewed every 24 months']);
    fireEvent.change(cycle, { target: { value: '6' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save review cycle' }));
    await waitFor(() => expect(setCycle.calls).toEqual([{ input: { pageId: PAGE_ID, months: 6 } }]));
    const save = within(dialog).getByRole('button', { name: 'Save review cycle' });
    await waitFor(() => expect(save.hasAttribute('data-loading')).toBe(false));
    expect(cycle.value).toBe('6');
    fireEvent.change(cycle, { target: { value: 'space' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save review cycle' }));
    await waitFor(() => expect(setCycle.calls[1]).toEqual({ input: { pageId: PAGE_ID, months: null } }));
  });

  it('says why the API refused the new owner', async () => {
    const refused = recorder(SetWikiPageOwnerDocument, () => ({ errors: [new GraphQLError('no', { extensions: { code: 'WIKI_OWNER_CANNOT_READ' } })] }));
    renderWiki(<WikiStewardshipDialog opened onClose={() => undefined} page={{ id: PAGE_ID, title: 'Expense rules' }} />, [stewardship(null, null), search, refused.mock], { rtl: true });
    const dialog = await screen.findByRole('dialog', { name: 'Owner and review cycle' });
    expect(await within(dialog).findByText('No owner.')).toBeTruthy();
    await pickTal();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('The owner must be an active person who can read this space.');
  }, 20_000);
});

const ref = (id: string, title: string) => ({ __typename: 'WikiPageRef' as const, id, title, slug: title.toLowerCase().replace(/ /g, '-'), spaceKey: 'eng' });
const reports = (broken: unknown[], departed: unknown[]) => ({ request: { query: WikiSpaceReportsDocument, variables: { spaceId: SPACE_ID } }, result: { data: { wikiBrokenLinks: broken, wikiDepartedOwnerPages: departed } }, maxUsageCount: Infinity });

describe('wiki space reports', () => {
  it('lists broken links (page, link text, target) and pages whose owner left, handed on from the report', async () => {
    const setOwner = recorder(SetWikiPageOwnerDocument, ownerPayload);
    renderWiki(
      <InSpace value={adminSpace} path=":spaceKey/_reports" element={<WikiSpaceReportsPage />} />,
      [
        reports(
          [{ __typename: 'WikiBrokenLink', label: 'old rules', target: '/wiki/eng/old-rules', page: ref('p1', 'Travel') }],
          [{ __typename: 'WikiPage', id: PAGE_ID, title: 'Expense rules', slug: 'expense-rules', language: 'en', updatedAt: '2026-10-01T10:00:00.000Z', owner: person(LEFT, 'Lea Left') }],
        ),
        stewardship(person(LEFT, 'Lea Left'), null),
        search,
        setOwner.mock,
      ],
      { path: '/*', route: '/eng/_reports' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Space reports' })).toBeTruthy();
    const table = screen.getByRole('table', { name: '1 broken link' });
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['Travel', 'old rules', '/wiki/eng/old-rules']);
    expect(within(table).getByRole('link', { name: 'Travel' }).getAttribute('href')).toBe('/wiki/eng/travel');
    const departed = screen.getByRole('list', { name: '1 page whose owner has left' });
    expect(within(departed).getByText('Lea Left').tagName).toBe('BDI');
    fireEvent.click(within(departed).getByRole('button', { name: 'Hand over Expense rules' }));
    expect(await screen.findByRole('dialog', { name: 'Owner and review cycle' })).toBeTruthy();
    await pickTal();
    fireEvent.click(screen.getByRole('button', { name: 'Hand over' }));
    await waitFor(() => expect(setOwner.calls).toEqual([{ input: { pageId: PAGE_ID, userId: THIRD } }]));
  }, 20_000);

  it('says when both reports are empty', async () => {
    renderWiki(<InSpace value={adminSpace} path=":spaceKey/_reports" element={<WikiSpaceReportsPage />} />, [reports([], [])], { path: '/*', route: '/eng/_reports' });
    expect(await screen.findByText('No broken links: every link names a live page.')).toBeTruthy();
    expect(screen.getByText('Every page has an active owner.')).toBeTruthy();
  });

  it('shows an error with a retry, and nothing to someone who is not an admin', async () => {
    const failing = { request: { query: WikiSpaceReportsDocument, variables: { spaceId: SPACE_ID } }, result: { errors: [new GraphQLError('boom', { extensions: { code: 'INTERNAL' } })] } };
    const { unmount } = renderWiki(<InSpace value={adminSpace} path=":spaceKey/_reports" element={<WikiSpaceReportsPage />} />, [failing, reports([], [])], { path: '/*', route: '/eng/_reports' });
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Every page has an active owner.')).toBeTruthy();
    unmount();
    renderWiki(<InSpace value={space} path=":spaceKey/_reports" element={<WikiSpaceReportsPage />} />, [], { path: '/*', route: '/eng/_reports' });
    expect(await screen.findByText('Only the space’s admins manage it.')).toBeTruthy();
  });
});
