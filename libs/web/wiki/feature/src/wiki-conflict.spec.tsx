import { connectRealtime } from '@pillars/web/core/data-access';
import { SaveWikiPageDocument, WikiDiffDocument, WikiEditPageDocument, WikiRevisionDocument } from '@pillars/web/wiki/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { WikiEditor, WikiEditorPage } from './wiki-editor-page';
import { mergeOnTop } from './wiki-merge';
import { ME, OTHER, PAGE_ID, person, renderWiki, space } from './wiki.spec-helpers';

const BASE = 'Intro line.\n\nSteps:\n1. Book the trip.\n2. Keep receipts.\n\nContact finance.\n';
const THEIRS = 'Intro line.\n\nSteps:\n1. Book the trip.\n2. Keep receipts.\n\nContact finance at finance@x.test.\n';
const MINE = 'Intro line, updated.\n\nSteps:\n1. Book the trip.\n2. Keep receipts.\n\nContact finance.\n';

const page = {
  __typename: 'WikiPage' as const,
  id: PAGE_ID, slug: 'travel', title: 'Travel', language: 'en', body: BASE, bodyHtml: '<p>Intro line.</p>', revisionNumber: 2, hasChildren: false,
  reviewBy: '2027-06-01T00:00:00.000Z', needsVerification: false, verifiedAt: null, archivedAt: null, updatedAt: '2026-12-01T09:00:00.000Z',
  owner: person(OTHER, 'Omar Owner'), verifiedBy: null, abilities: { __typename: 'WikiAbilities' as const, canEdit: true, canAdmin: false }, breadcrumbs: [], space, myDraft: null,
};
const revision = (number: number, body: string, author: string, authorId = number === 2 ? ME : OTHER) => ({
  __typename: 'WikiRevision' as const, id: `r${number}`, number, title: 'Travel', body, bodyHtml: '', summary: null, language: 'en', restoredFrom: null, createdAt: '2026-12-03T10:00:00.000Z', author: person(authorId, author),
});
const savedPayload = (number: number, body: string) => ({ data: { saveWikiPage: { __typename: 'SaveWikiPagePayload', page: { ...page, body, revisionNumber: number }, revision: { __typename: 'WikiRevision', id: `r${number}`, number } } } });

describe('wiki editor: a stale save opens the conflict dialog', () => {
  it('shows their change and my text, merges mine on top of theirs and saves against their revision', async () => {
    const sent: Record<string, unknown>[] = [];
    const conflicting = {
      request: { query: SaveWikiPageDocument, variables: (v: Record<string, unknown>) => (v['input'] as { baseRevision: number }).baseRevision === 2 && (sent.push(v), true) },
      result: { errors: [new GraphQLError('conflict', { extensions: { code: 'WIKI_REVISION_CONFLICT', currentRevision: 3 } })] },
    };
    const merged = {
      request: { query: SaveWikiPageDocument, variables: (v: Record<string, unknown>) => (v['input'] as { baseRevision: number }).baseRevision === 3 && (sent.push(v), true) },
      result: savedPayload(4, 'merged'),
    };
    const mocks = [
      conflicting,
      merged,
      { request: { query: WikiRevisionDocument, variables: { pageId: PAGE_ID, number: 2 } }, result: { data: { wikiRevision: revision(2, BASE, 'Ana Rossi') } } },
      { request: { query: WikiRevisionDocument, variables: { pageId: PAGE_ID, number: 3 } }, result: { data: { wikiRevision: revision(3, THEIRS, 'Omar Owner') } } },
      {
        request: { query: WikiDiffDocument, variables: { pageId: PAGE_ID, from: 2, to: 3 } },
        result: { data: { wikiDiff: { __typename: 'WikiDiff', from: 2, to: 3, titleParts: [], parts: [{ __typename: 'WikiDiffPart', kind: 'SAME', value: 'Contact finance' }, { __typename: 'WikiDiffPart', kind: 'ADDED', value: ' at finance@x.test' }, { __typename: 'WikiDiffPart', kind: 'SAME', value: '.' }] } } },
      },
    ];
    renderWiki(<WikiEditor page={page} />, mocks);
    const editor = screen.getByLabelText('Text (Markdown)', { selector: 'textarea' }) as HTMLTextAreaElement;
    fireEvent.change(editor, { target: { value: MINE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save page' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this page' }, { timeout: 3000 });
    expect(await within(dialog).findByText('What they changed')).toBeTruthy();
    expect(within(dialog).getByText('Omar Owner').tagName).toBe('BDI');
    // Their addition, marked with a sign as well as colour.
    const added = within(dialog).getByText((_, el) => el?.tagName === 'INS' && el.textContent === '+added: at finance@x.test');
    expect(added).toBeTruthy();
    // My text, exactly as typed.
    expect((within(dialog).getByLabelText('Your text', { selector: 'textarea' }) as HTMLTextAreaElement).value).toBe(MINE);
    // The merged text holds both changes.
    const mergedBox = within(dialog).getByLabelText('Merged text', { selector: 'textarea' }) as HTMLTextAreaElement;
    expect(mergedBox.value).toBe('Intro line, updated.\n\nSteps:\n1. Book the trip.\n2. Keep receipts.\n\nContact finance at finance@x.test.\n');

    // Taking theirs and going back leaves my text in the editor: nothing typed is lost.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    expect(mergedBox.value).toBe(THEIRS);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine on top of theirs' }));
    fireEvent.change(mergedBox, { target: { value: `${mergedBox.value}Edited while merging.\n` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the merged text' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[0]).toMatchObject({ input: { pageId: PAGE_ID, baseRevision: 2, body: MINE } });
    expect(sent[1]).toMatchObject({ input: { pageId: PAGE_ID, baseRevision: 3, title: 'Travel', body: 'Intro line, updated.\n\nSteps:\n1. Book the trip.\n2. Keep receipts.\n\nContact finance at finance@x.test.\nEdited while merging.\n' } });
  }, 20_000);

  it('going back to the editor keeps my text when both changed the same lines', async () => {
    const conflicting = {
      request: { query: SaveWikiPageDocument, variables: () => true },
      result: { errors: [new GraphQLError('conflict', { extensions: { code: 'WIKI_REVISION_CONFLICT', currentRevision: 3 } })] },
    };
    const mocks = [
      conflicting,
      { request: { query: WikiRevisionDocument, variables: { pageId: PAGE_ID, number: 2 } }, result: { data: { wikiRevision: revision(2, BASE, 'Ana Rossi') } } },
      { request: { query: WikiRevisionDocument, variables: { pageId: PAGE_ID, number: 3 } }, result: { data: { wikiRevision: revision(3, 'Rewritten by Omar.\n', 'Omar Owner') } } },
      { request: { query: WikiDiffDocument, variables: { pageId: PAGE_ID, from: 2, to: 3 } }, result: { data: { wikiDiff: { __typename: 'WikiDiff', from: 2, to: 3, titleParts: [], parts: [{ __typename: 'WikiDiffPart', kind: 'REMOVED', value: BASE }, { __typename: 'WikiDiffPart', kind: 'ADDED', value: 'Rewritten by Omar.\n' }] } } } },
    ];
    renderWiki(<WikiEditor page={page} />, mocks);
    const editor = screen.getByLabelText('Text (Markdown)', { selector: 'textarea' }) as HTMLTextAreaElement;
    fireEvent.change(editor, { target: { value: MINE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this page' }, { timeout: 3000 });
    const mergedBox = (await within(dialog).findByLabelText('Merged text', { selector: 'textarea' })) as HTMLTextAreaElement;
    // Both rewrote the same lines: both texts are kept, marked, for the user to reconcile.
    expect(mergedBox.value).toContain('Rewritten by Omar.');
    expect(mergedBox.value).toContain(MINE);
    expect(within(dialog).getByText(/You both changed the same lines/)).toBeTruthy();
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Back to my text' })[0]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(editor.value).toBe(MINE);
  }, 20_000);
});

describe('wiki editor: someone else saves meanwhile', () => {
  it('the socket event refetches the open editor, which says so and keeps my text', async () => {
    const edit = (revisionNumber: number, body: string) => ({
      request: { query: WikiEditPageDocument, variables: { spaceKey: 'eng', slug: 'travel' } },
      result: { data: { wikiPageBySlug: { ...page, revisionNumber, body } } },
    });
    const { client } = renderWiki(<WikiEditorPage />, [edit(2, BASE), edit(3, THEIRS)], { path: '/wiki/:spaceKey/:slug/edit', route: '/wiki/eng/travel/edit' });
    const editor = (await screen.findByLabelText('Text (Markdown)', { selector: 'textarea' })) as HTMLTextAreaElement;
    fireEvent.change(editor, { target: { value: MINE } });
    // The app's socket: an invalidation of the page, as the API sends after another person's save.
    const handlers = new Map<string, ((...args: unknown[]) => void)[]>();
    const socket = { on: (event: string, h: (...args: unknown[]) => void) => handlers.set(event, [...(handlers.get(event) ?? []), h]), emit: () => undefined, disconnect: () => undefined };
    const stop = connectRealtime(client, { connect: () => socket as unknown as Socket, debounceMs: 1 });
    handlers.get('invalidate')?.forEach((h) => h({ type: 'WikiPage', id: PAGE_ID, version: 9 }));
    expect(await screen.findByText(/Someone saved revision 3 while you were editing/, undefined, { timeout: 3000 })).toBeTruthy();
    expect(editor.value).toBe(MINE);
    expect(screen.getByText('Editing from revision 2')).toBeTruthy();
    stop();
  }, 20_000);
});

describe('mergeOnTop', () => {
  const markers = { mine: 'mine', theirs: 'theirs' };
  it('applies my edit to their text when the changes do not touch', () => {
    expect(mergeOnTop(BASE, MINE, THEIRS, markers)).toEqual({ text: 'Intro line, updated.\n\nSteps:\n1. Book the trip.\n2. Keep receipts.\n\nContact finance at finance@x.test.\n', clean: true });
  });
  it('keeps both texts, marked, when they overlap', () => {
    const result = mergeOnTop('a\n', 'b\n', 'c\n', markers);
    expect(result.clean).toBe(false);
    expect(result.text).toBe('<!-- theirs -->\nc\n\n\n<!-- mine -->\nb\n');
  });
  it('takes the side that changed when only one did', () => {
    expect(mergeOnTop('a', 'a', 'c', markers).text).toBe('c');
    expect(mergeOnTop('a', 'b', 'a', markers).text).toBe('b');
  });
});
