import { LIMITS } from '@pillars/shared/validation';
import { CreatePostDocument, RenderPostPreviewDocument } from '@pillars/web/feeds/data-access';
import { FakeXhr } from '@pillars/web/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { post, POST_ID, renderFeeds } from './feeds.spec-helpers';
import { PostComposer } from './post-composer';

const xhrFor = (name: string) => {
  const x = FakeXhr.all.find((r) => r.name() === name);
  if (!x) throw new Error(`no upload of ${name}`);
  return x;
};
const uploaded = (id: string, name: string, mime: string) => ({ file: { id, name, mime, bytes: 2048, width: null, height: null, url: `/files/${id}`, thumbnailUrl: mime === 'application/pdf' ? null : `/files/${id}/thumbnail` } });

const FILE_A = '00000000-0000-4000-8000-0000000fa001';
const FILE_B = '00000000-0000-4000-8000-0000000fa002';
const anyPreview = { request: { query: RenderPostPreviewDocument, variables: () => true }, result: { data: { renderPostPreview: { __typename: 'PostPreview', html: '<p>…</p>', topics: [] } } }, maxUsageCount: Infinity };
const pick = (...files: File[]) => fireEvent.change(screen.getByTestId('attachment-input'), { target: { files } });
const file = (name: string, type: string, size = 2048) => {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
};

beforeEach(() => {
  FakeXhr.all = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

describe('composer attachments', () => {
  it('uploads picked files with progress, shows them by name and thumbnail, removes one, and posts the rest', async () => {
    let sent = 0;
    renderFeeds(<PostComposer teamId={null} />, [
      anyPreview,
      {
        request: { query: CreatePostDocument, variables: { input: { body: 'With files', teamId: null, attachmentIds: [FILE_B] } } },
        result: () => {
          sent++;
          return { data: { createPost: { __typename: 'PostPayload', post: post(POST_ID) } } };
        },
      },
    ]);
    const evil = '<img src=x onerror=alert(1)>.png';
    pick(file(evil, 'image/png'), file('تقرير report.pdf', 'application/pdf'));
    expect(FakeXhr.all).toHaveLength(2);
    expect(FakeXhr.all.every((x) => x.url === '/files' && x.headers['x-pillars-csrf'] === '1' && x.withCredentials)).toBe(true);

    const list = screen.getByRole('list', { name: 'Attached files' });
    // File names are text, never markup, and take their own direction.
    const evilName = within(list).getByText(evil);
    expect(evilName.getAttribute('dir')).toBe('auto');
    expect(list.querySelector('img[src="x"]')).toBeNull();
    expect(within(list).getByText('تقرير report.pdf').getAttribute('dir')).toBe('auto');

    xhrFor(evil).progress(512, 2048);
    expect(screen.getByRole('progressbar', { name: `Uploading ${evil}` }).getAttribute('aria-valuenow')).toBe('25');
    fireEvent.change(screen.getByRole('combobox', { name: 'Your post' }), { target: { value: 'With files' } });
    // Posting waits for the uploads.
    expect((screen.getByRole('button', { name: 'Post' }) as HTMLButtonElement).disabled).toBe(true);

    xhrFor(evil).answer(201, uploaded(FILE_A, evil, 'image/png'));
    xhrFor('تقرير report.pdf').answer(201, uploaded(FILE_B, 'تقرير report.pdf', 'application/pdf'));
    await waitFor(() => expect(list.querySelector(`img[src="/files/${FILE_A}/thumbnail"]`)).toBeTruthy());
    expect(screen.queryByRole('progressbar')).toBeNull();

    // Removing is a keyboard-reachable button named after the file.
    fireEvent.click(screen.getByRole('button', { name: `Remove ${evil}` }));
    expect(within(list).queryByText(evil)).toBeNull();

    const postButton = screen.getByRole('button', { name: 'Post' }) as HTMLButtonElement;
    await waitFor(() => expect(postButton.disabled).toBe(false));
    fireEvent.click(postButton);
    await waitFor(() => expect(sent).toBe(1));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Attached files' })).toBeNull());
  });

  it('refuses wrong types and big files before sending, and translates the server’s refusal', async () => {
    renderFeeds(<PostComposer teamId={null} />, [anyPreview]);
    pick(file('page.html', 'text/html'), file('huge.png', 'image/png', LIMITS.uploadBytes + 1), file('fake.jpg', 'image/jpeg'));
    expect(FakeXhr.all.map((x) => x.name())).toEqual(['fake.jpg']);
    const alerts = () => screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts()).toEqual(['Only JPEG, PNG, GIF, WebP images and PDF files can be attached.', 'This file is larger than 10 MB.']);
    xhrFor('fake.jpg').answer(415, { errors: [{ message: 'no', extensions: { code: 'FILES_TYPE_NOT_ALLOWED' } }] });
    await waitFor(() => expect(alerts()).toHaveLength(3));
    expect(alerts()[2]).toBe('Only JPEG, PNG, GIF, WebP images and PDF files can be uploaded.');
    // A failed upload holds nothing back: removing it leaves an empty list.
    for (const name of ['page.html', 'huge.png', 'fake.jpg']) fireEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
    expect(screen.queryByRole('list', { name: 'Attached files' })).toBeNull();
  });

  it('cancels an upload that is removed while it runs', () => {
    renderFeeds(<PostComposer teamId={null} />, [anyPreview]);
    pick(file('slow.png', 'image/png'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove slow.png' }));
    expect(xhrFor('slow.png').aborted).toBe(true);
  });
});
