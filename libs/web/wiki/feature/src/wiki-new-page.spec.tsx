import { SimilarDocument } from '@pillars/web/search/data-access';
import { WikiTemplatesDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, within } from '@testing-library/react';
import { Outlet, Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { NewPageButton } from './wiki-new-page';
import { PAGE_ID, renderWiki, space } from './wiki.spec-helpers';

function InSpace() {
  return (
    <Routes>
      <Route element={<Outlet context={{ space, setOpenIds: () => undefined }} />}>
        <Route index element={<NewPageButton />} />
      </Route>
    </Routes>
  );
}

const hit = {
  __typename: 'SearchHit', kind: 'PAGE', id: PAGE_ID, title: 'Expense rules for travel', snippetHtml: '', url: `/wiki/page/${PAGE_ID}`, updatedAt: new Date(Date.now() - 90 * 86_400_000).toISOString(), language: 'en',
  author: { __typename: 'User', id: 'u-ana', name: 'Ana Rossi', initials: 'AR', teams: [{ __typename: 'TeamMembership', team: { __typename: 'Team', id: 't-fin', name: 'Finance' } }] },
};

describe('new wiki page', () => {
  it('suggests existing pages while a similar title is typed ("already done?"), with who keeps them and their team', async () => {
    renderWiki(<InSpace />, [
      { request: { query: WikiTemplatesDocument }, result: { data: { wikiTemplates: [] } } },
      { request: { query: SimilarDocument, variables: { text: 'Travel expense rule', kinds: ['PAGE', 'POST'], first: 3 } }, result: { data: { similar: [hit] } } },
    ], { path: '/*' });
    fireEvent.click(screen.getByRole('button', { name: /new page/i }));
    fireEvent.change(await screen.findByRole('textbox', { name: /title/i }), { target: { value: 'Travel expense rule' } });
    const region = await screen.findByRole('region', { name: 'Similar pages and posts' }, { timeout: 3000 });
    expect(within(region).getByRole('link', { name: 'Expense rules for travel' }).getAttribute('href')).toBe(`/wiki/page/${PAGE_ID}`);
    expect(region.textContent).toContain('Ana Rossi');
    expect(region.textContent).toContain('Finance');
  });
});
