import { SearchDocument, searchTypePolicies } from '@pillars/web/search/data-access';
import { renderWithProviders } from '@pillars/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { GlobalSearch, SearchPanel } from './global-search';
import { searchLocales } from './search.locales';

const hit = (kind: string, id: string, title: string, url: string) => ({
  __typename: 'SearchHit', kind, id, title, url, snippetHtml: `About <mark>${title}</mark> &amp; more`, updatedAt: '2026-01-02T10:00:00.000Z', language: 'en',
  author: { __typename: 'User', id: 'u1', name: 'Ana Rossi', initials: 'AR', teams: [] },
});
const HITS = [
  hit('POST', 'p1', 'Travel rules', '/posts/p1'),
  hit('PERSON', 'u1', 'Travis Person', '/people/u1'),
  hit('POST', 'p2', 'Travel budget', '/posts/p2'),
];
const searchMock = {
  request: { query: SearchDocument, variables: { query: 'trav', first: 8, typing: true } },
  result: {
    data: {
      search: {
        __typename: 'SearchResultConnection',
        edges: HITS.map((node) => ({ __typename: 'SearchHitEdge', cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c-p2' },
        counts: [{ __typename: 'SearchKindCount', kind: 'POST', count: 2, capped: false }],
        didYouMean: null,
      },
    },
  },
  maxUsageCount: Infinity,
};

function Where() {
  return <output aria-label="location">{useLocation().pathname}</output>;
}

const renderWith = (ui: ReactNode, dir: 'ltr' | 'rtl' = 'ltr') =>
  renderWithProviders(
    <>
      {ui}
      <Where />
    </>,
    { mocks: [searchMock], locales: [searchLocales], typePolicies: [searchTypePolicies], path: '*', language: dir === 'rtl' ? 'ar' : 'en' },
  );

describe('global search', () => {
  it('groups hits by kind and moves through them with the arrows; Enter opens the active one', async () => {
    const onClose = vi.fn();
    renderWith(<SearchPanel onClose={onClose} />);
    const box = screen.getByRole('combobox', { name: 'Search people, pages and posts' });
    fireEvent.change(box, { target: { value: 'trav' } });
    const options = await screen.findAllByRole('option');
    // People first, then posts in rank order.
    expect(options.map((o) => o.textContent?.split('About')[0])).toEqual(['Travis Person', 'Travel rules', 'Travel budget']);
    expect(screen.getByRole('group', { name: 'People' })).toBeTruthy();
    expect(options[0].querySelector('mark')?.textContent).toBe('Travis Person');
    expect(options[0].textContent).toContain('& more');
    // The listbox holds groups of options only (axe: aria-required-children); "see all" follows it.
    expect(within(screen.getByRole('listbox')).queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'See all results' })).toBeTruthy();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[2].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[2].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/posts/p2');
    expect(onClose).toHaveBeenCalled();
  });

  it('Enter without an active hit opens all results; Escape closes', async () => {
    const onClose = vi.fn();
    renderWith(<SearchPanel onClose={onClose} />, 'rtl');
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'trav' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/search');
    onClose.mockClear();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('opens with / outside text fields and with Ctrl+K', async () => {
    renderWith(<GlobalSearch />);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.keyDown(window, { key: '/' });
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    const box = screen.getByRole('combobox');
    // Typing "/" inside the search box is text, not the shortcut.
    fireEvent.keyDown(box, { key: '/' });
    fireEvent.change(box, { target: { value: 'a/b' } });
    expect((box as HTMLInputElement).value).toBe('a/b');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
  });
});
