import { MoveWikiPageDocument, WikiTreeLevelDocument } from '@pillars/web/wiki/data-access';
import { createEvent, fireEvent, screen, waitFor } from '@testing-library/react';
import { type FormattedExecutionResult, GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { WikiTree } from './wiki-tree';
import { dropMove, LAST_POSITION } from './wiki-tree-drag';
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

const levelsOf = (entries: [string, string[]][]) => new Map(entries.map(([parent, ids]) => [parent, { nodes: ids.map((id) => ({ id, page: { id } })) }]));

describe('where a dropped page goes', () => {
  const levels = levelsOf([
    ['', ['p1', 'p2', 'p3']],
    ['p1', ['p11', 'p12']],
  ]);
  it('counts the new siblings without the moved page, as the API does', () => {
    expect(dropMove(levels, 'p3', 'p1', 'before')).toEqual({ parentId: null, position: 0 });
    expect(dropMove(levels, 'p1', 'p3', 'after')).toEqual({ parentId: null, position: 2 });
    expect(dropMove(levels, 'p1', 'p2', 'after')).toEqual({ parentId: null, position: 1 });
    expect(dropMove(levels, 'p3', 'p12', 'before')).toEqual({ parentId: 'p1', position: 1 });
    expect(dropMove(levels, 'p11', 'p2', 'inside')).toEqual({ parentId: 'p2', position: LAST_POSITION });
  });
  it('refuses a drop onto the page itself or into its own subtree', () => {
    expect(dropMove(levels, 'p1', 'p1', 'inside')).toBeNull();
    expect(dropMove(levels, 'p1', 'p1', 'after')).toBeNull();
    expect(dropMove(levels, 'p1', 'p12', 'inside')).toBeNull();
    expect(dropMove(levels, 'p1', 'p11', 'before')).toBeNull();
  });
});

describe('dragging pages in the tree', () => {
  const transfer = () => ({ setData: vi.fn(), effectAllowed: '', dropEffect: '' });
  /** A row 40 px tall at the top of the page: y 2 is its top edge, 20 its middle, 38 its bottom edge. */
  const rowOf = (title: string) => {
    const item = screen.getAllByRole('treeitem').find((i) => document.getElementById(i.getAttribute('aria-labelledby') ?? '')?.textContent === title);
    const row = item?.firstElementChild as HTMLElement;
    vi.spyOn(row, 'getBoundingClientRect').mockReturnValue({ top: 0, bottom: 40, height: 40, left: 0, right: 200, width: 200, x: 0, y: 0, toJSON: () => ({}) });
    return row;
  };
  /** jsdom has no DragEvent, so the pointer's height is set on the event by hand. */
  const dragAt = (type: 'dragOver' | 'drop', el: HTMLElement, clientY: number, dataTransfer: ReturnType<typeof transfer>) => {
    const event = createEvent[type](el, { dataTransfer });
    Object.defineProperty(event, 'clientY', { value: clientY });
    return fireEvent(el, event);
  };
  const moveMock = (input: { pageId: string; parentId: string | null; position: number }, result: () => FormattedExecutionResult) => ({
    request: { query: MoveWikiPageDocument, variables: { input } },
    result,
  });
  const moved = (id: string) => ({ data: { moveWikiPage: { __typename: 'WikiPagePayload', page: { __typename: 'WikiPage', id, breadcrumbs: [] } } } });

  it('drops a page before another: moveWikiPage with its new place, then the tree shows the new order', async () => {
    let done = false;
    const rootsAfter = {
      ...roots,
      result: () => (done ? { data: { wikiSpace: { ...roots.result.data.wikiSpace, pages: { ...roots.result.data.wikiSpace.pages, edges: [...roots.result.data.wikiSpace.pages.edges].reverse() } } } } : roots.result),
    };
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={() => undefined} canMove />, [
      rootsAfter,
      moveMock({ pageId: 'p2', parentId: null, position: 0 }, () => {
        done = true;
        return moved('p2');
      }),
    ]);
    await screen.findByRole('tree', { name: 'Pages' });
    const source = rowOf('Onboarding');
    expect(source.getAttribute('draggable')).toBe('true');
    const dataTransfer = transfer();
    fireEvent.dragStart(source, { dataTransfer });
    expect(dataTransfer.setData).toHaveBeenCalledWith('text/plain', 'p2');
    const target = rowOf('Handbook');
    // Not cancelled = the browser refuses the drop: over the top edge it is accepted.
    expect(dragAt('dragOver', target, 2, dataTransfer)).toBe(false);
    expect(target.getAttribute('data-drop')).toBe('before');
    expect(dragAt('dragOver', target, 20, dataTransfer)).toBe(false);
    expect(target.getAttribute('data-drop')).toBe('inside');
    dragAt('dragOver', target, 2, dataTransfer);
    dragAt('drop', target, 2, dataTransfer);
    expect(target.getAttribute('data-drop')).toBeNull();
    expect(await screen.findByText('Moved Onboarding.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('treeitem').map((i) => i.textContent)).toEqual(['Onboarding', 'Handbook']));
  });

  it('refuses a drop into the page’s own subtree, and shows the API’s refusal of a move', async () => {
    const refused = moveMock({ pageId: 'p1', parentId: 'p2', position: LAST_POSITION }, () => ({ errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] }));
    let asked = 0;
    const counted = { ...refused, result: () => (asked++, refused.result()) };
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={() => undefined} canMove />, [roots, handbook, counted]);
    await screen.findByRole('tree', { name: 'Pages' });
    screen.getAllByRole('treeitem')[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(4));
    const dataTransfer = transfer();
    fireEvent.dragStart(rowOf('Handbook'), { dataTransfer });
    const child = rowOf('Expenses');
    expect(dragAt('dragOver', child, 20, dataTransfer)).toBe(true);
    expect(dragAt('dragOver', child, 2, dataTransfer)).toBe(true);
    expect(child.getAttribute('data-drop')).toBeNull();
    expect(dragAt('dragOver', rowOf('Handbook'), 38, dataTransfer)).toBe(true);
    dragAt('drop', child, 20, dataTransfer);
    expect(asked).toBe(0);

    fireEvent.dragStart(rowOf('Handbook'), { dataTransfer });
    const onboarding = rowOf('Onboarding');
    dragAt('dragOver', onboarding, 20, dataTransfer);
    dragAt('drop', onboarding, 20, dataTransfer);
    expect((await screen.findByRole('alert')).textContent).toBe('You do not have permission to do this.');
    expect(asked).toBe(1);
  });

  it('offers no dragging to someone who cannot edit the space', async () => {
    renderWiki(<WikiTree spaceId={SPACE_ID} onOpenPage={() => undefined} />, [roots]);
    await screen.findByRole('tree', { name: 'Pages' });
    expect(rowOf('Handbook').getAttribute('draggable')).toBeNull();
  });
});
