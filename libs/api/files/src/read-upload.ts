import { AppError, CommonErrorCode } from '@pillars/api/core';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { FilesErrorCode } from './files.errors';

export interface ReceivedFile {
  bytes: Buffer;
  filename: string | undefined;
  declaredMime: string;
}

/** Room for the multipart boundaries and part headers around a file of the maximum size. */
const ENVELOPE_BYTES = 64 * 1024;

export const tooLarge = (maxBytes: number): AppError =>
  new AppError(CommonErrorCode.PAYLOAD_TOO_LARGE, { maxBytes }, `The file is larger than ${maxBytes} bytes.`);
const malformed = (reason: string): AppError => new AppError(FilesErrorCode.FILES_UPLOAD_MALFORMED, { reason }, 'The upload could not be read');

/**
 * Reads the one `file` part of a multipart/form-data request into memory, stopping at `maxBytes`
 * (images are decoded whole by sharp anyway, and 10 MB per request is bounded by the rate limit).
 * Nothing is written anywhere until the whole file has arrived and been checked.
 */
export function readUpload(req: IncomingMessage, maxBytes: number): Promise<ReceivedFile> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) return Promise.reject(tooLarge(maxBytes));
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, fieldSize: 1024, headerPairs: 20 },
    });
  } catch {
    return Promise.reject(malformed('content-type'));
  }
  return new Promise<ReceivedFile>((resolve, reject) => {
    let file: ReceivedFile | null = null;
    let failure: AppError | null = null;
    let pending = false;
    const fail = (error: AppError) => {
      failure ??= error;
      req.unpipe(parser);
      if (req.readableEnded) return reject(failure);
      // Read and drop the rest, so the client gets our answer rather than a reset connection.
      req.resume();
    };
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || file || pending) {
        stream.resume();
        return fail(malformed('unexpected file part'));
      }
      pending = true;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      stream.on('error', () => fail(malformed('body')));
      stream.on('end', () => {
        pending = false;
        if (!failure) file = { bytes: Buffer.concat(chunks), filename: info.filename, declaredMime: info.mimeType };
        if (finished) settle();
      });
    });
    parser.on('filesLimit', () => fail(malformed('more than one file')));
    parser.on('partsLimit', () => fail(malformed('too many parts')));
    parser.on('fieldsLimit', () => fail(malformed('too many fields')));
    parser.on('error', () => fail(malformed('body')));
    let finished = false;
    const settle = () => {
      if (failure) return reject(failure);
      if (!file) return reject(malformed('no file part'));
      resolve(file);
    };
    parser.on('close', () => {
      finished = true;
      if (!pending) settle();
    });
    req.on('end', () => {
      if (failure) reject(failure);
    });
    req.on('error', () => fail(malformed('connection')));
    req.pipe(parser);
  });
}
