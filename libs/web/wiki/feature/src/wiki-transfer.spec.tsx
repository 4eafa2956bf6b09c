import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WikiImportButton, WikiPageExportMenu, WikiSpaceExportButton } from './wiki-transfer';
import { PAGE_ID, renderWiki, SPACE_ID } from './wiki.spec-helpers';

/** A stand-in XMLHttpRequest answering as POST /wiki/spaces/:id/import would. */
class FakeXhr {
  static sent: { url: string; headers: Record<string, string>; file: File | null }[] = [];
  static answer: { status: number; body: unknown } = { status: 201, body: {} };
  headers: Record<string, string> = {};
  url = '';
  withCredentials = false;
  responseType = '';
  status = 0;
  response: unknown = null;
  upload = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, file: body.get('file') as File | null });
    queueMicrotask(() => {
      this.status = FakeXhr.answer.status;
      this.response = FakeXhr.answer.body;
      this.onload?.();
    });
  }
  abort() {
    this.onabort?.();
  }
}
afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.sent = [];
});

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
    expect(within(menu).getByRole('menuitem', { name: 'Markdown (.md)' }).getAttribute('href')).toBe(`/wiki/pages/${PAGE_ID}/export.md`);
    expect(within(menu).getByRole('menuitem', { name: 'PDF' }).getAttribute('href')).toBe(`/wiki/pages/${PAGE_ID}/export.pdf?lang=en`);
    expect(screen.getByRole('link', { name: 'Export space (.zip)' }).getAttribute('href')).toBe(`/wiki/spaces/${SPACE_ID}/export.zip`);
  });

  it('imports a chosen zip through the upload path and lists the pages made', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 201, body: { import: { spaceId: SPACE_ID, pages: [{ id: PAGE_ID, title: 'Travel guides', path: 'guides.md' }, { id: 'p2', title: 'Trains', path: 'guides/trains.md' }] } } };
    renderWiki(<WikiImportButton spaceId={SPACE_ID} />, []);
    fireEvent.click(screen.getByRole('button', { name: 'Import Markdown' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a zip of Markdown files' });
    choose(zipFile());
    expect(await within(dialog).findByText('2 pages imported')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Travel guides' }).getAttribute('href')).toBe(`/wiki/page/${PAGE_ID}`);
    expect(FakeXhr.sent).toHaveLength(1);
    expect(FakeXhr.sent[0]).toMatchObject({ url: `/wiki/spaces/${SPACE_ID}/import`, headers: { 'x-pillars-csrf': '1' } });
    expect(FakeXhr.sent[0].file?.name).toBe('handbook.zip');
  });

  it('says which file was refused and why, and refuses what is not a zip before sending', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 400, body: { errors: [{ message: 'x', extensions: { code: 'WIKI_IMPORT_UNSAFE_PATH', file: '../evil.md', reason: 'relative segment' } }] } };
    renderWiki(<WikiImportButton spaceId={SPACE_ID} />, [], { rtl: true });
    fireEvent.click(screen.getByRole('button', { name: 'Import Markdown' }));
    const dialog = await screen.findByRole('dialog');
    choose(new File(['x'], 'notes.txt'));
    expect(await within(dialog).findByText('Choose a .zip file.')).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(0);
    choose(zipFile());
    await waitFor(() => expect(within(dialog).getByText('Nothing was imported')).toBeTruthy());
    expect(within(dialog).getByText('../evil.md').tagName).toBe('BDI');
    expect(within(dialog).getByText('This file’s path is not allowed (.., an absolute path or a backslash).')).toBeTruthy();
  });
});
