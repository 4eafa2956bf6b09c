import { act } from '@testing-library/react';

/**
 * A stand-in XMLHttpRequest for specs of upload routes (POST /files, a wiki space's import),
 * answered by hand: `vi.stubGlobal('XMLHttpRequest', FakeXhr)`, then `FakeXhr.all[i].answer(…)`.
 */
export class FakeXhr {
  static all: FakeXhr[] = [];
  headers: Record<string, string> = {};
  url = '';
  status = 0;
  response: unknown = null;
  responseType = '';
  withCredentials = false;
  body: FormData | null = null;
  aborted = false;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
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
    this.body = body;
    FakeXhr.all.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  name() {
    return (this.body?.get('file') as File | null)?.name;
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }));
  }
  answer(status: number, body: unknown) {
    act(() => {
      this.status = status;
      this.response = body;
      this.onload?.();
    });
  }
}
