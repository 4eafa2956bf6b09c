import { WikiTreeLevelDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WikiTree } from './wiki-tree';
import { renderWiki, SPACE_ID } from './wiki.spec-helpers';

const node = (id: string, title: string, hasChildren = false, position = 0) => ({ __typename: 'WikiPage' as const, id, slug: title.toLowerCase(), title, language: 'en', position, hasChildren });
const level = (parentId: string | null, nodes: ReturnType<typeof node>[], hasNextPage = false, after: string | null = null) => ({
  request: { query: WikiTreeLevelDocument, variables: { spaceId: SPACE_ID, parentId, first: 20, after } },
  result: {
    data: {
      wikiSpace: {
        __typename: 'WikiSpace',
        id: SPACE_ID,
        pages: { __typename: 'WikiPageConnection', edges: nodes.map((n) => ({ __typename: 'WikiPageEdge', cursor: `c-${n.id}`, node: n })), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `c-${nodes[nodes.length - 1].id}` : null } },
      },
    },
  },
  maxUsageCount: Infinity,
});

const roots = level(null, [node('p1', 'Handbook', true, 0), node('p2', 'Onboarding', false, 1)]);
const handbook = level('p1', [node('p11', 'Expenses', false, 0), node('p12', 'Travel', false, 1)]);
const focused = () => document.activeElement?.getAttribute('aria-labelledby') && document.getElementById(document.activeElement.getAttribute('aria-labelledby') ?? '')?.textContent;

describe('wiki page tree', () => {
  it('is a tree: arrows move, Right opens a level (fetched then), Left goes back up, Enter opens the page', async () => {
    const open = vi.fn();
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={open} />, [roots, handbook]);
    await screen.findByRole('tree', { name: 'Pages' });
    const items = screen.getAllByRole('treeitem');
    expect(items.map((i) => i.textContent)).toEqual(['Handbook', 'Onboarding']);
    expect(items[0].getAttribute('aria-expanded')).toBe('false');
    expect(items[1].getAttribute('aria-expanded')).toBeNull();
    // One tab stop.
    expect(items.map((i) => i.tabIndex)).toEqual([0, -1]);

    items[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(focused()).toBe('Onboarding');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(focused()).toBe('Handbook');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getAllByRole('treeitem').map((i) => i.getAttribute('aria-labelledby') && document.getElementById(i.getAttribute('aria-labelledby') ?? '')?.textContent)).toEqual(['Handbook', 'Expenses', 'Travel', 'Onboarding']));
    expect(screen.getAllByRole('treeitem')[0].getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(focused()).toBe('Expenses');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(focused()).toBe('Onboarding');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(focused()).toBe('Travel');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(focused()).toBe('Handbook');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ id: 'p11', slug: 'expenses' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(2));
  });

  it('mirrors Left and Right in a right-to-left layout', async () => {
    // jsdom does not inherit `direction` from dir="rtl"; a browser does.
    const real = window.getComputedStyle.bind(window);
    const spy = vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element) => Object.assign(real(el), { direction: 'rtl' }));
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={() => undefined} />, [roots, handbook], { rtl: true });
    await screen.findByRole('tree', { name: 'Pages' });
    screen.getAllByRole('treeitem')[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(screen.getAllByRole('treeitem')).toHaveLength(2);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(4));
    spy.mockRestore();
  });

  it('ends a long level with a "show more" item that fetches the next page of it', async () => {
    const first = level(null, [node('p1', 'Handbook')], true);
    const next = level(null, [node('p2', 'Onboarding')], false, 'c-p1');
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={() => undefined} />, [first, next]);
    const more = await screen.findByRole('treeitem', { name: 'Show more pages' });
    fireEvent.click(screen.getByText('Show more pages'));
    await waitFor(() => expect(screen.getAllByRole('treeitem').map((i) => i.textContent)).toEqual(['Handbook', 'Onboarding']));
    expect(more.isConnected).toBe(false);
  });

  it('says so when the space has no pages', async () => {
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={() => undefined} />, [level(null, [])]);
    expect(await screen.findByText('No pages yet.')).toBeTruthy();
  });
});
