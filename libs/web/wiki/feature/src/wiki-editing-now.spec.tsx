import { liveRoomsOf, notifyInvalidation } from '@pillars/web/core/data-access';
import { renderWithProviders } from '@pillars/web/testing';
import { WikiPageEditorsDocument } from '@pillars/web/wiki/data-access';
import { PRESENCE_EVENT_TYPE } from '@pillars/shared/types';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WikiEditingNow } from './wiki-editing-now';
import { WikiEditor } from './wiki-editor-page';
import { wikiLocales } from './wiki.feature';
import { meMock, ME, OTHER, PAGE_ID, person, renderWiki, space } from './wiki.spec-helpers';

const editor = (id: string, name: string, initials: string) => ({ __typename: 'User' as const, id, name, initials, photoThumbnailUrl: null });
const ANA = editor(ME, 'Ana Rossi', 'AR');
const BOB = editor(OTHER, 'Bob Levi', 'BL');
const CARLA = editor('00000000-0000-4000-8000-00000000a003', 'Carla Neri', 'CN');
const DAN = editor('00000000-0000-4000-8000-00000000a004', 'Dan Cohen', 'DC');
const answer = (editors: ReturnType<typeof editor>[]) => ({ request: { query: WikiPageEditorsDocument, variables: { id: PAGE_ID } }, result: { data: { wikiPage: { __typename: 'WikiPage', id: PAGE_ID, editors } } } });

const show = (answers: ReturnType<typeof answer>[], language: 'en' | 'ar' | 'he' | 'it' = 'en') =>
  renderWithProviders(<WikiEditingNow pageId={PAGE_ID} />, { mocks: [meMock, ...answers], locales: [wikiLocales], language });

describe('WikiEditingNow', () => {
  it('names the others editing (not the viewer), and follows presence changes of the page room', async () => {
    const { client } = show([answer([ANA, BOB]), answer([ANA, BOB, CARLA, DAN]), answer([ANA])]);
    expect((await screen.findByRole('status')).textContent).toBe('Bob Levi is editing this page');
    act(() => notifyInvalidation(client, { type: PRESENCE_EVENT_TYPE, id: `wikipage:${PAGE_ID}`, version: 1 }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Bob Levi and 2 other people are editing this page'));
    // An event of another page's room changes nothing; this page's room refetches.
    act(() => notifyInvalidation(client, { type: PRESENCE_EVENT_TYPE, id: 'wikipage:00000000-0000-4000-8000-00000000e999', version: 2 }));
    act(() => notifyInvalidation(client, { type: PRESENCE_EVENT_TYPE, id: `wikipage:${PAGE_ID}`, version: 3 }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('uses the plural forms of each language, names isolated in <bdi>', async () => {
    show([answer([BOB, CARLA])], 'ar');
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Bob Levi وCarla Neri يحرّران هذه الصفحة الآن');
    expect([...status.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['Bob Levi', 'Carla Neri']);
  });
});

describe('the editor announces itself', () => {
  it('enters the page room\'s presence while open and leaves it when closed', () => {
    const page = {
      __typename: 'WikiPage' as const, id: PAGE_ID, slug: 'travel', title: 'Travel', language: 'en', body: 'Text', bodyHtml: '<p>Text</p>', revisionNumber: 2, hasChildren: false,
      reviewBy: '2027-06-01T00:00:00.000Z', needsVerification: false, verifiedAt: null, archivedAt: null, updatedAt: '2026-12-01T09:00:00.000Z',
      owner: person(OTHER, 'Omar Owner'), verifiedBy: null, abilities: { __typename: 'WikiAbilities' as const, canEdit: true, canAdmin: false }, breadcrumbs: [], space, myDraft: null,
    };
    const sent: [string, { room: string }][] = [];
    const { client, unmount } = renderWiki(<WikiEditor page={page} />, []);
    liveRoomsOf(client).ready({ emit: (event, body) => sent.push([event, body]) }, { organizationId: 'org' });
    expect(sent).toContainEqual(['presence.enter', { room: `wikipage:${PAGE_ID}` }]);
    unmount();
    expect(sent.at(-1)).toEqual(['presence.leave', { room: `wikipage:${PAGE_ID}` }]);
  });
});
