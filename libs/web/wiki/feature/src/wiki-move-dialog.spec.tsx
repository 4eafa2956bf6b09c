import { MoveWikiPageDocument, WikiLinkTargetsDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { WikiMoveDialog } from './wiki-move-dialog';
import { PAGE_ID, renderWiki, SPACE_ID } from './wiki.spec-helpers';

const PARENT_ID = '00000000-0000-4000-8000-00000000e002';
const OTHER_SPACE_PAGE = '00000000-0000-4000-8000-00000000e003';
const target = (id: string, title: string, spaceId = SPACE_ID) => ({ __typename: 'WikiLinkTarget', id, title, slug: title.toLowerCase(), spaceId, spaceKey: 'eng', spaceName: spaceId === SPACE_ID ? 'Engineering' : 'Finance' });
const targets = {
  request: { query: WikiLinkTargetsDocument, variables: { query: 'trav', spaceId: SPACE_ID } },
  result: { data: { wikiLinkTargets: [target(PAGE_ID, 'Travel'), target(PARENT_ID, 'Travel policies'), target(OTHER_SPACE_PAGE, 'Travel budget', '00000000-0000-4000-8000-00000000d009')] } },
  maxUsageCount: Infinity,
};
const moved = (parentId: string | null, position: number) => ({
  request: { query: MoveWikiPageDocument, variables: { input: { pageId: PAGE_ID, parentId, position } } },
  result: { data: { moveWikiPage: { __typename: 'WikiPagePayload', page: { __typename: 'WikiPage', id: PAGE_ID, breadcrumbs: [] } } } },
});

const dialog = () => screen.getByRole('dialog', { name: 'Move the page' });

describe('moving a wiki page', () => {
  it('by keyboard: picks a page of the same space (not itself, not another space) and moves it below, last', async () => {
    const onMoved = vi.fn();
    renderWiki(<WikiMoveDialog opened onClose={() => undefined} onMoved={onMoved} page={{ id: PAGE_ID, title: 'Travel' }} spaceId={SPACE_ID} />, [targets, moved(PARENT_ID, 100_000)]);
    const box = within(dialog()).getByRole('combobox', { name: 'Page to put it below' });
    fireEvent.change(box, { target: { value: 'trav' } });
    const list = within(dialog()).getByRole('listbox', { name: 'Pages' });
    const options = await within(list).findAllByRole('option', undefined, { timeout: 3000 });
    expect(options.map((o) => o.textContent)).toEqual(['Travel policiesEngineering']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(within(dialog()).getByRole('status').textContent).toBe('It will go below: Travel policies');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Move page' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
  });

  it('asks for a page first; to the top level, first; a refused move says why', async () => {
    const onMoved = vi.fn();
    const refused = {
      request: { query: MoveWikiPageDocument, variables: { input: { pageId: PAGE_ID, parentId: null, position: 0 } } },
      result: { errors: [new GraphQLError('cycle', { extensions: { code: 'WIKI_PAGE_CYCLE' } })] },
    };
    renderWiki(<WikiMoveDialog opened onClose={() => undefined} onMoved={onMoved} page={{ id: PAGE_ID, title: 'Travel' }} spaceId={SPACE_ID} />, [refused, moved(null, 0)]);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Move page' }));
    expect(within(dialog()).getByRole('alert').textContent).toBe('Choose the page to put it below, or move it to the top level.');
    fireEvent.click(within(dialog()).getByRole('radio', { name: 'To the top level of the space' }));
    expect(within(dialog()).queryByRole('combobox', { name: 'Page to put it below' })).toBeNull();
    fireEvent.change(within(dialog()).getByRole('combobox', { name: 'Among the pages there' }), { target: { value: 'first' } });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Move page' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe('A page cannot move below itself or one of its own pages.');
    expect(onMoved).not.toHaveBeenCalled();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Move page' }));
    await waitFor(() => expect(onMoved).toHaveBeenCalled());
  });
});
