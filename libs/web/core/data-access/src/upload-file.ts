import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LIMITS } from '@pillars/shared/validation';
import type { GraphQLFormattedError } from 'graphql';

/** What `POST /files` returns: the API's `File` fields. */
export interface UploadedFile {
  id: string;
  name: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  url: string;
  thumbnailUrl: string | null;
}

export interface UploadOptions {
  /** Bytes sent so far and the total, as the browser reports them. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
  /** Default `/files` (same origin: the session cookie goes along). */
  endpoint?: string;
}

const refusal = (code: string, extensions: Record<string, unknown> = {}): CombinedGraphQLErrors =>
  new CombinedGraphQLErrors({ errors: [{ message: code, extensions: { code, ...extensions } }] });

/**
 * Uploads one file with progress (fetch cannot report upload progress; XMLHttpRequest can).
 * Refusals reject with the API's errors as a CombinedGraphQLErrors, so `readAppError`,
 * `errorKeys` and `useErrorMessages` treat them like any GraphQL error; a file over
 * LIMITS.uploadBytes is refused before sending; a failed connection rejects with NETWORK.
 */
export function uploadFile(file: Blob, name: string, options: UploadOptions = {}): Promise<UploadedFile> {
  return postFile(options.endpoint ?? '/files', file, name, (body) => (body as { file?: UploadedFile } | null)?.file, options);
}

/**
 * One file as multipart `file` to an upload route of the API (`/files`, a wiki space's zip
 * import): the same CSRF header, size check, progress and error shape; `pick` takes the answer
 * out of a 201 body (undefined: the answer is not what was expected).
 */
export function postFile<T>(endpoint: string, file: Blob, name: string, pick: (body: unknown) => T | undefined, options: Omit<UploadOptions, 'endpoint'> = {}): Promise<T> {
  if (file.size > LIMITS.uploadBytes) return Promise.reject(refusal('PAYLOAD_TOO_LARGE', { maxBytes: LIMITS.uploadBytes }));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    xhr.withCredentials = true;
    // The API's CSRF check: a header no cross-site form can send.
    xhr.setRequestHeader('x-pillars-csrf', '1');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => options.onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as { errors?: GraphQLFormattedError[] } | null;
      const answer = xhr.status === 201 ? pick(body) : undefined;
      if (answer !== undefined) return resolve(answer);
      if (body?.errors?.length) return reject(new CombinedGraphQLErrors({ errors: body.errors }));
      reject(refusal(xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : xhr.status === 429 ? 'RATE_LIMITED' : 'INTERNAL'));
    };
    xhr.onerror = () => reject(refusal('NETWORK'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, name);
    xhr.send(form);
  });
}
