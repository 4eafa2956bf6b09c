import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@pillars/shared/validation';
import { readAppError } from './app-errors';
import { uploadFile } from './upload-file';

/** A stand-in XMLHttpRequest: records what is sent and answers as the API would. */
class FakeXhr {
  static last: FakeXhr | null = null;
  static answer: { status: number; body: unknown } = { status: 201, body: {} };
  headers: Record<string, string> = {};
  method = '';
  url = '';
  withCredentials = false;
  responseType = '';
  status = 0;
  response: unknown = null;
  body: FormData | null = null;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    FakeXhr.last = this;
    this.body = body;
    queueMicrotask(() => {
      this.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true });
      this.status = FakeXhr.answer.status;
      this.response = FakeXhr.answer.body;
      this.onload?.();
    });
  }
  abort() {
    this.onabort?.();
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('uploadFile', () => {
  it('posts the file with the CSRF header and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const file = { id: 'f1', name: 'a.png', mime: 'image/png', bytes: 3, width: 1, height: 1, url: '/files/f1', thumbnailUrl: '/files/f1/thumbnail' };
    FakeXhr.answer = { status: 201, body: { file } };
    const progress: number[] = [];
    await expect(uploadFile(new Blob(['abc']), 'a.png', { onProgress: (sent, total) => progress.push(sent / total) })).resolves.toEqual(file);
    expect(FakeXhr.last).toMatchObject({ method: 'POST', url: '/files', withCredentials: true, headers: { 'x-pillars-csrf': '1' } });
    expect((FakeXhr.last?.body?.get('file') as File).name).toBe('a.png');
    expect(progress).toEqual([0.5]);
  });

  it('rejects with the API’s code, readable by readAppError', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.answer = { status: 415, body: { errors: [{ message: 'no', extensions: { code: 'FILES_TYPE_NOT_ALLOWED' } }] } };
    const error = await uploadFile(new Blob(['<svg/>']), 'x.svg').catch((e: unknown) => e);
    expect(readAppError(error).codes).toEqual(['FILES_TYPE_NOT_ALLOWED']);
  });

  it('refuses a file over the upload limit without sending it', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    FakeXhr.last = null;
    const big = { size: LIMITS.uploadBytes + 1 } as Blob;
    expect(readAppError(await uploadFile(big, 'big.pdf').catch((e: unknown) => e)).codes).toEqual(['PAYLOAD_TOO_LARGE']);
    expect(FakeXhr.last).toBeNull();
  });
});
