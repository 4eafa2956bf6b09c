import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeXhr } from '@pillars/web/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WikiImportButton, WikiPageExportMenu, WikiSpaceExportButton } from './wiki-transfer';
import { PAGE_ID, renderWiki, SPACE_ID } from './wiki.spec-helpers';

beforeEach(() => {
  FakeXhr.all = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

const zipFile = (name = 'handbook.zip') => new File([new Uint8Array([0x50, 0x4b, 3, 4])], name, { type: 'application/zip' });
const choose = (file: File) => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
};

describe('wiki export and import', () => {
  it('offers a page as Markdown and as PDF in the reader\'s language, and the space as a zip', async () => {
    renderWiki(
      <>
        <WikiPageExportMenu pageId={PAGE_ID} />
        <WikiSpaceExportButton spaceId={SPACE_ID} />
      </>,
      [],
    );
    const trigger = screen.getByRole('button', { name: 'Export' });
    trigger.focus();
    fireEvent.keyDown(trigger, { key: 'Enter' });
    fireEvent.click(trigger);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Markdown (.md)' }).getAttribute('href')).toBe(`/wiki/pages/${PAGE_ID}/export.md?lang=en`);
    expect(within(menu).getByRole('menuitem', { name: 'PDF' }).getAttribute('href')).toBe(`/wiki/pages/${PAGE_ID}/export.pdf?lang=en`);
    expect(screen.getByRole('link', { name: 'Export space (.zip)' }).getAttribute('href')).toBe(`/wiki/spaces/${SPACE_ID}/export.zip?lang=en`);
  });

  it('imports a chosen zip through the upload path and lists the pages made', async () => {
    renderWiki(<WikiImportButton spaceId={SPACE_ID} />, []);
    fireEvent.click(screen.getByRole('button', { name: 'Import Markdown' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a zip of Markdown files' });
    choose(zipFile());
    expect(within(dialog).getByText('Importing…')).toBeTruthy();
    FakeXhr.all[0].answer(201, { import: { spaceId: SPACE_ID, pages: [{ id: PAGE_ID, title: 'Travel guides', path: 'guides.md' }, { id: 'p2', title: 'Trains', path: 'guides/trains.md' }] } });
    expect(await within(dialog).findByText('2 pages imported')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Travel guides' }).getAttribute('href')).toBe(`/wiki/page/${PAGE_ID}`);
    expect(FakeXhr.all).toHaveLength(1);
    expect(FakeXhr.all[0]).toMatchObject({ url: `/wiki/spaces/${SPACE_ID}/import`, headers: { 'x-pillars-csrf': '1' }, withCredentials: true });
    expect(FakeXhr.all[0].name()).toBe('handbook.zip');
  });

  it('says which file was refused and why, and refuses what is not a zip before sending', async () => {
    renderWiki(<WikiImportButton spaceId={SPACE_ID} />, [], { rtl: true });
    fireEvent.click(screen.getByRole('button', { name: 'Import Markdown' }));
    const dialog = await screen.findByRole('dialog');
    choose(new File(['x'], 'notes.txt'));
    expect(await within(dialog).findByText('Choose a .zip file.')).toBeTruthy();
    expect(FakeXhr.all).toHaveLength(0);
    choose(zipFile());
    FakeXhr.all[0].answer(400, { errors: [{ message: 'x', extensions: { code: 'WIKI_IMPORT_UNSAFE_PATH', file: '../evil.md', reason: 'relative segment' } }] });
    await waitFor(() => expect(within(dialog).getByText('Nothing was imported')).toBeTruthy());
    expect(within(dialog).getByText('../evil.md').tagName).toBe('BDI');
    expect(within(dialog).getByText('This file’s path is not allowed (.., an absolute path or a backslash).')).toBeTruthy();
  });
});
