import { RecordWikiPageViewDocument, RestoreArchivedWikiPageDocument, WikiPageBySlugDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { WikiPageView } from './wiki-page-view';
import { ME, PAGE_ID, person, renderWiki, space } from './wiki.spec-helpers';

function InSpace() {
  return (
    <Routes>
      <Route element={<Outlet context={{ space, setOpenIds: () => undefined }} />}>
        <Route path=":spaceKey/:slug" element={<WikiPageView />} />
      </Route>
    </Routes>
  );
}

/** The fields of `WikiPageFields` (what the restore mutation returns too). */
const pageFields = (canEdit: boolean, archivedAt: string | null) => ({
  __typename: 'WikiPage' as const, id: PAGE_ID, slug: 'expenses', title: 'Expense rules', language: 'en', body: 'Book early.', bodyHtml: '<p>Book early.</p>', revisionNumber: 3, hasChildren: false,
  reviewBy: '2027-06-01T00:00:00.000Z', needsVerification: false, verifiedAt: null, archivedAt, updatedAt: '2026-11-01T10:00:00.000Z',
  owner: person(ME, 'Ana Rossi'), verifiedBy: null, abilities: { __typename: 'WikiAbilities' as const, canEdit, canAdmin: false }, breadcrumbs: [], space,
});

const pageData = (viewStats: { views: number; viewers: number; last30Days: number } | null, canEdit: boolean, archivedAt: string | null) => ({
  wikiPageBySlug: { ...pageFields(canEdit, archivedAt), viewStats: viewStats ? { __typename: 'WikiPageViewStats', ...viewStats } : null, backlinks: [] },
});

function renderPage(viewStats: { views: number; viewers: number; last30Days: number } | null, canEdit: boolean, archivedAt: string | null = null) {
  let recorded = 0;
  let restored = 0;
  renderWiki(
    <InSpace />,
    [
      // The page view's only query: no other mock answers a page read (a second query would fail the spec).
      { request: { query: WikiPageBySlugDocument, variables: { spaceKey: 'eng', slug: 'expenses' } }, result: { data: pageData(viewStats, canEdit, archivedAt) } },
      {
        request: { query: RestoreArchivedWikiPageDocument, variables: { pageId: PAGE_ID } },
        result: () => {
          restored++;
          return { data: { restoreArchivedWikiPage: { __typename: 'WikiPagePayload', page: pageFields(canEdit, null) } } };
        },
      },
      {
        request: { query: RecordWikiPageViewDocument, variables: { pageId: PAGE_ID } },
        result: () => {
          recorded++;
          return { data: { recordWikiPageView: true } };
        },
      },
    ],
    { path: '/*', route: '/eng/expenses' },
  );
  return { recorded: () => recorded, restored: () => restored };
}

describe('wiki page view', () => {
  it('counts the visit once and shows the owner the views of the last 30 days and how many people read it', async () => {
    const { recorded } = renderPage({ views: 40, viewers: 12, last30Days: 7 }, true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Expense rules' })).toBeTruthy();
    await waitFor(() => expect(recorded()).toBe(1));
    expect(screen.getByText(/7 views in 30 days · 12 people in all/)).toBeTruthy();
    // The owner verifies and hands the page on (the same rule as the API's).
    expect(screen.getByRole('button', { name: 'Owner and review' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Edit' })).toBeTruthy();
  });

  it('shows an archived page\'s banner from the page\'s own query, offers no Edit until the owner restores it, then updates in place', async () => {
    const { restored } = renderPage(null, true, '2026-11-20T08:00:00.000Z');
    const banner = await screen.findByRole('region', { name: 'This page is archived' });
    expect(banner.textContent).toContain('Nov 20, 2026');
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Restore page' }));
    // The mutation's page fields land in the cache: the banner goes and Edit comes back without a refetch.
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'This page is archived' })).toBeNull();
    expect(restored()).toBe(1);
  });

  it('shows a reader no counts, and still counts their visit', async () => {
    const { recorded } = renderPage(null, false);
    expect(await screen.findByRole('heading', { level: 1, name: 'Expense rules' })).toBeTruthy();
    await waitFor(() => expect(recorded()).toBe(1));
    expect(screen.queryByText(/views in 30 days/)).toBeNull();
  });
});
